//! The rules of saving a workspace record by record: what an edit writes, how a stale writer is
//! caught, how damaged records are set aside, how another tab's changes are taken in, and how a
//! workspace saved in localStorage by an earlier version moves across.
//!
//! A [`Session`] belongs to one tab. It remembers the revision of every record it last read or
//! wrote. An edit marks records changed in the workspace ([`crate::workspace::Records`]);
//! [`Session::prepare`] turns those marks into one [`Commit`] of just those records, each
//! expecting the revision this tab last saw, so a record another tab wrote since is never
//! written over.

use std::collections::{BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use super::envelope::{Envelope, CURRENT_SCHEMA_VERSION};
use super::record_store::{
    Commit, CommitError, QuarantinedRecord, RawRecord, RecordKey, RecordStore, Shelf, Snapshot,
    StoredMeta, StoredRecord, Write, RECORD_STORE_FORMAT, SNAPSHOT_PREFIX,
};
use super::{KeyValueStore, LoadOutcome, Repository, SaveError, StoreError};
use crate::analysis::RollupMethod;
use crate::exchange::{ExchangeLedger, RecordKind};
use crate::model::{Cadences, Id, Timestamp};
use crate::workspace::{Keyed, Records, Workspace};

/// How many daily and safety snapshots are kept.
pub const SNAPSHOTS_KEPT: usize = 5;

/// The workspace's own fields, kept as one record on the settings shelf.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// The workspace's name.
    pub name: String,
    /// Whether it is the demo.
    #[serde(default)]
    pub is_demo: bool,
    /// Review cadences.
    #[serde(default)]
    pub cadences: Cadences,
    /// How statuses roll up.
    #[serde(default)]
    pub rollup: RollupMethod,
    /// "My organisation".
    #[serde(default)]
    pub home_organisation: Option<Id>,
    /// What was received from partners.
    #[serde(default)]
    pub exchange: ExchangeLedger,
}

/// The id of the one record on the settings shelf.
pub const SETTINGS_ID: &str = "workspace";

impl Settings {
    fn of(ws: &Workspace) -> Settings {
        Settings {
            name: ws.name.clone(),
            is_demo: ws.is_demo,
            cadences: ws.cadences.clone(),
            rollup: ws.rollup,
            home_organisation: ws.home_organisation,
            exchange: ws.exchange.clone(),
        }
    }

    fn same_as(&self, ws: &Workspace) -> bool {
        self.name == ws.name
            && self.is_demo == ws.is_demo
            && self.cadences == ws.cadences
            && self.rollup == ws.rollup
            && self.home_organisation == ws.home_organisation
            && self.exchange == ws.exchange
    }

    fn put_into(self, ws: &mut Workspace) {
        ws.name = self.name;
        ws.is_demo = self.is_demo;
        ws.cadences = self.cadences;
        ws.rollup = self.rollup;
        ws.home_organisation = self.home_organisation;
        ws.exchange = self.exchange;
    }
}

/// What [`Session::open`] found.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)] // returned once at start-up, never kept
pub enum Opened {
    /// Nothing saved: a first visit.
    Nothing,
    /// The saved workspace. Records that could not be read were moved to quarantine.
    Loaded {
        /// The workspace, without the damaged records.
        workspace: Workspace,
        /// Damaged records set aside this time.
        damaged: Vec<QuarantinedRecord>,
    },
    /// Saved by a newer version of the app: left untouched, and saving is paused.
    NewerVersion {
        /// The schema version found.
        found: u32,
    },
    /// The store cannot be read.
    Unavailable(StoreError),
}

/// What taking in another tab's changes did.
#[derive(Debug, PartialEq)]
pub enum Synced {
    /// The changes are in the workspace now.
    Applied(usize),
    /// This tab has unsaved changes to the same records: nothing was taken in, and the user is
    /// asked which version to keep.
    Conflict,
}

/// What moving a workspace from localStorage did.
#[derive(Debug)]
pub enum Moved {
    /// Nothing was in localStorage.
    Nothing,
    /// The workspace was copied across, checked and removed from localStorage.
    Moved {
        /// The workspace.
        workspace: Workspace,
        /// What the localStorage copy said on the way (a damaged copy set aside there, say).
        note: Option<String>,
    },
    /// Saved in localStorage by a newer version: left there.
    NewerVersion(u32),
    /// The move failed; the localStorage copy is where it was.
    Failed {
        /// Why.
        reason: String,
        /// The workspace as read from localStorage, to work on in memory.
        workspace: Option<Workspace>,
    },
}

/// What this tab knows of one stored record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Known {
    rev: u64,
    seq: u64,
}

/// One tab's view of the record store.
#[derive(Debug)]
pub struct Session {
    app_version: String,
    known: HashMap<RecordKey, Known>,
    meta: Option<StoredMeta>,
    pending: BTreeSet<RecordKey>,
    settings_saved: Option<Settings>,
    replace_pending: bool,
    blocked: Option<String>,
    last_snapshot_at: Option<Timestamp>,
}

fn key_of(kind: RecordKind, id: Id) -> RecordKey {
    RecordKey::new(Shelf::Records(kind), id.to_string())
}

fn settings_key() -> RecordKey {
    RecordKey::new(Shelf::Settings, SETTINGS_ID)
}

fn parse_id(key: &RecordKey) -> Result<Id, String> {
    key.id
        .parse()
        .map_err(|_| format!("its key “{}” is not an id", key.id))
}

/// Runs `body` with `list` bound to the workspace's list for `shelf`, whatever its record type:
/// `with_records!(ws, ..)` borrows it, `with_records!(mut ws, ..)` borrows it to change. The one
/// place that knows which list each shelf holds. Not for the settings shelf, which is no list.
macro_rules! with_records {
    (mut $ws:expr, $shelf:expr, |$list:ident| $body:expr) => {
        with_records!(@with [&mut] $ws, $shelf, |$list| $body)
    };
    ($ws:expr, $shelf:expr, |$list:ident| $body:expr) => {
        with_records!(@with [&] $ws, $shelf, |$list| $body)
    };
    (@with [$($borrow:tt)*] $ws:expr, $shelf:expr, |$list:ident| $body:expr) => {
        match $shelf {
            Shelf::Records(RecordKind::Organisation) => {
                let $list = $($borrow)* $ws.organisations;
                $body
            }
            Shelf::Records(RecordKind::Team) => {
                let $list = $($borrow)* $ws.teams;
                $body
            }
            Shelf::Records(RecordKind::Person) => {
                let $list = $($borrow)* $ws.people;
                $body
            }
            Shelf::Records(RecordKind::Goal) => {
                let $list = $($borrow)* $ws.goals;
                $body
            }
            Shelf::Records(RecordKind::Measure) => {
                let $list = $($borrow)* $ws.measures;
                $body
            }
            Shelf::Records(RecordKind::Review) => {
                let $list = $($borrow)* $ws.reviews;
                $body
            }
            Shelf::Records(RecordKind::DevelopmentNeed) => {
                let $list = $($borrow)* $ws.development;
                $body
            }
            Shelf::Records(RecordKind::Recognition) => {
                let $list = $($borrow)* $ws.recognitions;
                $body
            }
            Shelf::Records(RecordKind::ExitInterview) => {
                let $list = $($borrow)* $ws.exit_interviews;
                $body
            }
            Shelf::Records(RecordKind::ReportCommentary) => {
                let $list = $($borrow)* $ws.report_commentary;
                $body
            }
            Shelf::Tombstones => {
                let $list = $($borrow)* $ws.tombstones;
                $body
            }
            Shelf::Settings => unreachable!("settings are not a list"),
        }
    };
}

fn take_marks<T: Keyed>(records: &mut Records<T>, shelf: Shelf, into: &mut BTreeSet<RecordKey>) {
    into.extend(
        records
            .take_changed()
            .into_iter()
            .map(|id| RecordKey::new(shelf, id.to_string())),
    );
}

fn body_of<T: Keyed + Serialize + for<'de> Deserialize<'de> + PartialEq>(
    records: &Records<T>,
    id: Id,
) -> Result<Option<String>, SaveError> {
    let Some(record) = records.get(id) else {
        return Ok(None);
    };
    let body = serde_json::to_string(record)
        .map_err(|e| SaveError::NotSavable(format!("it could not be written: {e}")))?;
    // JSON has no NaN or infinity (serde_json writes them as null): refuse what would not read
    // back the same, before it reaches the store.
    match serde_json::from_str::<T>(&body) {
        Ok(back) if back == *record => Ok(Some(body)),
        _ => Err(SaveError::NotSavable(
            "it holds a value that would not read back the same, such as a number that is not finite".into(),
        )),
    }
}

fn read_into<T: Keyed + for<'de> Deserialize<'de>>(
    records: &mut Records<T>,
    id: Id,
    body: Option<&str>,
) -> Result<(), String> {
    let item = match body {
        Some(text) => {
            let item: T = serde_json::from_str(text)
                .map_err(|e| format!("it is not a record this version can read ({e})"))?;
            if item.key() != id {
                return Err("its id does not match its key".into());
            }
            Some(item)
        }
        None => None,
    };
    records.put_stored(id, item);
    Ok(())
}

/// Checks a stored record: its checksum, then its shape. `Ok(None)` for nothing there.
fn check(raw: &RawRecord) -> Result<&StoredRecord, String> {
    match raw {
        RawRecord::Unreadable { .. } => {
            Err("it is not in the shape Scorecard saves records in".into())
        }
        RawRecord::Record(r) if Envelope::checksum_of(&r.body) != r.sum => {
            Err("it was changed or damaged after it was saved (checksum mismatch)".into())
        }
        RawRecord::Record(r) => Ok(r),
    }
}

/// Puts one stored record into `ws` (`None`: it is gone).
fn put_stored(ws: &mut Workspace, key: &RecordKey, body: Option<&str>) -> Result<(), String> {
    if key.shelf == Shelf::Settings {
        if let Some(text) = body {
            let settings: Settings = serde_json::from_str(text)
                .map_err(|e| format!("the workspace settings cannot be read ({e})"))?;
            settings.put_into(ws);
        }
        return Ok(());
    }
    let id = parse_id(key)?;
    with_records!(mut ws, key.shelf, |list| read_into(list, id, body))
}

impl Session {
    /// A session for a tab running `app_version`.
    pub fn new(app_version: impl Into<String>) -> Session {
        Session {
            app_version: app_version.into(),
            known: HashMap::new(),
            meta: None,
            pending: BTreeSet::new(),
            settings_saved: None,
            replace_pending: false,
            blocked: None,
            last_snapshot_at: None,
        }
    }

    /// Why saving is paused, if it is.
    pub fn blocked_reason(&self) -> Option<&str> {
        self.blocked.as_deref()
    }

    /// Pauses saving, to protect what is stored.
    pub fn block(&mut self, reason: impl Into<String>) {
        self.blocked = Some(reason.into());
    }

    /// The revision of the record stored under `kind` and `id`, as this tab last read or wrote
    /// it (`None`: never saved). A form keeps this when it opens and gives it back on save.
    pub fn revision_of(&self, kind: RecordKind, id: Id) -> Option<u64> {
        self.known.get(&key_of(kind, id)).map(|k| k.rev)
    }

    /// The workspace revision this tab last saw.
    pub fn meta_revision(&self) -> Option<u64> {
        self.meta.as_ref().map(|m| m.revision)
    }

    /// Whether there are changes not yet in the store.
    pub fn has_pending(&self) -> bool {
        self.replace_pending || !self.pending.is_empty()
    }

    /// Whether a daily snapshot is due: something is saved, and no snapshot was taken in the
    /// last day (by this tab, or by any tab before it opened).
    pub fn snapshot_due(&self, now: Timestamp) -> bool {
        self.meta.is_some()
            && self
                .last_snapshot_at
                .is_none_or(|t| now - t >= chrono::Duration::days(1))
    }

    /// Reads the saved workspace. Records that cannot be read are moved to quarantine, never
    /// written over, and the rest opens.
    pub async fn open<S: RecordStore>(&mut self, store: &S, now: Timestamp) -> Opened {
        let (meta, shelves) = match store.read_all().await {
            Ok(all) => all,
            Err(e) => return Opened::Unavailable(e),
        };
        let Some(meta) = meta else {
            return Opened::Nothing;
        };
        if let Ok(keys) = store.snapshot_keys().await {
            self.last_snapshot_at = Session::newest_snapshot(&keys);
        }
        if meta.format != RECORD_STORE_FORMAT || meta.schema_version > CURRENT_SCHEMA_VERSION {
            let found = meta.schema_version;
            self.blocked = Some(format!(
                "it was saved by a newer version of Scorecard (schema {found})"
            ));
            return Opened::NewerVersion { found };
        }
        let mut ws = Workspace::default();
        let mut damaged = Vec::new();
        self.known.clear();
        for (shelf, records) in shelves {
            let mut good: Vec<(&StoredRecord, RecordKey)> = Vec::with_capacity(records.len());
            for raw in &records {
                let key = RecordKey::new(shelf, raw.id());
                match check(raw) {
                    Ok(r) => good.push((r, key)),
                    Err(reason) => damaged.push(quarantine_entry(&key, raw, reason, now)),
                }
            }
            crate::order::sort_by_key(&mut good, |(r, _)| r.seq);
            for (record, key) in good {
                match put_stored(&mut ws, &key, Some(&record.body)) {
                    Ok(()) => {
                        self.known.insert(
                            key,
                            Known {
                                rev: record.rev,
                                seq: record.seq,
                            },
                        );
                    }
                    Err(reason) => damaged.push(quarantine_entry(
                        &key,
                        &RawRecord::Record(record.clone()),
                        reason,
                        now,
                    )),
                }
            }
        }
        // Kept sorted by kind and id (a deletion is inserted in its place), not in the order made.
        ws.tombstones.sort_by_key(|t| (t.kind, t.id));
        if !damaged.is_empty() && store.quarantine(&damaged).await.is_err() {
            self.blocked = Some(
                "damaged records are saved in this browser and could not be moved aside".into(),
            );
        }
        self.settings_saved = Some(Settings::of(&ws));
        self.meta = Some(meta);
        self.pending.clear();
        self.replace_pending = false;
        Opened::Loaded {
            workspace: ws,
            damaged,
        }
    }

    /// Moves the change marks of `ws` into this session's list of what to save.
    pub fn collect(&mut self, ws: &mut Workspace) {
        let pending = &mut self.pending;
        take_marks(
            &mut ws.organisations,
            Shelf::Records(RecordKind::Organisation),
            pending,
        );
        take_marks(&mut ws.teams, Shelf::Records(RecordKind::Team), pending);
        take_marks(&mut ws.people, Shelf::Records(RecordKind::Person), pending);
        take_marks(&mut ws.goals, Shelf::Records(RecordKind::Goal), pending);
        take_marks(
            &mut ws.measures,
            Shelf::Records(RecordKind::Measure),
            pending,
        );
        take_marks(&mut ws.reviews, Shelf::Records(RecordKind::Review), pending);
        take_marks(
            &mut ws.development,
            Shelf::Records(RecordKind::DevelopmentNeed),
            pending,
        );
        take_marks(
            &mut ws.recognitions,
            Shelf::Records(RecordKind::Recognition),
            pending,
        );
        take_marks(
            &mut ws.exit_interviews,
            Shelf::Records(RecordKind::ExitInterview),
            pending,
        );
        take_marks(
            &mut ws.report_commentary,
            Shelf::Records(RecordKind::ReportCommentary),
            pending,
        );
        take_marks(&mut ws.tombstones, Shelf::Tombstones, pending);
        if !self.settings_saved.as_ref().is_some_and(|s| s.same_as(ws)) {
            pending.insert(settings_key());
        }
    }

    /// Starts on a workspace that is not stored (the demo on a first visit): nothing is pending
    /// until the first edit, and that first save then writes it whole.
    pub fn start_fresh(&mut self, ws: &mut Workspace) {
        self.collect(ws);
        self.pending.clear();
        self.replace_pending = false;
        self.settings_saved = Some(Settings::of(ws));
    }

    /// Asks for the whole of `ws` to be written on the next save, replacing everything stored
    /// (start empty, restore, undo an import). Change marks are dropped: everything goes.
    pub fn replace_all(&mut self, ws: &mut Workspace) {
        self.collect(ws);
        self.pending.clear();
        self.replace_pending = true;
    }

    /// The commit that saves what is pending, or `None` when nothing is.
    pub fn prepare(&self, ws: &Workspace, now: Timestamp) -> Result<Option<Commit>, SaveError> {
        if let Some(reason) = &self.blocked {
            return Err(SaveError::Blocked(reason.clone()));
        }
        if !self.has_pending() {
            return Ok(None);
        }
        let mut meta = self.meta.clone().unwrap_or_else(|| StoredMeta {
            format: RECORD_STORE_FORMAT.into(),
            schema_version: CURRENT_SCHEMA_VERSION,
            app_version: self.app_version.clone(),
            revision: 0,
            next_seq: 0,
            saved_at: now,
        });
        meta.revision += 1;
        meta.saved_at = now;
        meta.app_version = self.app_version.clone();
        meta.schema_version = CURRENT_SCHEMA_VERSION;
        // Nothing stored yet as far as this tab knows (a first save): the store holds none of the
        // workspace, so all of it goes, not just what was marked.
        let whole = self.replace_pending || self.meta.is_none();
        let keys: Vec<RecordKey> = if whole {
            meta.next_seq = 0;
            every_key(ws)
        } else {
            // In list order, so records made in one edit read back in the order they were made.
            let mut keys: Vec<RecordKey> = self.pending.iter().cloned().collect();
            crate::order::sort_by_cached_key(&mut keys, |k| {
                (k.shelf, position(ws, k).unwrap_or(usize::MAX))
            });
            keys
        };
        let mut writes = Vec::with_capacity(keys.len());
        for key in keys {
            let body = self.body(ws, &key)?;
            let known = if whole {
                None
            } else {
                self.known.get(&key).copied()
            };
            let record = body.map(|body| {
                let seq = known.map(|k| k.seq).unwrap_or_else(|| {
                    meta.next_seq += 1;
                    meta.next_seq
                });
                StoredRecord {
                    id: key.id.clone(),
                    rev: known.map_or(1, |k| k.rev + 1),
                    seq,
                    sum: Envelope::checksum_of(&body),
                    body,
                }
            });
            if record.is_none() && known.is_none() {
                continue; // made and deleted between two saves: nothing to write
            }
            writes.push(Write {
                key,
                expected_rev: known.map(|k| k.rev),
                record,
            });
        }
        Ok(Some(Commit {
            writes,
            expected_meta_revision: self.meta.as_ref().map(|m| m.revision),
            meta,
            replace_all: whole,
        }))
    }

    fn body(&self, ws: &Workspace, key: &RecordKey) -> Result<Option<String>, SaveError> {
        if key.shelf == Shelf::Settings {
            return serde_json::to_string(&Settings::of(ws))
                .map(Some)
                .map_err(|e| SaveError::NotSavable(e.to_string()));
        }
        let id = parse_id(key).map_err(SaveError::NotSavable)?;
        with_records!(ws, key.shelf, |list| body_of(list, id))
    }

    /// Records that `commit` is in the store: this tab now knows the new revisions, and what it
    /// wrote is no longer pending (changes made meanwhile still are).
    pub fn committed(&mut self, commit: &Commit, ws: &Workspace) {
        if commit.replace_all {
            self.known.clear();
            self.replace_pending = false;
        }
        let mut written = HashMap::with_capacity(commit.writes.len());
        for w in &commit.writes {
            match &w.record {
                Some(r) => {
                    self.known.insert(
                        w.key.clone(),
                        Known {
                            rev: r.rev,
                            seq: r.seq,
                        },
                    );
                }
                None => {
                    self.known.remove(&w.key);
                }
            }
            written.insert(&w.key, w.record.as_ref().map(|r| r.body.as_str()));
        }
        let pending = std::mem::take(&mut self.pending);
        self.pending = pending
            .into_iter()
            .filter(|k| match written.get(k) {
                // Changed again while the commit was written (collected meanwhile): still to save.
                Some(body) => self.body(ws, k).ok().as_ref().map(|b| b.as_deref()) != Some(*body),
                // Made and deleted between two saves: nothing to write, now or later.
                None => {
                    self.known.contains_key(k)
                        || k.shelf == Shelf::Settings
                        || position(ws, k).is_some()
                }
            })
            .collect();
        if commit.writes.iter().any(|w| w.key.shelf == Shelf::Settings) {
            self.settings_saved = Some(Settings::of(ws));
        }
        self.meta = Some(commit.meta.clone());
    }

    /// Saves what `ws` has changed since the last save, in one commit. The app does the same in
    /// three steps ([`Session::collect`] and [`Session::prepare`], the store's commit, then
    /// [`Session::committed`]) so it never holds the workspace across the wait.
    pub async fn save<S: RecordStore>(
        &mut self,
        store: &S,
        ws: &mut Workspace,
        now: Timestamp,
    ) -> Result<usize, SaveError> {
        self.collect(ws);
        let Some(commit) = self.prepare(ws, now)? else {
            return Ok(0);
        };
        self.finish(store.commit(&commit).await, &commit, ws)
    }

    /// Takes the outcome of a commit made from [`Session::prepare`].
    pub fn finish(
        &mut self,
        outcome: Result<StoredMeta, CommitError>,
        commit: &Commit,
        ws: &Workspace,
    ) -> Result<usize, SaveError> {
        match outcome {
            Ok(meta) => {
                self.committed(commit, ws);
                self.meta = Some(meta);
                Ok(commit.writes.len())
            }
            Err(CommitError::Stale(_)) => Err(SaveError::Stale {
                stored: commit.expected_meta_revision.map_or(0, |r| r + 1),
                this: commit.expected_meta_revision.unwrap_or(0),
            }),
            Err(CommitError::Store(e)) => Err(SaveError::Store(e)),
        }
    }

    /// Takes in the records another tab saved (`keys`). When this tab has unsaved changes to any
    /// of them, nothing is taken in and the user is asked which version to keep.
    pub async fn sync<S: RecordStore>(
        &mut self,
        store: &S,
        ws: &mut Workspace,
        keys: &[RecordKey],
    ) -> Result<Synced, StoreError> {
        if self.sync_conflicts(ws, keys) {
            return Ok(Synced::Conflict);
        }
        let found = store.read(keys).await?;
        let meta = store.read_meta().await?;
        Ok(Synced::Applied(self.apply_synced(ws, found, meta)))
    }

    /// First step of [`Session::sync`]: whether this tab has unsaved changes to any of `keys`.
    pub fn sync_conflicts(&mut self, ws: &mut Workspace, keys: &[RecordKey]) -> bool {
        self.collect(ws);
        self.replace_pending || keys.iter().any(|k| self.pending.contains(k))
    }

    /// Last step of [`Session::sync`]: puts the records read from the store into `ws`. Returns
    /// how many changed.
    pub fn apply_synced(
        &mut self,
        ws: &mut Workspace,
        found: Vec<(RecordKey, Option<RawRecord>)>,
        meta: Option<StoredMeta>,
    ) -> usize {
        let mut applied = 0;
        for (key, raw) in found {
            if self.pending.contains(&key) {
                continue; // changed here meanwhile: never overwritten unseen
            }
            match raw {
                None => {
                    if key.shelf != Shelf::Settings && self.known.remove(&key).is_some() {
                        let _ = put_stored(ws, &key, None);
                        applied += 1;
                    }
                }
                Some(raw) => {
                    let Ok(record) = check(&raw) else {
                        continue; // damaged: found and set aside on the next open
                    };
                    if self.known.get(&key).is_some_and(|k| k.rev >= record.rev) {
                        continue; // this tab already has it
                    }
                    if put_stored(ws, &key, Some(&record.body)).is_ok() {
                        self.known.insert(
                            key,
                            Known {
                                rev: record.rev,
                                seq: record.seq,
                            },
                        );
                        applied += 1;
                    }
                }
            }
        }
        if meta.is_some() {
            self.meta = meta;
        }
        if applied > 0 {
            ws.tombstones.sort_by_key(|t| (t.kind, t.id));
        }
        self.settings_saved = Some(Settings::of(ws));
        applied
    }

    /// The records waiting to be saved.
    pub fn pending_keys(&self) -> Vec<RecordKey> {
        self.pending.iter().cloned().collect()
    }

    /// "Keep my version": the next save writes this tab's pending records over whatever another
    /// tab saved to them.
    pub async fn take_over<S: RecordStore>(
        &mut self,
        store: &S,
        ws: &Workspace,
    ) -> Result<(), StoreError> {
        let found = store.read(&self.take_over_keys(ws)).await?;
        let meta = store.read_meta().await?;
        self.adopt_stored(found, meta);
        Ok(())
    }

    /// What "Keep my version" reads from the store: the pending records, and the tombstone of
    /// each pending record this tab keeps, since the other tab may have deleted it.
    pub fn take_over_keys(&self, ws: &Workspace) -> Vec<RecordKey> {
        let kept_here = self
            .pending
            .iter()
            .filter(|k| matches!(k.shelf, Shelf::Records(_)) && position(ws, k).is_some());
        let tombstones: Vec<RecordKey> = kept_here
            .map(|k| RecordKey {
                shelf: Shelf::Tombstones,
                id: k.id.clone(),
            })
            .filter(|t| !self.pending.contains(t))
            .collect();
        let mut keys = self.pending_keys();
        keys.extend(tombstones);
        keys
    }

    /// Last step of [`Session::take_over`], given what it read for
    /// [`Session::take_over_keys`]: takes the stored revisions of the pending records as the ones
    /// this tab has seen. A stored tombstone of a record this tab keeps becomes pending too, so
    /// the save removes it: the record lives, and partners are not told it was deleted.
    pub fn adopt_stored(
        &mut self,
        found: Vec<(RecordKey, Option<RawRecord>)>,
        meta: Option<StoredMeta>,
    ) {
        for (key, raw) in found {
            match raw {
                Some(RawRecord::Record(r)) => {
                    if key.shelf == Shelf::Tombstones {
                        self.pending.insert(key.clone());
                    }
                    self.known.insert(
                        key,
                        Known {
                            rev: r.rev,
                            seq: r.seq,
                        },
                    );
                }
                Some(RawRecord::Unreadable { .. }) | None => {
                    self.known.remove(&key);
                }
            }
        }
        self.meta = meta;
    }

    /// Takes a whole-workspace snapshot (a backup file's text) and notes when, for the daily one.
    pub async fn snapshot<S: RecordStore>(
        &mut self,
        store: &S,
        text: String,
        reason: &str,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        store
            .put_snapshot(&Session::snapshot_of(text, reason, now), SNAPSHOTS_KEPT)
            .await?;
        self.note_snapshot(now);
        Ok(())
    }

    /// A snapshot of a backup file's text, keyed by when it was taken.
    pub fn snapshot_of(text: String, reason: &str, now: Timestamp) -> Snapshot {
        Snapshot {
            key: format!("{SNAPSHOT_PREFIX}{}", now.format("%Y-%m-%dT%H:%M:%S%.3fZ")),
            taken_at: now,
            reason: reason.to_string(),
            text,
        }
    }

    /// Notes that a snapshot was taken at `at`.
    pub fn note_snapshot(&mut self, at: Timestamp) {
        self.last_snapshot_at = self.last_snapshot_at.max(Some(at));
    }

    /// When the newest snapshot in `keys` (a store's snapshot keys) was taken.
    pub fn newest_snapshot(keys: &[String]) -> Option<Timestamp> {
        keys.iter()
            .filter_map(|k| k.strip_prefix(SNAPSHOT_PREFIX)?.parse::<Timestamp>().ok())
            .max()
    }

    /// Moves a workspace saved in localStorage by an earlier version into the record store: read
    /// with every rule the old store had (damaged copies set aside, migrations), written in one
    /// transaction, read back and compared, and only then removed from localStorage. A failure
    /// at any step leaves the localStorage copy where it was.
    pub async fn move_from<K: KeyValueStore, S: RecordStore>(
        &mut self,
        old: K,
        store: &S,
        now: Timestamp,
    ) -> Moved {
        let mut repo = Repository::new(old, self.app_version.clone());
        let (mut ws, note) = match repo.load() {
            LoadOutcome::Nothing => return Moved::Nothing,
            LoadOutcome::Loaded(ws) => (ws, None),
            LoadOutcome::Restored(e) => (
                e.workspace,
                Some("The latest saved copy was missing, so the copy saved before it was used.".into()),
            ),
            LoadOutcome::Quarantined {
                reason,
                key: Some(_),
                earlier: Some(e),
            } => (
                e.workspace,
                Some(format!("The latest saved copy could not be opened ({reason}); it is kept aside to download, and the copy saved before it was used.")),
            ),
            LoadOutcome::Quarantined { reason, .. } => {
                return Moved::Failed {
                    reason: format!("the data saved in this browser could not be opened ({reason}); it is kept aside to download"),
                    workspace: None,
                }
            }
            LoadOutcome::NewerVersion { found } => return Moved::NewerVersion(found),
            LoadOutcome::Unavailable(e) => {
                return Moved::Failed {
                    reason: e.to_string(),
                    workspace: None,
                }
            }
        };
        let failed = |reason: String, ws: Workspace| Moved::Failed {
            reason,
            workspace: Some(ws),
        };
        self.replace_all(&mut ws);
        let commit = match self.prepare(&ws, now) {
            Ok(Some(c)) => c,
            Ok(None) => return failed("there was nothing to write".into(), ws),
            Err(e) => return failed(e.to_string(), ws),
        };
        match store.commit(&commit).await {
            Ok(meta) => {
                self.committed(&commit, &ws);
                self.meta = Some(meta);
            }
            Err(e) => return failed(e.to_string(), ws),
        }
        let mut check = Session::new(self.app_version.clone());
        match check.open(store, now).await {
            Opened::Loaded { workspace, damaged } if damaged.is_empty() && workspace == ws => {}
            _ => {
                return failed(
                    "the copy in the new store did not read back the same".into(),
                    ws,
                )
            }
        }
        let store_kv = repo.store();
        if store_kv.remove(super::WORKSPACE_KEY).is_err()
            || store_kv.remove(super::PREVIOUS_KEY).is_err()
        {
            return failed(
                "the old copy could not be removed from localStorage".into(),
                ws,
            );
        }
        Moved::Moved {
            workspace: ws,
            note,
        }
    }
}

/// Where the record under `key` is in its list in `ws` (`None`: not there, or the settings).
fn position(ws: &Workspace, key: &RecordKey) -> Option<usize> {
    if key.shelf == Shelf::Settings {
        return None;
    }
    let id = parse_id(key).ok()?;
    with_records!(ws, key.shelf, |list| list.position(id))
}

/// Every record of `ws`, for a whole-workspace write.
fn every_key(ws: &Workspace) -> Vec<RecordKey> {
    let mut keys = vec![settings_key()];
    let mut add = |kind: RecordKind, ids: Vec<Id>| {
        keys.extend(ids.into_iter().map(|id| key_of(kind, id)));
    };
    add(
        RecordKind::Organisation,
        ws.organisations.iter().map(Keyed::key).collect(),
    );
    add(RecordKind::Team, ws.teams.iter().map(Keyed::key).collect());
    add(
        RecordKind::Person,
        ws.people.iter().map(Keyed::key).collect(),
    );
    add(RecordKind::Goal, ws.goals.iter().map(Keyed::key).collect());
    add(
        RecordKind::Measure,
        ws.measures.iter().map(Keyed::key).collect(),
    );
    add(
        RecordKind::Review,
        ws.reviews.iter().map(Keyed::key).collect(),
    );
    add(
        RecordKind::DevelopmentNeed,
        ws.development.iter().map(Keyed::key).collect(),
    );
    add(
        RecordKind::Recognition,
        ws.recognitions.iter().map(Keyed::key).collect(),
    );
    add(
        RecordKind::ExitInterview,
        ws.exit_interviews.iter().map(Keyed::key).collect(),
    );
    add(
        RecordKind::ReportCommentary,
        ws.report_commentary.iter().map(Keyed::key).collect(),
    );
    keys.extend(
        ws.tombstones
            .iter()
            .map(|t| RecordKey::new(Shelf::Tombstones, t.id.to_string())),
    );
    keys
}

fn quarantine_entry(
    key: &RecordKey,
    raw: &RawRecord,
    reason: String,
    now: Timestamp,
) -> QuarantinedRecord {
    let store_name = key.shelf.store_name().to_string();
    QuarantinedRecord {
        key: format!("{store_name}/{}@{}", key.id, now.timestamp_millis()),
        store_name,
        id: key.id.clone(),
        reason,
        found_at: now,
        raw: raw.raw_text(),
    }
}
