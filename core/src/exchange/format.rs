//! The exchange file: a header that says what the file is, where it came from and how to check
//! it, and a payload of records.
//!
//! ```json
//! {
//!   "format": "scorecard-exchange",
//!   "kind": "partner_pack",
//!   "schema_version": 1,
//!   "app_version": "0.1.0",
//!   "exported_at": "2026-11-26T09:00:00Z",
//!   "exported_by_org": "…",
//!   "partner_org": "…",
//!   "personal_included": false,
//!   "digest": "<SHA-256 of the payload's canonical JSON>",
//!   "payload": { "organisations": [], "goals": [], "measures": [], "tombstones": [] }
//! }
//! ```

use serde::{Deserialize, Serialize};

use super::tombstone::Tombstone;
use crate::model::{
    DevelopmentNeed, ExitInterview, Goal, Id, Measure, Organisation, Person, Recognition,
    ReportCommentary, Review, Team, Timestamp,
};
use crate::workspace::Workspace;

/// What a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FileKind {
    /// A whole workspace: a backup, or a copy to move to another browser.
    Workspace,
    /// What one organisation shares with one partner: the shared goals with their measures,
    /// trajectories, actuals and strategic reviews, and the organisations, teams and people they
    /// name.
    PartnerPack,
}

impl FileKind {
    /// Plain words, e.g. "partner pack".
    pub fn label(self) -> &'static str {
        match self {
            FileKind::Workspace => "workspace backup",
            FileKind::PartnerPack => "partner pack",
        }
    }
}

/// The records of a partner pack, one list per kind of record, each record owned by the
/// exporting organisation (organisations named by its records come along for reference).
///
/// Every list may be empty; lists for kinds a pack does not carry are simply empty, so a kind
/// added later is a new list that older files do not have.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct PartnerPack {
    /// The exporting organisation, and the organisations its records name (for reference).
    #[serde(default)]
    pub organisations: Vec<Organisation>,
    /// Teams named by the shared goals.
    #[serde(default)]
    pub teams: Vec<Team>,
    /// People named as owners of the shared goals (and, if chosen, of personal records).
    #[serde(default)]
    pub people: Vec<Person>,
    /// The goals shared with the partner.
    #[serde(default)]
    pub goals: Vec<Goal>,
    /// Their measures, with trajectories, actuals and self-assessments.
    #[serde(default)]
    pub measures: Vec<Measure>,
    /// Strategic reviews that discussed the shared goals (and, if chosen, individual reviews).
    #[serde(default)]
    pub reviews: Vec<Review>,
    /// Personal development plan items linked to the shared goals (only if chosen).
    #[serde(default)]
    pub development: Vec<DevelopmentNeed>,
    /// Recognition awards (not sent in packs today).
    #[serde(default)]
    pub recognitions: Vec<Recognition>,
    /// Exit interviews (never sent in packs today).
    #[serde(default)]
    pub exit_interviews: Vec<ExitInterview>,
    /// Board report commentary (backups only; never sent in packs). Left out of the file when
    /// there is none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub report_commentary: Vec<ReportCommentary>,
    /// Records the exporting organisation deleted.
    #[serde(default)]
    pub tombstones: Vec<Tombstone>,
}

/// A file's records: a whole workspace, or a partner pack. Which one is given by the file's
/// `kind`.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)] // one per file; boxing the pack too would gain nothing
pub enum Payload {
    /// For `kind: "workspace"`.
    Workspace(Box<Workspace>),
    /// For `kind: "partner_pack"`.
    PartnerPack(PartnerPack),
}

/// A Scorecard exchange file.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
#[schemars(title = "Scorecard exchange file")]
pub struct ExchangeFile {
    /// Always `"scorecard-exchange"`.
    pub format: String,
    /// What the file holds.
    pub kind: FileKind,
    /// Version of this format. A newer version than the app reads is refused; older ones are
    /// migrated.
    pub schema_version: u32,
    /// Version of Scorecard that exported the file.
    pub app_version: String,
    /// When it was exported.
    pub exported_at: Timestamp,
    /// The organisation that exported it (required for a partner pack; for a backup, the
    /// workspace's own organisation if it has chosen one).
    pub exported_by_org: Option<Id>,
    /// The partner a pack is for (none for a backup).
    pub partner_org: Option<Id>,
    /// Whether personal records (appraisals, one-to-ones, development plans, exit interviews)
    /// were included.
    pub personal_included: bool,
    /// SHA-256, as 64 lowercase hexadecimal characters, of the payload's canonical JSON:
    /// compact, object keys in ascending order. A file whose payload does not match was changed
    /// or damaged after export.
    pub digest: String,
    /// The records.
    pub payload: Payload,
}

impl ExchangeFile {
    /// The file as indented JSON text, ending with a line break.
    pub fn to_json(&self) -> String {
        // Plain data with string keys always serialises.
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }
}

/// The header fields of a file, read on their own so errors in them are reported before the
/// payload is looked at. `format` and `schema_version` are checked before this is read.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct FileHeader {
    pub kind: FileKind,
    pub app_version: String,
    pub exported_at: Timestamp,
    #[serde(default)]
    pub exported_by_org: Option<Id>,
    #[serde(default)]
    pub partner_org: Option<Id>,
    #[serde(default)]
    pub personal_included: bool,
    pub digest: String,
}

impl PartnerPack {
    /// The records of a whole workspace, as one set.
    pub fn from_workspace(ws: &Workspace) -> PartnerPack {
        PartnerPack {
            organisations: ws.organisations.to_vec(),
            teams: ws.teams.to_vec(),
            people: ws.people.to_vec(),
            goals: ws.goals.to_vec(),
            measures: ws.measures.to_vec(),
            reviews: ws.reviews.to_vec(),
            development: ws.development.to_vec(),
            recognitions: ws.recognitions.to_vec(),
            exit_interviews: ws.exit_interviews.to_vec(),
            report_commentary: ws.report_commentary.to_vec(),
            tombstones: ws.tombstones.to_vec(),
        }
    }

    /// Number of records, tombstones not counted.
    pub fn record_count(&self) -> usize {
        self.organisations.len()
            + self.teams.len()
            + self.people.len()
            + self.goals.len()
            + self.measures.len()
            + self.reviews.len()
            + self.development.len()
            + self.recognitions.len()
            + self.exit_interviews.len()
            + self.report_commentary.len()
    }
}
