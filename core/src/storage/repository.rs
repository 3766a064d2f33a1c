use serde_json::value::RawValue;

use super::envelope::{Envelope, CURRENT_SCHEMA_VERSION, ENVELOPE_FORMAT};
use super::{KeyValueStore, StoreError};
use crate::model::Timestamp;
use crate::workspace::Workspace;

/// Where the workspace is saved.
pub const WORKSPACE_KEY: &str = "scorecard.workspace";
/// Where saved data that could not be read is moved, so it is never overwritten.
pub const QUARANTINE_KEY: &str = "scorecard.quarantine";

/// What was found in the store at start-up.
#[derive(Debug)]
pub enum LoadOutcome {
    /// Nothing saved yet: a first visit.
    Nothing,
    /// The saved workspace.
    Loaded(Workspace),
    /// Saved data could not be read. It was moved to [`QUARANTINE_KEY`] when `moved`, else left
    /// where it was and saving is disabled so it is not overwritten.
    Quarantined {
        /// What was wrong, in plain words.
        reason: String,
        /// Whether the data now sits under the quarantine key.
        moved: bool,
    },
    /// Saved by a newer version of the app: left untouched, and saving is disabled.
    NewerVersion {
        /// The schema version found.
        found: u32,
    },
    /// The store cannot be read at all.
    Unavailable(StoreError),
}

/// Why a save did not happen.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SaveError {
    /// The store refused the write.
    #[error("{0}")]
    Store(#[from] StoreError),
    /// The write seemed to work but reading it back gave something else.
    #[error("the saved copy could not be read back intact")]
    VerifyFailed,
    /// Saving is switched off to protect data already in the store.
    #[error("saving is paused to protect data already saved in this browser ({0})")]
    Blocked(String),
}

/// Saves and loads one workspace in a [`KeyValueStore`].
#[derive(Debug)]
pub struct Repository<S> {
    store: S,
    app_version: String,
    revision: u64,
    blocked: Option<String>,
}

impl<S: KeyValueStore> Repository<S> {
    /// A repository over `store`, stamping saves with `app_version`.
    pub fn new(store: S, app_version: impl Into<String>) -> Self {
        Self {
            store,
            app_version: app_version.into(),
            revision: 0,
            blocked: None,
        }
    }

    /// The underlying store.
    pub fn store(&self) -> &S {
        &self.store
    }

    /// Mutable access to the underlying store (tests change its quota).
    pub fn store_mut(&mut self) -> &mut S {
        &mut self.store
    }

    /// Revision of the last save or load.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Why saving is paused, if it is.
    pub fn blocked_reason(&self) -> Option<&str> {
        self.blocked.as_deref()
    }

    /// Reads the saved workspace. Damaged data is moved aside, never overwritten.
    pub fn load(&mut self) -> LoadOutcome {
        let text = match self.store.get(WORKSPACE_KEY) {
            Ok(Some(text)) => text,
            Ok(None) => return LoadOutcome::Nothing,
            Err(e) => return LoadOutcome::Unavailable(e),
        };
        match decode(&text) {
            Ok((workspace, revision)) => {
                self.revision = revision;
                LoadOutcome::Loaded(workspace)
            }
            Err(Decode::Newer(found)) => {
                self.blocked = Some(format!(
                    "it was saved by a newer version of Scorecard (schema {found})"
                ));
                LoadOutcome::NewerVersion { found }
            }
            Err(Decode::Damaged(reason)) => {
                let moved = self.store.set(QUARANTINE_KEY, &text).is_ok()
                    && self.store.remove(WORKSPACE_KEY).is_ok();
                if !moved {
                    self.blocked =
                        Some("the saved copy is damaged and could not be moved aside".into());
                }
                LoadOutcome::Quarantined { reason, moved }
            }
        }
    }

    /// Saves `workspace`, then reads it back to be sure it is intact.
    pub fn save(&mut self, workspace: &Workspace, now: Timestamp) -> Result<(), SaveError> {
        if let Some(reason) = &self.blocked {
            return Err(SaveError::Blocked(reason.clone()));
        }
        let text = encode(workspace, self.revision + 1, &self.app_version, now);
        self.store.set(WORKSPACE_KEY, &text)?;
        match self.store.get(WORKSPACE_KEY)? {
            Some(read) if read == text => {
                self.revision += 1;
                Ok(())
            }
            _ => Err(SaveError::VerifyFailed),
        }
    }

    /// Lifts a block after the user has dealt with the data it protected (e.g. downloaded it).
    pub fn unblock(&mut self) {
        self.blocked = None;
    }
}

/// Serialises a workspace inside its envelope.
pub fn encode(workspace: &Workspace, revision: u64, app_version: &str, now: Timestamp) -> String {
    // Serialising plain data with string keys cannot fail.
    let body = serde_json::to_string(workspace).expect("workspace serialises");
    let envelope = Envelope {
        format: ENVELOPE_FORMAT.to_string(),
        schema_version: CURRENT_SCHEMA_VERSION,
        app_version: app_version.to_string(),
        revision,
        saved_at: now,
        checksum: Envelope::checksum_of(&body),
        workspace: RawValue::from_string(body).expect("valid JSON"),
    };
    serde_json::to_string(&envelope).expect("envelope serialises")
}

enum Decode {
    Newer(u32),
    Damaged(String),
}

fn decode(text: &str) -> Result<(Workspace, u64), Decode> {
    let envelope: Envelope = serde_json::from_str(text)
        .map_err(|e| Decode::Damaged(format!("the saved data is not readable ({e})")))?;
    if envelope.format != ENVELOPE_FORMAT {
        return Err(Decode::Damaged(format!(
            "the saved data is not a Scorecard workspace (format “{}”)",
            envelope.format
        )));
    }
    if envelope.schema_version > CURRENT_SCHEMA_VERSION {
        return Err(Decode::Newer(envelope.schema_version));
    }
    if !envelope.checksum_ok() {
        return Err(Decode::Damaged(
            "the saved data was changed or damaged after it was saved (checksum mismatch)".into(),
        ));
    }
    let workspace =
        migrate(envelope.schema_version, envelope.workspace.get()).map_err(Decode::Damaged)?;
    Ok((workspace, envelope.revision))
}

/// Brings a stored workspace of `schema_version` up to the current schema. Each version's step is
/// a pure function; version 1 is the first, so it only parses.
fn migrate(schema_version: u32, text: &str) -> Result<Workspace, String> {
    match schema_version {
        1 => serde_json::from_str(text)
            .map_err(|e| format!("the saved workspace does not match schema 1 ({e})")),
        other => Err(format!("unknown schema version {other}")),
    }
}
