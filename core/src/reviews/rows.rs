//! What the review pages show, built here so it is tested natively and the pages only render
//! it: every review for the list, and one review in full. Names are looked up by id (O(1)).

use std::collections::HashMap;

use chrono::NaiveDate;

use super::due::DueState;
use super::subject::next_by_schedule;
use crate::model::{ActionStatus, GoalRating, Id, MeasureSnapshot, ReviewSubject};
use crate::workspace::Workspace;

/// One review in the list of all reviews.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewListRow {
    /// The review.
    pub id: Id,
    /// When it was held.
    pub date: NaiveDate,
    /// E.g. "Team review: Emergency department".
    pub title: String,
    /// The short name of the organisation that owns it.
    pub organisation: String,
    /// Actions agreed at it that are still open.
    pub open_actions: usize,
    /// Whether it is personal data (one-to-ones and appraisals).
    pub personal: bool,
}

/// A person a page names, with their id to link to them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedPerson {
    /// The person.
    pub id: Id,
    /// Their name.
    pub name: String,
}

/// When the next review is, as a review's page says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextReview {
    /// The date agreed at the review.
    Agreed(NaiveDate),
    /// None agreed, and this is the latest review of its subject: when the schedule says.
    BySchedule(NaiveDate),
    /// None agreed, and either not scheduled or a later review has been held.
    NotAgreed,
}

/// A goal discussed at a review, with its ratings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RatedGoal {
    /// The goal.
    pub goal_id: Id,
    /// Its title; `None` when it has since been deleted.
    pub title: Option<String>,
    /// The person's or team's own rating.
    pub self_rating: Option<u8>,
    /// The manager's (or chair's) rating.
    pub manager_rating: Option<u8>,
    /// Self minus manager, when both are given.
    pub gap: Option<i8>,
}

/// An action agreed at a review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgreedAction {
    /// The action.
    pub id: Id,
    /// What is to be done.
    pub description: String,
    /// Who owns it, while they are recorded.
    pub owner: Option<NamedPerson>,
    /// When it is due, if set.
    pub due: Option<NaiveDate>,
    /// Open, done or dropped.
    pub status: ActionStatus,
    /// While it is open, where it stands against its due date (no date counts as upcoming).
    pub due_state: Option<DueState>,
    /// The day it was marked done or dropped, once it is.
    pub closed_on: Option<NaiveDate>,
}

/// One review as its page shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewDetails {
    /// The review.
    pub id: Id,
    /// Who or what was reviewed.
    pub subject: ReviewSubject,
    /// E.g. "Team review: Emergency department".
    pub title: String,
    /// When it was held.
    pub date: NaiveDate,
    /// The short name of the organisation that owns it.
    pub organisation: String,
    /// Whether it is personal data (one-to-ones and appraisals).
    pub personal: bool,
    /// Those who took part and are still recorded, in the order chosen.
    pub participants: Vec<NamedPerson>,
    /// When the next review is.
    pub next_review: NextReview,
    /// Notes of the discussion.
    pub notes: String,
    /// The goals discussed, in order, with their ratings.
    pub goals: Vec<RatedGoal>,
    /// The measures as they stood at the review.
    pub measures: Vec<MeasureSnapshot>,
    /// The actions agreed, in order.
    pub actions: Vec<AgreedAction>,
}

impl Workspace {
    fn named_person(&self, id: Id) -> Option<NamedPerson> {
        self.person(id).map(|p| NamedPerson {
            id,
            name: p.name.clone(),
        })
    }

    /// Every review, newest first (on the same day, the one recorded last first).
    pub fn review_rows(&self) -> Vec<ReviewListRow> {
        let mut list: Vec<_> = self.reviews.iter().collect();
        crate::order::sort_by(&mut list, |a, b| {
            b.date
                .cmp(&a.date)
                .then(b.stamps.created_at.cmp(&a.stamps.created_at))
        });
        list.into_iter()
            .map(|r| ReviewListRow {
                id: r.id,
                date: r.date,
                title: self.subject_title(&r.subject),
                organisation: self.organisation_short(r.organisation_id),
                open_actions: r
                    .actions
                    .iter()
                    .filter(|a| a.status == ActionStatus::Open)
                    .count(),
                personal: r.is_personal(),
            })
            .collect()
    }

    /// The review with `id` as its page shows it, with due dates as they stand `today`.
    pub fn review_details(&self, id: Id, today: NaiveDate) -> Option<ReviewDetails> {
        let r = self.review(id)?;
        let next_review = match r.next_review {
            Some(agreed) => NextReview::Agreed(agreed),
            // The schedule runs from the latest review only.
            None if self.reviews_of(&r.subject).first().map(|x| x.id) == Some(r.id) => {
                next_by_schedule(self.review_cadence(&r.subject), r.date)
                    .map_or(NextReview::NotAgreed, NextReview::BySchedule)
            }
            None => NextReview::NotAgreed,
        };
        // Reversed, so that of two ratings of one goal the first is shown.
        let ratings: HashMap<Id, &GoalRating> =
            r.ratings.iter().rev().map(|g| (g.goal_id, g)).collect();
        let goals = r
            .goals
            .iter()
            .map(|&goal_id| {
                let rating = ratings.get(&goal_id);
                RatedGoal {
                    goal_id,
                    title: self.goal(goal_id).map(|g| g.title.clone()),
                    self_rating: rating.and_then(|x| x.self_rating),
                    manager_rating: rating.and_then(|x| x.manager_rating),
                    gap: rating.and_then(|x| x.gap()),
                }
            })
            .collect();
        let actions = r
            .actions
            .iter()
            .map(|a| {
                let open = a.status == ActionStatus::Open;
                AgreedAction {
                    id: a.id,
                    description: a.description.clone(),
                    owner: a.owner_id.and_then(|o| self.named_person(o)),
                    due: a.due,
                    status: a.status,
                    due_state: open
                        .then(|| a.due.map_or(DueState::Upcoming, |d| DueState::of(d, today))),
                    closed_on: (!open)
                        .then(|| a.closed_at.map(|c| c.date_naive()))
                        .flatten(),
                }
            })
            .collect();
        Some(ReviewDetails {
            id: r.id,
            subject: r.subject,
            title: self.subject_title(&r.subject),
            date: r.date,
            organisation: self.organisation_short(r.organisation_id),
            personal: r.is_personal(),
            participants: r
                .participants
                .iter()
                .filter_map(|&p| self.named_person(p))
                .collect(),
            next_review,
            notes: r.notes.clone(),
            goals,
            measures: r.measures.clone(),
            actions,
        })
    }
}
