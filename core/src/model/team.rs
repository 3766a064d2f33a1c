use serde::{Deserialize, Serialize};

use super::{Id, Stamps};

/// A team inside one organisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Team {
    /// Unique id.
    pub id: Id,
    /// Team name, e.g. "Emergency department".
    pub name: String,
    /// What the team does. May be empty.
    #[serde(default)]
    pub description: String,
    /// The organisation the team belongs to.
    pub organisation_id: Id,
    /// Creation and change times.
    #[serde(flatten)]
    pub stamps: Stamps,
}
