//! Opening the workspace before the first page renders: the browser's database, a workspace
//! moved across from localStorage, or the demo on a first visit.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use scorecard_core::storage::{
    BackupLog, KeyValueStore, Moved, Opened, QuarantinedRecord, RecordStore, Session, SnapshotInfo,
    StoreError, BACKUP_LOG_KEY,
};
use scorecard_core::{demo, Workspace};

use super::browser_store::{self, BrowserStore};
use super::idb_store::IdbStore;
use super::state::{now, AppState, SaveStatus, StartupNotice, APP_VERSION};
use super::tabs::Tabs;

/// What was found when the workspace was opened, before the first page renders.
pub struct Opening {
    pub(super) workspace: Workspace,
    pub(super) notice: Option<StartupNotice>,
    pub(super) store: Option<Rc<IdbStore>>,
    pub(super) session: Session,
    pub(super) quarantined: Vec<QuarantinedRecord>,
    pub(super) snapshots: Vec<SnapshotInfo>,
    pub(super) moved: bool,
}

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
    // Listed when "Your data" is opened: reading every snapshot's text here would slow start-up.
    let snapshots = Vec::new();
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
            after_save: StoredValue::new_local(Vec::new()),
            redraw_due: StoredValue::new(false),
            when_sent: StoredValue::new_local(Vec::new()),
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
}
