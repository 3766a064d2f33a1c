//! The people cycle around reviews: development plans, recognition, and exit interviews with
//! their reasons counted by quarter.

use std::collections::BTreeMap;

use crate::analysis::{Frequency, Period};
use crate::model::{
    DevelopmentNeed, ExitInterview, ExitReason, Id, Recognised, Recognition, Stamps, Timestamp,
};
use crate::validation::{self as v, ValidationErrors};
use crate::workspace::Workspace;

/// Counts of exit reasons in one period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExitReasonCounts {
    /// The period (a financial quarter).
    pub period: Period,
    /// Interviews held in it.
    pub interviews: usize,
    /// How often each reason was given, most frequent first.
    pub reasons: Vec<(ExitReason, usize)>,
}

impl Workspace {
    /// Adds or updates a development need.
    pub fn save_development(
        &mut self,
        mut need: DevelopmentNeed,
        now: Timestamp,
    ) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::default();
        errors.required_text("need", "the development need", &need.need, v::MAX_TITLE);
        errors.max_len(
            "planned_learning",
            "the planned learning",
            &need.planned_learning,
            v::MAX_DESCRIPTION,
        );
        errors.max_len(
            "evidence",
            "the evidence",
            &need.evidence,
            v::MAX_DESCRIPTION,
        );
        if self.person(need.person_id).is_none() {
            errors.push("person", "That person no longer exists");
        }
        if need.goal_id.is_some_and(|g| self.goal(g).is_none()) {
            errors.push("goal", "The chosen goal no longer exists");
        }
        errors.into_result()?;
        need.need = need.need.trim().to_string();
        need.stamps = match self.development.get(need.id) {
            Some(old) => Stamps {
                created_at: old.stamps.created_at,
                updated_at: now,
            },
            None => Stamps::new(now),
        };
        self.development.upsert(need);
        Ok(())
    }

    /// Adds or updates a recognition.
    pub fn save_recognition(
        &mut self,
        mut r: Recognition,
        now: Timestamp,
    ) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::default();
        errors.required_text("award", "the award", &r.award, v::MAX_TITLE);
        errors.max_len("citation", "the citation", &r.citation, v::MAX_DESCRIPTION);
        match r.recognised {
            Recognised::Person { person_id } if self.person(person_id).is_none() => {
                errors.push("recognised", "Choose who is recognised")
            }
            Recognised::Team { team_id } if self.team(team_id).is_none() => {
                errors.push("recognised", "Choose who is recognised")
            }
            _ => {}
        }
        if r.goal_id.is_some_and(|g| self.goal(g).is_none()) {
            errors.push("goal", "The chosen goal no longer exists");
        }
        errors.into_result()?;
        r.stamps = Stamps::new(now);
        self.recognitions.upsert(r);
        Ok(())
    }

    /// Adds or updates an exit interview.
    pub fn save_exit_interview(
        &mut self,
        mut e: ExitInterview,
        now: Timestamp,
    ) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::default();
        errors.required_text(
            "leaver_name",
            "the leaver's name",
            &e.leaver_name,
            v::MAX_NAME,
        );
        errors.max_len("job_title", "the job title", &e.job_title, v::MAX_JOB_TITLE);
        errors.max_len("themes", "the themes", &e.themes, v::MAX_DESCRIPTION);
        if self.organisation(e.organisation_id).is_none() {
            errors.push("organisation", "Choose the organisation they left");
        }
        if e.reasons.is_empty() {
            errors.push("reasons", "Choose at least one reason for leaving");
        }
        errors.into_result()?;
        crate::order::sort(&mut e.reasons);
        e.reasons.dedup();
        e.stamps = Stamps::new(now);
        self.exit_interviews.upsert(e);
        Ok(())
    }

    /// Exit reasons counted per financial quarter for `org`, newest quarter first.
    pub fn exit_reason_counts(&self, org: Id) -> Vec<ExitReasonCounts> {
        let mut by_quarter: BTreeMap<Period, (usize, BTreeMap<ExitReason, usize>)> =
            BTreeMap::new();
        for e in self
            .exit_interviews
            .iter()
            .filter(|e| e.organisation_id == org)
        {
            let q = Period::containing(Frequency::Quarterly, e.date);
            let entry = by_quarter.entry(q).or_default();
            entry.0 += 1;
            for r in &e.reasons {
                *entry.1.entry(*r).or_default() += 1;
            }
        }
        by_quarter
            .into_iter()
            .rev()
            .map(|(period, (interviews, counts))| ExitReasonCounts {
                period,
                interviews,
                reasons: crate::order::most_first(counts),
            })
            .collect()
    }
}
