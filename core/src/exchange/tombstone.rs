//! Tombstones: the record of a deletion, kept so that the deletion travels to partners and an
//! import never brings the record back.

use serde::{Deserialize, Serialize};

use super::kind::{RecordKind, RecordRef};
use crate::model::{Id, Timestamp};
use crate::workspace::{Records, Workspace};

/// A deleted record: what it was, who owned it and when it was deleted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Tombstone {
    /// The kind of record deleted.
    pub kind: RecordKind,
    /// Its id.
    pub id: Id,
    /// The organisation that owned it (and so could delete it).
    pub organisation_id: Id,
    /// When it was deleted.
    pub deleted_at: Timestamp,
}

impl Tombstone {
    /// The record the tombstone stands for.
    pub fn record(&self) -> RecordRef {
        RecordRef::new(self.kind, self.id)
    }
}

impl Workspace {
    /// Records that `kind` record `id`, owned by `organisation_id`, was deleted at `now`, so the
    /// deletion is sent to partners and no import brings the record back. Call it from every
    /// function that deletes a record. Recording the same deletion twice keeps the first.
    pub fn record_tombstone(
        &mut self,
        kind: RecordKind,
        id: Id,
        organisation_id: Id,
        now: Timestamp,
    ) {
        insert_tombstone(
            &mut self.tombstones,
            Tombstone {
                kind,
                id,
                organisation_id,
                deleted_at: now,
            },
        );
    }

    /// Records the deletion of `kind` record `id` at `now`, with the owner worked out from the
    /// workspace: call it just before removing the record (a measure's owner comes from its
    /// goal, so record a goal's measures before the goal). Returns `false`, recording nothing,
    /// when the record or its owner is not found.
    pub fn record_deletion(&mut self, kind: RecordKind, id: Id, now: Timestamp) -> bool {
        match self.owner_of(kind, id) {
            Some(owner) => {
                self.record_tombstone(kind, id, owner, now);
                true
            }
            None => false,
        }
    }

    /// The tombstone of `kind` record `id`, if it was deleted here or by a partner.
    pub fn tombstone(&self, kind: RecordKind, id: Id) -> Option<&Tombstone> {
        self.tombstones.get(id).filter(|t| t.kind == kind)
    }
}

/// Adds `tombstone` to `list`, kept sorted by kind and id; an existing one for the same record
/// is kept. Returns whether it was added.
pub(crate) fn insert_tombstone(list: &mut Records<Tombstone>, tombstone: Tombstone) -> bool {
    if list.contains(tombstone.id) {
        return false;
    }
    list.insert_sorted_by_key(tombstone, |t| (t.kind, t.id));
    true
}
