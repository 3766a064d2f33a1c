use serde::{Deserialize, Serialize};

use super::{Id, Stamps};

/// What sort of body an organisation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OrgKind {
    /// An NHS trust or foundation trust.
    NhsTrust,
    /// An integrated care board.
    Icb,
    /// A county, district or unitary council.
    LocalAuthority,
    /// A charity or community organisation.
    VoluntarySector,
    /// Anything else.
    Other,
}

impl OrgKind {
    /// All kinds, in the order a form offers them.
    pub const ALL: [OrgKind; 5] = [
        OrgKind::NhsTrust,
        OrgKind::Icb,
        OrgKind::LocalAuthority,
        OrgKind::VoluntarySector,
        OrgKind::Other,
    ];

    /// The name users see.
    pub fn label(self) -> &'static str {
        match self {
            OrgKind::NhsTrust => "NHS trust",
            OrgKind::Icb => "Integrated care board (ICB)",
            OrgKind::LocalAuthority => "Local authority",
            OrgKind::VoluntarySector => "Voluntary sector",
            OrgKind::Other => "Other",
        }
    }

    /// Stable key for form values.
    pub fn key(self) -> &'static str {
        match self {
            OrgKind::NhsTrust => "nhs_trust",
            OrgKind::Icb => "icb",
            OrgKind::LocalAuthority => "local_authority",
            OrgKind::VoluntarySector => "voluntary_sector",
            OrgKind::Other => "other",
        }
    }

    /// Inverse of [`OrgKind::key`].
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// A partner organisation: it owns goals, teams and people.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Organisation {
    /// Unique id.
    pub id: Id,
    /// Full name, e.g. "Northshire Community NHS Trust".
    pub name: String,
    /// Short name for tight spaces, e.g. "NCT". May be empty.
    #[serde(default)]
    pub short_name: String,
    /// What sort of body it is.
    pub kind: OrgKind,
    /// Creation and change times.
    #[serde(flatten)]
    pub stamps: Stamps,
}

impl Organisation {
    /// The short name when there is one, else the full name.
    pub fn display_short(&self) -> &str {
        if self.short_name.trim().is_empty() {
            &self.name
        } else {
            &self.short_name
        }
    }
}
