//! A review as its form holds it — dates as typed, ids as chosen — and the one way from that to
//! a review: every problem found at once, keyed by the form's field names, in the form's order.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::subject::ReviewKind;
use crate::model::{
    ActionStatus, GoalRating, Id, MeasureSnapshot, Review, ReviewAction, ReviewSubject, Stamps,
    Timestamp,
};
use crate::validation::ValidationErrors;
use crate::workspace::Workspace;

/// The form's fields in the order it shows them, so its error summary lists problems so.
pub const REVIEW_FIELDS: [&str; 10] = [
    "kind",
    "subject",
    "organisation",
    "date",
    "participants",
    "goals",
    "notes",
    "ratings",
    "actions",
    "next_review",
];

/// One goal's two ratings as chosen, from "1" to "5"; empty when not rated.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RatingDraft {
    /// The person's or team's own rating.
    pub self_rating: String,
    /// The manager's (or chair's) rating.
    pub manager_rating: String,
}

/// One agreed action as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionDraft {
    /// Kept from the action, so changing a review keeps its actions.
    pub id: Id,
    /// What will be done.
    pub description: String,
    /// The owner's id; empty when not named.
    pub owner: String,
    /// When by, as a date input gives it (2026-11-26); empty when not set.
    pub due: String,
    /// Kept as it stands: the form does not change it.
    pub status: ActionStatus,
    /// Kept as it stands.
    pub closed_at: Option<Timestamp>,
}

/// A review being recorded or changed, as its form holds it.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewDraft {
    /// The review's id, new or kept.
    pub id: Id,
    /// One-to-one, appraisal, team or strategic.
    pub kind: ReviewKind,
    /// The id of the person, team or organisation reviewed; empty until chosen.
    pub subject_id: String,
    /// When it was held, as a date input gives it.
    pub date: String,
    /// Ids of those who took part.
    pub participants: Vec<String>,
    /// Ids of the goals discussed.
    pub goals: Vec<String>,
    /// Notes of the discussion.
    pub notes: String,
    /// Ratings by goal, kept for goals unticked so ticking one again brings its ratings back.
    pub ratings: BTreeMap<Id, RatingDraft>,
    /// Actions agreed, in order.
    pub actions: Vec<ActionDraft>,
    /// When the next review is, as a date input gives it; empty to follow the schedule.
    pub next_review: String,
    /// What the review recorded of its measures when it was held, kept when it is changed.
    pub recorded_measures: Vec<MeasureSnapshot>,
    /// When the review was created and last changed.
    pub stamps: Stamps,
}

/// A date as a date input gives it, if it is one.
fn date_input(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

/// Whether a field left empty is fine but text in it is not a date.
fn not_a_date(text: &str, parsed: Option<NaiveDate>) -> bool {
    parsed.is_none() && !text.trim().is_empty()
}

fn ids(texts: &[String]) -> Vec<Id> {
    texts.iter().filter_map(|t| t.parse().ok()).collect()
}

impl ActionDraft {
    /// A new, open action with nothing typed yet.
    pub fn new(id: Id) -> Self {
        ActionDraft {
            id,
            description: String::new(),
            owner: String::new(),
            due: String::new(),
            status: ActionStatus::Open,
            closed_at: None,
        }
    }
}

impl From<&ReviewAction> for ActionDraft {
    fn from(a: &ReviewAction) -> Self {
        ActionDraft {
            id: a.id,
            description: a.description.clone(),
            owner: a.owner_id.map(|o| o.to_string()).unwrap_or_default(),
            due: a.due.map(|d| d.to_string()).unwrap_or_default(),
            status: a.status,
            closed_at: a.closed_at,
        }
    }
}

impl RatingDraft {
    /// The rating of `goal_id`, unless neither is given (anything but a number counts as not
    /// given; a number out of range is left for the review's rules to refuse).
    fn rating(&self, goal_id: Id) -> Option<GoalRating> {
        let rating = GoalRating {
            goal_id,
            self_rating: self.self_rating.parse().ok(),
            manager_rating: self.manager_rating.parse().ok(),
        };
        (rating.self_rating.is_some() || rating.manager_rating.is_some()).then_some(rating)
    }
}

impl From<&GoalRating> for RatingDraft {
    fn from(r: &GoalRating) -> Self {
        let text = |v: Option<u8>| v.map(|n| n.to_string()).unwrap_or_default();
        RatingDraft {
            self_rating: text(r.self_rating),
            manager_rating: text(r.manager_rating),
        }
    }
}

impl From<&Review> for ReviewDraft {
    fn from(r: &Review) -> Self {
        let (kind, who) = ReviewKind::of(&r.subject);
        let texts = |ids: &[Id]| ids.iter().map(Id::to_string).collect();
        ReviewDraft {
            id: r.id,
            kind,
            subject_id: who.to_string(),
            date: r.date.to_string(),
            participants: texts(&r.participants),
            goals: texts(&r.goals),
            notes: r.notes.clone(),
            ratings: r
                .ratings
                .iter()
                .map(|g| (g.goal_id, RatingDraft::from(g)))
                .collect(),
            actions: r.actions.iter().map(ActionDraft::from).collect(),
            next_review: r.next_review.map(|d| d.to_string()).unwrap_or_default(),
            recorded_measures: r.measures.clone(),
            stamps: r.stamps,
        }
    }
}

impl ReviewDraft {
    /// A new review of `kind`, held `today`, about no one yet.
    pub fn new(id: Id, kind: ReviewKind, today: NaiveDate, now: Timestamp) -> Self {
        ReviewDraft {
            id,
            kind,
            subject_id: String::new(),
            date: today.to_string(),
            participants: Vec::new(),
            goals: Vec::new(),
            notes: String::new(),
            ratings: BTreeMap::new(),
            actions: Vec::new(),
            next_review: String::new(),
            recorded_measures: Vec::new(),
            stamps: Stamps::new(now),
        }
    }

    /// The same draft about `who`, with the people and goals usually in such a review.
    pub fn about(mut self, ws: &Workspace, who: Id) -> Self {
        let usual = ws.review_defaults(&self.kind.subject(who));
        self.subject_id = who.to_string();
        self.participants = usual.participants.iter().map(Id::to_string).collect();
        self.goals = usual.goals.iter().map(Id::to_string).collect();
        self
    }

    /// Who the review is about, once chosen.
    pub fn subject(&self) -> Option<ReviewSubject> {
        self.kind.subject_chosen(&self.subject_id)
    }

    /// The review this draft describes, or every problem with it at once (what the form checks
    /// and what [`Workspace::validate_review`] finds), in the form's order. People and owners
    /// deleted since, and goals the organisation no longer has, are left out rather than
    /// refused: the form no longer shows them. The measures of the goals are recorded as they
    /// stand `today`, except those recorded already.
    pub fn into_record(self, ws: &Workspace, today: NaiveDate) -> Result<Review, ValidationErrors> {
        let mut problems = ValidationErrors::default();
        let subject = self.subject();
        if subject.is_none() {
            problems.push("subject", self.kind.level().choose_message());
        }
        let held = date_input(&self.date);
        if held.is_none() {
            problems.push(
                "date",
                if self.date.trim().is_empty() {
                    "Enter the date of the review"
                } else {
                    "Enter the date of the review as a real date, for example 26 11 2026"
                },
            );
        }
        let next_review = date_input(&self.next_review);
        if not_a_date(&self.next_review, next_review) {
            problems.push(
                "next_review",
                "Enter the next review date as a real date, or leave it empty",
            );
        }
        let organisation_id = subject.and_then(|s| ws.subject_organisation(&s));
        let goals: Vec<Id> = organisation_id
            .map(|org| ws.discussable_goals(org, &ids(&self.goals)))
            .unwrap_or_default()
            .into_iter()
            .map(|g| g.id)
            .collect();
        let mut actions = Vec::with_capacity(self.actions.len());
        for (i, a) in self.actions.into_iter().enumerate() {
            let due = date_input(&a.due);
            if not_a_date(&a.due, due) {
                problems.push(
                    "actions",
                    format!(
                        "Action {}: enter the due date as a real date, or leave it empty",
                        i + 1
                    ),
                );
            }
            actions.push(ReviewAction {
                id: a.id,
                description: a.description.trim().to_string(),
                // An owner deleted since shows as "Not named", and is saved so.
                owner_id: a.owner.parse().ok().filter(|o| ws.person(*o).is_some()),
                due,
                status: a.status,
                closed_at: a.closed_at,
            });
        }
        let mut review = Review {
            id: self.id,
            subject: subject.unwrap_or(ReviewSubject::Team { team_id: Id::nil() }),
            organisation_id: organisation_id.unwrap_or_default(),
            date: held.unwrap_or(today),
            participants: ids(&self.participants)
                .into_iter()
                .filter(|p| ws.person(*p).is_some())
                .collect(),
            ratings: goals
                .iter()
                .filter_map(|g| self.ratings.get(g)?.rating(*g))
                .collect(),
            goals,
            measures: Vec::new(),
            notes: self.notes,
            actions,
            next_review,
            stamps: self.stamps,
        };
        for e in ws.validate_review(&review).0 {
            // Said once already: no subject means no organisation, no date nothing to be after.
            let about_missing_subject =
                subject.is_none() && matches!(e.field, "subject" | "organisation");
            let about_missing_date = held.is_none() && e.field == "next_review";
            if !about_missing_subject && !about_missing_date {
                problems.0.push(e);
            }
        }
        crate::order::sort_by_key(&mut problems.0, |e| {
            REVIEW_FIELDS
                .iter()
                .position(|f| *f == e.field)
                .unwrap_or(REVIEW_FIELDS.len())
        });
        problems.into_result()?;
        review.measures = ws.review_measures(&review.goals, &self.recorded_measures, today);
        Ok(review)
    }
}
