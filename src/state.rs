//! App-wide state, provided as context: the workspace signal and what happened to the last save.

use chrono::Utc;
use leptos::prelude::*;
use scorecard_core::storage::{LoadOutcome, Repository, SaveError, QUARANTINE_KEY};
use scorecard_core::{demo, Timestamp, Workspace};

use crate::browser_store::BrowserStore;

/// Version written into every save.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The current time. The core never reads the clock; the app passes this in.
pub fn now() -> Timestamp {
    Utc::now()
}

/// The outcome of the most recent save, for the banner.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveStatus {
    /// Everything on screen is saved.
    Saved,
    /// The last save failed; the work is only in memory.
    Failed(String),
}

/// A message about data found at start-up (damaged, newer version, storage off).
#[derive(Debug, Clone, PartialEq)]
pub struct StartupNotice {
    /// What happened, in plain words.
    pub message: String,
    /// Whether damaged data sits under the quarantine key, ready to download.
    pub quarantined: bool,
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
    /// What was found in storage at start-up, if it needs saying.
    pub startup_notice: RwSignal<Option<StartupNotice>>,
    /// Confirmation of the last action.
    pub flash: RwSignal<Option<Flash>>,
    // The repository is not reactive and not Send (it wraps localStorage), so it is stored locally.
    repo: StoredValue<Repository<BrowserStore>, LocalStorage>,
}

impl AppState {
    /// Loads the saved workspace, or the demo on a first visit.
    pub fn load() -> AppState {
        let mut repo = Repository::new(BrowserStore, APP_VERSION);
        let outcome = repo.load();
        let (workspace, notice) = match outcome {
            LoadOutcome::Loaded(ws) => (ws, None),
            LoadOutcome::Nothing => (demo::partnership(now()), None),
            LoadOutcome::Quarantined { reason, moved } => (
                demo::partnership(now()),
                Some(StartupNotice {
                    message: if moved {
                        format!(
                            "The data saved in this browser could not be opened: {reason}. It has been kept aside, unchanged, so you can download it. The demo is shown instead."
                        )
                    } else {
                        format!(
                            "The data saved in this browser could not be opened: {reason}. It has been left as it was and nothing will be saved over it."
                        )
                    },
                    quarantined: moved,
                }),
            ),
            LoadOutcome::NewerVersion { found } => (
                demo::partnership(now()),
                Some(StartupNotice {
                    message: format!(
                        "The data saved in this browser was made by a newer version of Scorecard (schema {found}). It has not been changed. Open it with the newer version; changes made here will not be saved."
                    ),
                    quarantined: false,
                }),
            ),
            LoadOutcome::Unavailable(e) => (
                demo::partnership(now()),
                Some(StartupNotice {
                    message: format!("Nothing can be saved in this browser: {e}. Your work will be lost when you close the page unless you download a copy."),
                    quarantined: false,
                }),
            ),
        };
        AppState {
            workspace: RwSignal::new(workspace),
            save_status: RwSignal::new(SaveStatus::Saved),
            startup_notice: RwSignal::new(notice),
            flash: RwSignal::new(None),
            repo: StoredValue::new_local(repo),
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
        }
        result
    }

    /// Replaces the whole workspace (start empty, restore demo) and saves.
    pub fn replace(&self, workspace: Workspace) {
        self.workspace.set(workspace);
        self.save();
    }

    /// Saves the workspace as it is now; on failure the banner says so and the work stays in memory.
    pub fn save(&self) {
        let result: Result<(), SaveError> = self.workspace.with_untracked(|ws| {
            self.repo
                .try_update_value(|repo| repo.save(ws, now()))
                .expect("repository is alive while the app runs")
        });
        self.save_status.set(match result {
            Ok(()) => SaveStatus::Saved,
            Err(e) => SaveStatus::Failed(e.to_string()),
        });
    }

    /// The damaged data kept aside at start-up, for download.
    pub fn quarantined_text(&self) -> Option<String> {
        use scorecard_core::storage::KeyValueStore;
        self.repo
            .with_value(|repo| repo.store().get(QUARANTINE_KEY).ok().flatten())
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
