//! Whose performance a board report covers: one organisation, or the whole partnership.

use crate::model::{Goal, GoalLevel, Id, Person, Team};
use crate::workspace::Workspace;

/// The organisations a report covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReportScope {
    /// Every organisation in the workspace.
    Partnership,
    /// One organisation: the goals it owns or shares, and its own people.
    Organisation(Id),
}

impl ReportScope {
    /// The organisation, when the report is for one.
    pub fn organisation(&self) -> Option<Id> {
        match *self {
            ReportScope::Partnership => None,
            ReportScope::Organisation(id) => Some(id),
        }
    }

    /// Whether `goal` is covered: any goal for the partnership; for one organisation, a goal it
    /// owns or that is shared with it.
    pub fn includes_goal(&self, goal: &Goal) -> bool {
        self.organisation().is_none_or(|o| goal.involves(o))
    }

    /// Whether the report shows `goal` with its measures: a strategic goal in scope. The board
    /// report is about the organisation's strategic goals; team and individual goals' measures
    /// are for their own reviews.
    pub fn reports_on(&self, goal: &Goal) -> bool {
        goal.level == GoalLevel::Strategic && self.includes_goal(goal)
    }

    /// Whether something belonging to organisation `org` (a team, a person, an exit interview)
    /// is covered.
    pub fn includes_organisation(&self, org: Id) -> bool {
        self.organisation().is_none_or(|o| o == org)
    }

    /// Whether `person` is one of the people covered.
    pub fn includes_person(&self, person: &Person) -> bool {
        self.includes_organisation(person.organisation_id)
    }

    /// Whether `team` is one of the teams covered.
    pub fn includes_team(&self, team: &Team) -> bool {
        self.includes_organisation(team.organisation_id)
    }

    /// The report's subject in words: the organisation's name, or the workspace's.
    pub fn name(&self, ws: &Workspace) -> String {
        match self.organisation() {
            None => ws.name.clone(),
            Some(id) => ws
                .organisation(id)
                .map(|o| o.name.clone())
                .unwrap_or_else(|| "Unknown organisation".into()),
        }
    }

    /// The names of the organisations covered, in the workspace's order.
    pub fn organisation_names(&self, ws: &Workspace) -> Vec<String> {
        match self.organisation() {
            None => ws.organisations.iter().map(|o| o.name.clone()).collect(),
            Some(_) => vec![self.name(ws)],
        }
    }
}
