//! Trajectories: the value planned for each period up to the target period.
//!
//! A trajectory is never empty, every planned value is a finite number, and its periods follow
//! on from each other at one frequency. The builders and deserialisation both enforce this, so
//! code holding a [`Trajectory`] can rely on it.
//!
//! For a cumulative measure the planned values are running totals (e.g. 400 quits by
//! September); for a point measure they are the value expected in that period.

use chrono::Datelike;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::period::{financial_month_index, Frequency, Period, PeriodValue};
use super::polarity::MeasureKind;

/// Longest trajectory accepted: 100 years of months. Guards against a typo in a year
/// allocating millions of periods.
pub const MAX_PERIODS: usize = 1200;

/// Month names in financial-year order, for error messages about seasonal weights.
const FINANCIAL_MONTHS: [&str; 12] = [
    "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar",
];

/// Why a trajectory could not be built. Messages name the period at fault.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum TrajectoryError {
    /// No planned values were given.
    #[error("the trajectory has no periods")]
    Empty,
    /// A planned value is not a finite number. `position` counts from 1.
    #[error("period {position} ({period}): not a number")]
    NotANumber {
        /// 1-based position in the trajectory.
        position: usize,
        /// Period label, e.g. "Jun 2025".
        period: String,
    },
    /// The baseline value is not a finite number.
    #[error("baseline ({period}): not a number")]
    BaselineNotANumber {
        /// Period label.
        period: String,
    },
    /// The target value is not a finite number.
    #[error("target ({period}): not a number")]
    TargetNotANumber {
        /// Period label.
        period: String,
    },
    /// Baseline and target (or a point and the trajectory) use different frequencies.
    #[error("all periods must be of the same frequency")]
    FrequencyMismatch,
    /// The target period is not after the baseline period.
    #[error("target ({target}) must come after the baseline ({baseline})")]
    TargetNotAfterBaseline {
        /// Baseline period label.
        baseline: String,
        /// Target period label.
        target: String,
    },
    /// A period does not directly follow the one before. `position` counts from 1.
    #[error("period {position} ({period}): does not follow on from the period before")]
    NotConsecutive {
        /// 1-based position in the trajectory.
        position: usize,
        /// Period label.
        period: String,
    },
    /// More than [`MAX_PERIODS`] periods.
    #[error("the trajectory has {count} periods; the most allowed is {max}")]
    TooManyPeriods {
        /// Periods asked for.
        count: usize,
        /// The limit.
        max: usize,
    },
    /// A seasonal weight is negative or not a number.
    #[error("seasonal weight for {month}: must be a number of zero or more")]
    InvalidSeasonalWeight {
        /// Month abbreviation, e.g. "Jun".
        month: &'static str,
    },
    /// The weights of the periods being planned add up to zero, so no change can be shared out.
    #[error("the weights for these periods add up to zero")]
    ZeroTotalWeight,
    /// Dates fell outside the supported calendar.
    #[error("dates are outside the supported range")]
    DateOutOfRange,
}

/// How the change from baseline to target is spread across the periods.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Shape {
    /// Equal change each period (a straight line).
    Linear,
    /// More change early: period `i` of `n` gets weight `n − i + 1` (n, n−1, …, 1).
    FrontLoaded,
    /// More change late: period `i` of `n` gets weight `i` (1, 2, …, n).
    BackLoaded,
    /// Weights per calendar month, April first (financial-year order). A quarter or year takes
    /// the sum of its months' weights. Weights are relative; they need not add up to anything.
    Seasonal {
        /// Twelve weights, April to March.
        april_to_march: [f64; 12],
    },
}

/// The planned value for each period up to the target, with the baseline it starts from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(try_from = "TrajectoryParts")]
pub struct Trajectory {
    kind: MeasureKind,
    baseline: Option<PeriodValue>,
    points: Vec<PeriodValue>,
}

/// Unchecked shape used only to validate deserialised trajectories.
#[derive(Deserialize, schemars::JsonSchema)]
struct TrajectoryParts {
    kind: MeasureKind,
    baseline: Option<PeriodValue>,
    points: Vec<PeriodValue>,
}

impl TryFrom<TrajectoryParts> for Trajectory {
    type Error = TrajectoryError;

    fn try_from(parts: TrajectoryParts) -> Result<Self, Self::Error> {
        Trajectory::from_points(parts.kind, parts.baseline, parts.points)
    }
}

impl Trajectory {
    /// Builds a trajectory from explicit points, checking every invariant.
    ///
    /// `baseline`, if given, must be the period immediately before the first point.
    pub fn from_points(
        kind: MeasureKind,
        baseline: Option<PeriodValue>,
        points: Vec<PeriodValue>,
    ) -> Result<Trajectory, TrajectoryError> {
        if points.is_empty() {
            return Err(TrajectoryError::Empty);
        }
        if points.len() > MAX_PERIODS {
            return Err(TrajectoryError::TooManyPeriods {
                count: points.len(),
                max: MAX_PERIODS,
            });
        }
        let mut previous: Option<Period> = None;
        if let Some(base) = baseline {
            if !base.value.is_finite() {
                return Err(TrajectoryError::BaselineNotANumber {
                    period: base.period.label(),
                });
            }
            previous = Some(base.period);
        }
        for (i, point) in points.iter().enumerate() {
            let position = i + 1;
            if let Some(prev) = previous {
                if prev.frequency() != point.period.frequency() {
                    return Err(TrajectoryError::FrequencyMismatch);
                }
                if prev.next() != Some(point.period) {
                    return Err(TrajectoryError::NotConsecutive {
                        position,
                        period: point.period.label(),
                    });
                }
            }
            if !point.value.is_finite() {
                return Err(TrajectoryError::NotANumber {
                    position,
                    period: point.period.label(),
                });
            }
            previous = Some(point.period);
        }
        Ok(Trajectory {
            kind,
            baseline,
            points,
        })
    }

    /// Planned values typed in period by period, starting at `first`. For a cumulative
    /// measure, type running totals. There is no baseline (progress is measured from zero).
    pub fn from_profile(
        kind: MeasureKind,
        first: Period,
        values: &[f64],
    ) -> Result<Trajectory, TrajectoryError> {
        if values.len() > MAX_PERIODS {
            return Err(TrajectoryError::TooManyPeriods {
                count: values.len(),
                max: MAX_PERIODS,
            });
        }
        let mut points = Vec::with_capacity(values.len());
        for (i, &value) in values.iter().enumerate() {
            let period = first
                .offset(i as i64)
                .ok_or(TrajectoryError::DateOutOfRange)?;
            points.push(PeriodValue { period, value });
        }
        Trajectory::from_points(kind, None, points)
    }

    /// A straight line from the baseline to the target: equal change in each period after the
    /// baseline, reaching the target exactly in the target period.
    pub fn straight_line(
        kind: MeasureKind,
        baseline: PeriodValue,
        target: PeriodValue,
    ) -> Result<Trajectory, TrajectoryError> {
        Trajectory::from_shape(kind, baseline, target, &Shape::Linear)
    }

    /// Spreads the change from `baseline` to `target` over the periods after the baseline
    /// according to `shape`.
    ///
    /// Each period's planned value is the baseline plus the target change times the share of
    /// the total weight used so far, so a cumulative measure gets running totals and the
    /// target period lands exactly on the target.
    pub fn from_shape(
        kind: MeasureKind,
        baseline: PeriodValue,
        target: PeriodValue,
        shape: &Shape,
    ) -> Result<Trajectory, TrajectoryError> {
        if !baseline.value.is_finite() {
            return Err(TrajectoryError::BaselineNotANumber {
                period: baseline.period.label(),
            });
        }
        if !target.value.is_finite() {
            return Err(TrajectoryError::TargetNotANumber {
                period: target.period.label(),
            });
        }
        let steps = baseline
            .period
            .periods_until(&target.period)
            .ok_or(TrajectoryError::FrequencyMismatch)?;
        if steps <= 0 {
            return Err(TrajectoryError::TargetNotAfterBaseline {
                baseline: baseline.period.label(),
                target: target.period.label(),
            });
        }
        let count = usize::try_from(steps).unwrap_or(usize::MAX);
        if count > MAX_PERIODS {
            return Err(TrajectoryError::TooManyPeriods {
                count,
                max: MAX_PERIODS,
            });
        }
        let periods: Vec<Period> = (1..=steps)
            .map(|i| baseline.period.offset(i))
            .collect::<Option<_>>()
            .ok_or(TrajectoryError::DateOutOfRange)?;
        let weights = shape_weights(shape, &periods)?;
        let total: f64 = weights.iter().sum();
        if !(total > 0.0 && total.is_finite()) {
            return Err(TrajectoryError::ZeroTotalWeight);
        }
        let change = target.value - baseline.value;
        let mut used = 0.0;
        let mut points = Vec::with_capacity(periods.len());
        for (i, (period, weight)) in periods.iter().zip(&weights).enumerate() {
            used += weight;
            // Pin the last period to the target so rounding never leaves it a hair short.
            let value = if i + 1 == periods.len() {
                target.value
            } else {
                baseline.value + change * (used / total)
            };
            points.push(PeriodValue {
                period: *period,
                value,
            });
        }
        Trajectory::from_points(kind, Some(baseline), points)
    }

    /// Cumulative or point measure.
    pub fn kind(&self) -> MeasureKind {
        self.kind
    }

    /// The starting point, if the trajectory was built from one.
    pub fn baseline(&self) -> Option<&PeriodValue> {
        self.baseline.as_ref()
    }

    /// Planned values in period order.
    pub fn points(&self) -> &[PeriodValue] {
        &self.points
    }

    /// Reporting frequency of the trajectory's periods.
    pub fn frequency(&self) -> Option<Frequency> {
        self.points.first().map(|p| p.period.frequency())
    }

    /// The first planned period.
    pub fn first(&self) -> Option<&PeriodValue> {
        self.points.first()
    }

    /// The final planned period: the target.
    pub fn target(&self) -> Option<&PeriodValue> {
        self.points.last()
    }

    /// Position (0-based) of `period` in the trajectory, if it is one of its periods.
    pub fn position_of(&self, period: &Period) -> Option<usize> {
        let first = self.points.first()?;
        let steps = first.period.periods_until(period)?;
        let index = usize::try_from(steps).ok()?;
        self.points
            .get(index)
            .filter(|p| p.period == *period)
            .map(|_| index)
    }

    /// Planned value for `period`, if it is one of the trajectory's periods.
    pub fn planned_for(&self, period: &Period) -> Option<f64> {
        self.position_of(period)
            .and_then(|i| self.points.get(i))
            .map(|p| p.value)
    }
}

/// Relative weight of each period under `shape`.
fn shape_weights(shape: &Shape, periods: &[Period]) -> Result<Vec<f64>, TrajectoryError> {
    let n = periods.len();
    Ok(match shape {
        Shape::Linear => vec![1.0; n],
        Shape::FrontLoaded => (0..n).map(|i| (n - i) as f64).collect(),
        Shape::BackLoaded => (1..=n).map(|i| i as f64).collect(),
        Shape::Seasonal { april_to_march } => {
            for (month, weight) in FINANCIAL_MONTHS.iter().zip(april_to_march) {
                if !(weight.is_finite() && *weight >= 0.0) {
                    return Err(TrajectoryError::InvalidSeasonalWeight { month });
                }
            }
            periods
                .iter()
                .map(|period| {
                    period
                        .months()
                        .iter()
                        .filter_map(|m| {
                            april_to_march.get(financial_month_index(m.start().month()))
                        })
                        .sum()
                })
                .collect()
        }
    })
}
