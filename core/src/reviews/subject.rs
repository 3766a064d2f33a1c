//! Who a review is about, and what comes with choosing them: the organisation that owns the
//! record, the people and goals usually in it, the goals it can discuss, and how often such
//! reviews happen.

use std::collections::HashSet;

use chrono::{Months, NaiveDate};

use crate::model::{Cadence, Goal, GoalLevel, Id, IndividualReviewKind, ReviewSubject};
use crate::workspace::Workspace;

/// The four kinds of review the form offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReviewKind {
    /// A one-to-one with the line manager.
    OneToOne,
    /// The annual appraisal.
    Appraisal,
    /// A team's performance meeting.
    Team,
    /// An organisation's strategic (board) review.
    Strategic,
}

/// Who a kind of review is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReviewLevel {
    /// One-to-ones and appraisals.
    Person,
    /// Team reviews.
    Team,
    /// Strategic reviews.
    Organisation,
}

impl ReviewKind {
    /// Every kind, in the order the form offers them.
    pub const ALL: [ReviewKind; 4] = [
        ReviewKind::OneToOne,
        ReviewKind::Appraisal,
        ReviewKind::Team,
        ReviewKind::Strategic,
    ];

    /// The form's value and the address's `kind=`, e.g. "one_to_one".
    pub fn key(self) -> &'static str {
        match self {
            ReviewKind::OneToOne => "one_to_one",
            ReviewKind::Appraisal => "appraisal",
            ReviewKind::Team => "team",
            ReviewKind::Strategic => "strategic",
        }
    }

    /// Inverse of [`ReviewKind::key`].
    pub fn from_key(key: &str) -> Option<ReviewKind> {
        ReviewKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// Whether it is about a person, a team or an organisation.
    pub fn level(self) -> ReviewLevel {
        match self {
            ReviewKind::OneToOne | ReviewKind::Appraisal => ReviewLevel::Person,
            ReviewKind::Team => ReviewLevel::Team,
            ReviewKind::Strategic => ReviewLevel::Organisation,
        }
    }

    /// A review of this kind about `who` (a person, team or organisation id).
    pub fn subject(self, who: Id) -> ReviewSubject {
        match self {
            ReviewKind::OneToOne => ReviewSubject::Individual {
                person_id: who,
                kind: IndividualReviewKind::OneToOne,
            },
            ReviewKind::Appraisal => ReviewSubject::Individual {
                person_id: who,
                kind: IndividualReviewKind::Appraisal,
            },
            ReviewKind::Team => ReviewSubject::Team { team_id: who },
            ReviewKind::Strategic => ReviewSubject::Strategic {
                organisation_id: who,
            },
        }
    }

    /// [`ReviewKind::subject`] from the id a form holds as text; `None` until one is chosen.
    pub fn subject_chosen(self, who: &str) -> Option<ReviewSubject> {
        who.parse::<Id>().ok().map(|w| self.subject(w))
    }

    /// The kind of `subject` and whom it is about: the inverse of [`ReviewKind::subject`].
    pub fn of(subject: &ReviewSubject) -> (ReviewKind, Id) {
        match *subject {
            ReviewSubject::Individual {
                person_id,
                kind: IndividualReviewKind::OneToOne,
            } => (ReviewKind::OneToOne, person_id),
            ReviewSubject::Individual {
                person_id,
                kind: IndividualReviewKind::Appraisal,
            } => (ReviewKind::Appraisal, person_id),
            ReviewSubject::Team { team_id } => (ReviewKind::Team, team_id),
            ReviewSubject::Strategic { organisation_id } => {
                (ReviewKind::Strategic, organisation_id)
            }
        }
    }
}

impl ReviewLevel {
    /// What to say when no one at this level is chosen, or the one chosen is no longer recorded.
    pub fn choose_message(self) -> &'static str {
        match self {
            ReviewLevel::Person => "Choose the person whose review this is",
            ReviewLevel::Team => "Choose the team",
            ReviewLevel::Organisation => "Choose the organisation",
        }
    }
}

/// Who usually takes part in a review and which goals it usually discusses.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReviewDefaults {
    /// A team's members; a person and their line manager; no one for an organisation.
    pub participants: Vec<Id>,
    /// A team's team-level goals (any of its goals if it has none of that level); the goals a
    /// person owns; an organisation's strategic goals.
    pub goals: Vec<Id>,
}

/// When the next review is due by the schedule after one `held`; `None` when not scheduled.
pub fn next_by_schedule(cadence: Cadence, held: NaiveDate) -> Option<NaiveDate> {
    cadence
        .months()
        .map(|m| held.checked_add_months(Months::new(m)).unwrap_or(held))
}

impl Workspace {
    /// Words for a review subject, e.g. "Team review: Emergency department".
    pub fn subject_title(&self, subject: &ReviewSubject) -> String {
        let name = match subject {
            ReviewSubject::Individual { person_id, .. } => {
                self.person(*person_id).map(|p| p.name.clone())
            }
            ReviewSubject::Team { team_id } => self.team(*team_id).map(|t| t.name.clone()),
            ReviewSubject::Strategic { organisation_id } => {
                self.organisation(*organisation_id).map(|o| o.name.clone())
            }
        };
        format!(
            "{}: {}",
            subject.kind_label(),
            name.unwrap_or_else(|| "no longer recorded".into())
        )
    }

    /// The organisation a subject belongs to, which owns its reviews; `None` when the person,
    /// team or organisation is no longer recorded.
    pub fn subject_organisation(&self, subject: &ReviewSubject) -> Option<Id> {
        match *subject {
            ReviewSubject::Individual { person_id, .. } => {
                self.person(person_id).map(|p| p.organisation_id)
            }
            ReviewSubject::Team { team_id } => self.team(team_id).map(|t| t.organisation_id),
            ReviewSubject::Strategic { organisation_id } => {
                self.organisation(organisation_id).map(|o| o.id)
            }
        }
    }

    /// How often reviews of `subject` happen: appraisals every year, the rest as the review
    /// schedule says.
    pub fn review_cadence(&self, subject: &ReviewSubject) -> Cadence {
        match *subject {
            ReviewSubject::Individual {
                kind: IndividualReviewKind::Appraisal,
                ..
            } => Cadence::Annual,
            ReviewSubject::Individual { person_id, .. } => self.cadences.one_to_one_for(person_id),
            ReviewSubject::Team { team_id } => self.cadences.team_for(team_id),
            ReviewSubject::Strategic { organisation_id } => {
                self.cadences.strategic_for(organisation_id)
            }
        }
    }

    /// Who usually takes part in a review of `subject` and the goals it usually discusses: what
    /// the form chooses when the subject is chosen.
    pub fn review_defaults(&self, subject: &ReviewSubject) -> ReviewDefaults {
        match *subject {
            ReviewSubject::Team { team_id } => {
                let of_team = |g: &&Goal| g.team_id == Some(team_id);
                let mut goals: Vec<Id> = self
                    .goals
                    .iter()
                    .filter(|g| of_team(g) && g.level == GoalLevel::Team)
                    .map(|g| g.id)
                    .collect();
                if goals.is_empty() {
                    goals = self.goals.iter().filter(of_team).map(|g| g.id).collect();
                }
                ReviewDefaults {
                    participants: self
                        .people
                        .iter()
                        .filter(|p| p.team_id == Some(team_id))
                        .map(|p| p.id)
                        .collect(),
                    goals,
                }
            }
            ReviewSubject::Individual { person_id, .. } => {
                let manager = self.person(person_id).and_then(|p| p.line_manager_id);
                ReviewDefaults {
                    participants: std::iter::once(person_id).chain(manager).collect(),
                    goals: self
                        .goals
                        .iter()
                        .filter(|g| g.owner_id == Some(person_id))
                        .map(|g| g.id)
                        .collect(),
                }
            }
            ReviewSubject::Strategic { organisation_id } => ReviewDefaults {
                participants: Vec::new(),
                goals: self
                    .goals
                    .iter()
                    .filter(|g| g.level == GoalLevel::Strategic && g.involves(organisation_id))
                    .map(|g| g.id)
                    .collect(),
            },
        }
    }

    /// Whom a review is about after its kind changes from one level to another: the same one on
    /// the same level, else the obvious one — a person's team, a person's or a team's
    /// organisation — or no one.
    pub fn carry_subject(&self, from: ReviewLevel, to: ReviewLevel, who: Option<Id>) -> Option<Id> {
        match (from, to, who) {
            (a, b, same) if a == b => same,
            (ReviewLevel::Person, ReviewLevel::Team, Some(p)) => {
                self.person(p).and_then(|p| p.team_id)
            }
            (ReviewLevel::Person, ReviewLevel::Organisation, Some(p)) => {
                self.person(p).map(|p| p.organisation_id)
            }
            (ReviewLevel::Team, ReviewLevel::Organisation, Some(t)) => {
                self.team(t).map(|t| t.organisation_id)
            }
            _ => None,
        }
    }

    /// The goals a review in `org` can discuss — those it owns or shares — by level (strategic,
    /// team, individual; levels with none left out), each level by title.
    pub fn review_goal_options(&self, org: Id) -> Vec<(GoalLevel, Vec<&Goal>)> {
        [GoalLevel::Strategic, GoalLevel::Team, GoalLevel::Individual]
            .into_iter()
            .filter_map(|level| {
                let mut list: Vec<&Goal> = self
                    .goals
                    .iter()
                    .filter(|g| g.level == level && g.involves(org))
                    .collect();
                crate::order::sort_by_cached_key(&mut list, |g| g.title.to_lowercase());
                (!list.is_empty()).then_some((level, list))
            })
            .collect()
    }

    /// Of the goals `chosen`, those a review in `org` can discuss, in the order they are offered:
    /// a goal deleted or no longer shared with `org` since is dropped.
    pub fn discussable_goals(&self, org: Id, chosen: &[Id]) -> Vec<&Goal> {
        let chosen: HashSet<Id> = chosen.iter().copied().collect();
        self.review_goal_options(org)
            .into_iter()
            .flat_map(|(_, goals)| goals)
            .filter(|g| chosen.contains(&g.id))
            .collect()
    }
}
