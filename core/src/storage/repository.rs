use serde_json::value::RawValue;

use super::envelope::{Envelope, CURRENT_SCHEMA_VERSION, ENVELOPE_FORMAT};
use super::migrate::{migrate, MigrateError};
use super::{KeyValueStore, StoreError};
use crate::model::Timestamp;
use crate::workspace::Workspace;

/// Where the workspace is saved.
pub const WORKSPACE_KEY: &str = "scorecard.workspace";
/// Where the copy that was under [`WORKSPACE_KEY`] before the latest save is kept, when there is
/// room: the fallback if the main copy is ever found damaged.
pub const PREVIOUS_KEY: &str = "scorecard.workspace.previous";
/// Where saved data that could not be read is moved, so it is never overwritten. Further damaged
/// copies go to `scorecard.quarantine.2` … `.9` (see [`quarantine_keys`]).
pub const QUARANTINE_KEY: &str = "scorecard.quarantine";
/// How many damaged copies can be kept aside at once.
pub const QUARANTINE_SLOTS: usize = 9;

/// Every key a damaged copy may be kept under, in the order they are used.
pub fn quarantine_keys() -> impl Iterator<Item = String> {
    std::iter::once(QUARANTINE_KEY.to_string())
        .chain((2..=QUARANTINE_SLOTS).map(|n| format!("{QUARANTINE_KEY}.{n}")))
}

/// A good copy of an earlier save, opened because the main copy was damaged or missing.
#[derive(Debug, Clone, PartialEq)]
pub struct EarlierCopy {
    /// The workspace as it was then.
    pub workspace: Workspace,
    /// When it was saved.
    pub saved_at: Timestamp,
    /// Its revision.
    pub revision: u64,
}

/// What was found in the store at start-up.
#[derive(Debug)]
pub enum LoadOutcome {
    /// Nothing saved yet: a first visit.
    Nothing,
    /// The saved workspace.
    Loaded(Workspace),
    /// Saved data could not be read. It was moved to the quarantine key `key` when there is one,
    /// else left where it was and saving is paused so it is not overwritten. `earlier` is the
    /// good copy from the save before, when there is one; the app opens it.
    Quarantined {
        /// What was wrong, in plain words.
        reason: String,
        /// Where the damaged data now sits, ready to download.
        key: Option<String>,
        /// The copy from the save before, when it is readable.
        earlier: Option<EarlierCopy>,
    },
    /// The main copy was missing but the copy from the save before was there; it was opened and
    /// put back as the main copy.
    Restored(EarlierCopy),
    /// Saved by a newer version of the app: left untouched, and saving is paused.
    NewerVersion {
        /// The schema version found.
        found: u32,
    },
    /// The store cannot be read at all.
    Unavailable(StoreError),
}

/// Why a save did not happen. In every case the store still holds the last good copy.
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
    /// Another tab (or window) saved a newer version since this one last loaded or saved.
    #[error("the workspace was changed in another tab or window (saved version {stored}, this tab has version {this})")]
    Stale {
        /// Revision now in the store.
        stored: u64,
        /// Revision this tab last loaded or saved.
        this: u64,
    },
    /// The workspace holds something that would not read back the same (for example a number
    /// that is not finite, which JSON cannot hold). Refused here, so it never reaches the store.
    #[error("part of the workspace cannot be saved as it is ({0})")]
    NotSavable(String),
}

/// What a successful save did besides saving.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Saved {
    /// The revision now saved.
    pub revision: u64,
    /// Damaged data was found under the workspace key and moved to this quarantine key first.
    pub set_aside: Option<String>,
    /// There was no room to keep a spare copy of the previous save, so there is none now: the
    /// store is nearly full.
    pub no_spare_copy: bool,
}

/// What [`Repository::reload`] found.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)] // returned once per storage event, never kept
pub enum Reloaded {
    /// The store holds what this tab last loaded or saved.
    Unchanged,
    /// The store holds a different, readable version, now adopted by this tab.
    Changed(Workspace),
    /// Nothing is stored (removed elsewhere). What is on screen is kept; the next save writes it.
    Missing,
    /// What is stored cannot be read; it was left exactly as it was.
    Unreadable(String),
}

/// Saves and loads one workspace in a [`KeyValueStore`].
///
/// It remembers the revision (and checksum) it last loaded or saved, and refuses to save over a
/// newer one written by another tab ([`SaveError::Stale`]).
#[derive(Debug)]
pub struct Repository<S> {
    store: S,
    app_version: String,
    revision: u64,
    checksum: Option<String>,
    blocked: Option<String>,
}

/// The parts of a stored envelope needed to trust it, without reading the workspace.
struct Header {
    revision: u64,
    checksum: String,
    saved_at: Timestamp,
    schema_version: u32,
    body: Box<RawValue>,
}

enum Decode {
    Newer(u32),
    Damaged(String),
}

fn newer_reason(found: u32) -> String {
    format!("it was saved by a newer version of Scorecard (schema {found})")
}

impl<S: KeyValueStore> Repository<S> {
    /// A repository over `store`, stamping saves with `app_version`.
    pub fn new(store: S, app_version: impl Into<String>) -> Self {
        Self {
            store,
            app_version: app_version.into(),
            revision: 0,
            checksum: None,
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

    /// Lifts a block after the user has dealt with the data it protected (e.g. downloaded it).
    pub fn unblock(&mut self) {
        self.blocked = None;
    }

    /// Reads the saved workspace. Damaged data is moved aside, never overwritten, and the copy
    /// from the save before is opened instead when it is good.
    pub fn load(&mut self) -> LoadOutcome {
        let text = match self.store.get(WORKSPACE_KEY) {
            Ok(Some(text)) => text,
            Ok(None) => {
                return match self.earlier_copy() {
                    Some((copy, text)) => {
                        // Best effort: put it back as the main copy, so the next visit finds it.
                        let _ = self.store.set(WORKSPACE_KEY, &text);
                        LoadOutcome::Restored(copy)
                    }
                    None => LoadOutcome::Nothing,
                };
            }
            Err(e) => return LoadOutcome::Unavailable(e),
        };
        match inspect(&text).and_then(read) {
            Ok((workspace, header)) => {
                self.adopt(&header);
                LoadOutcome::Loaded(workspace)
            }
            Err(Decode::Newer(found)) => {
                self.blocked = Some(newer_reason(found));
                LoadOutcome::NewerVersion { found }
            }
            Err(Decode::Damaged(reason)) => {
                let key = self
                    .quarantine(&text)
                    .filter(|_| self.store.remove(WORKSPACE_KEY).is_ok());
                let earlier = self.earlier_copy();
                match (&key, &earlier) {
                    (Some(_), Some((_, text))) => {
                        let _ = self.store.set(WORKSPACE_KEY, text);
                    }
                    (Some(_), None) => {}
                    (None, _) => {
                        self.blocked =
                            Some("the saved copy is damaged and could not be moved aside".into());
                    }
                }
                LoadOutcome::Quarantined {
                    reason,
                    key,
                    earlier: earlier.map(|(copy, _)| copy),
                }
            }
        }
    }

    /// Saves `workspace`, then reads it back to be sure it is intact.
    ///
    /// Before writing, it reads what is stored: a newer revision from another tab is not
    /// overwritten ([`SaveError::Stale`]), and damaged data is moved aside first. After a verified
    /// write, the copy it replaced is kept under [`PREVIOUS_KEY`] if there is room; when the store
    /// is full, that spare copy is given up before the new save is.
    pub fn save(&mut self, workspace: &Workspace, now: Timestamp) -> Result<Saved, SaveError> {
        if let Some(reason) = &self.blocked {
            return Err(SaveError::Blocked(reason.clone()));
        }
        let revision = self.revision + 1;
        let (text, checksum) = encode_checked(workspace, revision, &self.app_version, now)?;
        let mut saved = Saved {
            revision,
            ..Saved::default()
        };

        let mut replaced = None;
        if let Some(old) = self.store.get(WORKSPACE_KEY)? {
            match inspect(&old) {
                Ok(header) => {
                    if self.is_stale(&header) {
                        return Err(SaveError::Stale {
                            stored: header.revision,
                            this: self.revision,
                        });
                    }
                    replaced = Some(old);
                }
                Err(Decode::Newer(found)) => {
                    let reason = newer_reason(found);
                    self.blocked = Some(reason.clone());
                    return Err(SaveError::Blocked(reason));
                }
                Err(Decode::Damaged(_)) => match self.quarantine(&old) {
                    Some(key) => saved.set_aside = Some(key),
                    None => {
                        return Err(SaveError::Blocked(
                            "damaged data is saved in this browser and there is no room to move it aside".into(),
                        ))
                    }
                },
            }
        }

        match self.store.set(WORKSPACE_KEY, &text) {
            Ok(()) => {}
            Err(StoreError::QuotaExceeded) if self.store.get(PREVIOUS_KEY)?.is_some() => {
                // The new save matters more than a spare copy of the one before.
                self.store.remove(PREVIOUS_KEY)?;
                saved.no_spare_copy = true;
                self.store.set(WORKSPACE_KEY, &text)?;
            }
            Err(e) => return Err(e.into()),
        }
        match self.store.get(WORKSPACE_KEY)? {
            Some(read) if read == text => {}
            _ => return Err(SaveError::VerifyFailed),
        }
        self.revision = revision;
        self.checksum = Some(checksum);

        if let Some(old) = replaced {
            if !saved.no_spare_copy && self.store.set(PREVIOUS_KEY, &old).is_err() {
                // No room: an older spare copy would only take the space the next save needs.
                let _ = self.store.remove(PREVIOUS_KEY);
                saved.no_spare_copy = true;
            }
        }
        Ok(saved)
    }

    /// Re-reads the store after another tab changed it. A readable, different version is
    /// adopted and returned; anything unreadable is left exactly as it is.
    pub fn reload(&mut self) -> Reloaded {
        let text = match self.store.get(WORKSPACE_KEY) {
            Ok(Some(text)) => text,
            Ok(None) => return Reloaded::Missing,
            Err(e) => return Reloaded::Unreadable(e.to_string()),
        };
        match inspect(&text) {
            Ok(h) if h.revision == self.revision && self.checksum.as_ref() == Some(&h.checksum) => {
                Reloaded::Unchanged
            }
            Ok(h) => match read(h) {
                Ok((workspace, header)) => {
                    self.adopt(&header);
                    Reloaded::Changed(workspace)
                }
                Err(Decode::Damaged(reason)) => Reloaded::Unreadable(reason),
                Err(Decode::Newer(found)) => Reloaded::Unreadable(newer_reason(found)),
            },
            Err(Decode::Newer(found)) => {
                self.blocked = Some(newer_reason(found));
                Reloaded::Unreadable(newer_reason(found))
            }
            Err(Decode::Damaged(reason)) => Reloaded::Unreadable(reason),
        }
    }

    /// Whether the store holds a readable version newer than (or different from) the one this tab
    /// last loaded or saved. Changes nothing.
    pub fn stored_is_newer(&self) -> bool {
        match self.store.get(WORKSPACE_KEY) {
            Ok(Some(text)) => inspect(&text).is_ok_and(|h| self.is_stale(&h)),
            _ => false,
        }
    }

    /// The exact text saved under the workspace key, for download before it is replaced.
    pub fn stored_text(&self) -> Option<String> {
        self.store.get(WORKSPACE_KEY).ok().flatten()
    }

    /// Lets the next save replace the version now stored, after the user chose to keep theirs
    /// (and the stored one was offered as a download).
    pub fn take_over(&mut self) {
        if let Some(Ok(header)) = self.stored_text().map(|t| inspect(&t)) {
            self.adopt(&header);
        }
    }

    /// Every damaged copy kept aside, as (key, exact text).
    pub fn quarantined(&self) -> Vec<(String, String)> {
        quarantine_keys()
            .filter_map(|key| match self.store.get(&key) {
                Ok(Some(text)) => Some((key, text)),
                _ => None,
            })
            .collect()
    }

    /// Deletes a damaged copy kept aside, after the user chose to.
    pub fn discard_quarantined(&self, key: &str) -> Result<(), StoreError> {
        if quarantine_keys().any(|k| k == key) {
            self.store.remove(key)
        } else {
            Ok(())
        }
    }

    /// Whether a spare copy of the save before the latest is kept.
    pub fn has_spare_copy(&self) -> bool {
        matches!(self.store.get(PREVIOUS_KEY), Ok(Some(_)))
    }

    fn is_stale(&self, stored: &Header) -> bool {
        stored.revision > self.revision
            || (stored.revision == self.revision
                && self
                    .checksum
                    .as_ref()
                    .is_some_and(|c| *c != stored.checksum))
    }

    fn adopt(&mut self, header: &Header) {
        self.revision = header.revision;
        self.checksum = Some(header.checksum.clone());
    }

    /// Moves `text` to the first free quarantine key (or finds it already there). `None` when
    /// every slot is taken or the store refuses.
    fn quarantine(&self, text: &str) -> Option<String> {
        let mut free = None;
        for key in quarantine_keys() {
            match self.store.get(&key) {
                Ok(Some(existing)) if existing == text => return Some(key),
                Ok(Some(_)) => {}
                Ok(None) => {
                    free.get_or_insert(key);
                }
                Err(_) => return None,
            }
        }
        let key = free?;
        self.store.set(&key, text).ok()?;
        Some(key)
    }

    /// The good copy from the save before, with its text. A damaged one is moved aside.
    fn earlier_copy(&mut self) -> Option<(EarlierCopy, String)> {
        let text = self.store.get(PREVIOUS_KEY).ok()??;
        match inspect(&text).and_then(read) {
            Ok((workspace, header)) => {
                self.adopt(&header);
                Some((
                    EarlierCopy {
                        workspace,
                        saved_at: header.saved_at,
                        revision: header.revision,
                    },
                    text,
                ))
            }
            Err(Decode::Damaged(_)) => {
                if self.quarantine(&text).is_some() {
                    let _ = self.store.remove(PREVIOUS_KEY);
                }
                None
            }
            Err(Decode::Newer(_)) => None,
        }
    }
}

/// Serialises a workspace inside its envelope.
///
/// # Panics
/// If the workspace cannot be serialised; [`Repository::save`] uses a checked version.
pub fn encode(workspace: &Workspace, revision: u64, app_version: &str, now: Timestamp) -> String {
    let body = serde_json::to_string(workspace).expect("workspace serialises");
    envelope_text(body, revision, app_version, now).0
}

fn envelope_text(
    body: String,
    revision: u64,
    app_version: &str,
    now: Timestamp,
) -> (String, String) {
    let checksum = Envelope::checksum_of(&body);
    let envelope = Envelope {
        format: ENVELOPE_FORMAT.to_string(),
        schema_version: CURRENT_SCHEMA_VERSION,
        app_version: app_version.to_string(),
        revision,
        saved_at: now,
        checksum: checksum.clone(),
        workspace: RawValue::from_string(body).expect("serde_json output is valid JSON"),
    };
    let text = serde_json::to_string(&envelope).expect("envelope serialises");
    (text, checksum)
}

/// Serialises, then reads the workspace back and compares, so data that would not load again
/// (JSON has no NaN or infinity: serde_json writes them as `null`) is refused before it is
/// stored rather than found damaged on the next visit.
fn encode_checked(
    workspace: &Workspace,
    revision: u64,
    app_version: &str,
    now: Timestamp,
) -> Result<(String, String), SaveError> {
    let body = serde_json::to_string(workspace)
        .map_err(|e| SaveError::NotSavable(format!("it could not be written: {e}")))?;
    match serde_json::from_str::<Workspace>(&body) {
        Ok(back) if back == *workspace => {}
        Ok(_) => {
            return Err(SaveError::NotSavable(
                "it holds a value that would not read back the same, such as a number that is not finite".into(),
            ))
        }
        Err(e) => {
            return Err(SaveError::NotSavable(format!(
                "it would not read back: {e}"
            )))
        }
    }
    Ok(envelope_text(body, revision, app_version, now))
}

/// Checks the envelope (format, version, checksum) without reading the workspace.
fn inspect(text: &str) -> Result<Header, Decode> {
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
    Ok(Header {
        revision: envelope.revision,
        checksum: envelope.checksum,
        saved_at: envelope.saved_at,
        schema_version: envelope.schema_version,
        body: envelope.workspace,
    })
}

/// Reads the workspace of a checked envelope, migrating it to the current schema.
fn read(header: Header) -> Result<(Workspace, Header), Decode> {
    match migrate(header.schema_version, header.body.get()) {
        Ok(workspace) => Ok((workspace, header)),
        Err(MigrateError::Newer { found, .. }) => Err(Decode::Newer(found)),
        Err(e) => Err(Decode::Damaged(e.to_string())),
    }
}
