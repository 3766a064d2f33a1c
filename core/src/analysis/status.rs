//! A measure's overall status as of a given day: its RAG, or why it has none.
//!
//! Order of checks in [`measure_status`]:
//! 1. **Not yet due** — `today` is before the first trajectory period starts.
//! 2. **Data overdue** — the data for some trajectory period should be in by now (its end plus
//!    the [`Grace`]) but the latest actual is for an earlier period, or there is none at all.
//!    A measure that has never reported once its first data was due is flagged overdue rather
//!    than "no data yet", because that is the case a manager needs to chase.
//! 3. **No data yet** — no actuals for any trajectory period, and none are due yet.
//! 4. Otherwise the RAG of the latest actual against the trajectory's value for that period.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::period::{Period, PeriodValue};
use super::polarity::Polarity;
use super::rag::{rag, Rag, RagError, Tolerance};
use super::trajectory::Trajectory;

/// A measure's (or goal's) status, including the cases where no RAG can be given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RagStatus {
    /// On track.
    Green,
    /// At risk.
    Amber,
    /// Off track.
    Red,
    /// No actuals yet, and none are due yet.
    NoDataYet,
    /// The trajectory has not started yet.
    NotYetDue,
    /// Data that should be in by now has not been entered.
    DataOverdue,
}

impl RagStatus {
    /// Plain-language label, e.g. "On track" or "Data overdue".
    pub fn label(self) -> &'static str {
        match self {
            RagStatus::Green => Rag::Green.label(),
            RagStatus::Amber => Rag::Amber.label(),
            RagStatus::Red => Rag::Red.label(),
            RagStatus::NoDataYet => "No data yet",
            RagStatus::NotYetDue => "Not yet due",
            RagStatus::DataOverdue => "Data overdue",
        }
    }

    /// Short text symbol so the status never relies on colour alone.
    pub fn symbol(self) -> &'static str {
        match self {
            RagStatus::Green => Rag::Green.symbol(),
            RagStatus::Amber => Rag::Amber.symbol(),
            RagStatus::Red => Rag::Red.symbol(),
            RagStatus::NoDataYet => "–",
            RagStatus::NotYetDue => "○",
            RagStatus::DataOverdue => "⌛",
        }
    }

    /// The RAG, if this status is one.
    pub fn rag(self) -> Option<Rag> {
        match self {
            RagStatus::Green => Some(Rag::Green),
            RagStatus::Amber => Some(Rag::Amber),
            RagStatus::Red => Some(Rag::Red),
            _ => None,
        }
    }
}

impl From<Rag> for RagStatus {
    fn from(rag: Rag) -> Self {
        match rag {
            Rag::Green => RagStatus::Green,
            Rag::Amber => RagStatus::Amber,
            Rag::Red => RagStatus::Red,
        }
    }
}

/// How long after a period ends its data may still arrive before it counts as overdue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Grace {
    /// Due by the end of the period this many periods later (1: April's data by end of May).
    Periods(u32),
    /// Due this many days after the period's last day.
    Days(u32),
}

impl Default for Grace {
    /// One period: the usual NHS reporting lag.
    fn default() -> Self {
        Grace::Periods(1)
    }
}

impl Grace {
    /// Last day on which the data for `period` is still on time; `None` beyond chrono's range.
    pub fn due_by(&self, period: &Period) -> Option<NaiveDate> {
        match *self {
            Grace::Periods(n) => period.offset(i64::from(n))?.end(),
            Grace::Days(d) => period.end()?.checked_add_days(Days::new(u64::from(d))),
        }
    }
}

/// The comparison behind a RAG: which period, what was planned and what happened.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct LatestComparison {
    /// Period of the latest actual.
    pub period: Period,
    /// The actual value.
    pub actual: f64,
    /// The trajectory's value for that period.
    pub planned: f64,
    /// The rating of actual against planned.
    pub rag: Rag,
}

/// A measure's status plus the facts behind it, for display.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MeasureStatus {
    /// The headline status.
    pub status: RagStatus,
    /// The latest actual compared with its plan, when there is one (kept even when the
    /// headline is "Data overdue", so a screen can say what the last known position was).
    pub latest: Option<LatestComparison>,
    /// The latest period whose data should be in by `today`, if any.
    pub latest_due: Option<Period>,
}

/// Why a status could not be worked out.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum StatusError {
    /// The trajectory has no periods.
    #[error("the trajectory has no periods")]
    EmptyTrajectory,
    /// An actual is not a finite number.
    #[error("actual for {period}: not a number")]
    ActualNotANumber {
        /// Period label.
        period: String,
    },
    /// The rating itself failed (bad tolerance or band).
    #[error(transparent)]
    Rag(#[from] RagError),
}

/// The latest trajectory period whose data is due by `today` (due date strictly before today).
pub fn latest_due_period(
    trajectory: &Trajectory,
    grace: Grace,
    today: NaiveDate,
) -> Option<Period> {
    trajectory
        .points()
        .iter()
        .rev()
        .map(|p| p.period)
        .find(|period| grace.due_by(period).is_some_and(|due| due < today))
}

/// The latest actual that falls on a trajectory period. When one period has several actuals,
/// the last one in the slice wins (later entries correct earlier ones).
pub fn latest_actual_on_trajectory(
    trajectory: &Trajectory,
    actuals: &[PeriodValue],
) -> Option<PeriodValue> {
    actuals
        .iter()
        .filter(|a| trajectory.position_of(&a.period).is_some())
        .fold(None, |best: Option<PeriodValue>, a| match best {
            Some(b) if b.period > a.period => Some(b),
            _ => Some(*a),
        })
}

/// Works out a measure's status on `today` from its trajectory and actuals.
///
/// Actuals for periods outside the trajectory (e.g. last year's) are ignored. See the module
/// documentation for the order of checks.
pub fn measure_status(
    trajectory: &Trajectory,
    actuals: &[PeriodValue],
    polarity: &Polarity,
    tolerance: &Tolerance,
    grace: Grace,
    today: NaiveDate,
) -> Result<MeasureStatus, StatusError> {
    let first = trajectory.first().ok_or(StatusError::EmptyTrajectory)?;
    if let Some(bad) = actuals.iter().find(|a| !a.value.is_finite()) {
        return Err(StatusError::ActualNotANumber {
            period: bad.period.label(),
        });
    }
    let latest_due = latest_due_period(trajectory, grace, today);
    let latest = match latest_actual_on_trajectory(trajectory, actuals) {
        Some(actual) => {
            // position_of succeeded in the filter, so planned_for finds the same point.
            let planned = trajectory
                .planned_for(&actual.period)
                .ok_or(StatusError::EmptyTrajectory)?;
            Some(LatestComparison {
                period: actual.period,
                actual: actual.value,
                planned,
                rag: rag(actual.value, planned, polarity, tolerance)?,
            })
        }
        None => None,
    };

    let status = if today < first.period.start() {
        RagStatus::NotYetDue
    } else if latest_due.is_some_and(|due| latest.is_none_or(|l| l.period < due)) {
        RagStatus::DataOverdue
    } else {
        match latest {
            Some(l) => l.rag.into(),
            None => RagStatus::NoDataYet,
        }
    };
    Ok(MeasureStatus {
        status,
        latest,
        latest_due,
    })
}
