//! IndexedDB behind the core's [`RecordStore`] port, through the `idb` crate. This is the only
//! module that touches IndexedDB.
//!
//! One object store per shelf (kind of record), keyed by id, each value an object
//! `{id, rev, seq, sum, body}`; a `meta` store with the workspace entry; `quarantine` for damaged
//! records; `snapshot` for whole-workspace backups and the import undo point. Every method is one
//! transaction; a commit reads the revisions it expects and writes only if they all hold.

use std::cell::Cell;
use std::future::IntoFuture;
use std::rc::Rc;

use idb::{Database, Factory, ObjectStore, Query, TransactionMode, TransactionResult};
use js_sys::{Object, Reflect};
use scorecard_core::storage::{
    Commit, CommitError, QuarantinedRecord, RawRecord, RecordKey, RecordStore, Shelf, Snapshot,
    StoreError, StoredMeta, StoredRecord, DATABASE_NAME, DATABASE_VERSION, META_KEY, META_STORE,
    QUARANTINE_STORE, SNAPSHOT_PREFIX, SNAPSHOT_STORE,
};
use wasm_bindgen::{JsCast, JsValue};

/// The workspace database.
pub struct IdbStore {
    db: Database,
    /// Set when a newer version of the app in another tab asked for the database: this tab
    /// closed its connection so that one could upgrade it, and saves nothing more.
    superseded: Rc<Cell<bool>>,
}

/// Says on the opening screen why it is still waiting.
fn show_opening_notice(text: &str) {
    if let Some(p) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("opening"))
    {
        p.set_text_content(Some(text));
    }
}

/// Maps an `idb` error to a [`StoreError`], recognising a full store in every spelling.
fn classify(error: idb::Error) -> StoreError {
    if let idb::Error::DomException(dom) = &error {
        return StoreError::from_browser_exception(&dom.name(), dom.code(), &dom.message());
    }
    let text = error.to_string();
    if text.contains("QuotaExceeded") || text.contains("NS_ERROR_DOM_QUOTA_REACHED") {
        StoreError::QuotaExceeded
    } else {
        StoreError::Other(text)
    }
}

/// Why a transaction that was aborted did not commit.
fn abort_reason(store: &ObjectStore) -> StoreError {
    match store.transaction().error() {
        Some(dom) => StoreError::from_browser_exception(&dom.name(), dom.code(), &dom.message()),
        None => StoreError::Other("the browser cancelled the transaction".into()),
    }
}

fn every_store_name() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = Shelf::ALL.iter().map(|s| s.store_name()).collect();
    names.extend([META_STORE, QUARANTINE_STORE, SNAPSHOT_STORE]);
    names
}

fn shelf_names() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = Shelf::ALL.iter().map(|s| s.store_name()).collect();
    names.push(META_STORE);
    names
}

fn field(value: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(value, &JsValue::from_str(name)).ok()
}

fn to_js(record: &StoredRecord) -> JsValue {
    let object = Object::new();
    let set = |k: &str, v: JsValue| {
        let _ = Reflect::set(&object, &JsValue::from_str(k), &v);
    };
    set("id", JsValue::from_str(&record.id));
    set("rev", JsValue::from_f64(record.rev as f64));
    set("seq", JsValue::from_f64(record.seq as f64));
    set("sum", JsValue::from_str(&record.sum));
    set("body", JsValue::from_str(&record.body));
    object.into()
}

fn raw_text(value: &JsValue) -> String {
    if let Some(s) = value.as_string() {
        return s;
    }
    js_sys::JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| format!("{value:?}"))
}

/// Reads a stored value; anything not in the shape written here is kept as text.
fn from_js(key: &str, value: &JsValue) -> RawRecord {
    let read = || -> Option<StoredRecord> {
        let number = |n: &str| {
            field(value, n)?
                .as_f64()
                .filter(|f| *f >= 0.0 && f.fract() == 0.0)
        };
        Some(StoredRecord {
            id: field(value, "id")?.as_string()?,
            rev: number("rev")? as u64,
            seq: number("seq")? as u64,
            sum: field(value, "sum")?.as_string()?,
            body: field(value, "body")?.as_string()?,
        })
    };
    match read() {
        Some(r) if r.id == key => RawRecord::Record(r),
        _ => RawRecord::Unreadable {
            id: key.to_string(),
            raw: raw_text(value),
        },
    }
}

fn stored_rev(value: Option<JsValue>, key: &str) -> Option<u64> {
    match from_js(key, &value?) {
        RawRecord::Record(r) => Some(r.rev),
        // Damaged data is never written over unseen.
        RawRecord::Unreadable { .. } => Some(u64::MAX),
    }
}

fn key(id: &str) -> Query {
    Query::Key(JsValue::from_str(id))
}

fn parse_meta(value: Option<JsValue>) -> Result<Option<StoredMeta>, StoreError> {
    let Some(value) = value else { return Ok(None) };
    let text = value.as_string().unwrap_or_default();
    serde_json::from_str(&text).map(Some).map_err(|e| {
        StoreError::Other(format!("the saved workspace's header cannot be read ({e})"))
    })
}

impl IdbStore {
    /// Opens (and on a first visit creates) the workspace database.
    pub async fn open() -> Result<IdbStore, StoreError> {
        let factory = Factory::new().map_err(|e| StoreError::Unavailable(e.to_string()))?;
        let mut request = factory
            .open(DATABASE_NAME, Some(DATABASE_VERSION))
            .map_err(|e| StoreError::Unavailable(e.to_string()))?;
        request.on_upgrade_needed(|event| {
            let Ok(db) = idb::DatabaseEvent::database(&event) else {
                return;
            };
            let existing = db.store_names();
            for name in every_store_name() {
                if !existing.iter().any(|n| n == name) {
                    let _ = db.create_object_store(name, idb::ObjectStoreParams::new());
                }
            }
        });
        request.on_blocked(|_| {
            show_opening_notice(
                "Scorecard is open in another tab with an older version, which is holding your \
                 data. Reload or close that tab and this one will open.",
            )
        });
        let mut db = request
            .await
            .map_err(|e| StoreError::Unavailable(classify(e).to_string()))?;
        let superseded = Rc::new(Cell::new(false));
        let flag = superseded.clone();
        db.on_version_change(move |event| {
            flag.set(true);
            // Let the newer version upgrade the database; the next save here says why it failed.
            if let Some(target) = event.target() {
                if let Ok(close) = Reflect::get(&target, &JsValue::from_str("close"))
                    .and_then(|f| f.dyn_into::<js_sys::Function>())
                {
                    let _ = close.call0(&target);
                }
            }
        });
        Ok(IdbStore { db, superseded })
    }

    fn transaction(
        &self,
        names: &[&str],
        mode: TransactionMode,
    ) -> Result<idb::Transaction, StoreError> {
        if self.superseded.get() {
            return Err(StoreError::Superseded);
        }
        self.db.transaction(names, mode).map_err(classify)
    }

    async fn finish(tx: idb::Transaction, any_store: &ObjectStore) -> Result<(), StoreError> {
        match tx.await.map_err(classify)? {
            TransactionResult::Committed => Ok(()),
            TransactionResult::Aborted => Err(abort_reason(any_store)),
        }
    }

    /// Every value in the object store `name`, in one read-only transaction.
    async fn values_of(&self, name: &str) -> Result<Vec<JsValue>, StoreError> {
        let tx = self.transaction(&[name], TransactionMode::ReadOnly)?;
        let store = tx.object_store(name).map_err(classify)?;
        store
            .get_all(None, None)
            .map_err(classify)?
            .await
            .map_err(classify)
    }

    /// Deletes `id` from the object store `name`, in one transaction.
    async fn delete_from(&self, name: &str, id: &str) -> Result<(), StoreError> {
        let tx = self.transaction(&[name], TransactionMode::ReadWrite)?;
        let store = tx.object_store(name).map_err(classify)?;
        store.delete(key(id)).map_err(classify)?;
        Self::finish(tx, &store).await
    }

    /// Every shelf's records as `(shelf, records)`.
    async fn read_shelves(
        tx: &idb::Transaction,
    ) -> Result<Vec<(Shelf, Vec<RawRecord>)>, StoreError> {
        let mut out = Vec::with_capacity(Shelf::ALL.len());
        for shelf in Shelf::ALL {
            let store = tx.object_store(shelf.store_name()).map_err(classify)?;
            let keys = store
                .get_all_keys(None, None)
                .map_err(classify)?
                .await
                .map_err(classify)?;
            let values = store
                .get_all(None, None)
                .map_err(classify)?
                .await
                .map_err(classify)?;
            let records = keys
                .iter()
                .zip(values.iter())
                .map(|(k, v)| from_js(&k.as_string().unwrap_or_default(), v))
                .collect();
            out.push((shelf, records));
        }
        Ok(out)
    }
}

impl RecordStore for IdbStore {
    async fn read_meta(&self) -> Result<Option<StoredMeta>, StoreError> {
        let tx = self.transaction(&[META_STORE], TransactionMode::ReadOnly)?;
        let store = tx.object_store(META_STORE).map_err(classify)?;
        let value = store
            .get(key(META_KEY))
            .map_err(classify)?
            .await
            .map_err(classify)?;
        parse_meta(value)
    }

    async fn read_all(
        &self,
    ) -> Result<(Option<StoredMeta>, Vec<(Shelf, Vec<RawRecord>)>), StoreError> {
        let tx = self.transaction(&shelf_names(), TransactionMode::ReadOnly)?;
        let meta_store = tx.object_store(META_STORE).map_err(classify)?;
        let meta = meta_store
            .get(key(META_KEY))
            .map_err(classify)?
            .await
            .map_err(classify)?;
        let shelves = Self::read_shelves(&tx).await?;
        Ok((parse_meta(meta)?, shelves))
    }

    async fn read(
        &self,
        keys: &[RecordKey],
    ) -> Result<Vec<(RecordKey, Option<RawRecord>)>, StoreError> {
        let tx = self.transaction(&shelf_names(), TransactionMode::ReadOnly)?;
        let mut out = Vec::with_capacity(keys.len());
        for k in keys {
            let store = tx.object_store(k.shelf.store_name()).map_err(classify)?;
            let value = store
                .get(key(&k.id))
                .map_err(classify)?
                .await
                .map_err(classify)?;
            out.push((k.clone(), value.map(|v| from_js(&k.id, &v))));
        }
        Ok(out)
    }

    async fn commit(&self, commit: &Commit) -> Result<StoredMeta, CommitError> {
        self.commit_then(commit, || {}).await
    }

    async fn commit_then(
        &self,
        commit: &Commit,
        sent: impl FnOnce(),
    ) -> Result<StoredMeta, CommitError> {
        let tx = self.transaction(&shelf_names(), TransactionMode::ReadWrite)?;
        let meta_store = tx.object_store(META_STORE).map_err(classify)?;
        let stored_meta = parse_meta(
            meta_store
                .get(key(META_KEY))
                .map_err(classify)?
                .await
                .map_err(classify)?,
        )?;
        let stale_meta = match (&stored_meta, commit.expected_meta_revision) {
            (Some(_), None) => true,
            (Some(m), Some(r)) => commit.replace_all && m.revision != r,
            (None, _) => false,
        };
        let mut stale = Vec::new();
        if !commit.replace_all {
            // Every read is asked for before any is awaited, so the browser answers them one
            // after another without a round trip through the app between each (an import
            // checks thousands).
            let mut reads = Vec::with_capacity(commit.writes.len());
            for w in &commit.writes {
                let store = tx
                    .object_store(w.key.shelf.store_name())
                    .map_err(classify)?;
                reads.push(store.get(key(&w.key.id)).map_err(classify)?.into_future());
            }
            for (w, read) in commit.writes.iter().zip(reads) {
                if stored_rev(read.await.map_err(classify)?, &w.key.id) != w.expected_rev {
                    stale.push(w.key.clone());
                }
            }
        }
        if stale_meta || !stale.is_empty() {
            let _ = tx.abort();
            return Err(CommitError::Stale(stale));
        }
        if commit.replace_all {
            for shelf in Shelf::ALL {
                let store = tx.object_store(shelf.store_name()).map_err(classify)?;
                store.clear().map_err(classify)?;
            }
        }
        for w in &commit.writes {
            let store = tx
                .object_store(w.key.shelf.store_name())
                .map_err(classify)?;
            let id = JsValue::from_str(&w.key.id);
            match &w.record {
                Some(r) => {
                    store.put(&to_js(r), Some(&id)).map_err(classify)?;
                }
                None => {
                    store.delete(Query::Key(id)).map_err(classify)?;
                }
            }
        }
        let meta = commit.meta.after(stored_meta.as_ref());
        let meta_text =
            serde_json::to_string(&meta).map_err(|e| StoreError::Other(e.to_string()))?;
        meta_store
            .put(
                &JsValue::from_str(&meta_text),
                Some(&JsValue::from_str(META_KEY)),
            )
            .map_err(classify)?;
        // Committed now rather than once the page has taken every write's success event, so a
        // page drawn meanwhile (by `sent`) never holds the commit up.
        let tx = tx.commit().map_err(classify)?;
        sent();
        Self::finish(tx, &meta_store).await?;
        Ok(meta)
    }

    async fn quarantine(&self, records: &[QuarantinedRecord]) -> Result<(), StoreError> {
        let mut names = shelf_names();
        names.push(QUARANTINE_STORE);
        let tx = self.transaction(&names, TransactionMode::ReadWrite)?;
        let aside = tx.object_store(QUARANTINE_STORE).map_err(classify)?;
        for q in records {
            let text = serde_json::to_string(q).map_err(|e| StoreError::Other(e.to_string()))?;
            aside
                .put(&JsValue::from_str(&text), Some(&JsValue::from_str(&q.key)))
                .map_err(classify)?;
            if let Some(shelf) = Shelf::from_store_name(&q.store_name) {
                let store = tx.object_store(shelf.store_name()).map_err(classify)?;
                store.delete(key(&q.id)).map_err(classify)?;
            }
        }
        Self::finish(tx, &aside).await
    }

    async fn quarantined(&self) -> Result<Vec<QuarantinedRecord>, StoreError> {
        Ok(self
            .values_of(QUARANTINE_STORE)
            .await?
            .iter()
            .filter_map(|v| serde_json::from_str(&v.as_string()?).ok())
            .collect())
    }

    async fn discard_quarantined(&self, id: &str) -> Result<(), StoreError> {
        self.delete_from(QUARANTINE_STORE, id).await
    }

    async fn put_snapshot(&self, snapshot: &Snapshot, keep: usize) -> Result<(), StoreError> {
        let tx = self.transaction(&[SNAPSHOT_STORE], TransactionMode::ReadWrite)?;
        let store = tx.object_store(SNAPSHOT_STORE).map_err(classify)?;
        let object = Object::new();
        for (k, v) in [
            ("key", snapshot.key.as_str()),
            ("reason", snapshot.reason.as_str()),
            ("text", snapshot.text.as_str()),
        ] {
            let _ = Reflect::set(&object, &JsValue::from_str(k), &JsValue::from_str(v));
        }
        let _ = Reflect::set(
            &object,
            &JsValue::from_str("taken_at"),
            &JsValue::from_str(&snapshot.taken_at.to_rfc3339()),
        );
        store
            .put(&object.into(), Some(&JsValue::from_str(&snapshot.key)))
            .map_err(classify)?;
        let keys = store
            .get_all_keys(None, None)
            .map_err(classify)?
            .await
            .map_err(classify)?;
        let mut snapshot_keys: Vec<String> = keys
            .iter()
            .filter_map(|k| k.as_string())
            .filter(|k| k.starts_with(SNAPSHOT_PREFIX))
            .collect();
        scorecard_core::order::sort(&mut snapshot_keys);
        let extra = snapshot_keys.len().saturating_sub(keep);
        for k in &snapshot_keys[..extra] {
            store.delete(key(k)).map_err(classify)?;
        }
        Self::finish(tx, &store).await
    }

    async fn snapshots(&self) -> Result<Vec<Snapshot>, StoreError> {
        Ok(self
            .values_of(SNAPSHOT_STORE)
            .await?
            .iter()
            .filter_map(|v| {
                let text = |n: &str| field(v, n).and_then(|f| f.as_string());
                Some(Snapshot {
                    key: text("key")?,
                    taken_at: text("taken_at")?.parse().ok()?,
                    reason: text("reason")?,
                    text: text("text")?,
                })
            })
            .collect())
    }

    async fn snapshot_keys(&self) -> Result<Vec<String>, StoreError> {
        let tx = self.transaction(&[SNAPSHOT_STORE], TransactionMode::ReadOnly)?;
        let store = tx.object_store(SNAPSHOT_STORE).map_err(classify)?;
        let keys = store
            .get_all_keys(None, None)
            .map_err(classify)?
            .await
            .map_err(classify)?;
        Ok(keys.iter().filter_map(|k| k.as_string()).collect())
    }

    async fn delete_snapshot(&self, id: &str) -> Result<(), StoreError> {
        self.delete_from(SNAPSHOT_STORE, id).await
    }
}
