//! Red/amber/green rating of one actual against the value planned for the same period.
//!
//! The comparison is always with the trajectory's value for that period, never with a pro-rata
//! share of the year-end target: a plan that is deliberately back-loaded would otherwise look
//! "off track" for most of the year. [`pro_rata_rag`] exists only so screens and tests can show
//! that contrast.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::polarity::{InvalidBand, Polarity};

/// The outcome of comparing an actual with its plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
pub enum Rag {
    /// At or better than plan.
    Green,
    /// Worse than plan, but within the tolerance.
    Amber,
    /// Worse than plan by more than the tolerance.
    Red,
}

impl Rag {
    /// Plain-language status: "On track", "At risk" or "Off track".
    pub fn label(self) -> &'static str {
        match self {
            Rag::Green => "On track",
            Rag::Amber => "At risk",
            Rag::Red => "Off track",
        }
    }

    /// Short text symbol so the status never relies on colour alone.
    pub fn symbol(self) -> &'static str {
        match self {
            Rag::Green => "✓",
            Rag::Amber => "!",
            Rag::Red => "✗",
        }
    }

    /// The colour word, lower case, for sentences such as "Self-assessed green, data red".
    pub fn colour(self) -> &'static str {
        match self {
            Rag::Green => "green",
            Rag::Amber => "amber",
            Rag::Red => "red",
        }
    }

    /// Rank from best (0) to worst (2), for comparisons.
    pub fn severity(self) -> u8 {
        match self {
            Rag::Green => 0,
            Rag::Amber => 1,
            Rag::Red => 2,
        }
    }
}

/// How far short of plan still counts as amber rather than red.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub enum Tolerance {
    /// A fixed amount in the measure's own units.
    Absolute(f64),
    /// A percentage (5.0 means 5%) of the planned value's size. For a band measure, of the size
    /// of the band edge that was crossed.
    PercentOfPlanned(f64),
}

impl Default for Tolerance {
    /// No tolerance: anything short of plan is red.
    fn default() -> Self {
        Tolerance::Absolute(0.0)
    }
}

impl Tolerance {
    /// The tolerance in the measure's units, given the reference value it is a percentage of.
    pub fn amount(&self, reference: f64) -> Result<f64, RagError> {
        let (raw, amount) = match *self {
            Tolerance::Absolute(a) => (a, a),
            Tolerance::PercentOfPlanned(p) => (p, reference.abs() * p / 100.0),
        };
        if !raw.is_finite() {
            return Err(RagError::NotANumber { what: "tolerance" });
        }
        if raw < 0.0 {
            return Err(RagError::NegativeTolerance);
        }
        if !amount.is_finite() {
            return Err(RagError::NotANumber { what: "tolerance" });
        }
        Ok(amount)
    }
}

/// Why a RAG rating could not be given.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum RagError {
    /// One of the inputs is not a finite number.
    #[error("{what}: not a number")]
    NotANumber {
        /// Which input: "actual", "planned", "target" or "tolerance".
        what: &'static str,
    },
    /// The tolerance is below zero.
    #[error("tolerance: must be zero or more")]
    NegativeTolerance,
    /// The band polarity is broken.
    #[error(transparent)]
    InvalidBand(#[from] InvalidBand),
    /// A pro-rata share was asked for with no periods in the year or elapsed out of range.
    #[error("periods elapsed ({elapsed}) must be between 0 and the periods in the year ({total}), which must be more than 0")]
    InvalidProRata {
        /// Periods elapsed so far.
        elapsed: u32,
        /// Periods in the year.
        total: u32,
    },
}

fn finite(value: f64, what: &'static str) -> Result<f64, RagError> {
    if value.is_finite() {
        Ok(value)
    } else {
        Err(RagError::NotANumber { what })
    }
}

/// Rates `actual` against `planned`, the trajectory's value for the same period.
///
/// * Higher is better: actual ≥ planned → green; actual ≥ planned − tolerance → amber; else red.
/// * Lower is better: actual ≤ planned → green; actual ≤ planned + tolerance → amber; else red.
/// * Within a band: inside the band (edges included) → green; outside by no more than the
///   tolerance → amber; else red. `planned` is not used for a band: the band is the plan.
pub fn rag(
    actual: f64,
    planned: f64,
    polarity: &Polarity,
    tolerance: &Tolerance,
) -> Result<Rag, RagError> {
    let actual = finite(actual, "actual")?;
    match polarity.band() {
        Some(band) => {
            let (lower, upper) = band?;
            if actual < lower {
                let tol = tolerance.amount(lower)?;
                Ok(if lower - actual <= tol {
                    Rag::Amber
                } else {
                    Rag::Red
                })
            } else if actual > upper {
                let tol = tolerance.amount(upper)?;
                Ok(if actual - upper <= tol {
                    Rag::Amber
                } else {
                    Rag::Red
                })
            } else {
                // Still validate the tolerance so a bad setting is caught even while green.
                tolerance.amount(upper)?;
                Ok(Rag::Green)
            }
        }
        None => {
            let planned = finite(planned, "planned")?;
            let tol = tolerance.amount(planned)?;
            // Shortfall is positive when the actual is worse than plan.
            let shortfall = match polarity {
                Polarity::LowerIsBetter => actual - planned,
                _ => planned - actual,
            };
            Ok(if shortfall <= 0.0 {
                Rag::Green
            } else if shortfall <= tol {
                Rag::Amber
            } else {
                Rag::Red
            })
        }
    }
}

/// The naive reading this module exists to avoid: rate `actual` against an even share of the
/// year-end target (`annual_target × elapsed / total`).
///
/// Provided only so a screen or test can contrast it with [`rag`] against the trajectory.
pub fn pro_rata_rag(
    actual: f64,
    annual_target: f64,
    periods_elapsed: u32,
    periods_in_year: u32,
    polarity: &Polarity,
    tolerance: &Tolerance,
) -> Result<Rag, RagError> {
    if periods_in_year == 0 || periods_elapsed > periods_in_year {
        return Err(RagError::InvalidProRata {
            elapsed: periods_elapsed,
            total: periods_in_year,
        });
    }
    let target = finite(annual_target, "target")?;
    let share = target * f64::from(periods_elapsed) / f64::from(periods_in_year);
    rag(actual, share, polarity, tolerance)
}
