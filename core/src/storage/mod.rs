//! Saving a workspace: a small key-value trait the browser's localStorage and an in-memory store
//! both implement, a versioned and checksummed envelope, and a repository that saves and loads.

mod envelope;
mod memory;
mod repository;

pub use envelope::{Envelope, CURRENT_SCHEMA_VERSION, ENVELOPE_FORMAT};
pub use memory::MemoryStore;
pub use repository::{LoadOutcome, Repository, SaveError, QUARANTINE_KEY, WORKSPACE_KEY};

/// A failure of the underlying store.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// The store is full (the browser's quota is reached).
    #[error("the browser's storage for this site is full")]
    QuotaExceeded,
    /// The store cannot be used at all (e.g. disabled in a private window).
    #[error("the browser's storage is not available ({0})")]
    Unavailable(String),
    /// Any other failure, with what the store said.
    #[error("the browser's storage failed ({0})")]
    Other(String),
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
