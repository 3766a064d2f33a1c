use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use sha2::{Digest, Sha256};

use crate::model::Timestamp;

/// Names the kind of saved data, so a stray value under our key is recognised as not ours.
pub const ENVELOPE_FORMAT: &str = "scorecard-workspace";

/// The schema version this build writes. Bump it with a migration when the model changes shape.
pub const CURRENT_SCHEMA_VERSION: u32 = 1;

/// What is saved: the workspace wrapped with what is needed to trust it on reload.
#[derive(Debug, Serialize, Deserialize)]
pub struct Envelope {
    /// Always [`ENVELOPE_FORMAT`].
    pub format: String,
    /// Schema version of `workspace`.
    pub schema_version: u32,
    /// Version of the app that saved it.
    pub app_version: String,
    /// Counts saves, so a stale writer can be detected.
    pub revision: u64,
    /// When it was saved.
    pub saved_at: Timestamp,
    /// SHA-256 (hex) of the exact `workspace` text, to detect truncation or damage.
    pub checksum: String,
    /// The workspace, kept as the exact text that was hashed.
    pub workspace: Box<RawValue>,
}

impl Envelope {
    /// SHA-256 of `text`, as lowercase hex.
    pub fn checksum_of(text: &str) -> String {
        Sha256::digest(text.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// Whether the stored checksum matches the workspace text.
    pub fn checksum_ok(&self) -> bool {
        Self::checksum_of(self.workspace.get()) == self.checksum
    }
}
