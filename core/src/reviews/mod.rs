//! Reviews and the people cycle: recording reviews, when the next one is due, what is on a
//! person's or an organisation's plate, development plans, recognition, exit interviews, and the
//! timeline of a goal or a person.
//!
//! One file per concept: `subject` (who a review is about and what comes with that), `record`
//! (its rules and saving it), `draft` (a review as its form holds it), `due` and `work`
//! (what is due), `schedule` (how often reviews happen), `rows` (what the review pages show),
//! `people_cycle` and `timeline`.

mod draft;
mod due;
mod people_cycle;
mod record;
mod rows;
mod schedule;
mod subject;
mod timeline;
mod work;

pub use draft::{ActionDraft, RatingDraft, ReviewDraft, REVIEW_FIELDS};
pub use due::{DueReview, DueState, DUE_SOON_DAYS};
pub use people_cycle::ExitReasonCounts;
pub use rows::{AgreedAction, NamedPerson, NextReview, RatedGoal, ReviewDetails, ReviewListRow};
pub use schedule::{Schedule, ScheduleRow};
pub use subject::{next_by_schedule, ReviewDefaults, ReviewKind, ReviewLevel};
pub use timeline::TimelineEvent;
pub use work::{DueAction, DueData, WorkList};

use crate::model::{Id, Review};
use crate::workspace::Workspace;

impl Workspace {
    /// The review with `id`.
    pub fn review(&self, id: Id) -> Option<&Review> {
        self.reviews.get(id)
    }
}

/// The gap between a self rating and a manager rating, in words.
pub fn gap_words(gap: Option<i8>) -> String {
    match gap {
        None => "Not both rated".into(),
        Some(0) => "Self and manager agree".into(),
        Some(n) if n > 0 => format!("Self rates {n} higher than manager"),
        Some(n) => format!("Self rates {} lower than manager", -n),
    }
}

/// Words for a rating from 1 to 5.
pub fn rating_words(r: u8) -> &'static str {
    match r {
        1 => "1 – well below expectations",
        2 => "2 – below expectations",
        3 => "3 – meets expectations",
        4 => "4 – above expectations",
        _ => "5 – well above expectations",
    }
}
