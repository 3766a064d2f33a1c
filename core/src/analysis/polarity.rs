//! Which direction is good for a measure, and whether it accumulates over the year.

use serde::{Deserialize, Serialize};

/// Which values count as good performance.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub enum Polarity {
    /// More is better (e.g. smoking quits, % seen within 4 hours).
    HigherIsBetter,
    /// Less is better (e.g. falls, waiting times).
    LowerIsBetter,
    /// The value should stay between two bounds, both inclusive (e.g. bed occupancy 85–92%).
    WithinBand {
        /// Lowest acceptable value.
        lower: f64,
        /// Highest acceptable value.
        upper: f64,
    },
}

impl Polarity {
    /// Plain-language description, e.g. "Higher is better".
    pub fn label(&self) -> &'static str {
        match self {
            Polarity::HigherIsBetter => "Higher is better",
            Polarity::LowerIsBetter => "Lower is better",
            Polarity::WithinBand { .. } => "Keep within a range",
        }
    }

    /// For a band, its bounds if they are usable (both numbers and lower ≤ upper).
    ///
    /// Returns `None` for a directional polarity and `Some(Err(..))` for a broken band, so
    /// callers can report the problem rather than compare against NaN.
    pub fn band(&self) -> Option<Result<(f64, f64), InvalidBand>> {
        match *self {
            Polarity::WithinBand { lower, upper } => {
                if lower.is_finite() && upper.is_finite() && lower <= upper {
                    Some(Ok((lower, upper)))
                } else {
                    Some(Err(InvalidBand { lower, upper }))
                }
            }
            _ => None,
        }
    }
}

/// A band whose bounds are not numbers or are the wrong way round.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, thiserror::Error)]
#[error("the range {lower} to {upper} is not valid: both ends must be numbers and the lower end must not be above the upper end")]
pub struct InvalidBand {
    /// Lower bound as given.
    pub lower: f64,
    /// Upper bound as given.
    pub upper: f64,
}

/// How a measure's values relate across periods in a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
pub enum MeasureKind {
    /// A running total that builds up over the year (e.g. quits so far this year).
    Cumulative,
    /// A value that stands alone each period (e.g. % seen within 4 hours this month).
    Point,
}

impl MeasureKind {
    /// Plain-language description.
    pub fn label(self) -> &'static str {
        match self {
            MeasureKind::Cumulative => "Running total for the year",
            MeasureKind::Point => "Value for each period",
        }
    }
}
