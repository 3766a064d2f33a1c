//! Year-end (target period) forecast from the actuals so far and the trajectory's shape.
//!
//! * **Cumulative measures**: forecast = latest actual + remaining planned increase × ratio,
//!   where ratio = (actual − baseline) / (planned − baseline) at the latest actual's period.
//!   Running at 105% of plan so far is assumed to continue at 105% of the remaining plan, so a
//!   back-loaded plan is not punished for a slow start it always expected. The baseline is the
//!   trajectory's baseline, or zero for a typed profile. When nothing was planned so far
//!   (planned = baseline) the ratio is undefined and the remaining increase is added unscaled.
//!   A negative ratio (going backwards) is treated as zero: no further progress.
//! * **Point measures**: forecast = latest actual + planned change from that period to the
//!   target period.
//!
//! If the latest actual is for the target period itself, it is the outcome, not a forecast.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::period::{Period, PeriodValue};
use super::polarity::{InvalidBand, MeasureKind, Polarity};
use super::status::latest_actual_on_trajectory;
use super::trajectory::Trajectory;

/// Whether the target is likely to be met.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Outlook {
    /// The forecast meets or beats the target.
    LikelyToMeet,
    /// The forecast falls short of the target.
    LikelyToMiss,
}

impl Outlook {
    /// Plain-language label.
    pub fn label(self) -> &'static str {
        match self {
            Outlook::LikelyToMeet => "Likely to meet target",
            Outlook::LikelyToMiss => "Likely to miss target",
        }
    }

    /// Short text symbol so the outlook never relies on colour alone.
    pub fn symbol(self) -> &'static str {
        match self {
            Outlook::LikelyToMeet => "✓",
            Outlook::LikelyToMiss => "✗",
        }
    }
}

/// How the forecast value was produced.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum ForecastMethod {
    /// Cumulative: remaining planned increase scaled by performance so far.
    ScaledByPerformance {
        /// (actual − baseline) / (planned − baseline), floored at zero.
        ratio: f64,
    },
    /// Cumulative, but nothing was planned so far, so the remaining increase is added as is.
    RemainingPlanUnscaled,
    /// Point measure: latest actual plus the planned change to the target period.
    PlannedChange,
    /// The target period's actual is in: this is the outcome.
    Outcome,
}

/// A forecast for the target period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Forecast {
    /// Forecast value for the target period.
    pub value: f64,
    /// The trajectory's value for the target period.
    pub target: f64,
    /// The target period.
    pub target_period: Period,
    /// The actual the forecast starts from.
    pub based_on: PeriodValue,
    /// How the value was produced.
    pub method: ForecastMethod,
    /// Likely to meet or miss, by polarity.
    pub outlook: Outlook,
    /// Signed gap. For higher/lower is better: forecast − target. For a band: how far outside
    /// the band (positive above it, negative below it, zero inside).
    pub gap: f64,
    /// Size of the gap, ignoring direction.
    pub gap_abs: f64,
}

/// Why a forecast could not be made.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum ForecastError {
    /// The trajectory has no periods.
    #[error("the trajectory has no periods")]
    EmptyTrajectory,
    /// No actual falls on any of the trajectory's periods.
    #[error("no actuals for the trajectory's periods yet, so there is nothing to forecast from")]
    NoActuals,
    /// An actual is not a finite number.
    #[error("actual for {period}: not a number")]
    ActualNotANumber {
        /// Period label.
        period: String,
    },
    /// The band polarity is broken.
    #[error(transparent)]
    InvalidBand(#[from] InvalidBand),
    /// The arithmetic overflowed (values far too large).
    #[error("the forecast is too large to calculate")]
    Overflow,
}

/// Forecasts the target period's value. See the module documentation for the method.
pub fn forecast(
    trajectory: &Trajectory,
    actuals: &[PeriodValue],
    polarity: &Polarity,
) -> Result<Forecast, ForecastError> {
    let target = *trajectory.target().ok_or(ForecastError::EmptyTrajectory)?;
    if let Some(bad) = actuals.iter().find(|a| !a.value.is_finite()) {
        return Err(ForecastError::ActualNotANumber {
            period: bad.period.label(),
        });
    }
    let latest =
        latest_actual_on_trajectory(trajectory, actuals).ok_or(ForecastError::NoActuals)?;
    let planned_now = trajectory
        .planned_for(&latest.period)
        .ok_or(ForecastError::NoActuals)?;
    let remaining = target.value - planned_now;

    let (value, method) = if latest.period >= target.period {
        (latest.value, ForecastMethod::Outcome)
    } else {
        match trajectory.kind() {
            MeasureKind::Point => (latest.value + remaining, ForecastMethod::PlannedChange),
            MeasureKind::Cumulative => {
                let base = trajectory.baseline().map_or(0.0, |b| b.value);
                let planned_progress = planned_now - base;
                let ratio = (latest.value - base) / planned_progress;
                if planned_progress != 0.0 && ratio.is_finite() {
                    let ratio = ratio.max(0.0);
                    (
                        latest.value + remaining * ratio,
                        ForecastMethod::ScaledByPerformance { ratio },
                    )
                } else {
                    (
                        latest.value + remaining,
                        ForecastMethod::RemainingPlanUnscaled,
                    )
                }
            }
        }
    };
    if !value.is_finite() {
        return Err(ForecastError::Overflow);
    }

    let (outlook, gap) = judge(value, target.value, polarity)?;
    Ok(Forecast {
        value,
        target: target.value,
        target_period: target.period,
        based_on: latest,
        method,
        outlook,
        gap,
        gap_abs: gap.abs(),
    })
}

/// Meet or miss, and the signed gap, for a forecast against a target under `polarity`.
fn judge(value: f64, target: f64, polarity: &Polarity) -> Result<(Outlook, f64), ForecastError> {
    // Allow for floating-point dust so a forecast of exactly the target counts as meeting it.
    let slack = 1e-9 * target.abs().max(1.0);
    let outcome = |met: bool| {
        if met {
            Outlook::LikelyToMeet
        } else {
            Outlook::LikelyToMiss
        }
    };
    Ok(match polarity.band() {
        Some(band) => {
            let (lower, upper) = band?;
            let gap = if value > upper {
                value - upper
            } else if value < lower {
                value - lower
            } else {
                0.0
            };
            (outcome(gap.abs() <= slack), gap)
        }
        None => {
            let gap = value - target;
            let met = match polarity {
                Polarity::LowerIsBetter => gap <= slack,
                _ => gap >= -slack,
            };
            (outcome(met), gap)
        }
    })
}
