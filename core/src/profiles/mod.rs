//! Read-models for a person's and a team's page, and the sections on them: each returns what
//! the page shows, so a page is one `Memo` over one function and the rules are tested natively.

use chrono::NaiveDate;

use crate::model::{
    ActionStatus, DevelopmentNeed, DevelopmentStatus, GoalLevel, Id, Person, Recognised,
    Recognition, ReviewSubject, Team,
};
use crate::reviews::{ExitReasonCounts, TimelineEvent};
use crate::workspace::Workspace;

mod appraisal;
pub use appraisal::{AgreedAction, AppraisalReview, AppraisalYear};

/// A record a page links to by name: a team, a line manager.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedRecord {
    /// The record.
    pub id: Id,
    /// Its name.
    pub name: String,
}

/// A goal as a page lists it: its level tag and title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoalItem {
    /// The goal.
    pub id: Id,
    /// Its title.
    pub title: String,
    /// Strategic, team or individual.
    pub level: GoalLevel,
}

/// Everything on a person's page except their development plan and recognition, which are
/// sections with forms of their own.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonProfile {
    /// The person's record.
    pub person: Person,
    /// Short name of their organisation.
    pub organisation: String,
    /// Their team, if they are in one that exists.
    pub team: Option<NamedRecord>,
    /// Their line manager, if recorded and present.
    pub line_manager: Option<NamedRecord>,
    /// Goals they own, by level then title.
    pub goals: Vec<GoalItem>,
    /// The reviews of the last 12 months.
    pub appraisal: AppraisalYear,
    /// What happened to them, newest first.
    pub timeline: Vec<TimelineEvent>,
}

/// Everything on a team's page except its recognition.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamProfile {
    /// The team's record.
    pub team: Team,
    /// Short name of its organisation.
    pub organisation: String,
    /// How often it should be reviewed, e.g. "Quarterly".
    pub review_schedule: &'static str,
    /// Its members, in the order they were added.
    pub members: Vec<TeamMember>,
    /// Goals it holds, by level then title.
    pub goals: Vec<GoalItem>,
    /// Its team reviews, newest first.
    pub reviews: Vec<TeamReviewItem>,
}

/// A member as the team page lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamMember {
    /// The person.
    pub id: Id,
    /// Their name.
    pub name: String,
    /// Their job title; may be empty.
    pub job_title: String,
}

/// A team review as the team page lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamReviewItem {
    /// The review.
    pub review_id: Id,
    /// When it was held.
    pub date: NaiveDate,
    /// Actions from it still open.
    pub open_actions: usize,
}

/// An item of a development plan, with the goal it supports if that still exists.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanItem {
    /// The item.
    pub need: DevelopmentNeed,
    /// The goal it supports.
    pub goal: Option<GoalItem>,
}

/// A recognition, with the goal the work contributed to if that still exists.
#[derive(Debug, Clone, PartialEq)]
pub struct RecognitionItem {
    /// The recognition.
    pub recognition: Recognition,
    /// The goal it names.
    pub goal: Option<GoalItem>,
}

/// One organisation's exit interviews, counted by quarter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganisationExits {
    /// The organisation.
    pub id: Id,
    /// Its full name.
    pub name: String,
    /// Reasons counted per quarter, newest first.
    pub quarters: Vec<ExitReasonCounts>,
}

impl Workspace {
    /// The goal with `id` as a page lists it, if it exists.
    fn goal_item(&self, id: Option<Id>) -> Option<GoalItem> {
        id.and_then(|id| self.goal(id)).map(|g| GoalItem {
            id: g.id,
            title: g.title.clone(),
            level: g.level,
        })
    }

    /// The goals `holds` picks, by level then title.
    fn goal_items(&self, holds: impl Fn(&crate::model::Goal) -> bool) -> Vec<GoalItem> {
        let mut goals: Vec<GoalItem> = self
            .goals
            .iter()
            .filter(|g| holds(g))
            .map(|g| GoalItem {
                id: g.id,
                title: g.title.clone(),
                level: g.level,
            })
            .collect();
        crate::order::sort_by_cached_key(&mut goals, |g| (g.level, g.title.to_lowercase()));
        goals
    }

    /// Person `id`'s page as of `today`, or `None` when there is no such person.
    pub fn person_profile(&self, id: Id, today: NaiveDate) -> Option<PersonProfile> {
        let person = self.person(id)?;
        Some(PersonProfile {
            organisation: self.organisation_short(person.organisation_id),
            team: person
                .team_id
                .and_then(|t| self.team(t))
                .map(|t| NamedRecord {
                    id: t.id,
                    name: t.name.clone(),
                }),
            line_manager: person
                .line_manager_id
                .and_then(|m| self.person(m))
                .map(|m| NamedRecord {
                    id: m.id,
                    name: m.name.clone(),
                }),
            goals: self.goal_items(|g| g.owner_id == Some(id)),
            appraisal: self.appraisal_year(id, today),
            timeline: self.person_timeline(id),
            person: person.clone(),
        })
    }

    /// Team `id`'s page, or `None` when there is no such team.
    pub fn team_profile(&self, id: Id) -> Option<TeamProfile> {
        let team = self.team(id)?;
        Some(TeamProfile {
            organisation: self.organisation_short(team.organisation_id),
            review_schedule: self.cadences.team_for(id).label(),
            members: self
                .people
                .iter()
                .filter(|p| p.team_id == Some(id))
                .map(|p| TeamMember {
                    id: p.id,
                    name: p.name.clone(),
                    job_title: p.job_title.clone(),
                })
                .collect(),
            goals: self.goal_items(|g| g.team_id == Some(id)),
            reviews: self
                .reviews_of(&ReviewSubject::Team { team_id: id })
                .into_iter()
                .map(|r| TeamReviewItem {
                    review_id: r.id,
                    date: r.date,
                    open_actions: r
                        .actions
                        .iter()
                        .filter(|a| a.status == ActionStatus::Open)
                        .count(),
                })
                .collect(),
            team: team.clone(),
        })
    }

    /// Person `id`'s development plan: open items first, those due soonest first, then those
    /// with no date, then what is done.
    pub fn development_plan(&self, id: Id) -> Vec<PlanItem> {
        let mut items: Vec<PlanItem> = self
            .development
            .iter()
            .filter(|d| d.person_id == id)
            .map(|d| PlanItem {
                need: d.clone(),
                goal: self.goal_item(d.goal_id),
            })
            .collect();
        crate::order::sort_by_key(&mut items, |i| {
            let d = &i.need;
            (d.status == DevelopmentStatus::Done, d.due.is_none(), d.due)
        });
        items
    }

    /// Recognition received by `recognised`, newest first.
    pub fn recognition_of(&self, recognised: Recognised) -> Vec<RecognitionItem> {
        let mut items: Vec<RecognitionItem> = self
            .recognitions
            .iter()
            .filter(|r| r.recognised == recognised)
            .map(|r| RecognitionItem {
                recognition: r.clone(),
                goal: self.goal_item(r.goal_id),
            })
            .collect();
        crate::order::sort_by_key(&mut items, |i| std::cmp::Reverse(i.recognition.date));
        items
    }

    /// Every organisation, in order, with its exit reasons counted by quarter.
    pub fn exits_by_organisation(&self) -> Vec<OrganisationExits> {
        self.organisations
            .iter()
            .map(|o| OrganisationExits {
                id: o.id,
                name: o.name.clone(),
                quarters: self.exit_reason_counts(o.id),
            })
            .collect()
    }
}
