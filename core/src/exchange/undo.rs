//! The undo point taken before an import: the whole workspace as it was, so the last import can
//! be undone in one step, and kept (or downloaded) as a backup.

use serde::{Deserialize, Serialize};

use super::export::{export_workspace, ExportOptions, ExportedFile};
use crate::model::Timestamp;
use crate::storage::{KeyValueStore, StoreError};
use crate::workspace::Workspace;

/// Where an app keeps the last undo point in its key-value store.
pub const UNDO_KEY: &str = "scorecard.undo-import";

/// Names the kind of saved undo point.
const UNDO_FORMAT: &str = "scorecard-undo";

/// The workspace as it was just before an import.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UndoPoint {
    /// When it was taken.
    pub taken_at: Timestamp,
    /// What it undoes, e.g. "Import of a partner pack from Northshire County Council".
    pub description: String,
    /// The workspace as it was.
    pub workspace: Workspace,
}

#[derive(Serialize, Deserialize)]
struct Saved {
    format: String,
    #[serde(flatten)]
    point: UndoPoint,
}

impl UndoPoint {
    /// The workspace to put back.
    pub fn restore(self) -> Workspace {
        self.workspace
    }

    /// The undo point as text, to keep under [`UNDO_KEY`].
    pub fn to_json(&self) -> String {
        serde_json::to_string(&Saved {
            format: UNDO_FORMAT.to_string(),
            point: self.clone(),
        })
        .unwrap_or_default()
    }

    /// Reads an undo point saved with [`UndoPoint::to_json`].
    pub fn from_json(text: &str) -> Result<UndoPoint, String> {
        let saved: Saved = serde_json::from_str(text)
            .map_err(|e| format!("the saved undo point cannot be read ({e})"))?;
        if saved.format != UNDO_FORMAT {
            return Err("the saved data is not an undo point".to_string());
        }
        Ok(saved.point)
    }

    /// Keeps the undo point in `store` under [`UNDO_KEY`], replacing the one before. If the
    /// store is full, offer [`UndoPoint::backup_file`] as a download instead.
    pub fn save_to(&self, store: &impl KeyValueStore) -> Result<(), StoreError> {
        store.set(UNDO_KEY, &self.to_json())
    }

    /// The undo point kept in `store`, if there is one; an unreadable one is an error.
    pub fn load_from(store: &impl KeyValueStore) -> Result<Option<UndoPoint>, String> {
        match store.get(UNDO_KEY) {
            Ok(Some(text)) => UndoPoint::from_json(&text).map(Some),
            Ok(None) => Ok(None),
            Err(e) => Err(e.to_string()),
        }
    }

    /// Forgets the undo point kept in `store` (after it was used, or a new import's is kept).
    pub fn clear(store: &impl KeyValueStore) -> Result<(), StoreError> {
        store.remove(UNDO_KEY)
    }

    /// The workspace as it was, as a backup file (personal data included: it is the user's own
    /// copy) to download.
    pub fn backup_file(&self, now: Timestamp) -> ExportedFile {
        export_workspace(
            &self.workspace,
            ExportOptions {
                include_personal: true,
            },
            now,
        )
    }
}
