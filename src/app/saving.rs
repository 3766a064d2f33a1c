//! Saving: one save at a time after the edit is on screen, other tabs' saves taken in, and the
//! user's choice when two tabs changed the same records.

use leptos::prelude::*;
use leptos::task::spawn_local;
use scorecard_core::storage::{Opened, RecordStore, SaveError, Session};

use super::download::{download_text, file_stem};
use super::idb_store::IdbStore;
use super::state::{now, AppState, SaveStatus, APP_VERSION};
use super::tabs;

impl AppState {
    /// Saves what is waiting to be saved. Only one save runs at a time; edits made meanwhile are
    /// written by the next round of the same save.
    pub fn save(&self) {
        let session = self.session();
        self.workspace
            .update_untracked(|ws| session.borrow_mut().collect(ws));
        if self.saving.get_untracked() {
            return;
        }
        self.saving.set(true);
        let state = *self;
        spawn_local(async move {
            let status = state.save_rounds().await;
            state.redraw();
            state.save_status.set(status.clone());
            state.saving.set(false);
            let waiting = state
                .after_save
                .try_update_value(std::mem::take)
                .unwrap_or_default();
            for then in waiting {
                then(&status);
            }
        });
    }

    async fn save_rounds(&self) -> SaveStatus {
        let session = self.session();
        loop {
            self.workspace
                .update_untracked(|ws| session.borrow_mut().collect(ws));
            let prepared = self
                .workspace
                .with_untracked(|ws| session.borrow().prepare(ws, now()));
            let commit = match prepared {
                Ok(Some(commit)) => commit,
                Ok(None) => return SaveStatus::Saved,
                Err(e) => return SaveStatus::Failed(e.to_string()),
            };
            let Some(store) = self.store() else {
                return SaveStatus::Failed("this browser's storage cannot be used".into());
            };
            let outcome = store.commit_then(&commit, || self.redraw()).await;
            let finished = self
                .workspace
                .with_untracked(|ws| session.borrow_mut().finish(outcome, &commit, ws));
            match finished {
                Ok(_) => {
                    if let Some(tabs) = self.tabs.get_value() {
                        tabs.announce(&tabs::Saved {
                            keys: commit.writes.iter().map(|w| w.key.clone()).collect(),
                            all: commit.replace_all,
                        });
                    }
                    if session.borrow().snapshot_due(now()) {
                        self.take_snapshot("Daily copy");
                    }
                }
                Err(SaveError::Stale { .. }) => return SaveStatus::Conflict,
                Err(e) => return SaveStatus::Failed(e.to_string()),
            }
        }
    }

    /// Another tab saved records. With no unsaved change to them here, they are taken in; with
    /// one, the user is asked which version to keep and nothing is written.
    pub(super) fn on_other_tab_saved(&self, saved: tabs::Saved) {
        let state = *self;
        spawn_local(async move {
            let Some(store) = state.store() else { return };
            let session = state.session();
            let unsaved_here = state.save_status.get_untracked().has_unsaved_change();
            if saved.all {
                if unsaved_here || session.borrow().has_pending() {
                    state.save_status.set(SaveStatus::Conflict);
                } else {
                    let _ = state.reload_all(&store).await;
                }
                return;
            }
            let conflict = state
                .workspace
                .try_update_untracked(|ws| session.borrow_mut().sync_conflicts(ws, &saved.keys))
                .unwrap_or(false);
            if conflict {
                state.save_status.set(SaveStatus::Conflict);
                return;
            }
            let (Ok(found), Ok(meta)) = (store.read(&saved.keys).await, store.read_meta().await)
            else {
                return;
            };
            state
                .workspace
                .maybe_update(|ws| session.borrow_mut().apply_synced(ws, found, meta) > 0);
        });
    }

    /// Reads the whole workspace from the store again, as another tab left it.
    async fn reload_all(&self, store: &IdbStore) -> Result<(), String> {
        let mut fresh = Session::new(APP_VERSION);
        match fresh.open(store, now()).await {
            Opened::Loaded { workspace, .. } => {
                *self.session().borrow_mut() = fresh;
                self.workspace.set(workspace);
                self.save_status.set(SaveStatus::Saved);
                Ok(())
            }
            Opened::Nothing => Err("There is no saved version to load: it was removed in the other tab. Your version is still on screen; choose “Keep my version” to save it.".into()),
            Opened::NewerVersion { found } => Err(format!("The version saved in the other tab was made by a newer version of Scorecard (schema {found}).")),
            Opened::Unavailable(e) => Err(format!("The version saved in the other tab cannot be read ({e}). Your version is still on screen.")),
        }
    }

    /// "Load the newer version": downloads this tab's version first, so it is not lost, then
    /// shows the version the other tab saved.
    pub fn load_newer_version(&self) -> Result<(), String> {
        self.download_workspace("-this-tab")?;
        let state = *self;
        spawn_local(async move {
            if let Some(store) = state.store() {
                if let Err(e) = state.reload_all(&store).await {
                    state.flash(state_path(), e);
                }
            }
        });
        Ok(())
    }

    /// "Keep my version": downloads the version the other tab saved first, so it is not lost,
    /// then saves this tab's version over it.
    pub fn keep_my_version(&self) -> Result<(), String> {
        let state = *self;
        spawn_local(async move {
            let Some(store) = state.store() else { return };
            let mut reader = Session::new(APP_VERSION);
            if let Opened::Loaded { workspace, .. } = reader.open(&*store, now()).await {
                let name = file_stem(&workspace.name);
                let stamp = now().format("%Y-%m-%d-%H%M");
                let text = serde_json::to_string_pretty(&workspace).unwrap_or_default();
                if let Err(e) = download_text(
                    &format!("scorecard-{name}-{stamp}-other-tab.json"),
                    "application/json",
                    &text,
                ) {
                    state.flash(state_path(), e);
                    return;
                }
            }
            let session = state.session();
            let keys = state
                .workspace
                .with_untracked(|ws| session.borrow().take_over_keys(ws));
            if let (Ok(found), Ok(meta)) = (store.read(&keys).await, store.read_meta().await) {
                session.borrow_mut().adopt_stored(found, meta);
            }
            state.save_status.set(SaveStatus::Saved);
            state.save();
        });
        Ok(())
    }
}

/// The path of the page on screen.
fn state_path() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "/".into())
}
