//! What a board report's author writes for the board.

use serde::{Deserialize, Serialize};

use super::{Id, Stamps};

/// The author's commentary on one section of one quarter's board report, kept with the quarter
/// so a later reader sees what the board was told.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ReportCommentary {
    /// Unique id.
    pub id: Id,
    /// The quarter, as its key in the report's address, e.g. `2026-27-q2`.
    pub quarter: String,
    /// The organisation whose report it is; none for the whole partnership's.
    #[serde(default)]
    pub organisation_id: Option<Id>,
    /// The report's section, e.g. `summary`, `perspective-financial`, `exceptions`.
    pub section: String,
    /// What the author wrote.
    pub text: String,
    /// Creation and change times.
    #[serde(flatten)]
    pub stamps: Stamps,
}
