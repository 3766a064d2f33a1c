use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Id, Stamps};
use crate::analysis::Frequency;

/// How often a kind of review should happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Cadence {
    /// Every month.
    Monthly,
    /// Every quarter (the norm for team and strategic reviews).
    Quarterly,
    /// Every six months.
    SixMonthly,
    /// Every year (appraisals).
    Annual,
    /// Not scheduled.
    None,
}

impl Cadence {
    /// All cadences, in the order a form offers them.
    pub const ALL: [Cadence; 5] = [
        Cadence::Monthly,
        Cadence::Quarterly,
        Cadence::SixMonthly,
        Cadence::Annual,
        Cadence::None,
    ];

    /// Months between reviews, if scheduled.
    pub fn months(self) -> Option<u32> {
        match self {
            Cadence::Monthly => Some(1),
            Cadence::Quarterly => Some(3),
            Cadence::SixMonthly => Some(6),
            Cadence::Annual => Some(12),
            Cadence::None => None,
        }
    }

    /// Plain words.
    pub fn label(self) -> &'static str {
        match self {
            Cadence::Monthly => "Monthly",
            Cadence::Quarterly => "Quarterly",
            Cadence::SixMonthly => "Every six months",
            Cadence::Annual => "Every year",
            Cadence::None => "Not scheduled",
        }
    }

    /// Stable key for forms.
    pub fn key(self) -> &'static str {
        match self {
            Cadence::Monthly => "monthly",
            Cadence::Quarterly => "quarterly",
            Cadence::SixMonthly => "six_monthly",
            Cadence::Annual => "annual",
            Cadence::None => "none",
        }
    }

    /// Inverse of [`Cadence::key`].
    pub fn from_key(key: &str) -> Option<Cadence> {
        Cadence::ALL.into_iter().find(|c| c.key() == key)
    }

    /// The cadence matching a measure's reporting frequency.
    pub fn from_frequency(f: Frequency) -> Cadence {
        match f {
            Frequency::Monthly => Cadence::Monthly,
            Frequency::Quarterly => Cadence::Quarterly,
            Frequency::Annual => Cadence::Annual,
        }
    }
}

/// Review cadences, with the NHS norms as defaults.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Cadences {
    /// Per organisation: strategic reviews (quarterly when not set).
    #[serde(default)]
    pub strategic: Vec<(Id, Cadence)>,
    /// Per team: team reviews (quarterly when not set).
    #[serde(default)]
    pub team: Vec<(Id, Cadence)>,
    /// Per person: one-to-ones (not scheduled when not set; monthly is the usual choice).
    #[serde(default)]
    pub one_to_one: Vec<(Id, Cadence)>,
}

impl Cadences {
    fn find(list: &[(Id, Cadence)], id: Id) -> Option<Cadence> {
        list.iter().find(|(i, _)| *i == id).map(|(_, c)| *c)
    }

    fn set(list: &mut Vec<(Id, Cadence)>, id: Id, cadence: Cadence) {
        list.retain(|(i, _)| *i != id);
        list.push((id, cadence));
    }

    /// An organisation's strategic review cadence.
    pub fn strategic_for(&self, org: Id) -> Cadence {
        Self::find(&self.strategic, org).unwrap_or(Cadence::Quarterly)
    }

    /// A team's review cadence.
    pub fn team_for(&self, team: Id) -> Cadence {
        Self::find(&self.team, team).unwrap_or(Cadence::Quarterly)
    }

    /// A person's one-to-one cadence.
    pub fn one_to_one_for(&self, person: Id) -> Cadence {
        Self::find(&self.one_to_one, person).unwrap_or(Cadence::None)
    }

    /// Sets an organisation's strategic review cadence.
    pub fn set_strategic(&mut self, org: Id, cadence: Cadence) {
        Self::set(&mut self.strategic, org, cadence);
    }

    /// Sets a team's review cadence.
    pub fn set_team(&mut self, team: Id, cadence: Cadence) {
        Self::set(&mut self.team, team, cadence);
    }

    /// Sets a person's one-to-one cadence.
    pub fn set_one_to_one(&mut self, person: Id, cadence: Cadence) {
        Self::set(&mut self.one_to_one, person, cadence);
    }
}

/// Where a development need stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DevelopmentStatus {
    /// Agreed, not started.
    Planned,
    /// Under way.
    InProgress,
    /// Completed, with evidence.
    Done,
}

impl DevelopmentStatus {
    /// All, in order.
    pub const ALL: [DevelopmentStatus; 3] = [
        DevelopmentStatus::Planned,
        DevelopmentStatus::InProgress,
        DevelopmentStatus::Done,
    ];

    /// Plain words.
    pub fn label(self) -> &'static str {
        match self {
            DevelopmentStatus::Planned => "Planned",
            DevelopmentStatus::InProgress => "In progress",
            DevelopmentStatus::Done => "Done",
        }
    }

    /// Stable key for forms.
    pub fn key(self) -> &'static str {
        match self {
            DevelopmentStatus::Planned => "planned",
            DevelopmentStatus::InProgress => "in_progress",
            DevelopmentStatus::Done => "done",
        }
    }

    /// Inverse of [`DevelopmentStatus::key`].
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// One item of a personal development plan (PDP). Personal data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct DevelopmentNeed {
    /// Unique id.
    pub id: Id,
    /// Whose plan it is in.
    pub person_id: Id,
    /// The need, e.g. "Lead a quality improvement project".
    pub need: String,
    /// The goal it supports, if any.
    #[serde(default)]
    pub goal_id: Option<Id>,
    /// Planned training or learning.
    #[serde(default)]
    pub planned_learning: String,
    /// Where it stands.
    pub status: DevelopmentStatus,
    /// Evidence of learning, e.g. a certificate or reflection.
    #[serde(default)]
    pub evidence: String,
    /// When it should be done by.
    #[serde(default)]
    pub due: Option<NaiveDate>,
    /// Creation and change times.
    #[serde(flatten)]
    pub stamps: Stamps,
}

/// Who is recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "who", rename_all = "snake_case")]
pub enum Recognised {
    /// A person.
    Person {
        /// The person.
        person_id: Id,
    },
    /// A team.
    Team {
        /// The team.
        team_id: Id,
    },
}

/// Recognition such as "employee of the month": in the public sector, recognition rather than
/// financial reward.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Recognition {
    /// Unique id.
    pub id: Id,
    /// Who is recognised.
    pub recognised: Recognised,
    /// The award, e.g. "Employee of the month".
    pub award: String,
    /// The goal the work contributed to, if any.
    #[serde(default)]
    pub goal_id: Option<Id>,
    /// When.
    pub date: NaiveDate,
    /// What for.
    #[serde(default)]
    pub citation: String,
    /// Creation and change times.
    #[serde(flatten)]
    pub stamps: Stamps,
}

/// A reason for leaving recorded at an exit interview.
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
pub enum ExitReason {
    /// Pay and reward.
    Pay,
    /// Workload or staffing.
    Workload,
    /// Work-life balance or flexible working.
    WorkLifeBalance,
    /// Career progression or promotion.
    Progression,
    /// Relationship with manager or team.
    Management,
    /// Relocation.
    Relocation,
    /// Retirement.
    Retirement,
    /// Health.
    Health,
    /// End of a fixed-term contract.
    EndOfContract,
    /// Anything else.
    Other,
}

impl ExitReason {
    /// All reasons, in the order a form offers them.
    pub const ALL: [ExitReason; 10] = [
        ExitReason::Pay,
        ExitReason::Workload,
        ExitReason::WorkLifeBalance,
        ExitReason::Progression,
        ExitReason::Management,
        ExitReason::Relocation,
        ExitReason::Retirement,
        ExitReason::Health,
        ExitReason::EndOfContract,
        ExitReason::Other,
    ];

    /// Plain words.
    pub fn label(self) -> &'static str {
        match self {
            ExitReason::Pay => "Pay and reward",
            ExitReason::Workload => "Workload or staffing",
            ExitReason::WorkLifeBalance => "Work-life balance",
            ExitReason::Progression => "Career progression",
            ExitReason::Management => "Relationship with manager or team",
            ExitReason::Relocation => "Relocation",
            ExitReason::Retirement => "Retirement",
            ExitReason::Health => "Health",
            ExitReason::EndOfContract => "End of fixed-term contract",
            ExitReason::Other => "Other",
        }
    }

    /// Stable key for forms.
    pub fn key(self) -> &'static str {
        match self {
            ExitReason::Pay => "pay",
            ExitReason::Workload => "workload",
            ExitReason::WorkLifeBalance => "work_life_balance",
            ExitReason::Progression => "progression",
            ExitReason::Management => "management",
            ExitReason::Relocation => "relocation",
            ExitReason::Retirement => "retirement",
            ExitReason::Health => "health",
            ExitReason::EndOfContract => "end_of_contract",
            ExitReason::Other => "other",
        }
    }

    /// Inverse of [`ExitReason::key`].
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.key() == key)
    }
}

/// An exit interview. Personal data: the leaver's name is kept as text because the person
/// record may be deleted when they leave.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ExitInterview {
    /// Unique id.
    pub id: Id,
    /// The organisation they left.
    pub organisation_id: Id,
    /// The leaver's name, as recorded.
    pub leaver_name: String,
    /// Their job title.
    #[serde(default)]
    pub job_title: String,
    /// When the interview was held.
    pub date: NaiveDate,
    /// Why they are leaving.
    #[serde(default)]
    pub reasons: Vec<ExitReason>,
    /// Themes and what could have kept them.
    #[serde(default)]
    pub themes: String,
    /// Creation and change times.
    #[serde(flatten)]
    pub stamps: Stamps,
}

/// What was agreed when a person was appointed (selection): the role's first objectives.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Appointment {
    /// When they started in the role.
    #[serde(default)]
    pub start_date: Option<NaiveDate>,
    /// Objectives agreed at appointment.
    #[serde(default)]
    pub objectives: String,
}
