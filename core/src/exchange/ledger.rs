//! The exchange ledger: for each partner, what was last received from them, record by record.
//!
//! It answers two questions. "Changed on both sides since the last exchange?": a record is in
//! conflict when our copy and the incoming copy both differ from the copy last received. And
//! "where did this come from?": a partner's record shows which organisation sent it and when the
//! version held here arrived.

use serde::{Deserialize, Serialize};

use super::kind::{RecordKind, RecordRef};
use crate::model::{Id, Timestamp};

/// Everything received from partners, one entry per partner organisation, sorted by id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ExchangeLedger {
    /// One entry per organisation files were received from.
    #[serde(default)]
    pub partners: Vec<PartnerExchange>,
}

/// What was last received from one partner organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct PartnerExchange {
    /// The partner organisation that sent the files.
    pub organisation_id: Id,
    /// The last file imported from it.
    #[serde(default)]
    pub last_file: Option<ReceivedFile>,
    /// Each record last received from it, sorted by kind and id.
    #[serde(default)]
    pub records: Vec<ReceivedRecord>,
}

/// A file that was imported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ReceivedFile {
    /// The file's payload digest (SHA-256, hex).
    pub digest: String,
    /// When the partner exported it.
    pub exported_at: Timestamp,
    /// When it was imported here.
    pub imported_at: Timestamp,
}

/// One record as last received from a partner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ReceivedRecord {
    /// The record's kind.
    pub kind: RecordKind,
    /// The record's id.
    pub id: Id,
    /// Its `updated_at` as received.
    pub updated_at: Timestamp,
    /// SHA-256 (hex) of the record as received, in canonical JSON.
    pub digest: String,
    /// When this version arrived here.
    pub arrived_at: Timestamp,
}

impl ReceivedRecord {
    /// The record it describes.
    pub fn record(&self) -> RecordRef {
        RecordRef::new(self.kind, self.id)
    }
}

impl ExchangeLedger {
    /// What was last received from organisation `org`.
    pub fn partner(&self, org: Id) -> Option<&PartnerExchange> {
        self.partners.iter().find(|p| p.organisation_id == org)
    }

    /// The entry for `org`, created if missing (the list stays sorted).
    pub(crate) fn partner_mut(&mut self, org: Id) -> &mut PartnerExchange {
        let at = match self
            .partners
            .binary_search_by(|p| p.organisation_id.cmp(&org))
        {
            Ok(i) => i,
            Err(i) => {
                self.partners.insert(
                    i,
                    PartnerExchange {
                        organisation_id: org,
                        last_file: None,
                        records: Vec::new(),
                    },
                );
                i
            }
        };
        &mut self.partners[at]
    }

    /// The latest receipt of record `r` from any partner, with the partner's id.
    pub fn received(&self, r: RecordRef) -> Option<(Id, &ReceivedRecord)> {
        self.partners
            .iter()
            .filter_map(|p| p.record(r).map(|rec| (p.organisation_id, rec)))
            .max_by_key(|(_, rec)| rec.arrived_at)
    }
}

impl PartnerExchange {
    /// Record `r` as last received from this partner.
    pub fn record(&self, r: RecordRef) -> Option<&ReceivedRecord> {
        match self
            .records
            .binary_search_by(|x| (x.kind, x.id).cmp(&(r.kind, r.id)))
        {
            Ok(i) => self.records.get(i),
            Err(_) => self
                .records
                .iter()
                .find(|x| x.kind == r.kind && x.id == r.id),
        }
    }

    /// Stores `entry`, replacing an earlier receipt of the same record. If the record arrived
    /// before with the same content, the earlier arrival time is kept.
    pub(crate) fn remember(&mut self, mut entry: ReceivedRecord) {
        match self
            .records
            .binary_search_by(|x| (x.kind, x.id).cmp(&(entry.kind, entry.id)))
        {
            Ok(i) => {
                if self.records[i].digest == entry.digest {
                    entry.arrived_at = self.records[i].arrived_at;
                }
                self.records[i] = entry;
            }
            Err(i) => self.records.insert(i, entry),
        }
    }

    /// Forgets record `r`.
    pub(crate) fn forget(&mut self, r: RecordRef) {
        self.records.retain(|x| !(x.kind == r.kind && x.id == r.id));
    }
}
