//! When the next review of a subject is due: the date agreed at the last one, else the last one
//! plus the cadence; never held, due now.

use std::collections::HashMap;

use chrono::{Days, NaiveDate};

use super::subject::next_by_schedule;
use crate::model::{Review, ReviewSubject};
use crate::workspace::Workspace;

/// How many days ahead counts as "due soon".
pub const DUE_SOON_DAYS: u64 = 14;

/// Where something stands against its due date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DueState {
    /// Past its due date.
    Overdue,
    /// Due today or within [`DUE_SOON_DAYS`].
    DueSoon,
    /// Due later.
    Upcoming,
}

impl DueState {
    /// From a due date and today.
    pub fn of(due: NaiveDate, today: NaiveDate) -> DueState {
        if due < today {
            DueState::Overdue
        } else if due <= today + Days::new(DUE_SOON_DAYS) {
            DueState::DueSoon
        } else {
            DueState::Upcoming
        }
    }

    /// Plain words, e.g. "Overdue".
    pub fn label(self) -> &'static str {
        match self {
            DueState::Overdue => "Overdue",
            DueState::DueSoon => "Due soon",
            DueState::Upcoming => "Upcoming",
        }
    }
}

/// A review that is due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueReview {
    /// What is to be reviewed.
    pub subject: ReviewSubject,
    /// E.g. "Team review: Emergency department".
    pub title: String,
    /// When it is due.
    pub due: NaiveDate,
    /// Overdue, due soon or upcoming.
    pub state: DueState,
    /// When the last one was held, if ever.
    pub last: Option<NaiveDate>,
}

impl Workspace {
    /// Reviews of `subject`, newest first.
    pub fn reviews_of(&self, subject: &ReviewSubject) -> Vec<&Review> {
        let mut list: Vec<&Review> = self
            .reviews
            .iter()
            .filter(|r| r.subject == *subject)
            .collect();
        crate::order::sort_by_key(&mut list, |e| std::cmp::Reverse(e.date));
        list
    }

    /// When the next review of `subject` is due: the date agreed at the last one, else the last
    /// one plus the cadence; with none held yet, due now. `None` when it is not scheduled.
    pub fn review_due(&self, subject: ReviewSubject, today: NaiveDate) -> Option<DueReview> {
        self.review_due_after(subject, self.reviews_of(&subject).into_iter().next(), today)
    }

    /// The latest review of every subject reviewed (ties: the one recorded first), in one pass.
    pub(super) fn latest_reviews(&self) -> HashMap<ReviewSubject, &Review> {
        let mut latest: HashMap<ReviewSubject, &Review> = HashMap::new();
        for r in self.reviews.iter() {
            match latest.get(&r.subject) {
                Some(kept) if kept.date >= r.date => {}
                _ => {
                    latest.insert(r.subject, r);
                }
            }
        }
        latest
    }

    /// [`Workspace::review_due`], given the latest review of `subject`.
    pub(super) fn review_due_after(
        &self,
        subject: ReviewSubject,
        last: Option<&Review>,
        today: NaiveDate,
    ) -> Option<DueReview> {
        let cadence = self.review_cadence(&subject);
        let due = match last {
            Some(Review {
                next_review: Some(agreed),
                ..
            }) => *agreed,
            Some(held) => next_by_schedule(cadence, held.date)?,
            None if cadence.months().is_some() => today,
            None => return None,
        };
        Some(DueReview {
            title: self.subject_title(&subject),
            subject,
            due,
            state: DueState::of(due, today),
            last: last.map(|r| r.date),
        })
    }
}
