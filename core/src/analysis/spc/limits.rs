//! XmR (individuals) chart limits, as in NHS "Making Data Count" and NHSRplotthedots.
//!
//! * Mean of the points used.
//! * Moving ranges MR_i = |x_i − x_(i−1)|; MR̄ is their mean.
//! * Process limits: mean ± 2.66 × MR̄. "2-sigma" lines: mean ± (2/3 × 2.66) × MR̄.
//! * Optional screening (the NHSRplotthedots default; the Excel tool does not screen): moving
//!   ranges ≥ 3.267 × MR̄ are dropped and MR̄ is recomputed once from the rest. When that
//!   would leave no spread at all (every range kept is zero, as in a flat series with one
//!   jump), the unscreened MR̄ is used instead, so the jump is judged against real limits
//!   rather than none.
//! * Sums are compensated (Neumaier), so decimal data such as 0.1, 0.2 and 0.3 has the mean a
//!   reader works out by hand, and a point equal to it is not counted above or below it.

use serde::{Deserialize, Serialize};

/// Multiplier of MR̄ for the process limits (3 sigma).
pub const LIMIT_FACTOR: f64 = 2.66;
/// Multiplier of MR̄ for the 2-sigma lines.
pub const TWO_SIGMA_FACTOR: f64 = 2.0 * LIMIT_FACTOR / 3.0;
/// Moving ranges at or above this multiple of MR̄ are screened out.
pub const SCREENING_FACTOR: f64 = 3.267;
/// Limits calculated from fewer points than this are provisional.
pub const MIN_POINTS_FOR_FIRM_LIMITS: usize = 13;

/// Whether large moving ranges are screened out before the limits are set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Screening {
    /// Drop moving ranges ≥ 3.267 × MR̄, then recompute MR̄ once (NHSRplotthedots default).
    #[default]
    Screened,
    /// Use every moving range (Making Data Count Excel tool).
    Unscreened,
}

impl Screening {
    /// Plain-language description of the method in use.
    pub fn label(self) -> &'static str {
        match self {
            Screening::Screened => "Very large jumps left out when setting the limits",
            Screening::Unscreened => "All jumps used when setting the limits",
        }
    }
}

/// Process limits and 2-sigma lines around a mean.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Limits {
    /// Upper process limit: mean + 2.66 × MR̄.
    pub upper: f64,
    /// Lower process limit: mean − 2.66 × MR̄.
    pub lower: f64,
    /// Upper 2-sigma line: mean + 1.7733 × MR̄.
    pub upper_two_sigma: f64,
    /// Lower 2-sigma line: mean − 1.7733 × MR̄.
    pub lower_two_sigma: f64,
}

/// Everything worked out when setting limits from a run of points.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LimitCalculation {
    /// Mean of the points used.
    pub mean: f64,
    /// Mean moving range after any screening; `None` with fewer than two points.
    pub mr_bar: Option<f64>,
    /// The limits; `None` when they would be meaningless (fewer than two points, MR̄ of zero,
    /// or numbers too large to calculate with).
    pub limits: Option<Limits>,
    /// How many points the mean and limits were calculated from.
    pub points_used: usize,
    /// How many moving ranges screening left out.
    pub moving_ranges_screened_out: usize,
    /// Screening would have left no spread (every remaining range zero), so every moving
    /// range was used instead.
    #[serde(default)]
    pub screening_fell_back: bool,
    /// Whether the numbers were too large to calculate with safely.
    pub overflow: bool,
}

impl LimitCalculation {
    /// Limits from fewer than [`MIN_POINTS_FOR_FIRM_LIMITS`] points are provisional.
    pub fn provisional(&self) -> bool {
        self.points_used < MIN_POINTS_FOR_FIRM_LIMITS
    }

    /// At least two points, but every moving range is zero (the values do not vary), so there
    /// is no spread to set limits from. Screening alone never makes a series degenerate: see
    /// [`LimitCalculation::screening_fell_back`].
    pub fn degenerate(&self) -> bool {
        self.mr_bar == Some(0.0)
    }
}

/// Sum of `values` with Neumaier's compensation: the rounding error of each addition is
/// carried and added back at the end, so 0.1 + 0.3 + 0.2 + … comes out as the decimal sum
/// rounded once, not once per addition.
pub fn compensated_sum(values: impl IntoIterator<Item = f64>) -> f64 {
    let mut sum = 0.0_f64;
    let mut carry = 0.0_f64;
    for x in values {
        let t = sum + x;
        carry += if sum.abs() >= x.abs() {
            (sum - t) + x
        } else {
            (x - t) + sum
        };
        sum = t;
    }
    sum + carry
}

/// Mean that cannot overflow for finite inputs: sums directly (compensated), and only if that
/// overflows sums the already-divided values (each |x/n| ≤ max|x| / n, so the total stays
/// finite).
fn safe_mean(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let n = values.len() as f64;
    let sum = compensated_sum(values.iter().copied());
    if sum.is_finite() {
        Some(sum / n)
    } else {
        Some(compensated_sum(values.iter().map(|v| v / n)))
    }
}

/// Sets the mean and limits from `values` (all assumed finite). `None` if `values` is empty.
pub fn calculate_limits(values: &[f64], screening: Screening) -> Option<LimitCalculation> {
    let mean = safe_mean(values)?;
    let mut calc = LimitCalculation {
        mean,
        mr_bar: None,
        limits: None,
        points_used: values.len(),
        moving_ranges_screened_out: 0,
        screening_fell_back: false,
        overflow: !mean.is_finite(),
    };
    let ranges: Vec<f64> = values.windows(2).map(|w| (w[1] - w[0]).abs()).collect();
    if calc.overflow || ranges.iter().any(|r| !r.is_finite()) {
        calc.overflow = true;
        return Some(calc);
    }
    let Some(mut mr_bar) = safe_mean(&ranges) else {
        return Some(calc);
    };
    // With MR̄ of zero every range would be "≥ 3.267 × 0" and screened away, so skip.
    if screening == Screening::Screened && mr_bar > 0.0 {
        let threshold = SCREENING_FACTOR * mr_bar;
        let kept: Vec<f64> = ranges.iter().copied().filter(|r| *r < threshold).collect();
        // At least the smallest range (≤ MR̄ < threshold) is always kept, so `kept` is never
        // empty; but if only zeros are left, screening has removed all the spread there was
        // (nine 5s then a 10), and the limits would vanish. Then every range is used.
        match safe_mean(&kept) {
            Some(screened) if screened > 0.0 => {
                calc.moving_ranges_screened_out = ranges.len() - kept.len();
                mr_bar = screened;
            }
            _ => calc.screening_fell_back = true,
        }
    }
    calc.mr_bar = Some(mr_bar);
    if mr_bar > 0.0 {
        let limits = Limits {
            upper: mean + LIMIT_FACTOR * mr_bar,
            lower: mean - LIMIT_FACTOR * mr_bar,
            upper_two_sigma: mean + TWO_SIGMA_FACTOR * mr_bar,
            lower_two_sigma: mean - TWO_SIGMA_FACTOR * mr_bar,
        };
        if limits.upper.is_finite() && limits.lower.is_finite() {
            calc.limits = Some(limits);
        } else {
            calc.overflow = true;
        }
    }
    Some(calc)
}
