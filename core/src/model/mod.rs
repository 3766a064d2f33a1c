//! The records a workspace holds. Every record has a UUID and created/updated timestamps.

mod commentary;
mod goal;
mod measure;
mod organisation;
mod people_cycle;
mod person;
mod perspective;
mod review;
mod team;

pub use commentary::ReportCommentary;
pub use goal::{Goal, GoalLevel};
pub use measure::{Actual, ActualRevision, Measure, SelfAssessment, SpcSettings};
pub use organisation::{OrgKind, Organisation};
pub use people_cycle::{
    Appointment, Cadence, Cadences, DevelopmentNeed, DevelopmentStatus, ExitInterview, ExitReason,
    Recognised, Recognition,
};
pub use person::Person;
pub use perspective::Perspective;
pub use review::{
    ActionStatus, GoalRating, IndividualReviewKind, MeasureSnapshot, Review, ReviewAction,
    ReviewSubject,
};
pub use team::Team;

/// Identifier of any record. UUIDs let partner organisations exchange records without clashes.
pub type Id = uuid::Uuid;

/// A point in time, always UTC in storage.
pub type Timestamp = chrono::DateTime<chrono::Utc>;

/// Creation and last-change times, shared by every record.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, schemars::JsonSchema,
)]
pub struct Stamps {
    /// When the record was first saved.
    pub created_at: Timestamp,
    /// When the record was last changed.
    pub updated_at: Timestamp,
}

impl Stamps {
    /// Stamps for a record created at `now`.
    pub fn new(now: Timestamp) -> Self {
        Self {
            created_at: now,
            updated_at: now,
        }
    }

    /// Stamps for a record saved at `now`: a record that `existing` stamps keeps its creation time.
    pub fn saved(existing: Option<Stamps>, now: Timestamp) -> Self {
        match existing {
            Some(s) => Self {
                created_at: s.created_at,
                updated_at: now,
            },
            None => Self::new(now),
        }
    }
}
