//! What a checked file says about itself, and a problem found in one at a place: shared by
//! parsing and validation, so neither imports the other.

use std::fmt;

use super::format::FileKind;
use crate::model::{Id, Timestamp};

/// One problem in a file, at a place in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where, e.g. `goals[3].title`; empty for the file as a whole.
    pub path: String,
    /// What is wrong, e.g. "expected a number, found the text \"abc\"".
    pub message: String,
}

impl Problem {
    pub(crate) fn new(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            path: path.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// What a file says about itself, for the preview's heading.
#[derive(Debug, Clone, PartialEq)]
pub struct FileSummary {
    /// Backup or partner pack.
    pub kind: FileKind,
    /// The format version the file was written in (0 for a bare workspace).
    pub schema_version: u32,
    /// The version it was migrated from, when older than the current one.
    pub migrated_from: Option<u32>,
    /// Version of Scorecard that exported it, when known.
    pub app_version: Option<String>,
    /// When it was exported, when known.
    pub exported_at: Option<Timestamp>,
    /// The exporting organisation.
    pub exported_by_org: Option<Id>,
    /// Its name, as the file gives it.
    pub exported_by_name: Option<String>,
    /// The partner a pack is for.
    pub partner_org: Option<Id>,
    /// Its name, as the file gives it.
    pub partner_name: Option<String>,
    /// Whether personal records were included.
    pub personal_included: bool,
    /// The payload digest, checked; `None` for a bare workspace, which has none.
    pub digest: Option<String>,
}
