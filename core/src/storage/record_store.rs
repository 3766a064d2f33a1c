//! The record store: the port the workspace is saved through, one record a write.
//!
//! Each kind of record has a shelf of its own (an IndexedDB object store in the browser), keyed by
//! the record's id; a small `meta` entry holds the schema version and the workspace revision.
//! Every record is kept with a revision (bumped on each write, so a stale writer is caught per
//! record), its place in the list and a SHA-256 of its text (so damage is found per record). That
//! is also the shape a later replication to a CouchDB-compatible server needs: each record a
//! document with a revision.
//!
//! [`MemoryRecordStore`] is the in-memory twin used by the native tests; the app's IndexedDB
//! module is the only other implementation.

use std::cell::RefCell;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::StoreError;
use crate::exchange::RecordKind;
use crate::model::Timestamp;

/// Names the kind of data in the meta entry, so a stray value is recognised as not ours.
pub const RECORD_STORE_FORMAT: &str = "scorecard-records";

/// The IndexedDB database the browser keeps the workspace in.
pub const DATABASE_NAME: &str = "scorecard";

/// Its version: bump it (with an upgrade step in the browser module) to add a shelf.
pub const DATABASE_VERSION: u32 = 2;

/// Where one kind of record is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Shelf {
    /// The workspace's own settings: name, cadences, roll-up, home organisation, exchange ledger.
    Settings,
    /// Records of one kind.
    Records(RecordKind),
    /// Deletions, kept so they travel to partners.
    Tombstones,
}

impl Shelf {
    /// Every shelf, in the order a workspace is read (an organisation before its teams).
    pub const ALL: [Shelf; 12] = [
        Shelf::Settings,
        Shelf::Records(RecordKind::Organisation),
        Shelf::Records(RecordKind::Team),
        Shelf::Records(RecordKind::Person),
        Shelf::Records(RecordKind::Goal),
        Shelf::Records(RecordKind::Measure),
        Shelf::Records(RecordKind::Review),
        Shelf::Records(RecordKind::DevelopmentNeed),
        Shelf::Records(RecordKind::Recognition),
        Shelf::Records(RecordKind::ExitInterview),
        Shelf::Records(RecordKind::ReportCommentary),
        Shelf::Tombstones,
    ];

    /// The object store's name.
    pub fn store_name(self) -> &'static str {
        match self {
            Shelf::Settings => "settings",
            Shelf::Records(RecordKind::Organisation) => "organisation",
            Shelf::Records(RecordKind::Team) => "team",
            Shelf::Records(RecordKind::Person) => "person",
            Shelf::Records(RecordKind::Goal) => "goal",
            Shelf::Records(RecordKind::Measure) => "measure",
            Shelf::Records(RecordKind::Review) => "review",
            Shelf::Records(RecordKind::DevelopmentNeed) => "development_need",
            Shelf::Records(RecordKind::Recognition) => "recognition",
            Shelf::Records(RecordKind::ExitInterview) => "exit_interview",
            Shelf::Records(RecordKind::ReportCommentary) => "report_commentary",
            Shelf::Tombstones => "tombstone",
        }
    }

    /// The shelf with this object store name.
    pub fn from_store_name(name: &str) -> Option<Shelf> {
        Shelf::ALL.into_iter().find(|s| s.store_name() == name)
    }
}

/// The object store for the meta entry.
pub const META_STORE: &str = "meta";
/// The key of the meta entry in it.
pub const META_KEY: &str = "workspace";
/// The object store where damaged records are moved, never overwritten.
pub const QUARANTINE_STORE: &str = "quarantine";
/// The object store for whole-workspace snapshots and the import undo point.
pub const SNAPSHOT_STORE: &str = "snapshot";

/// One record as a shelf keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredRecord {
    /// The record's id (the key).
    pub id: String,
    /// Bumped on every write of this record.
    pub rev: u64,
    /// Its place in the list, so the workspace reads back in the order it was made.
    pub seq: u64,
    /// SHA-256 (hex) of `body`.
    pub sum: String,
    /// The record as JSON.
    pub body: String,
}

/// What a shelf holds under one key: a record, or something that cannot be read as one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RawRecord {
    /// A record in the expected shape (its checksum is still to be checked).
    Record(StoredRecord),
    /// A value in another shape, as text for the user to download.
    Unreadable {
        /// The key it was under.
        id: String,
        /// The value as found.
        raw: String,
    },
}

impl RawRecord {
    /// The key it is under.
    pub fn id(&self) -> &str {
        match self {
            RawRecord::Record(r) => &r.id,
            RawRecord::Unreadable { id, .. } => id,
        }
    }

    /// The value as text, exactly as a download should give it.
    pub fn raw_text(&self) -> String {
        match self {
            RawRecord::Record(r) => serde_json::to_string(r).unwrap_or_default(),
            RawRecord::Unreadable { raw, .. } => raw.clone(),
        }
    }
}

/// The workspace-level entry: what the records are and how far the workspace has got.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredMeta {
    /// Always [`RECORD_STORE_FORMAT`].
    pub format: String,
    /// The schema version of every record's body.
    pub schema_version: u32,
    /// The version of the app that last saved.
    pub app_version: String,
    /// Bumped on every commit; tells other tabs something changed.
    pub revision: u64,
    /// The next free place in the lists.
    pub next_seq: u64,
    /// When it was last saved.
    pub saved_at: Timestamp,
}

impl StoredMeta {
    /// The meta entry a commit writes over `stored` (what the store holds now, read in the same
    /// transaction): the revision one past the stored one, so tabs that each saw a different
    /// revision never write the same one, and list places never go back.
    pub fn after(&self, stored: Option<&StoredMeta>) -> StoredMeta {
        let mut next = self.clone();
        if let Some(stored) = stored {
            next.revision = stored.revision + 1;
            next.next_seq = next.next_seq.max(stored.next_seq);
        }
        next
    }
}

/// Where a record is: its shelf and its id.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct RecordKey {
    /// The shelf.
    pub shelf: Shelf,
    /// The id (the key within the shelf).
    pub id: String,
}

impl RecordKey {
    /// The key of `id` on `shelf`.
    pub fn new(shelf: Shelf, id: impl Into<String>) -> RecordKey {
        RecordKey {
            shelf,
            id: id.into(),
        }
    }
}

/// One write of a commit: the record to put (or `None` to delete it), and the revision the store
/// must hold for it now (`None`: no record there).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Write {
    /// Which record.
    pub key: RecordKey,
    /// The revision this writer last saw.
    pub expected_rev: Option<u64>,
    /// The new version, or `None` to delete.
    pub record: Option<StoredRecord>,
}

/// Everything one edit saves, in one transaction: all of it or none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Commit {
    /// The records written or deleted.
    pub writes: Vec<Write>,
    /// The meta entry after the commit.
    pub meta: StoredMeta,
    /// The meta revision this writer last saw (`None`: a first save, nothing stored yet).
    pub expected_meta_revision: Option<u64>,
    /// Clear every shelf first (a whole workspace replaced: start empty, restore, migrate).
    /// Revisions are then not checked.
    pub replace_all: bool,
}

/// Why a commit wrote nothing.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CommitError {
    /// These records were changed by another writer since this one last read them.
    #[error("changed in another tab or window")]
    Stale(Vec<RecordKey>),
    /// The store refused.
    #[error("{0}")]
    Store(#[from] StoreError),
}

/// A damaged record moved aside.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuarantinedRecord {
    /// Its key in the quarantine store.
    pub key: String,
    /// The object store it was found in.
    pub store_name: String,
    /// The id it was under.
    pub id: String,
    /// What was wrong, in plain words.
    pub reason: String,
    /// When it was found.
    pub found_at: Timestamp,
    /// The value exactly as found.
    pub raw: String,
}

/// A whole workspace kept as a backup file, restorable from "Your data".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    /// Its key: the time taken, so keys sort oldest first.
    pub key: String,
    /// When it was taken.
    pub taken_at: Timestamp,
    /// Why, e.g. "Before importing a file".
    pub reason: String,
    /// The workspace backup, in the exchange format.
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
/// A whole-workspace snapshot kept in the browser, as "Your data" lists it.
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

/// The key of the import undo point in the snapshot store (beside the snapshots, never counted
/// among them).
pub const UNDO_KEY: &str = "undo-import";

/// The store the workspace is saved in. Every method is one transaction.
#[allow(async_fn_in_trait)] // used on one thread (the browser's), never sent
pub trait RecordStore {
    /// The meta entry, if anything was ever saved.
    async fn read_meta(&self) -> Result<Option<StoredMeta>, StoreError>;
    /// The meta entry and every record on every shelf.
    async fn read_all(
        &self,
    ) -> Result<(Option<StoredMeta>, Vec<(Shelf, Vec<RawRecord>)>), StoreError>;
    /// The records under `keys` (`None`: not there).
    async fn read(
        &self,
        keys: &[RecordKey],
    ) -> Result<Vec<(RecordKey, Option<RawRecord>)>, StoreError>;
    /// Writes `commit` if every expected revision holds, else writes nothing and names the
    /// records that changed. The meta entry written is [`StoredMeta::after`] the one stored, and
    /// is returned.
    async fn commit(&self, commit: &Commit) -> Result<StoredMeta, CommitError>;
    /// [`commit`](Self::commit), calling `sent` once the revisions have been checked and the
    /// writes handed over, while only their durability is awaited: the browser's page draws the
    /// change meanwhile instead of before the save. A store that cannot tell calls it at the end;
    /// a refused commit never calls it.
    async fn commit_then(
        &self,
        commit: &Commit,
        sent: impl FnOnce(),
    ) -> Result<StoredMeta, CommitError> {
        let outcome = self.commit(commit).await;
        if outcome.is_ok() {
            sent();
        }
        outcome
    }
    /// Moves damaged records into quarantine and off their shelves, in one transaction.
    async fn quarantine(&self, records: &[QuarantinedRecord]) -> Result<(), StoreError>;
    /// Every damaged record kept aside.
    async fn quarantined(&self) -> Result<Vec<QuarantinedRecord>, StoreError>;
    /// Deletes a damaged record kept aside, after the user chose to.
    async fn discard_quarantined(&self, key: &str) -> Result<(), StoreError>;
    /// Keeps `snapshot` under its key, then deletes the oldest snapshots beyond `keep`
    /// (keys starting `snapshot:`).
    async fn put_snapshot(&self, snapshot: &Snapshot, keep: usize) -> Result<(), StoreError>;
    /// Every snapshot, oldest first.
    async fn snapshots(&self) -> Result<Vec<Snapshot>, StoreError>;
    /// The keys of the snapshots (and the undo point), without their text.
    async fn snapshot_keys(&self) -> Result<Vec<String>, StoreError>;
    /// Deletes the snapshot under `key`.
    async fn delete_snapshot(&self, key: &str) -> Result<(), StoreError>;
}

/// The prefix of daily and safety snapshots' keys (the undo point has a key of its own).
pub const SNAPSHOT_PREFIX: &str = "snapshot:";

#[derive(Debug, Clone, Default)]
struct MemoryData {
    meta: Option<StoredMeta>,
    shelves: BTreeMap<Shelf, BTreeMap<String, RawRecord>>,
    quarantine: BTreeMap<String, QuarantinedRecord>,
    snapshots: BTreeMap<String, Snapshot>,
}

impl MemoryData {
    fn bytes(&self) -> usize {
        let records: usize = self
            .shelves
            .values()
            .flat_map(|s| s.values())
            .map(|r| r.raw_text().len())
            .sum();
        let quarantine: usize = self.quarantine.values().map(|q| q.raw.len()).sum();
        let snapshots: usize = self.snapshots.values().map(|s| s.text.len()).sum();
        records + quarantine + snapshots
    }
}

/// An in-memory [`RecordStore`] with an optional quota and injected failures, so tests can make
/// commits fail the way a full or failing browser store does.
#[derive(Debug, Default)]
pub struct MemoryRecordStore {
    data: RefCell<MemoryData>,
    quota_bytes: RefCell<Option<usize>>,
    fail_after_writes: RefCell<Option<usize>>,
}

impl MemoryRecordStore {
    /// An empty store with no quota.
    pub fn new() -> Self {
        Self::default()
    }

    /// Refuses any transaction that would leave more than `bytes` stored (`None`: no limit).
    pub fn set_quota(&self, bytes: Option<usize>) {
        *self.quota_bytes.borrow_mut() = bytes;
    }

    /// Makes the next commit fail after `n` of its writes, as a crash would (`None`: no failure).
    pub fn fail_next_commit_after(&self, n: Option<usize>) {
        *self.fail_after_writes.borrow_mut() = n;
    }

    /// Replaces what is under `id` on `shelf` with `raw`, as damage or a hand edit would.
    pub fn tamper(&self, shelf: Shelf, id: &str, raw: RawRecord) {
        self.data
            .borrow_mut()
            .shelves
            .entry(shelf)
            .or_default()
            .insert(id.to_string(), raw);
    }

    /// The record under `id` on `shelf`, as stored.
    pub fn get(&self, shelf: Shelf, id: &str) -> Option<RawRecord> {
        self.data.borrow().shelves.get(&shelf)?.get(id).cloned()
    }

    /// Bytes stored (record text, quarantine and snapshots).
    pub fn bytes(&self) -> usize {
        self.data.borrow().bytes()
    }

    /// Runs `change` on a copy and keeps it only if it succeeds within the quota: one
    /// transaction, all or nothing.
    fn transact<T, E: From<StoreError>>(
        &self,
        change: impl FnOnce(&mut MemoryData) -> Result<T, E>,
    ) -> Result<T, E> {
        let mut next = self.data.borrow().clone();
        let out = change(&mut next)?;
        if let Some(quota) = *self.quota_bytes.borrow() {
            if next.bytes() > quota {
                return Err(StoreError::QuotaExceeded.into());
            }
        }
        *self.data.borrow_mut() = next;
        Ok(out)
    }
}

fn current_rev(data: &MemoryData, key: &RecordKey) -> Option<u64> {
    match data.shelves.get(&key.shelf)?.get(&key.id)? {
        RawRecord::Record(r) => Some(r.rev),
        // Damaged data counts as changed by someone else: it is never written over unseen.
        RawRecord::Unreadable { .. } => Some(u64::MAX),
    }
}

impl RecordStore for MemoryRecordStore {
    async fn read_meta(&self) -> Result<Option<StoredMeta>, StoreError> {
        Ok(self.data.borrow().meta.clone())
    }

    async fn read_all(
        &self,
    ) -> Result<(Option<StoredMeta>, Vec<(Shelf, Vec<RawRecord>)>), StoreError> {
        let data = self.data.borrow();
        let shelves = Shelf::ALL
            .iter()
            .map(|s| {
                let records = data
                    .shelves
                    .get(s)
                    .map(|m| m.values().cloned().collect())
                    .unwrap_or_default();
                (*s, records)
            })
            .collect();
        Ok((data.meta.clone(), shelves))
    }

    async fn read(
        &self,
        keys: &[RecordKey],
    ) -> Result<Vec<(RecordKey, Option<RawRecord>)>, StoreError> {
        let data = self.data.borrow();
        Ok(keys
            .iter()
            .map(|k| {
                let found = data
                    .shelves
                    .get(&k.shelf)
                    .and_then(|m| m.get(&k.id))
                    .cloned();
                (k.clone(), found)
            })
            .collect())
    }

    async fn commit(&self, commit: &Commit) -> Result<StoredMeta, CommitError> {
        let fail_after = self.fail_after_writes.borrow_mut().take();
        self.transact(|data| {
            let stored_meta = data.meta.as_ref().map(|m| m.revision);
            let stale_meta = match (stored_meta, commit.expected_meta_revision) {
                // A first save meeting a workspace another tab saved meanwhile.
                (Some(_), None) => true,
                // A whole workspace replaced over one this writer has not seen.
                (Some(stored), Some(seen)) => commit.replace_all && stored != seen,
                (None, _) => false,
            };
            let stale: Vec<RecordKey> = if commit.replace_all {
                Vec::new()
            } else {
                commit
                    .writes
                    .iter()
                    .filter(|w| current_rev(data, &w.key) != w.expected_rev)
                    .map(|w| w.key.clone())
                    .collect()
            };
            if stale_meta || !stale.is_empty() {
                return Err(CommitError::Stale(stale));
            }
            if commit.replace_all {
                data.shelves.clear();
            }
            for (n, w) in commit.writes.iter().enumerate() {
                if fail_after == Some(n) {
                    return Err(StoreError::Other("the transaction was interrupted".into()).into());
                }
                let shelf = data.shelves.entry(w.key.shelf).or_default();
                match &w.record {
                    Some(r) => {
                        shelf.insert(w.key.id.clone(), RawRecord::Record(r.clone()));
                    }
                    None => {
                        shelf.remove(&w.key.id);
                    }
                }
            }
            let meta = commit.meta.after(data.meta.as_ref());
            data.meta = Some(meta.clone());
            Ok(meta)
        })
    }

    async fn quarantine(&self, records: &[QuarantinedRecord]) -> Result<(), StoreError> {
        self.transact(|data| {
            for q in records {
                data.quarantine.insert(q.key.clone(), q.clone());
                if let Some(shelf) = Shelf::from_store_name(&q.store_name) {
                    if let Some(m) = data.shelves.get_mut(&shelf) {
                        m.remove(&q.id);
                    }
                }
            }
            Ok::<_, StoreError>(())
        })
    }

    async fn quarantined(&self) -> Result<Vec<QuarantinedRecord>, StoreError> {
        Ok(self.data.borrow().quarantine.values().cloned().collect())
    }

    async fn discard_quarantined(&self, key: &str) -> Result<(), StoreError> {
        self.data.borrow_mut().quarantine.remove(key);
        Ok(())
    }

    async fn put_snapshot(&self, snapshot: &Snapshot, keep: usize) -> Result<(), StoreError> {
        self.transact(|data| {
            data.snapshots
                .insert(snapshot.key.clone(), snapshot.clone());
            let keys: Vec<String> = data
                .snapshots
                .keys()
                .filter(|k| k.starts_with(SNAPSHOT_PREFIX))
                .cloned()
                .collect();
            for k in keys.iter().take(keys.len().saturating_sub(keep)) {
                data.snapshots.remove(k);
            }
            Ok::<_, StoreError>(())
        })
    }

    async fn snapshots(&self) -> Result<Vec<Snapshot>, StoreError> {
        Ok(self.data.borrow().snapshots.values().cloned().collect())
    }

    async fn snapshot_keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.data.borrow().snapshots.keys().cloned().collect())
    }

    async fn delete_snapshot(&self, key: &str) -> Result<(), StoreError> {
        self.data.borrow_mut().snapshots.remove(key);
        Ok(())
    }
}

/// Runs a record-store future that never waits, as [`MemoryRecordStore`]'s never do: for native
/// tests and benchmarks, which have no async runtime.
///
/// # Panics
/// If the future is not ready at once.
pub fn block_on_ready<F: std::future::Future>(future: F) -> F::Output {
    let mut future = std::pin::pin!(future);
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    match future.as_mut().poll(&mut cx) {
        std::task::Poll::Ready(out) => out,
        std::task::Poll::Pending => panic!("the memory record store never waits"),
    }
}
