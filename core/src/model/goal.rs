use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Id, Perspective, Stamps};

/// Where a goal sits in the cascade.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum GoalLevel {
    /// A corporate goal set by the board; the top of the cascade.
    Strategic,
    /// A team's goal, contributing to a strategic goal.
    Team,
    /// A person's objective, contributing to a team or strategic goal.
    Individual,
}

impl GoalLevel {
    /// All levels, top of the cascade first.
    pub const ALL: [GoalLevel; 3] = [GoalLevel::Strategic, GoalLevel::Team, GoalLevel::Individual];

    /// The name users see.
    pub fn label(self) -> &'static str {
        match self {
            GoalLevel::Strategic => "Strategic",
            GoalLevel::Team => "Team",
            GoalLevel::Individual => "Individual",
        }
    }

    /// Lower-case name with its article, for sentences: "a team", "an individual".
    pub fn with_article(self) -> &'static str {
        match self {
            GoalLevel::Strategic => "a strategic",
            GoalLevel::Team => "a team",
            GoalLevel::Individual => "an individual",
        }
    }

    /// Stable key for form values.
    pub fn key(self) -> &'static str {
        match self {
            GoalLevel::Strategic => "strategic",
            GoalLevel::Team => "team",
            GoalLevel::Individual => "individual",
        }
    }

    /// Inverse of [`GoalLevel::key`].
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.key() == key)
    }

    /// Whether a goal at this level may sit under a goal at `parent` level. A goal may sit under
    /// a goal at its own level or above (a team goal under a larger team's goal), never below.
    pub fn may_sit_under(self, parent: GoalLevel) -> bool {
        self != GoalLevel::Strategic && parent <= self
    }
}

/// A goal or objective at any level of the cascade.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Goal {
    /// Unique id.
    pub id: Id,
    /// Short title, e.g. "Help 1,000 people to stop smoking".
    pub title: String,
    /// What success looks like. May be empty.
    #[serde(default)]
    pub description: String,
    /// Strategic, team or individual.
    pub level: GoalLevel,
    /// The Balanced Scorecard perspective it serves.
    pub perspective: Perspective,
    /// The person accountable, when named.
    #[serde(default)]
    pub owner_id: Option<Id>,
    /// The team that holds a team goal, when named.
    #[serde(default)]
    pub team_id: Option<Id>,
    /// The organisation that owns the goal and edits it.
    pub organisation_id: Id,
    /// Partner organisations the goal is shared with.
    #[serde(default)]
    pub shared_with: Vec<Id>,
    /// The goal this one contributes to. Strategic goals have none.
    #[serde(default)]
    pub parent_id: Option<Id>,
    /// The strategic goals this one supports by cause and effect, drawn as arrows on the
    /// strategy map (staff training supports shorter waits, which support patient satisfaction).
    /// Kept on the supporting goal, so the organisation that owns it makes the link. Written only
    /// when there are some, so a goal without links is stored, exported and digested as before.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub supports: Vec<Id>,
    /// When work starts.
    #[serde(default)]
    pub start_date: Option<NaiveDate>,
    /// When the goal is due.
    #[serde(default)]
    pub due_date: Option<NaiveDate>,
    /// Creation and change times.
    #[serde(flatten)]
    pub stamps: Stamps,
}

impl Goal {
    /// Whether the goal is shared between more than one organisation.
    pub fn is_shared(&self) -> bool {
        !self.shared_with.is_empty()
    }

    /// Whether `org` owns the goal or shares it.
    pub fn involves(&self, org: Id) -> bool {
        self.organisation_id == org || self.shared_with.contains(&org)
    }
}
