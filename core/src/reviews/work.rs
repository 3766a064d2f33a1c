//! What is on someone's plate — reviews, actions and data due soon or overdue — for a person
//! ("My work") or a whole organisation.

use std::collections::HashSet;

use chrono::NaiveDate;

use super::due::{DueReview, DueState};
use crate::analysis::{Period, RagStatus};
use crate::measures::measure_status;
use crate::model::{ActionStatus, Id, IndividualReviewKind, ReviewSubject};
use crate::workspace::Workspace;

/// An open action with its due state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueAction {
    /// The review it was agreed at.
    pub review_id: Id,
    /// The action.
    pub action_id: Id,
    /// What is to be done.
    pub description: String,
    /// Who owns it.
    pub owner_id: Option<Id>,
    /// When it is due, if set.
    pub due: Option<NaiveDate>,
    /// Overdue, due soon or upcoming (no due date counts as upcoming).
    pub state: DueState,
}

/// A measure whose next data is due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueData {
    /// The measure.
    pub measure_id: Id,
    /// Its name.
    pub name: String,
    /// The period whose data is awaited.
    pub period: Period,
    /// When it is due by.
    pub due: NaiveDate,
    /// Overdue or due soon.
    pub state: DueState,
}

/// What is on someone's plate: reviews, actions and data due or overdue.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WorkList {
    /// Reviews due soon or overdue.
    pub reviews: Vec<DueReview>,
    /// Open actions due soon, overdue or with no date.
    pub actions: Vec<DueAction>,
    /// Measures whose data is due soon or overdue.
    pub data: Vec<DueData>,
}

impl Workspace {
    fn open_actions(&self, owner: impl Fn(Option<Id>) -> bool, today: NaiveDate) -> Vec<DueAction> {
        let mut list: Vec<DueAction> = self
            .reviews
            .iter()
            .flat_map(|r| r.actions.iter().map(move |a| (r, a)))
            .filter(|(_, a)| a.status == ActionStatus::Open && owner(a.owner_id))
            .map(|(r, a)| DueAction {
                review_id: r.id,
                action_id: a.id,
                description: a.description.clone(),
                owner_id: a.owner_id,
                due: a.due,
                state: a.due.map_or(DueState::Upcoming, |d| DueState::of(d, today)),
            })
            .collect();
        crate::order::sort_by_key(&mut list, |a| (a.state, a.due));
        list
    }

    fn data_due(&self, goal_filter: impl Fn(Id) -> bool, today: NaiveDate) -> Vec<DueData> {
        let mut list = Vec::new();
        for m in self.measures.iter().filter(|m| goal_filter(m.goal_id)) {
            let s = measure_status(m, today);
            let next = match s.latest {
                Some(l) => l.period.next(),
                None => m
                    .trajectory
                    .as_ref()
                    .and_then(|t| t.first())
                    .map(|f| f.period),
            };
            let Some(period) = next else { continue };
            // Data is due one period after the period ends (the usual NHS reporting lag).
            let Some(due) = period.offset(1).and_then(|p| p.end()) else {
                continue;
            };
            let state = DueState::of(due, today);
            if state != DueState::Upcoming || s.status == RagStatus::DataOverdue {
                list.push(DueData {
                    measure_id: m.id,
                    name: m.name.clone(),
                    period,
                    due,
                    state: if s.status == RagStatus::DataOverdue {
                        DueState::Overdue
                    } else {
                        state
                    },
                });
            }
        }
        crate::order::sort_by_key(&mut list, |d| (d.state, d.due));
        list
    }

    /// A person's "My work": their own one-to-ones and appraisal, those of the people they
    /// line-manage, their team's review, the actions they own, and data due on measures of goals
    /// they own. Only what is due soon or overdue.
    pub fn my_work(&self, person_id: Id, today: NaiveDate) -> WorkList {
        let Some(person) = self.person(person_id) else {
            return WorkList::default();
        };
        let mut subjects = Vec::new();
        let mut people = vec![person_id];
        people.extend(
            self.people
                .iter()
                .filter(|p| p.line_manager_id == Some(person_id))
                .map(|p| p.id),
        );
        for p in people {
            subjects.push(ReviewSubject::Individual {
                person_id: p,
                kind: IndividualReviewKind::OneToOne,
            });
            subjects.push(ReviewSubject::Individual {
                person_id: p,
                kind: IndividualReviewKind::Appraisal,
            });
        }
        if let Some(team_id) = person.team_id {
            subjects.push(ReviewSubject::Team { team_id });
        }
        let reviews = self.due_reviews(subjects, today);
        let owned: HashSet<Id> = self
            .goals
            .iter()
            .filter(|g| g.owner_id == Some(person_id))
            .map(|g| g.id)
            .collect();
        WorkList {
            reviews,
            actions: self.open_actions(|o| o == Some(person_id), today),
            data: self.data_due(|g| owned.contains(&g), today),
        }
    }

    /// The same for a whole organisation: its reviews due (see
    /// [`Workspace::organisation_reviews_due`]), open actions owned by its people, and data due on
    /// its goals' measures.
    pub fn organisation_work(&self, org: Id, today: NaiveDate) -> WorkList {
        let staff: HashSet<Id> = self
            .people
            .iter()
            .filter(|p| p.organisation_id == org)
            .map(|p| p.id)
            .collect();
        let goals: HashSet<Id> = self
            .goals
            .iter()
            .filter(|g| g.organisation_id == org)
            .map(|g| g.id)
            .collect();
        WorkList {
            reviews: self.organisation_reviews_due(org, today),
            actions: self.open_actions(|o| o.is_some_and(|o| staff.contains(&o)), today),
            data: self.data_due(|g| goals.contains(&g), today),
        }
    }

    /// The reviews due soon or overdue in an organisation: its strategic review, its teams'
    /// reviews, and its people's appraisals and scheduled one-to-ones. The reviews page shows
    /// only these, so it does not work out actions and data it would not show.
    pub fn organisation_reviews_due(&self, org: Id, today: NaiveDate) -> Vec<DueReview> {
        let mut subjects = vec![ReviewSubject::Strategic {
            organisation_id: org,
        }];
        subjects.extend(
            self.teams
                .iter()
                .filter(|t| t.organisation_id == org)
                .map(|t| ReviewSubject::Team { team_id: t.id }),
        );
        for p in self.people.iter().filter(|p| p.organisation_id == org) {
            subjects.push(ReviewSubject::Individual {
                person_id: p.id,
                kind: IndividualReviewKind::OneToOne,
            });
            subjects.push(ReviewSubject::Individual {
                person_id: p.id,
                kind: IndividualReviewKind::Appraisal,
            });
        }
        self.due_reviews(subjects, today)
    }

    fn due_reviews(&self, subjects: Vec<ReviewSubject>, today: NaiveDate) -> Vec<DueReview> {
        // One pass over the reviews, not one per subject: an ICS has thousands of each.
        let latest = self.latest_reviews();
        let mut list: Vec<DueReview> = subjects
            .into_iter()
            .filter_map(|s| self.review_due_after(s, latest.get(&s).copied(), today))
            .filter(|d| d.state != DueState::Upcoming)
            .collect();
        crate::order::sort_by_key(&mut list, |d| (d.state, d.due));
        list
    }
}
