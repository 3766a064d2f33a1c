//! The browser's localStorage behind the core's [`KeyValueStore`] trait. This is the only module
//! that touches the browser's storage.

use gloo_storage::{LocalStorage, Storage as _};
use scorecard_core::storage::{KeyValueStore, StoreError};
use wasm_bindgen::{JsCast, JsValue};

/// localStorage, reached through gloo-storage.
pub struct BrowserStore;

impl BrowserStore {
    /// The store, or why it cannot be used (e.g. disabled in a private window).
    fn storage() -> Result<web_sys::Storage, StoreError> {
        // gloo's `raw()` throws when storage is disabled, so ask the window first.
        let window =
            web_sys::window().ok_or_else(|| StoreError::Unavailable("no window".into()))?;
        match window.local_storage() {
            Ok(Some(_)) => Ok(LocalStorage::raw()),
            Ok(None) => Err(StoreError::Unavailable("storage is switched off".into())),
            Err(e) => Err(StoreError::Unavailable(describe(&e))),
        }
    }
}

/// Maps a browser exception to a [`StoreError`], recognising a full store in every browser's
/// spelling: QuotaExceededError (code 22) and Firefox's NS_ERROR_DOM_QUOTA_REACHED (code 1014).
pub fn classify(error: &JsValue) -> StoreError {
    if let Some(dom) = error.dyn_ref::<web_sys::DomException>() {
        let name = dom.name();
        if name == "QuotaExceededError"
            || name == "NS_ERROR_DOM_QUOTA_REACHED"
            || dom.code() == 22
            || dom.code() == 1014
        {
            return StoreError::QuotaExceeded;
        }
        if name == "SecurityError" {
            return StoreError::Unavailable(dom.message());
        }
    }
    StoreError::Other(describe(error))
}

fn describe(error: &JsValue) -> String {
    if let Some(dom) = error.dyn_ref::<web_sys::DomException>() {
        return format!("{}: {}", dom.name(), dom.message());
    }
    if let Some(e) = error.dyn_ref::<js_sys::Error>() {
        return String::from(e.message());
    }
    error.as_string().unwrap_or_else(|| "unknown error".into())
}

impl KeyValueStore for BrowserStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Self::storage()?.get_item(key).map_err(|e| classify(&e))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        Self::storage()?
            .set_item(key, value)
            .map_err(|e| classify(&e))
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        Self::storage()?.remove_item(key).map_err(|e| classify(&e))
    }
}
