use serde::{Deserialize, Serialize};

use super::{Id, Stamps, Timestamp};
use crate::analysis::{
    Frequency, MeasureKind, Period, PeriodValue, Polarity, Rag, RunLength, Screening, SpcOptions,
    Tolerance, Trajectory,
};

/// A measure of progress towards a goal, e.g. "Four-week smoking quits": how it is defined, what
/// it is aiming for, and the data entered against it.
///
/// Every number in a saved measure is finite: JSON has no NaN, so one would be written as `null`
/// and the whole workspace would then fail to load. Validation refuses them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Measure {
    /// Unique id.
    pub id: Id,
    /// The goal the measure belongs to.
    pub goal_id: Id,
    /// Short name, e.g. "A&E patients seen within 4 hours".
    pub name: String,
    /// Exactly what is counted and how. May be empty.
    #[serde(default)]
    pub definition: String,
    /// Unit shown beside values, e.g. "%", "patients" or "£". May be empty.
    #[serde(default)]
    pub unit: String,
    /// Where the data comes from, e.g. "SUS+ A&E dataset". May be empty.
    #[serde(default)]
    pub data_source: String,
    /// How often data is reported.
    pub frequency: Frequency,
    /// Which values count as good.
    pub polarity: Polarity,
    /// Running total for the year, or a value for each period.
    pub kind: MeasureKind,
    /// Where performance started, when known.
    #[serde(default)]
    pub baseline: Option<PeriodValue>,
    /// What the measure aims for, and by when.
    #[serde(default)]
    pub target: Option<PeriodValue>,
    /// How far short of plan still counts as amber.
    #[serde(default)]
    pub tolerance: Tolerance,
    /// The value planned for each period on the way to the target. RAG is against this.
    #[serde(default)]
    pub trajectory: Option<Trajectory>,
    /// Data entered, one per period, in period order.
    #[serde(default)]
    pub actuals: Vec<Actual>,
    /// The owner's own view of progress, one per period, in period order.
    #[serde(default)]
    pub self_assessments: Vec<SelfAssessment>,
    /// How the SPC chart is drawn.
    #[serde(default)]
    pub spc: SpcSettings,
    /// Weight in a weighted roll-up to the goal; 0 means "does not count".
    #[serde(default = "default_weight")]
    pub weight: f64,
    /// Creation and change times.
    #[serde(flatten)]
    pub stamps: Stamps,
}

fn default_weight() -> f64 {
    1.0
}

impl Measure {
    /// A new measure with no definition, target, trajectory or data yet, no tolerance, default
    /// SPC settings and a weight of 1.
    pub fn new(
        id: Id,
        goal_id: Id,
        name: impl Into<String>,
        frequency: Frequency,
        polarity: Polarity,
        kind: MeasureKind,
        now: Timestamp,
    ) -> Measure {
        Measure {
            id,
            goal_id,
            name: name.into(),
            definition: String::new(),
            unit: String::new(),
            data_source: String::new(),
            frequency,
            polarity,
            kind,
            baseline: None,
            target: None,
            tolerance: Tolerance::default(),
            trajectory: None,
            actuals: Vec::new(),
            self_assessments: Vec::new(),
            spc: SpcSettings::default(),
            weight: default_weight(),
            stamps: Stamps::new(now),
        }
    }

    /// The actual for `period`, if one has been entered.
    ///
    /// Actuals are kept in period order, so this is a binary search; only a miss is confirmed
    /// by a scan, in case data imported out of order has not been sorted yet.
    pub fn actual_for(&self, period: &Period) -> Option<&Actual> {
        match self.actuals.binary_search_by_key(period, |a| a.period) {
            Ok(i) => self.actuals.get(i),
            Err(_) => self.actuals.iter().find(|a| a.period == *period),
        }
    }

    /// The self-assessment for `period`, if one has been made (a binary search, as for
    /// [`Measure::actual_for`]).
    pub fn self_assessment_for(&self, period: &Period) -> Option<&SelfAssessment> {
        match self
            .self_assessments
            .binary_search_by_key(period, |s| s.period)
        {
            Ok(i) => self.self_assessments.get(i),
            Err(_) => self.self_assessments.iter().find(|s| s.period == *period),
        }
    }
}

/// The value entered for one period, with the evidence for it and its corrections.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Actual {
    /// The period the value is for.
    pub period: Period,
    /// The value. For a cumulative measure, the running total for the year so far.
    pub value: f64,
    /// Evidence or context, e.g. "From the March SUS+ extract". May be empty.
    #[serde(default)]
    pub note: String,
    /// When the current value was entered.
    pub entered_at: Timestamp,
    /// Who entered the current value. May be empty (the app has no accounts).
    #[serde(default)]
    pub entered_by: String,
    /// Earlier values this one corrected, oldest first.
    #[serde(default)]
    pub history: Vec<ActualRevision>,
}

/// A value an actual held before it was corrected, so the audit trail is never lost.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ActualRevision {
    /// The earlier value.
    pub value: f64,
    /// The note that went with it.
    #[serde(default)]
    pub note: String,
    /// When the earlier value was entered.
    pub changed_at: Timestamp,
    /// Who entered the earlier value.
    #[serde(default)]
    pub changed_by: String,
}

/// The owner's own red/amber/green view of one period, shown beside what the data says.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct SelfAssessment {
    /// The period assessed.
    pub period: Period,
    /// The owner's rating.
    pub rag: Rag,
    /// How sure the owner is, from 1 (not at all) to 5 (very).
    pub confidence: u8,
    /// Why, in the owner's words. May be empty.
    #[serde(default)]
    pub narrative: String,
    /// Who made the assessment. May be empty.
    #[serde(default)]
    pub assessed_by: String,
    /// When it was made.
    pub assessed_at: Timestamp,
}

/// A measure's statistical process control (SPC) choices, stored by period so they survive
/// data being added or corrected. Turn them into [`SpcOptions`] with [`SpcSettings::to_options`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct SpcSettings {
    /// Leave very large jumps out when setting limits (the NHSRplotthedots default).
    #[serde(default = "default_screening")]
    pub screening: bool,
    /// Runs of 6 points make a trend or shift, instead of 7.
    #[serde(default)]
    pub run_length_six: bool,
    /// Periods from which the chart starts a new section with its own mean and limits, e.g.
    /// after a change to the service.
    #[serde(default)]
    pub rebase_at: Vec<Period>,
    /// If set, each section's limits come from its first `n` points only.
    #[serde(default)]
    pub freeze_after: Option<usize>,
}

fn default_screening() -> bool {
    true
}

impl Default for SpcSettings {
    /// Screened moving ranges, runs of 7, no rebasing, limits from every point.
    fn default() -> Self {
        SpcSettings {
            screening: true,
            run_length_six: false,
            rebase_at: Vec::new(),
            freeze_after: None,
        }
    }
}

impl SpcSettings {
    /// The chart options for a series whose points are for `periods`, in period order (as
    /// the chart draws them).
    ///
    /// A rebase period starts its section at the first point on or after it, so a rebase at a
    /// period with no data yet applies from the next data entered; one after the last point has
    /// no effect yet. `freeze_after` passes through unchanged (validation keeps it at 2 or more).
    pub fn to_options(&self, periods: &[Period]) -> SpcOptions {
        // A binary search per rebase, not a scan: ticking every period of a long series as a
        // rebase must not cost points × rebases.
        let mut rebase_at: Vec<usize> = self
            .rebase_at
            .iter()
            .map(|r| periods.partition_point(|p| p.start() < r.start()))
            .filter(|&i| i > 0 && i < periods.len())
            .collect();
        crate::order::sort(&mut rebase_at);
        rebase_at.dedup();
        SpcOptions {
            screening: if self.screening {
                Screening::Screened
            } else {
                Screening::Unscreened
            },
            run_length: if self.run_length_six {
                RunLength::Six
            } else {
                RunLength::Seven
            },
            rebase_at,
            freeze_after: self.freeze_after,
        }
    }
}
