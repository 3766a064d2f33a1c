use serde::{Deserialize, Serialize};

use super::{Id, Stamps};

/// A member of staff who owns goals and takes part in reviews.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Person {
    /// Unique id.
    pub id: Id,
    /// Full name.
    pub name: String,
    /// Job title, e.g. "Matron, urgent care".
    #[serde(default)]
    pub job_title: String,
    /// The role's job description. May be empty.
    #[serde(default)]
    pub job_description: String,
    /// Employing organisation.
    pub organisation_id: Id,
    /// Team, when the person is in one.
    #[serde(default)]
    pub team_id: Option<Id>,
    /// Line manager, when recorded.
    #[serde(default)]
    pub line_manager_id: Option<Id>,
    /// What was agreed at appointment (selection), when recorded.
    #[serde(default)]
    pub appointment: super::Appointment,
    /// Creation and change times.
    #[serde(flatten)]
    pub stamps: Stamps,
}
