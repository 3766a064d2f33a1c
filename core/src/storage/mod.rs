//! Saving a workspace. [`RecordStore`] is the port the app saves through, one record a write
//! (IndexedDB in the browser, [`MemoryRecordStore`] in tests), and [`Session`] holds its rules:
//! per-record revisions, stale writers refused, damaged records quarantined, other tabs' changes
//! taken in, snapshots. The older whole-workspace [`Repository`] over a [`KeyValueStore`]
//! (localStorage) remains to read what earlier versions saved, so it can be moved across.

mod backup_log;
pub mod compare;
mod envelope;
mod memory;
pub mod migrate;
mod record_store;
mod repository;
mod session;

pub use backup_log::{BackupLog, Reminder, BACKUP_LOG_KEY, REMIND_AFTER_DAYS};
pub use envelope::{Envelope, CURRENT_SCHEMA_VERSION, ENVELOPE_FORMAT};
pub use memory::MemoryStore;
pub use record_store::*;
pub use repository::{
    encode, quarantine_keys, EarlierCopy, LoadOutcome, Reloaded, Repository, SaveError, Saved,
    PREVIOUS_KEY, QUARANTINE_KEY, QUARANTINE_SLOTS, WORKSPACE_KEY,
};
pub use session::{Moved, Opened, Session, Settings, Synced, SETTINGS_ID, SNAPSHOTS_KEPT};

/// A failure of the underlying store.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// The store is full (the browser's quota is reached).
    #[error("the browser's storage for this site is full")]
    QuotaExceeded,
    /// The store cannot be used at all (e.g. disabled in a private window).
    #[error("the browser's storage is not available ({0})")]
    Unavailable(String),
    /// A newer version of the app, opened in another tab, needed the store to itself (to add
    /// a kind of record), so this tab let it go and can no longer save.
    #[error("Scorecard was updated in another tab, so this tab can no longer save: reload it to carry on (what you changed here since then is not saved)")]
    Superseded,
    /// Any other failure, with what the store said.
    #[error("the browser's storage failed ({0})")]
    Other(String),
}

impl StoreError {
    /// Classifies an exception thrown by the browser's storage from its `name`, legacy numeric
    /// `code` and `message`, recognising a full store in every browser's spelling:
    /// `QuotaExceededError` (code 22: Chrome, Edge, Safari, current Firefox) and Firefox's older
    /// `NS_ERROR_DOM_QUOTA_REACHED` (code 1014). A `SecurityError` means storage is switched off
    /// (for example, blocked cookies or some private windows).
    pub fn from_browser_exception(name: &str, code: u16, message: &str) -> StoreError {
        match (name, code) {
            ("QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED", _) | (_, 22 | 1014) => {
                StoreError::QuotaExceeded
            }
            ("SecurityError", _) | (_, 18) => StoreError::Unavailable(message.to_string()),
            _ if message.is_empty() => StoreError::Other(name.to_string()),
            _ => StoreError::Other(format!("{name}: {message}")),
        }
    }
}

/// A string key-value store: localStorage in the browser, [`MemoryStore`] in tests.
pub trait KeyValueStore {
    /// The value at `key`, if any.
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    /// Stores `value` at `key`.
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    /// Removes `key`.
    fn remove(&self, key: &str) -> Result<(), StoreError>;
}

impl<T: KeyValueStore + ?Sized> KeyValueStore for &T {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        (**self).get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        (**self).set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        (**self).remove(key)
    }
}

#[cfg(test)]
mod tests {
    use super::StoreError;

    #[test]
    fn a_full_store_is_recognised_in_every_browsers_spelling() {
        for (name, code) in [
            ("QuotaExceededError", 22),
            ("QuotaExceededError", 0),
            ("NS_ERROR_DOM_QUOTA_REACHED", 1014),
            ("NS_ERROR_DOM_QUOTA_REACHED", 0),
            ("Error", 22),
            ("", 1014),
        ] {
            assert_eq!(
                StoreError::from_browser_exception(name, code, "full"),
                StoreError::QuotaExceeded,
                "{name} {code}"
            );
        }
    }

    #[test]
    fn storage_switched_off_and_other_failures_are_told_apart() {
        assert_eq!(
            StoreError::from_browser_exception("SecurityError", 18, "The operation is insecure."),
            StoreError::Unavailable("The operation is insecure.".into())
        );
        assert_eq!(
            StoreError::from_browser_exception("InvalidStateError", 11, "gone"),
            StoreError::Other("InvalidStateError: gone".into())
        );
        assert_eq!(
            StoreError::QuotaExceeded.to_string(),
            "the browser's storage for this site is full"
        );
    }
}
