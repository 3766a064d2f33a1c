//! App-wide state, provided as context: the workspace signal, what happened to the last save, and
//! what the app knows about the browser's storage (other tabs, backups, persistence).

use chrono::Utc;
use leptos::prelude::*;
use leptos::task::spawn_local;
use scorecard_core::storage::{
    BackupLog, KeyValueStore, LoadOutcome, Reloaded, Repository, SaveError, BACKUP_LOG_KEY,
    QUARANTINE_KEY, WORKSPACE_KEY,
};
use scorecard_core::{demo, Timestamp, Workspace};

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
    /// The key holding the damaged data, ready to download.
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

/// Shared by every page through context.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The workspace. One signal: edits are whole-record and rare, and keyed `<For>` lists keep
    /// re-rendering cheap.
    pub workspace: RwSignal<Workspace>,
    /// The last save's outcome.
    pub save_status: RwSignal<SaveStatus>,
    /// What was found in storage, if it needs saying.
    pub startup_notice: RwSignal<Option<StartupNotice>>,
    /// Confirmation of the last action.
    pub flash: RwSignal<Option<Flash>>,
    /// The last save had no room to keep a spare copy of the one before: storage is nearly full.
    pub nearly_full: RwSignal<bool>,
    /// Downloads and edits, for the backup reminder.
    pub backup_log: RwSignal<BackupLog>,
    /// Whether the browser keeps this site's data until the user deletes it (`None`: unknown).
    pub persisted: RwSignal<Option<bool>>,
    /// Keys of damaged copies kept aside.
    pub quarantined: RwSignal<Vec<String>>,
    /// Whether persistent storage has been asked for in this visit.
    persist_asked: RwSignal<bool>,
    // The repository is not reactive and not Send (it wraps localStorage), so it is stored locally.
    repo: StoredValue<Repository<BrowserStore>, LocalStorage>,
}

impl AppState {
    /// Loads the saved workspace (or the demo on a first visit), and starts listening for changes
    /// made in other tabs.
    pub fn load() -> AppState {
        let mut repo = Repository::new(BrowserStore, APP_VERSION);
        let outcome = repo.load();
        let (workspace, notice) = Self::open(outcome);
        let backup_log =
            BackupLog::parse(BrowserStore.get(BACKUP_LOG_KEY).ok().flatten().as_deref());
        let quarantined = repo.quarantined().into_iter().map(|(k, _)| k).collect();
        let state = AppState {
            workspace: RwSignal::new(workspace),
            save_status: RwSignal::new(SaveStatus::Saved),
            startup_notice: RwSignal::new(notice),
            flash: RwSignal::new(None),
            nearly_full: RwSignal::new(false),
            backup_log: RwSignal::new(backup_log),
            persisted: RwSignal::new(None),
            quarantined: RwSignal::new(quarantined),
            persist_asked: RwSignal::new(false),
            repo: StoredValue::new_local(repo),
        };
        let _ = window_event_listener(leptos::ev::storage, move |e: web_sys::StorageEvent| {
            state.on_storage_event(e.key(), e.new_value());
        });
        spawn_local(async move {
            let persisted = browser_store::is_persisted().await;
            state.persisted.set(persisted);
        });
        state
    }

    /// What to show for what was found in storage.
    fn open(outcome: LoadOutcome) -> (Workspace, Option<StartupNotice>) {
        let notice = |message: String, download_key: Option<String>| {
            Some(StartupNotice {
                message,
                download_key,
            })
        };
        match outcome {
            LoadOutcome::Loaded(ws) => (ws, None),
            LoadOutcome::Nothing => (demo::partnership(now()), None),
            LoadOutcome::Quarantined {
                reason,
                key: Some(key),
                earlier: Some(earlier),
            } => (
                earlier.workspace,
                notice(
                    format!(
                        "The latest data saved in this browser could not be opened: {reason}. It has been kept aside, unchanged, so you can download it. The copy saved before it, on {}, has been opened instead. Check that your most recent changes are there, and make them again if not.",
                        when(earlier.saved_at)
                    ),
                    Some(key),
                ),
            ),
            LoadOutcome::Quarantined {
                reason,
                key: Some(key),
                earlier: None,
            } => (
                Workspace::empty("My workspace"),
                notice(
                    format!(
                        "The data saved in this browser could not be opened: {reason}. It has been kept aside, unchanged, so you can download it. There was no earlier copy to open, so an empty workspace has been started."
                    ),
                    Some(key),
                ),
            ),
            LoadOutcome::Quarantined {
                reason,
                key: None,
                earlier,
            } => {
                let (ws, opened) = match earlier {
                    Some(e) => (
                        e.workspace,
                        format!("The copy saved before it, on {}, is shown.", when(e.saved_at)),
                    ),
                    None => (
                        Workspace::empty("My workspace"),
                        "An empty workspace is shown.".to_string(),
                    ),
                };
                (
                    ws,
                    notice(
                        format!(
                            "The data saved in this browser could not be opened: {reason}. It has been left as it was, and nothing will be saved over it. {opened} Download the damaged data, then delete older damaged copies on the “Your data” page and reload the page to carry on saving."
                        ),
                        Some(WORKSPACE_KEY.to_string()),
                    ),
                )
            }
            LoadOutcome::Restored(earlier) => (
                earlier.workspace,
                notice(
                    format!(
                        "The latest saved copy of your workspace was missing, so the copy saved before it, on {}, has been opened. Check that your most recent changes are there.",
                        when(earlier.saved_at)
                    ),
                    None,
                ),
            ),
            LoadOutcome::NewerVersion { found } => (
                demo::partnership(now()),
                notice(
                    format!(
                        "The data saved in this browser was made by a newer version of Scorecard (schema {found}). It has not been changed. Open it with the newer version; changes made here will not be saved."
                    ),
                    None,
                ),
            ),
            LoadOutcome::Unavailable(e) => (
                demo::partnership(now()),
                notice(
                    format!("Nothing can be saved in this browser: {e}. Your work will be lost when you close the page unless you download a copy."),
                    None,
                ),
            ),
        }
    }

    /// The state from context.
    pub fn get() -> AppState {
        expect_context::<AppState>()
    }

    /// Applies an edit to the workspace and, when it succeeds, saves at once. A failed edit
    /// changes nothing and is not saved.
    pub fn edit<R, E>(&self, f: impl FnOnce(&mut Workspace) -> Result<R, E>) -> Result<R, E> {
        let result = self
            .workspace
            .try_update(f)
            .expect("workspace signal is alive while the app runs");
        if result.is_ok() {
            self.save();
            self.update_log(|log| log.record_edit(now()));
            self.ask_to_persist();
        }
        result
    }

    /// Replaces the whole workspace (start empty, restore demo) and saves.
    pub fn replace(&self, workspace: Workspace) {
        self.workspace.set(workspace);
        self.save();
        self.update_log(BackupLog::record_replaced);
    }

    /// Saves the workspace as it is now; on failure the banner says so and the work stays in memory.
    pub fn save(&self) {
        let result = self.workspace.with_untracked(|ws| {
            self.repo
                .try_update_value(|repo| repo.save(ws, now()))
                .expect("repository is alive while the app runs")
        });
        match result {
            Ok(saved) => {
                self.save_status.set(SaveStatus::Saved);
                self.nearly_full.set(saved.no_spare_copy);
                if let Some(key) = saved.set_aside {
                    self.startup_notice.set(Some(StartupNotice {
                        message: "The data saved in this browser had been damaged or changed outside Scorecard. It has been kept aside, unchanged, so you can download it, and your work on screen has been saved in its place.".into(),
                        download_key: Some(key),
                    }));
                    self.refresh_quarantined();
                }
            }
            Err(SaveError::Stale { .. }) => self.save_status.set(SaveStatus::Conflict),
            Err(e) => self.save_status.set(SaveStatus::Failed(e.to_string())),
        }
    }

    /// Another tab changed localStorage. With nothing unsaved here, take its version silently;
    /// with an unsaved change here, ask the user (and write nothing).
    fn on_storage_event(&self, key: Option<String>, new_value: Option<String>) {
        match key.as_deref() {
            Some(WORKSPACE_KEY) if new_value.is_some() => {
                if self.save_status.get_untracked().has_unsaved_change() {
                    let newer = self.repo.with_value(|repo| repo.stored_is_newer());
                    if newer {
                        self.save_status.set(SaveStatus::Conflict);
                    }
                } else if let Reloaded::Changed(ws) = self.reload() {
                    self.workspace.set(ws);
                    self.nearly_full.set(false);
                }
            }
            Some(BACKUP_LOG_KEY) => self.backup_log.set(BackupLog::parse(new_value.as_deref())),
            Some(k) if k.starts_with(QUARANTINE_KEY) => self.refresh_quarantined(),
            None => self.refresh_quarantined(),
            _ => {}
        }
    }

    /// "Load the newer version": downloads this tab's version first, so it is not lost, then
    /// shows the version the other tab saved.
    pub fn load_newer_version(&self) -> Result<(), String> {
        self.download_workspace("-this-tab")?;
        match self.reload() {
            Reloaded::Changed(ws) => {
                self.workspace.set(ws);
                self.save_status.set(SaveStatus::Saved);
                Ok(())
            }
            Reloaded::Unchanged => {
                self.save_status.set(SaveStatus::Saved);
                Ok(())
            }
            Reloaded::Missing => Err("There is no saved version to load: it was removed in the other tab. Your version is still on screen; choose “Keep my version” to save it.".into()),
            Reloaded::Unreadable(reason) => Err(format!("The version saved in the other tab cannot be opened ({reason}). Your version is still on screen; choose “Keep my version” to save it (the other version is downloaded first).")),
        }
    }

    /// "Keep my version": downloads the version the other tab saved first, so it is not lost,
    /// then saves this tab's version over it.
    pub fn keep_my_version(&self) -> Result<(), String> {
        if let Some(text) = self.repo.with_value(|repo| repo.stored_text()) {
            let name = self.workspace.with_untracked(|ws| file_stem(&ws.name));
            let stamp = now().format("%Y-%m-%d-%H%M");
            download_text(
                &format!("scorecard-{name}-{stamp}-other-tab.json"),
                "application/json",
                &text,
            )?;
        }
        self.repo.update_value(|repo| repo.take_over());
        self.save();
        Ok(())
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

    /// The damaged data kept under `key`, for download.
    pub fn quarantined_text(&self, key: &str) -> Option<String> {
        self.repo
            .with_value(|repo| repo.store().get(key).ok().flatten())
    }

    /// Offers the damaged data kept under `key` as a file, exactly as it was found.
    pub fn download_quarantined(&self, key: &str) -> Result<(), String> {
        let text = self
            .quarantined_text(key)
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

    /// Deletes the damaged data kept under `key`, after the user chose to.
    pub fn discard_quarantined(&self, key: &str) -> Result<(), String> {
        let result = self
            .repo
            .with_value(|repo| repo.discard_quarantined(key))
            .map_err(|e| format!("It could not be deleted: {e}"));
        self.refresh_quarantined();
        result
    }

    /// Whether a copy of the save before the latest is kept.
    pub fn has_spare_copy(&self) -> bool {
        self.repo.with_value(|repo| repo.has_spare_copy())
    }

    fn reload(&self) -> Reloaded {
        self.repo
            .try_update_value(|repo| repo.reload())
            .expect("repository is alive while the app runs")
    }

    fn refresh_quarantined(&self) {
        let keys = self
            .repo
            .with_value(|repo| repo.quarantined().into_iter().map(|(k, _)| k).collect());
        self.quarantined.set(keys);
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

    /// Shows `message` on the page at `path`.
    pub fn flash(&self, path: impl Into<String>, message: impl Into<String>) {
        self.flash.set(Some(Flash {
            path: path.into(),
            message: message.into(),
        }));
    }

    /// The workspace as pretty JSON, for "download a copy".
    pub fn workspace_json(&self) -> String {
        self.workspace
            .with_untracked(|ws| serde_json::to_string_pretty(ws).unwrap_or_default())
    }
}
