use serde::{Deserialize, Serialize};

/// The four Balanced Scorecard perspectives (Kaplan and Norton, 1996), in the order a scorecard
/// shows them.
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
pub enum Perspective {
    /// Money: financial plan, cost improvement, agency spend.
    Financial,
    /// In health and care: patients, service users and residents.
    Customer,
    /// How well services run: flow, waits, screening, quits.
    InternalProcess,
    /// People and capability: appraisal, training, sickness, engagement.
    LearningGrowth,
}

impl Perspective {
    /// All four, in display order.
    pub const ALL: [Perspective; 4] = [
        Perspective::Financial,
        Perspective::Customer,
        Perspective::InternalProcess,
        Perspective::LearningGrowth,
    ];

    /// The heading users see.
    pub fn label(self) -> &'static str {
        match self {
            Perspective::Financial => "Financial",
            Perspective::Customer => "Patients and service users",
            Perspective::InternalProcess => "Internal business process",
            Perspective::LearningGrowth => "Learning and growth",
        }
    }

    /// A one-line reminder of what belongs in the perspective.
    pub fn hint(self) -> &'static str {
        match self {
            Perspective::Financial => "How do we use public money well?",
            Perspective::Customer => "How do patients, service users and residents see us?",
            Perspective::InternalProcess => "Which services and processes must we run well?",
            Perspective::LearningGrowth => "How do our people learn, improve and stay well?",
        }
    }

    /// Stable key for URLs and form values.
    pub fn key(self) -> &'static str {
        match self {
            Perspective::Financial => "financial",
            Perspective::Customer => "customer",
            Perspective::InternalProcess => "internal_process",
            Perspective::LearningGrowth => "learning_growth",
        }
    }

    /// Inverse of [`Perspective::key`].
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.key() == key)
    }
}
