//! Finding, saving and deleting measures, and recording the owner's self-assessment.

use crate::model::{Id, Measure, SelfAssessment, Stamps, Timestamp};
use crate::validation::{self as v, ValidationErrors};
use crate::workspace::{DeleteError, Workspace};

use super::validate::frequency_message;
use super::{MAX_CONFIDENCE, MAX_NOTE, MIN_CONFIDENCE};

/// Error for an edit to a measure that is not in the workspace.
pub(super) fn measure_gone() -> ValidationErrors {
    let mut errors = ValidationErrors::default();
    errors.push("measure", "That measure no longer exists");
    errors
}

impl Workspace {
    /// The measure with `id`.
    pub fn measure(&self, id: Id) -> Option<&Measure> {
        self.measures.get(id)
    }

    /// The measures of goal `goal_id`, in the order they were added.
    pub fn measures_of_goal(&self, goal_id: Id) -> Vec<&Measure> {
        self.measures
            .iter()
            .filter(|m| m.goal_id == goal_id)
            .collect()
    }

    /// Adds or updates a measure. Actuals and self-assessments are kept in period order.
    ///
    /// The whole record is replaced, data included; enter data with
    /// [`Workspace::record_actual`] so corrections keep their history.
    pub fn save_measure(
        &mut self,
        mut measure: Measure,
        now: Timestamp,
    ) -> Result<(), ValidationErrors> {
        self.validate_measure(&measure).into_result()?;
        measure.name = measure.name.trim().to_string();
        measure.unit = measure.unit.trim().to_string();
        measure.data_source = measure.data_source.trim().to_string();
        crate::order::sort_by_key(&mut measure.actuals, |a| a.period);
        crate::order::sort_by_key(&mut measure.self_assessments, |s| s.period);
        crate::order::sort(&mut measure.spc.rebase_at);
        measure.spc.rebase_at.dedup();
        measure.stamps = Stamps::saved(self.measure(measure.id).map(|m| m.stamps), now);
        self.measures.upsert(measure);
        Ok(())
    }

    /// Deletes a measure and all its data.
    pub fn delete_measure(&mut self, id: Id, now: Timestamp) -> Result<(), DeleteError> {
        if self.measure(id).is_none() {
            return Err(DeleteError::NotFound);
        }
        self.record_deletion(crate::exchange::RecordKind::Measure, id, now);
        self.measures.remove(id);
        Ok(())
    }

    /// Records the owner's self-assessment for its period, replacing any earlier one for the
    /// same period.
    ///
    /// Field keys: `measure`, `period`, `confidence`, `narrative`, `assessed_by`.
    pub fn record_self_assessment(
        &mut self,
        measure_id: Id,
        mut assessment: SelfAssessment,
    ) -> Result<(), ValidationErrors> {
        let Some(measure) = self.measures.get(measure_id) else {
            return Err(measure_gone());
        };
        let mut errors = ValidationErrors::default();
        if assessment.period.frequency() != measure.frequency {
            errors.push("period", frequency_message("The period", measure.frequency));
        }
        if !(MIN_CONFIDENCE..=MAX_CONFIDENCE).contains(&assessment.confidence) {
            errors.push("confidence", "Choose a confidence level from 1 to 5");
        }
        errors.max_len(
            "narrative",
            "the narrative",
            &assessment.narrative,
            MAX_NOTE,
        );
        errors.max_len(
            "assessed_by",
            "the name",
            &assessment.assessed_by,
            v::MAX_NAME,
        );
        errors.into_result()?;
        // Marked for saving only once the edit is known to be valid.
        let measure = self.measures.get_mut(measure_id).expect("found above");

        assessment.narrative = assessment.narrative.trim().to_string();
        assessment.assessed_by = assessment.assessed_by.trim().to_string();
        measure.stamps.updated_at = assessment.assessed_at;
        let list = &mut measure.self_assessments;
        match list.iter().position(|s| s.period == assessment.period) {
            Some(i) => list[i] = assessment,
            None => {
                let at = list.partition_point(|s| s.period < assessment.period);
                list.insert(at, assessment);
            }
        }
        Ok(())
    }
}
