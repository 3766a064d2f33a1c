//! Recording a review: its rules, saving and deleting it, closing its actions, and the measures
//! it keeps a record of.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::subject::ReviewKind;
use crate::measures::measure_status;
use crate::model::{ActionStatus, Id, MeasureSnapshot, Review, Stamps, Timestamp};
use crate::validation::{self as v, ValidationErrors};
use crate::workspace::{DeleteError, Workspace};

fn check_rating(errors: &mut ValidationErrors, value: Option<u8>, who: &str) {
    if let Some(r) = value {
        if !(1..=5).contains(&r) {
            errors.push("ratings", format!("The {who} rating must be from 1 to 5"));
        }
    }
}

impl Workspace {
    /// Problems with `review` as it would be saved.
    pub fn validate_review(&self, review: &Review) -> ValidationErrors {
        let mut errors = ValidationErrors::default();
        if self.subject_organisation(&review.subject).is_none() {
            let (kind, _) = ReviewKind::of(&review.subject);
            errors.push("subject", kind.level().choose_message());
        }
        if self.organisation(review.organisation_id).is_none() {
            errors.push(
                "organisation",
                "Choose the organisation that owns the record",
            );
        }
        if review
            .participants
            .iter()
            .any(|p| self.person(*p).is_none())
        {
            errors.push("participants", "A chosen participant no longer exists");
        }
        if review.goals.iter().any(|g| self.goal(*g).is_none()) {
            errors.push("goals", "A chosen goal no longer exists");
        }
        errors.max_len("notes", "the notes", &review.notes, v::MAX_JOB_DESCRIPTION);
        for r in &review.ratings {
            check_rating(&mut errors, r.self_rating, "self");
            check_rating(&mut errors, r.manager_rating, "manager");
        }
        for (i, a) in review.actions.iter().enumerate() {
            if a.description.trim().is_empty() {
                errors.push(
                    "actions",
                    format!("Action {}: enter what will be done", i + 1),
                );
            } else if a.description.chars().count() > v::MAX_TITLE * 2 {
                errors.push(
                    "actions",
                    format!(
                        "Action {}: must be {} characters or fewer",
                        i + 1,
                        v::MAX_TITLE * 2
                    ),
                );
            }
            if a.owner_id.is_some_and(|o| self.person(o).is_none()) {
                errors.push(
                    "actions",
                    format!("Action {}: the owner no longer exists", i + 1),
                );
            }
        }
        if let Some(next) = review.next_review {
            if next <= review.date {
                errors.push("next_review", "The next review must be after this one");
            }
        }
        errors
    }

    /// Adds or updates a review.
    pub fn save_review(
        &mut self,
        mut review: Review,
        now: Timestamp,
    ) -> Result<(), ValidationErrors> {
        self.validate_review(&review).into_result()?;
        review.stamps = match self.review(review.id) {
            Some(old) => Stamps {
                created_at: old.stamps.created_at,
                updated_at: now,
            },
            None => Stamps::new(now),
        };
        self.reviews.upsert(review);
        Ok(())
    }

    /// Deletes a review and its actions.
    pub fn delete_review(&mut self, id: Id, now: Timestamp) -> Result<(), DeleteError> {
        if self.review(id).is_none() {
            return Err(DeleteError::NotFound);
        }
        self.record_deletion(crate::exchange::RecordKind::Review, id, now);
        self.reviews.remove(id);
        Ok(())
    }

    /// Marks an action done, dropped or open again.
    pub fn set_action_status(
        &mut self,
        review_id: Id,
        action_id: Id,
        status: ActionStatus,
        now: Timestamp,
    ) -> Result<(), DeleteError> {
        let at = self
            .review(review_id)
            .and_then(|r| r.actions.iter().position(|a| a.id == action_id))
            .ok_or(DeleteError::NotFound)?;
        let review = self
            .reviews
            .get_mut(review_id)
            .ok_or(DeleteError::NotFound)?;
        let action = &mut review.actions[at];
        action.status = status;
        action.closed_at = (status != ActionStatus::Open).then_some(now);
        review.stamps.updated_at = now;
        Ok(())
    }

    /// The measures of `goals` as they stand on `today`, for a review's record.
    pub fn snapshot_measures(&self, goals: &[Id], today: NaiveDate) -> Vec<MeasureSnapshot> {
        let goals: HashSet<Id> = goals.iter().copied().collect();
        self.measures
            .iter()
            .filter(|m| goals.contains(&m.goal_id))
            .map(|m| {
                let s = measure_status(m, today);
                MeasureSnapshot {
                    measure_id: m.id,
                    name: m.name.clone(),
                    status: s.status.label().to_string(),
                    latest: s
                        .latest
                        .map(|l| {
                            format!(
                                "{} in {}",
                                crate::format::value(l.value, &m.unit),
                                l.period.label()
                            )
                        })
                        .unwrap_or_else(|| "No data".into()),
                }
            })
            .collect()
    }

    /// The measures a review of `goals` records: as they stand on `today`, except those it
    /// already `recorded`, which keep what was seen then — the review is a record of the meeting.
    pub fn review_measures(
        &self,
        goals: &[Id],
        recorded: &[MeasureSnapshot],
        today: NaiveDate,
    ) -> Vec<MeasureSnapshot> {
        // Reversed, so that of two snapshots of one measure the first is kept.
        let kept: HashMap<Id, &MeasureSnapshot> =
            recorded.iter().rev().map(|m| (m.measure_id, m)).collect();
        self.snapshot_measures(goals, today)
            .into_iter()
            .map(|live| {
                kept.get(&live.measure_id)
                    .map_or(live, |&then| then.clone())
            })
            .collect()
    }
}
