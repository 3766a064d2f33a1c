use std::cell::RefCell;
use std::collections::BTreeMap;

use super::{KeyValueStore, StoreError};

/// An in-memory store with an optional quota, so tests can make saves fail the way a full
/// browser store does.
#[derive(Debug, Default)]
pub struct MemoryStore {
    entries: RefCell<BTreeMap<String, String>>,
    quota_bytes: Option<usize>,
}

impl MemoryStore {
    /// A store with no quota.
    pub fn new() -> Self {
        Self::default()
    }

    /// A store that refuses writes that would take it over `bytes` (keys and values, in UTF-16
    /// code units ×2 as browsers count).
    pub fn with_quota(bytes: usize) -> Self {
        Self {
            entries: RefCell::default(),
            quota_bytes: Some(bytes),
        }
    }

    /// Changes the quota (e.g. to "free space" in a test).
    pub fn set_quota(&mut self, bytes: Option<usize>) {
        self.quota_bytes = bytes;
    }

    fn size_of(key: &str, value: &str) -> usize {
        (key.encode_utf16().count() + value.encode_utf16().count()) * 2
    }
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.entries.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        let mut entries = self.entries.borrow_mut();
        if let Some(quota) = self.quota_bytes {
            let others: usize = entries
                .iter()
                .filter(|(k, _)| k.as_str() != key)
                .map(|(k, v)| Self::size_of(k, v))
                .sum();
            if others + Self::size_of(key, value) > quota {
                return Err(StoreError::QuotaExceeded);
            }
        }
        entries.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.entries.borrow_mut().remove(key);
        Ok(())
    }
}
