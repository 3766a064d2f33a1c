//! Damaged data kept aside: records the database could not read, and copies an earlier version
//! kept in localStorage. Offered as downloads exactly as found; deleted only when the user says.

use leptos::prelude::*;
use leptos::task::spawn_local;
use scorecard_core::storage::{quarantine_keys, KeyValueStore, RecordStore};

use super::browser_store::BrowserStore;
use super::download::download_text;
use super::state::AppState;

impl AppState {
    /// Offers a damaged record kept aside (`key` in the database) or a damaged copy an earlier
    /// version kept in localStorage, exactly as it was found.
    pub fn download_quarantined(&self, key: &str) -> Result<(), String> {
        if let Some(q) = self
            .quarantined
            .with_untracked(|all| all.iter().find(|q| q.key == key).cloned())
        {
            let name = format!("scorecard-damaged-{}-{}.txt", q.store_name, q.id);
            return download_text(&name, "text/plain", &q.raw);
        }
        let text = BrowserStore
            .get(key)
            .ok()
            .flatten()
            .ok_or("The damaged data is no longer there to download")?;
        let n = key
            .rsplit('.')
            .next()
            .filter(|s| s.parse::<u32>().is_ok())
            .unwrap_or("1");
        download_text(
            &format!("scorecard-damaged-data-{n}.txt"),
            "text/plain",
            &text,
        )
    }

    /// The damaged data an earlier version kept under `key` in localStorage.
    pub fn quarantined_text(&self, key: &str) -> Option<String> {
        BrowserStore.get(key).ok().flatten()
    }

    /// Deletes damaged data kept aside, after the user chose to.
    pub fn discard_quarantined(&self, key: &str) -> Result<(), String> {
        if quarantine_keys().any(|k| k == key) {
            let result = BrowserStore
                .remove(key)
                .map_err(|e| format!("It could not be deleted: {e}"));
            self.refresh_old_quarantined();
            return result;
        }
        let state = *self;
        let key = key.to_string();
        spawn_local(async move {
            if let Some(store) = state.store() {
                let _ = store.discard_quarantined(&key).await;
                if let Ok(all) = store.quarantined().await {
                    state.quarantined.set(all);
                }
            }
        });
        Ok(())
    }

    pub(super) fn refresh_old_quarantined(&self) {
        let keys = quarantine_keys()
            .filter(|k| matches!(BrowserStore.get(k), Ok(Some(_))))
            .collect();
        self.old_quarantined.set(keys);
    }
}
