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
/// spelling (see [`StoreError::from_browser_exception`]).
pub fn classify(error: &JsValue) -> StoreError {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(dom) => StoreError::from_browser_exception(&dom.name(), dom.code(), &dom.message()),
        None => StoreError::Other(describe(error)),
    }
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

/// The browser's storage manager (`navigator.storage`), where the browser offers one: only on a
/// secure page (https, or this computer), and not in every browser.
fn storage_manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    let manager = js_sys::Reflect::get(&navigator, &JsValue::from_str("storage")).ok()?;
    if manager.is_undefined() || manager.is_null() {
        return None;
    }
    Some(navigator.storage())
}

async fn await_promise(promise: Result<js_sys::Promise, JsValue>) -> Option<JsValue> {
    wasm_bindgen_futures::JsFuture::from(promise.ok()?)
        .await
        .ok()
}

/// Whether the browser has agreed to keep this site's data until the user deletes it, rather than
/// clearing it when space runs low. `None` when the browser cannot say.
pub async fn is_persisted() -> Option<bool> {
    let manager = storage_manager()?;
    await_promise(manager.persisted()).await?.as_bool()
}

/// Asks the browser to keep this site's data until the user deletes it. Browsers decide for
/// themselves (often by how much the site is used) and may say no without asking the user.
pub async fn request_persistence() -> Option<bool> {
    let manager = storage_manager()?;
    await_promise(manager.persist()).await?.as_bool()
}

/// How much this site stores in the browser (all kinds of storage) and the most it may, in bytes,
/// as the browser estimates them.
pub async fn estimate() -> Option<(f64, f64)> {
    let manager = storage_manager()?;
    let estimate: web_sys::StorageEstimate =
        await_promise(manager.estimate()).await?.unchecked_into();
    Some((estimate.get_usage()?, estimate.get_quota()?))
}
