//! Spotting when a self-assessed RAG and the data disagree.

use serde::{Deserialize, Serialize};

use super::rag::Rag;
use super::status::RagStatus;

/// A self-assessment that does not match the data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Disagreement {
    /// What the owner said.
    pub self_assessed: Rag,
    /// What the data says.
    pub data: Rag,
    /// True when the owner is more positive than the data (the case to challenge).
    pub self_more_positive: bool,
    /// Plain sentence, e.g. "Self-assessed green, data red".
    pub message: String,
}

/// Compares a self-assessed RAG with the data's status.
///
/// Returns `None` when they agree, or when the data has no RAG (no data yet, not yet due or
/// overdue), because there is nothing to disagree with.
pub fn self_assessment_disagreement(self_assessed: Rag, data: RagStatus) -> Option<Disagreement> {
    let data = data.rag()?;
    (self_assessed != data).then(|| Disagreement {
        self_assessed,
        data,
        self_more_positive: self_assessed.severity() < data.severity(),
        message: format!(
            "Self-assessed {}, data {}",
            self_assessed.colour(),
            data.colour()
        ),
    })
}
