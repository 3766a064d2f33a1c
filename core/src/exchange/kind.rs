//! The kinds of record that travel in exchange files, and a reference to one record.

use serde::{Deserialize, Serialize};

use crate::model::Id;

/// A kind of record that an exchange file can carry, merge and delete.
///
/// Adding a kind later (say, a new people-cycle record) means adding a variant here, a list to
/// [`crate::exchange::PartnerPack`] and an implementation in `exchange/records.rs`; the
/// export, preview, merge, tombstone and ledger code is generic over kinds.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum RecordKind {
    /// An organisation (it owns itself).
    Organisation,
    /// A team.
    Team,
    /// A member of staff.
    Person,
    /// A goal at any level of the cascade.
    Goal,
    /// A measure of a goal, with its trajectory, actuals and self-assessments.
    Measure,
    /// A performance review (strategic and team reviews; individual ones are personal).
    Review,
    /// An item of a personal development plan (personal).
    DevelopmentNeed,
    /// A recognition award.
    Recognition,
    /// An exit interview (personal).
    ExitInterview,
    /// A board report author's commentary on a section of a quarter's report.
    ReportCommentary,
}

impl RecordKind {
    /// Every kind, in the order records are shown and merged (an organisation before its teams,
    /// a goal before its measures).
    pub const ALL: [RecordKind; 10] = [
        RecordKind::Organisation,
        RecordKind::Team,
        RecordKind::Person,
        RecordKind::Goal,
        RecordKind::Measure,
        RecordKind::Review,
        RecordKind::DevelopmentNeed,
        RecordKind::Recognition,
        RecordKind::ExitInterview,
        RecordKind::ReportCommentary,
    ];

    /// Singular noun for sentences, e.g. "goal".
    pub fn noun(self) -> &'static str {
        match self {
            RecordKind::Organisation => "organisation",
            RecordKind::Team => "team",
            RecordKind::Person => "person",
            RecordKind::Goal => "goal",
            RecordKind::Measure => "measure",
            RecordKind::Review => "review",
            RecordKind::DevelopmentNeed => "development plan item",
            RecordKind::Recognition => "recognition",
            RecordKind::ExitInterview => "exit interview",
            RecordKind::ReportCommentary => "board report commentary",
        }
    }

    /// Plural heading, e.g. "Goals".
    pub fn plural_label(self) -> &'static str {
        match self {
            RecordKind::Organisation => "Organisations",
            RecordKind::Team => "Teams",
            RecordKind::Person => "People",
            RecordKind::Goal => "Goals",
            RecordKind::Measure => "Measures",
            RecordKind::Review => "Reviews",
            RecordKind::DevelopmentNeed => "Development plan items",
            RecordKind::Recognition => "Recognition",
            RecordKind::ExitInterview => "Exit interviews",
            RecordKind::ReportCommentary => "Board report commentary",
        }
    }

    /// The name of this kind's list in a file's payload, e.g. `goals`.
    pub fn section(self) -> &'static str {
        match self {
            RecordKind::Organisation => "organisations",
            RecordKind::Team => "teams",
            RecordKind::Person => "people",
            RecordKind::Goal => "goals",
            RecordKind::Measure => "measures",
            RecordKind::Review => "reviews",
            RecordKind::DevelopmentNeed => "development",
            RecordKind::Recognition => "recognitions",
            RecordKind::ExitInterview => "exit_interviews",
            RecordKind::ReportCommentary => "report_commentary",
        }
    }

    /// Whether every record of this kind is personal data. Reviews are personal only at
    /// individual level, so they say so record by record.
    pub fn always_personal(self) -> bool {
        matches!(
            self,
            RecordKind::DevelopmentNeed | RecordKind::ExitInterview
        )
    }
}

/// One record, by kind and id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RecordRef {
    /// Its kind.
    pub kind: RecordKind,
    /// Its id.
    pub id: Id,
}

impl RecordRef {
    /// The record of `kind` with `id`.
    pub fn new(kind: RecordKind, id: Id) -> RecordRef {
        RecordRef { kind, id }
    }
}
