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
use scorecard_core::exchange::{export_workspace, ExportOptions};
use scorecard_core::storage::{
    quarantine_keys, BackupLog, KeyValueStore, Moved, Opened, QuarantinedRecord, RecordStore,
    SaveError, Session, Snapshot, StoreError, BACKUP_LOG_KEY, SNAPSHOTS_KEPT,
};
use scorecard_core::{demo, Timestamp, Workspace};

use crate::app::idb_store::IdbStore;
use crate::app::tabs::{self, Tabs};
use crate::browser_store::{self, BrowserStore};
use crate::download::{download_text, file_stem};

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

/// A short confirmation after an action ("Goal saved"), shown on the page it belongs to.
#[derive(Debug, Clone, PartialEq)]
pub struct Flash {
    /// Path of the page that shows it.
    pub path: String,
    /// The message.
    pub message: String,
}

/// What was found when the workspace was opened, before the first page renders.
pub struct Opening {
    workspace: Workspace,
    notice: Option<StartupNotice>,
    store: Option<Rc<IdbStore>>,
    session: Session,
    quarantined: Vec<QuarantinedRecord>,
    snapshots: Vec<SnapshotInfo>,
    moved: bool,
}

/// A whole-workspace snapshot kept in the browser, as "Your data" lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct SnapshotInfo {
    /// Its key in the store.
    pub key: String,
    /// When it was taken.
    pub taken_at: Timestamp,
    /// Why.
    pub reason: String,
    /// Its size in bytes.
    pub bytes: usize,
}

impl From<&Snapshot> for SnapshotInfo {
    fn from(s: &Snapshot) -> Self {
        SnapshotInfo {
            key: s.key.clone(),
            taken_at: s.taken_at,
            reason: s.reason.clone(),
            bytes: s.text.len(),
        }
    }
}

/// The key of the import undo point in the snapshot store.
pub const UNDO_KEY: &str = "undo-import";

fn notice(message: String) -> Option<StartupNotice> {
    Some(StartupNotice {
        message,
        download_key: None,
    })
}

fn no_store_message(e: &StoreError) -> String {
    format!("Nothing can be saved in this browser: {e}. Your work will be lost when you close the page unless you download a copy.")
}

/// Opens the browser's database and reads the workspace: the saved one, one moved across from
/// localStorage (where earlier versions saved it), or the demo on a first visit.
pub async fn open() -> Opening {
    let mut session = Session::new(APP_VERSION);
    let store = match IdbStore::open().await {
        Ok(store) => store,
        Err(e) => {
            return Opening {
                workspace: demo::partnership(now()),
                notice: notice(no_store_message(&e)),
                store: None,
                session,
                quarantined: Vec::new(),
                snapshots: Vec::new(),
                moved: false,
            }
        }
    };
    let mut moved = false;
    let (workspace, notice) = match session.open(&store, now()).await {
        Opened::Loaded { workspace, damaged } => {
            let message = (!damaged.is_empty()).then(|| {
                format!(
                    "{} saved in this browser could not be opened ({}). {} been kept aside, unchanged, so you can download {} from “Your data”; everything else has opened as normal.",
                    plural(damaged.len(), "record", "records"),
                    damaged[0].reason,
                    if damaged.len() == 1 { "It has" } else { "They have" },
                    if damaged.len() == 1 { "it" } else { "them" },
                )
            });
            (workspace, message.and_then(notice))
        }
        Opened::Nothing => match session.move_from(BrowserStore, &store, now()).await {
            Moved::Nothing => {
                let mut ws = demo::partnership(now());
                // Written whole with the first edit, so an untouched demo costs nothing.
                session.start_fresh(&mut ws);
                (ws, None)
            }
            Moved::Moved { workspace, note } => {
                moved = true;
                (workspace, note.and_then(notice))
            }
            Moved::NewerVersion(found) => {
                session.block("the data saved in this browser was made by a newer version");
                (
                    demo::partnership(now()),
                    notice(format!("The data saved in this browser was made by a newer version of Scorecard (schema {found}). It has not been changed. Open it with the newer version; changes made here will not be saved.")),
                )
            }
            Moved::Failed { reason, workspace } => {
                session.block("the workspace saved by an earlier version has not been moved yet");
                let opened = if workspace.is_some() {
                    "It is shown here"
                } else {
                    "The demo is shown instead"
                };
                (
                    workspace.unwrap_or_else(|| demo::partnership(now())),
                    notice(format!("Your workspace is saved in this browser's older storage (localStorage) and could not be moved to its database: {reason}. It has been left exactly where it was. {opened}, but changes made now will not be saved: download a copy, then reload the page to try again.")),
                )
            }
        },
        Opened::NewerVersion { found } => (
            demo::partnership(now()),
            notice(format!("The data saved in this browser was made by a newer version of Scorecard (schema {found}). It has not been changed. Open it with the newer version; changes made here will not be saved.")),
        ),
        Opened::Unavailable(e) => {
            session.block(e.to_string());
            (demo::partnership(now()), notice(no_store_message(&e)))
        }
    };
    let quarantined = store.quarantined().await.unwrap_or_default();
    let snapshots = store
        .snapshots()
        .await
        .map(|all| all.iter().map(SnapshotInfo::from).collect())
        .unwrap_or_default();
    Opening {
        workspace,
        notice,
        store: Some(Rc::new(store)),
        session,
        quarantined,
        snapshots,
        moved,
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
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
    /// A confirmation waiting for the save under way.
    pending_flash: RwSignal<Option<Flash>>,
    /// Whether persistent storage has been asked for in this visit.
    persist_asked: RwSignal<bool>,
    session: StoredValue<Rc<RefCell<Session>>, LocalStorage>,
    store: StoredValue<Option<Rc<IdbStore>>, LocalStorage>,
    tabs: StoredValue<Option<Rc<Tabs>>, LocalStorage>,
}

impl AppState {
    /// The state for what [`open`] found, listening for other tabs' saves.
    pub fn new(opening: Opening) -> AppState {
        let backup_log =
            BackupLog::parse(BrowserStore.get(BACKUP_LOG_KEY).ok().flatten().as_deref());
        let state = AppState {
            workspace: RwSignal::new(opening.workspace),
            save_status: RwSignal::new(SaveStatus::Saved),
            startup_notice: RwSignal::new(opening.notice),
            flash: RwSignal::new(None),
            backup_log: RwSignal::new(backup_log),
            persisted: RwSignal::new(None),
            quarantined: RwSignal::new(opening.quarantined),
            old_quarantined: RwSignal::new(Vec::new()),
            snapshots: RwSignal::new(opening.snapshots),
            saving: RwSignal::new(false),
            pending_flash: RwSignal::new(None),
            persist_asked: RwSignal::new(false),
            session: StoredValue::new_local(Rc::new(RefCell::new(opening.session))),
            store: StoredValue::new_local(opening.store),
            tabs: StoredValue::new_local(None),
        };
        state.refresh_old_quarantined();
        let tabs = Tabs::join(move |saved| state.on_other_tab_saved(saved));
        state.tabs.set_value(Some(Rc::new(tabs)));
        let _ = window_event_listener(leptos::ev::storage, move |e: web_sys::StorageEvent| {
            if e.key().as_deref() == Some(BACKUP_LOG_KEY) {
                state
                    .backup_log
                    .set(BackupLog::parse(e.new_value().as_deref()));
            }
        });
        if opening.moved {
            state.take_snapshot("After moving from the browser's older storage");
        }
        spawn_local(async move {
            let persisted = browser_store::is_persisted().await;
            state.persisted.set(persisted);
        });
        state
    }

    /// The state from context.
    pub fn get() -> AppState {
        expect_context::<AppState>()
    }

    fn session(&self) -> Rc<RefCell<Session>> {
        self.session.get_value()
    }

    fn store(&self) -> Option<Rc<IdbStore>> {
        self.store.get_value()
    }

    /// Applies an edit to the workspace and, when it succeeds, saves what it touched. A failed
    /// edit changes nothing, is not saved and notifies no page.
    pub fn edit<R, E>(&self, f: impl FnOnce(&mut Workspace) -> Result<R, E>) -> Result<R, E> {
        let result = self
            .workspace
            .try_maybe_update(|ws| {
                let r = f(ws);
                (r.is_ok(), r)
            })
            .expect("workspace signal is alive while the app runs");
        if result.is_ok() {
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
            state.save_status.set(status.clone());
            state.saving.set(false);
            if let Some(flash) = state.pending_flash.get_untracked() {
                state.pending_flash.set(None);
                state.show_flash(flash, &status);
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
            let outcome = store.commit(&commit).await;
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
    fn on_other_tab_saved(&self, saved: tabs::Saved) {
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
            let keys = session.borrow().pending_keys();
            if let (Ok(found), Ok(meta)) = (store.read(&keys).await, store.read_meta().await) {
                session.borrow_mut().adopt_stored(found, meta);
            }
            state.save_status.set(SaveStatus::Saved);
            state.save();
        });
        Ok(())
    }

    /// Keeps a whole-workspace snapshot in the browser (the last few are kept), restorable from
    /// "Your data". Best effort: a snapshot that does not fit is skipped, never in the way.
    pub fn take_snapshot(&self, reason: &str) {
        let Some(store) = self.store() else { return };
        let text = self.workspace.with_untracked(|ws| {
            export_workspace(
                ws,
                ExportOptions {
                    include_personal: true,
                },
                now(),
            )
            .json
        });
        let snapshot = Session::snapshot_of(text, reason, now());
        let state = *self;
        spawn_local(async move {
            if store.put_snapshot(&snapshot, SNAPSHOTS_KEPT).await.is_ok() {
                state
                    .session()
                    .borrow_mut()
                    .note_snapshot(snapshot.taken_at);
                state.refresh_snapshots().await;
            }
        });
    }

    /// Lists the snapshots again.
    pub async fn refresh_snapshots(&self) {
        if let Some(store) = self.store() {
            if let Ok(all) = store.snapshots().await {
                self.snapshots.set(
                    all.iter()
                        .filter(|s| s.key != UNDO_KEY)
                        .map(SnapshotInfo::from)
                        .collect(),
                );
            }
        }
    }

    /// The text of the snapshot under `key`.
    pub async fn snapshot_text(&self, key: &str) -> Option<String> {
        let store = self.store()?;
        let all = store.snapshots().await.ok()?;
        all.into_iter().find(|s| s.key == key).map(|s| s.text)
    }

    /// Keeps `text` as the import undo point.
    pub async fn keep_undo_point(&self, text: String) -> Result<(), String> {
        let store = self
            .store()
            .ok_or("this browser's storage cannot be used")?;
        let snapshot = Snapshot {
            key: UNDO_KEY.into(),
            taken_at: now(),
            reason: "Undo the last import".into(),
            text,
        };
        store
            .put_snapshot(&snapshot, SNAPSHOTS_KEPT)
            .await
            .map_err(|e| e.to_string())
    }

    /// Forgets the import undo point.
    pub async fn clear_undo_point(&self) {
        if let Some(store) = self.store() {
            let _ = store.delete_snapshot(UNDO_KEY).await;
        }
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

    fn refresh_old_quarantined(&self) {
        let keys = quarantine_keys()
            .filter(|k| matches!(BrowserStore.get(k), Ok(Some(_))))
            .collect();
        self.old_quarantined.set(keys);
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

    /// Shows `message` on the page at `path` once the change before it is saved; if it could not
    /// be saved, says so instead of confirming.
    pub fn flash(&self, path: impl Into<String>, message: impl Into<String>) {
        let flash = Flash {
            path: path.into(),
            message: message.into(),
        };
        if self.saving.get_untracked() {
            self.pending_flash.set(Some(flash));
        } else {
            self.show_flash(flash, &self.save_status.get_untracked());
        }
    }

    fn show_flash(&self, flash: Flash, status: &SaveStatus) {
        let message = match status {
            SaveStatus::Saved => flash.message,
            SaveStatus::Failed(_) | SaveStatus::Conflict => {
                "Your change is on screen but it has not been saved. See the message at the top of the page.".to_string()
            }
        };
        self.flash.set(Some(Flash {
            path: flash.path,
            message,
        }));
    }

    /// The workspace as pretty JSON, for "download a copy".
    pub fn workspace_json(&self) -> String {
        self.workspace
            .with_untracked(|ws| serde_json::to_string_pretty(ws).unwrap_or_default())
    }
}

/// The path of the page on screen.
fn state_path() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "/".into())
}
