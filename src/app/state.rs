//! App-wide state, provided as context: the workspace signal, what happened to the last save, and
//! what the app knows about the browser's storage (other tabs, backups, persistence).
//!
//! Saving follows the core's [`Session`]: an edit marks the records it touched, and one IndexedDB
//! transaction writes just those, after the edit is on screen. Confirmations wait for it.

use std::cell::RefCell;
use std::rc::Rc;

use chrono::Utc;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::NavigateOptions;
use scorecard_core::storage::{
    BackupLog, KeyValueStore, QuarantinedRecord, Session, SnapshotInfo, BACKUP_LOG_KEY,
};
use scorecard_core::{Timestamp, Workspace};

use super::browser_store::{self, BrowserStore};
use super::download::{download_text, file_stem};
use super::idb_store::IdbStore;
use super::tabs::Tabs;

/// Version written into every save.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The current time. The core never reads the clock; the app passes this in.
pub fn now() -> Timestamp {
    Utc::now()
}

/// A date and time as people write them, e.g. "3 March 2026 at 14:05" (UTC).
pub fn when(t: Timestamp) -> String {
    t.format("%-d %B %Y at %H:%M").to_string()
}

/// The outcome of the most recent save, for the banner.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveStatus {
    /// Everything on screen is saved.
    Saved,
    /// The last save failed; the work is only in memory.
    Failed(String),
    /// Another tab saved a newer version, and this tab has a change that is not saved. Nothing
    /// is written until the user chooses which version to keep.
    Conflict,
}

impl SaveStatus {
    /// Whether this tab holds a change that is not in the store.
    pub fn has_unsaved_change(&self) -> bool {
        !matches!(self, SaveStatus::Saved)
    }
}

/// A message about the saved data (damaged, newer version, storage off), shown until dismissed
/// by a reload.
#[derive(Debug, Clone, PartialEq)]
pub struct StartupNotice {
    /// What happened, in plain words.
    pub message: String,
    /// The localStorage key holding damaged data from an earlier version, ready to download.
    pub download_key: Option<String>,
}

/// Something waiting for a save to finish.
pub(super) type AfterSave = Box<dyn FnOnce(&SaveStatus)>;

/// What a confirmation says once the save it waited for has finished.
fn confirmation(message: String, status: &SaveStatus) -> String {
    match status {
        SaveStatus::Saved => message,
        SaveStatus::Failed(_) | SaveStatus::Conflict => {
            "Your change is on screen but it has not been saved. See the message at the top of the page.".to_string()
        }
    }
}

/// A short confirmation after an action ("Goal saved"), shown on the page it belongs to.
#[derive(Debug, Clone, PartialEq)]
pub struct Flash {
    /// Path of the page that shows it.
    pub path: String,
    /// The message.
    pub message: String,
}

/// Shared by every page through context.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The workspace. Edits are applied here at once; saving follows.
    pub workspace: RwSignal<Workspace>,
    /// The last save's outcome.
    pub save_status: RwSignal<SaveStatus>,
    /// What was found in storage, if it needs saying.
    pub startup_notice: RwSignal<Option<StartupNotice>>,
    /// Confirmation of the last action.
    pub flash: RwSignal<Option<Flash>>,
    /// Downloads and edits, for the backup reminder.
    pub backup_log: RwSignal<BackupLog>,
    /// Whether the browser keeps this site's data until the user deletes it (`None`: unknown).
    pub persisted: RwSignal<Option<bool>>,
    /// Damaged records kept aside in the database.
    pub quarantined: RwSignal<Vec<QuarantinedRecord>>,
    /// Keys of damaged copies an earlier version kept aside in localStorage.
    pub old_quarantined: RwSignal<Vec<String>>,
    /// Whole-workspace snapshots kept in the browser.
    pub snapshots: RwSignal<Vec<SnapshotInfo>>,
    /// Whether a save is under way.
    pub saving: RwSignal<bool>,
    /// What waits for the save under way to finish (confirmations, above all).
    pub(super) after_save: StoredValue<Vec<AfterSave>, LocalStorage>,
    /// Whether an edit is in the workspace that the pages have not been told of yet.
    pub(super) redraw_due: StoredValue<bool>,
    /// What waits for the save under way to be handed to the store (opening the next page).
    pub(super) when_sent: StoredValue<Vec<Box<dyn FnOnce()>>, LocalStorage>,
    /// Whether persistent storage has been asked for in this visit.
    pub(super) persist_asked: RwSignal<bool>,
    pub(super) session: StoredValue<Rc<RefCell<Session>>, LocalStorage>,
    pub(super) store: StoredValue<Option<Rc<IdbStore>>, LocalStorage>,
    pub(super) tabs: StoredValue<Option<Rc<Tabs>>, LocalStorage>,
}

impl AppState {
    /// The state from context.
    pub fn get() -> AppState {
        expect_context::<AppState>()
    }

    pub(super) fn session(&self) -> Rc<RefCell<Session>> {
        self.session.get_value()
    }

    pub(super) fn store(&self) -> Option<Rc<IdbStore>> {
        self.store.get_value()
    }

    /// Applies an edit to the workspace and, when it succeeds, saves what it touched. A failed
    /// edit changes nothing, is not saved and notifies no page.
    ///
    /// The pages are told of the edit once the save has been handed to the store, not before:
    /// the store's revision check needs the page's thread, and drawing a large page first would
    /// hold the save up for as long as the drawing takes.
    pub fn edit<R, E>(&self, f: impl FnOnce(&mut Workspace) -> Result<R, E>) -> Result<R, E> {
        let result = self
            .workspace
            .try_update_untracked(f)
            .expect("workspace signal is alive while the app runs");
        if result.is_ok() {
            self.redraw_due.set_value(true);
            self.save();
            self.update_log(|log| log.record_edit(now()));
            self.ask_to_persist();
        }
        result
    }

    /// Replaces the whole workspace (start empty, restore, undo an import) and saves it whole,
    /// after a snapshot of the one it replaces.
    pub fn replace(&self, workspace: Workspace) {
        self.take_snapshot("Before the whole workspace was replaced");
        self.workspace.set(workspace);
        let session = self.session();
        self.workspace
            .update_untracked(|ws| session.borrow_mut().replace_all(ws));
        self.save();
        self.update_log(BackupLog::record_replaced);
    }

    /// Offers the workspace as a file and notes when, for the backup reminder.
    pub fn download_workspace(&self, suffix: &str) -> Result<(), String> {
        let name = self.workspace.with_untracked(|ws| file_stem(&ws.name));
        let stamp = now().format("%Y-%m-%d");
        download_text(
            &format!("scorecard-{name}-{stamp}{suffix}.json"),
            "application/json",
            &self.workspace_json(),
        )?;
        self.update_log(|log| log.record_download(now()));
        Ok(())
    }

    fn update_log(&self, f: impl FnOnce(&mut BackupLog)) {
        self.backup_log.update(f);
        // Best effort: the log only drives a reminder, so a full store must not stop anything.
        let text = self.backup_log.with_untracked(BackupLog::to_text);
        let _ = BrowserStore.set(BACKUP_LOG_KEY, &text);
    }

    /// After the first real edit of a visit, asks the browser to keep the data until the user
    /// deletes it (once per visit, and not when it already does).
    fn ask_to_persist(&self) {
        if self.persist_asked.get_untracked() || self.persisted.get_untracked() == Some(true) {
            return;
        }
        self.persist_asked.set(true);
        let state = *self;
        spawn_local(async move {
            if let Some(granted) = browser_store::request_persistence().await {
                state.persisted.set(Some(granted));
            }
        });
    }

    /// Runs `then` with the outcome once the save under way has finished, or at once when none
    /// is: so a page confirms only what is saved.
    pub fn after_save(&self, then: impl FnOnce(&SaveStatus) + 'static) {
        if self.saving.get_untracked() {
            self.after_save
                .update_value(|waiting| waiting.push(Box::new(then)));
        } else {
            then(&self.save_status.get_untracked());
        }
    }

    /// Runs `then` once the save under way has been handed to the store (or has failed), or at
    /// once when none is: a form opens the next page with it, so drawing that page never holds
    /// the save up.
    pub fn when_sent(&self, then: impl FnOnce() + 'static) {
        if self.saving.get_untracked() {
            self.when_sent
                .update_value(|waiting| waiting.push(Box::new(then)));
        } else {
            then();
        }
    }

    /// Opens `path` with `navigate` once the save under way has been handed to the store: see
    /// [`when_sent`](Self::when_sent).
    pub fn open_when_sent(
        &self,
        navigate: &(impl Fn(&str, NavigateOptions) + Clone + 'static),
        path: impl Into<String>,
    ) {
        let (navigate, path) = (navigate.clone(), path.into());
        self.when_sent(move || navigate(&path, NavigateOptions::default()));
    }

    /// Tells the pages of the edits made since they were last told, and runs what waited for
    /// the save to be sent.
    pub(super) fn redraw(&self) {
        if self.redraw_due.try_update_value(std::mem::take) == Some(true) {
            self.workspace.notify();
        }
        let waiting = self
            .when_sent
            .try_update_value(std::mem::take)
            .unwrap_or_default();
        for then in waiting {
            then();
        }
    }

    /// Shows `message` on the page at `path` once the change before it is saved; if it could not
    /// be saved, says so instead of confirming.
    pub fn flash(&self, path: impl Into<String>, message: impl Into<String>) {
        let (path, message) = (path.into(), message.into());
        let flash = self.flash;
        self.after_save(move |status| {
            flash.set(Some(Flash {
                path,
                message: confirmation(message, status),
            }))
        });
    }

    /// Puts `message` in a page's own confirmation once the change before it is saved; if it
    /// could not be saved, says so instead.
    pub fn confirm(&self, shown: RwSignal<Option<String>>, message: impl Into<String>) {
        let message = message.into();
        self.after_save(move |status| shown.set(Some(confirmation(message, status))));
    }

    /// The workspace as pretty JSON, for "download a copy".
    pub fn workspace_json(&self) -> String {
        self.workspace
            .with_untracked(|ws| serde_json::to_string_pretty(ws).unwrap_or_default())
    }
}
