//! The whole of one user's data: the struct and its lookups here, each kind of record's edits in
//! a file of its own. Each edit validates first and changes nothing when it fails.

use serde::{Deserialize, Serialize};

use crate::model::{Goal, Id, Measure, Organisation, Person, Team};

mod goal_draft;
mod goal_place;
mod goals;
mod organisations;
mod people;
mod records;
mod supports;
mod teams;
pub use goal_draft::GoalDraft;
pub use goal_place::GoalPlace;
pub use goals::ChildGoals;
pub use organisations::OrganisationDependents;
pub use people::PersonDependents;
pub use records::{Keyed, Records};
pub use supports::{LinkedGoal, SupportsSection};
pub use teams::TeamDependents;

/// Everything the user keeps: organisations, teams, people and goals.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Workspace {
    /// Name shown in the header, e.g. "Northshire partnership (demo)".
    pub name: String,
    /// Whether this is the embedded, fictional demo.
    #[serde(default)]
    pub is_demo: bool,
    /// Partner organisations.
    #[serde(default)]
    pub organisations: Records<Organisation>,
    /// Teams in those organisations.
    #[serde(default)]
    pub teams: Records<Team>,
    /// Staff.
    #[serde(default)]
    pub people: Records<Person>,
    /// Goals at every level of the cascade.
    #[serde(default)]
    pub goals: Records<Goal>,
    /// Performance reviews at every level.
    #[serde(default)]
    pub reviews: Records<crate::model::Review>,
    /// How often reviews should happen.
    #[serde(default)]
    pub cadences: crate::model::Cadences,
    /// Personal development plan items (personal data).
    #[serde(default)]
    pub development: Records<crate::model::DevelopmentNeed>,
    /// Recognition awards.
    #[serde(default)]
    pub recognitions: Records<crate::model::Recognition>,
    /// What board reports' authors wrote for the board, by quarter and section.
    #[serde(default)]
    pub report_commentary: Records<crate::model::ReportCommentary>,
    /// Exit interviews (personal data).
    #[serde(default)]
    pub exit_interviews: Records<crate::model::ExitInterview>,
    /// How a goal's status is worked out from its measures and the goals below it.
    #[serde(default)]
    pub rollup: crate::analysis::RollupMethod,
    /// Measures of those goals.
    #[serde(default)]
    pub measures: Records<Measure>,
    /// The organisation this copy belongs to ("my organisation"). Its records can be edited
    /// here; other organisations' records arrive from them and are read-only. `None` (the demo,
    /// or a workspace that has not chosen) makes nothing read-only.
    #[serde(default)]
    pub home_organisation: Option<Id>,
    /// Deleted records, so deletions travel to partners and no import brings them back.
    #[serde(default)]
    pub tombstones: Records<crate::exchange::Tombstone>,
    /// What was last received from each partner, for conflict detection and "arrived from".
    #[serde(default)]
    pub exchange: crate::exchange::ExchangeLedger,
}

/// Why a delete was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DeleteError {
    /// No record with that id.
    #[error("That record no longer exists")]
    NotFound,
    /// Other records still depend on it.
    #[error("{0}")]
    InUse(String),
}

pub(crate) fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

impl Workspace {
    /// An empty workspace.
    pub fn empty(name: impl Into<String>) -> Workspace {
        Workspace {
            name: name.into(),
            ..Workspace::default()
        }
    }

    /// The organisation with `id`.
    pub fn organisation(&self, id: Id) -> Option<&Organisation> {
        self.organisations.get(id)
    }

    /// The organisation a new record or a page's choice starts on: the first in the list.
    pub fn first_organisation(&self) -> Option<Id> {
        self.organisations.first().map(|o| o.id)
    }

    /// Organisation `id`'s short name as every page writes it, or a placeholder when it is
    /// missing (deleted, or not yet arrived from a partner).
    pub fn organisation_short(&self, id: Id) -> String {
        self.organisation(id)
            .map(|o| o.display_short().to_string())
            .unwrap_or_else(|| "Unknown organisation".into())
    }

    /// The team with `id`.
    pub fn team(&self, id: Id) -> Option<&Team> {
        self.teams.get(id)
    }

    /// The person with `id`.
    pub fn person(&self, id: Id) -> Option<&Person> {
        self.people.get(id)
    }

    /// The goal with `id`.
    pub fn goal(&self, id: Id) -> Option<&Goal> {
        self.goals.get(id)
    }
}
