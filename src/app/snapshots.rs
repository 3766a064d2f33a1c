//! Whole-workspace snapshots kept in the browser (daily, and before anything that replaces the
//! workspace), and the import undo point beside them.

use leptos::prelude::*;
use leptos::task::spawn_local;
use scorecard_core::exchange::{export_workspace, ExportOptions};
use scorecard_core::storage::{
    RecordStore, Session, Snapshot, SnapshotInfo, SNAPSHOTS_KEPT, UNDO_KEY,
};

use super::state::{now, AppState};

impl AppState {
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
}
