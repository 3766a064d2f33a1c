//! The author's commentary on each section of a quarter's board report, kept with the quarter.

use super::{Quarter, ReportScope};
use crate::model::{Id, ReportCommentary, Stamps, Timestamp};
use crate::validation::{ValidationErrors, MAX_JOB_DESCRIPTION};
use crate::workspace::Workspace;

/// The most a section's commentary may hold: about a page of A4.
pub const MAX_COMMENTARY: usize = MAX_JOB_DESCRIPTION;

impl Workspace {
    /// The commentary kept for `section` of the report for `quarter` and `scope`, if any.
    pub fn report_commentary_for(
        &self,
        quarter: Quarter,
        scope: &ReportScope,
        section: &str,
    ) -> Option<&ReportCommentary> {
        let key = quarter.key();
        self.report_commentary.iter().find(|c| {
            c.quarter == key && c.organisation_id == scope.organisation() && c.section == section
        })
    }

    /// Keeps `text` as the commentary on `section` of the report for `quarter` and `scope`:
    /// the one record for that section changes, or a new one (with `new_id`) is made. The same
    /// text again changes nothing.
    pub fn save_report_commentary(
        &mut self,
        quarter: Quarter,
        scope: &ReportScope,
        section: &str,
        text: &str,
        new_id: Id,
        now: Timestamp,
    ) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::default();
        errors.max_len("commentary", "the commentary", text, MAX_COMMENTARY);
        errors.into_result()?;
        let existing = self.report_commentary_for(quarter, scope, section).cloned();
        if existing.as_ref().is_some_and(|c| c.text == text) {
            return Ok(());
        }
        let (id, stamps) = match &existing {
            Some(c) => (c.id, Stamps::saved(Some(c.stamps), now)),
            None => (new_id, Stamps::new(now)),
        };
        self.report_commentary.upsert(ReportCommentary {
            id,
            quarter: quarter.key(),
            organisation_id: scope.organisation(),
            section: section.to_string(),
            text: text.to_string(),
            stamps,
        });
        Ok(())
    }
}
