use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Id, Stamps, Timestamp};

/// Whose performance a review looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "level", rename_all = "snake_case")]
pub enum ReviewSubject {
    /// A person: a one-to-one or the annual appraisal.
    Individual {
        /// The person reviewed.
        person_id: Id,
        /// One-to-one or appraisal.
        kind: IndividualReviewKind,
    },
    /// A team's performance meeting.
    Team {
        /// The team.
        team_id: Id,
    },
    /// An organisation's strategic (board-level) performance review.
    Strategic {
        /// The organisation.
        organisation_id: Id,
    },
}

/// The two kinds of individual review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum IndividualReviewKind {
    /// A regular one-to-one with the line manager.
    OneToOne,
    /// The annual appraisal (Agenda for Change / KSF): review → PDP → learning → evaluation.
    Appraisal,
}

impl ReviewSubject {
    /// Plain words for the kind of review, e.g. "Team review".
    pub fn kind_label(&self) -> &'static str {
        match self {
            ReviewSubject::Individual {
                kind: IndividualReviewKind::OneToOne,
                ..
            } => "One-to-one",
            ReviewSubject::Individual {
                kind: IndividualReviewKind::Appraisal,
                ..
            } => "Annual appraisal",
            ReviewSubject::Team { .. } => "Team review",
            ReviewSubject::Strategic { .. } => "Strategic review",
        }
    }

    /// Whether a record about this subject is personal data (individual reviews are).
    pub fn is_personal(&self) -> bool {
        matches!(self, ReviewSubject::Individual { .. })
    }
}

/// Ratings of one goal at a review, from 1 (well below) to 5 (well above expectations).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct GoalRating {
    /// The goal rated.
    pub goal_id: Id,
    /// The person's or team's own rating.
    #[serde(default)]
    pub self_rating: Option<u8>,
    /// The manager's (or chair's) rating.
    #[serde(default)]
    pub manager_rating: Option<u8>,
}

impl GoalRating {
    /// Self rating minus manager rating, when both are given: positive means the person rates
    /// themselves higher than their manager does.
    pub fn gap(&self) -> Option<i8> {
        Some(self.self_rating? as i8 - self.manager_rating? as i8)
    }
}

/// Where an agreed action stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    /// Still to do.
    Open,
    /// Done.
    Done,
    /// No longer needed.
    Dropped,
}

impl ActionStatus {
    /// Plain words.
    pub fn label(self) -> &'static str {
        match self {
            ActionStatus::Open => "Open",
            ActionStatus::Done => "Done",
            ActionStatus::Dropped => "Dropped",
        }
    }
}

/// An action agreed at a review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ReviewAction {
    /// Unique id.
    pub id: Id,
    /// What will be done.
    pub description: String,
    /// Who will do it.
    #[serde(default)]
    pub owner_id: Option<Id>,
    /// When by.
    #[serde(default)]
    pub due: Option<NaiveDate>,
    /// Where it stands.
    pub status: ActionStatus,
    /// When it was marked done or dropped.
    #[serde(default)]
    pub closed_at: Option<Timestamp>,
}

/// A measure as it stood when the review discussed it, so the record shows what people saw.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct MeasureSnapshot {
    /// The measure.
    pub measure_id: Id,
    /// Its name then.
    pub name: String,
    /// Its status then, in words, e.g. "Off track".
    pub status: String,
    /// Its latest data then, e.g. "72.5% in Oct 2026".
    pub latest: String,
}

/// A performance review at individual, team or strategic level.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Review {
    /// Unique id.
    pub id: Id,
    /// Who or what is reviewed.
    pub subject: ReviewSubject,
    /// The organisation that owns the record.
    pub organisation_id: Id,
    /// When the review was held.
    pub date: NaiveDate,
    /// People who took part.
    #[serde(default)]
    pub participants: Vec<Id>,
    /// Goals discussed.
    #[serde(default)]
    pub goals: Vec<Id>,
    /// The measures of those goals as they stood at the review.
    #[serde(default)]
    pub measures: Vec<MeasureSnapshot>,
    /// Notes of the discussion.
    #[serde(default)]
    pub notes: String,
    /// Ratings per goal.
    #[serde(default)]
    pub ratings: Vec<GoalRating>,
    /// Actions agreed.
    #[serde(default)]
    pub actions: Vec<ReviewAction>,
    /// When the next review is planned, if agreed.
    #[serde(default)]
    pub next_review: Option<NaiveDate>,
    /// Creation and change times.
    #[serde(flatten)]
    pub stamps: Stamps,
}

impl Review {
    /// Whether the record is personal data (appraisals and one-to-ones are): exports leave it
    /// out unless the user chooses otherwise.
    pub fn is_personal(&self) -> bool {
        self.subject.is_personal()
    }
}
