//! The four "Making Data Count" special-cause rules, applied within one segment.
//!
//! Checked in this order; the first that matches a point decides its rule and side:
//! 1. **Outside the limits** — strictly above the upper or below the lower process limit.
//! 2. **Trend** — part of a run of at least N points (7, or 6 as an option) each strictly
//!    higher, or each strictly lower, than the one before. N counts points, so 7 points means
//!    6 rises in a row. An equal step breaks the run. Every point of the run is flagged; a
//!    rising run is "high", a falling run "low". NHSRplotthedots instead gives each trend point
//!    its own side of the mean, which can call part of a rising run "low"; the direction reads
//!    more plainly.
//!
//!    **A peak (or trough) shared by a rising and a falling run belongs to both**: each run is
//!    counted on its own, as Making Data Count counts each run of increasing or decreasing
//!    points independently, so the peak makes up the length of the run before it *and* of the
//!    run after it (7 rising points to a peak then 6 falls flags 13 points). A point shows one
//!    side, and the shared point keeps the earlier run's: a peak is the top of its rise
//!    ("high"), a trough the bottom of its fall ("low").
//! 3. **Two of three beyond 2 sigma** — in some three consecutive points all strictly on the
//!    same side of the mean, at least two lie strictly beyond that side's 2-sigma line; those
//!    points are flagged. Points beyond the process limit count as beyond the 2-sigma line (as
//!    the rule reads; NHSRplotthedots counts only the band between the two lines).
//! 4. **Shift** — part of a run of at least N consecutive points strictly on the same side of
//!    the mean. A point exactly on the mean breaks the run.
//!
//! "On the mean" allows for floating-point dust: a point within [`CENTRE_LINE_TOLERANCE`] of
//! the mean, relative to the size of the data, is on it (rules 3 and 4). Otherwise a mean of
//! decimal data worked out as 0.20000000000000004 would put every 0.2 below it.
//!
//! Without limits (too few points, or no variation) rules 1 and 3 flag nothing.

use serde::{Deserialize, Serialize};

use super::limits::Limits;

/// How close a point must be to the mean to count as on it, as a fraction of the largest
/// size among the points and the mean. Data is entered to far fewer significant figures than
/// this, so only rounding error is ever this close.
pub const CENTRE_LINE_TOLERANCE: f64 = 1e-9;

/// The distance from the mean within which a point of `values` counts as on it.
pub fn centre_tolerance(values: &[f64], mean: f64) -> f64 {
    let scale = values.iter().fold(mean.abs(), |m, x| m.max(x.abs()));
    CENTRE_LINE_TOLERANCE * scale
}

/// Which side of the mean `x` lies on; `None` when it is on the mean (within `tolerance`).
fn side_of_mean(x: f64, mean: f64, tolerance: f64) -> Option<Side> {
    if x - mean > tolerance {
        Some(Side::High)
    } else if mean - x > tolerance {
        Some(Side::Low)
    } else {
        None
    }
}

/// Which special-cause rule flagged a point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SpcRule {
    /// Rule 1: beyond a process limit.
    OutsideLimits,
    /// Rule 2: part of a run of rising or falling points.
    Trend,
    /// Rule 3: two of three points close to a process limit.
    TwoOfThreeBeyondTwoSigma,
    /// Rule 4: part of a run of points on one side of the average.
    Shift,
}

impl SpcRule {
    /// Plain-language description.
    pub fn label(self) -> &'static str {
        match self {
            SpcRule::OutsideLimits => "Outside the process limits",
            SpcRule::Trend => "Run of points going up or going down",
            SpcRule::TwoOfThreeBeyondTwoSigma => "Two out of three points close to a process limit",
            SpcRule::Shift => "Run of points all above or all below the average",
        }
    }
}

/// Which side a special-cause point is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Side {
    /// Above (or rising).
    High,
    /// Below (or falling).
    Low,
}

impl Side {
    /// "high" or "low".
    pub fn label(self) -> &'static str {
        match self {
            Side::High => "high",
            Side::Low => "low",
        }
    }
}

/// How many points make a trend or a shift.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum RunLength {
    /// Six points.
    Six,
    /// Seven points (NHSRplotthedots and Making Data Count default).
    #[default]
    Seven,
}

impl RunLength {
    /// The number of points.
    pub fn points(self) -> usize {
        match self {
            RunLength::Six => 6,
            RunLength::Seven => 7,
        }
    }
}

/// A rule that matched, and on which side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct RuleHit {
    /// The first rule (in precedence order) that matched.
    pub rule: SpcRule,
    /// The side it matched on.
    pub side: Side,
}

/// Evaluates all four rules over one segment and returns, for each point, the first rule
/// that matched. `values` must be finite; `limits` is `None` when there are none.
pub fn evaluate_rules(
    values: &[f64],
    mean: f64,
    limits: Option<&Limits>,
    run_length: RunLength,
) -> Vec<Option<RuleHit>> {
    let tolerance = centre_tolerance(values, mean);
    let outside = outside_limits(values, limits);
    let trend = trend(values, run_length.points());
    let two_of_three = two_of_three(values, mean, tolerance, limits);
    let shift = shift(values, mean, tolerance, run_length.points());
    (0..values.len())
        .map(|i| {
            [
                (SpcRule::OutsideLimits, &outside),
                (SpcRule::Trend, &trend),
                (SpcRule::TwoOfThreeBeyondTwoSigma, &two_of_three),
                (SpcRule::Shift, &shift),
            ]
            .into_iter()
            .find_map(|(rule, flags)| {
                flags
                    .get(i)
                    .copied()
                    .flatten()
                    .map(|side| RuleHit { rule, side })
            })
        })
        .collect()
}

/// Rule 1.
fn outside_limits(values: &[f64], limits: Option<&Limits>) -> Vec<Option<Side>> {
    values
        .iter()
        .map(|&x| match limits {
            Some(l) if x > l.upper => Some(Side::High),
            Some(l) if x < l.lower => Some(Side::Low),
            _ => None,
        })
        .collect()
}

/// Flags every member of each maximal run of equal, non-`None` keys at least `min_len` long.
/// `keys[i]` describes point `i`; runs of `None` never count.
fn flag_runs(keys: &[Option<Side>], min_len: usize, flags: &mut [Option<Side>]) {
    let mut start = 0;
    while start < keys.len() {
        let key = keys[start];
        let mut end = start + 1;
        while end < keys.len() && keys[end] == key {
            end += 1;
        }
        if let Some(side) = key {
            if end - start >= min_len {
                for flag in flags[start..end].iter_mut() {
                    // Where two runs share a point, it keeps the earlier run's side.
                    flag.get_or_insert(side);
                }
            }
        }
        start = end;
    }
}

/// Rule 2.
fn trend(values: &[f64], points: usize) -> Vec<Option<Side>> {
    let mut flags = vec![None; values.len()];
    // Direction of each step; step j runs from point j to point j + 1.
    let steps: Vec<Option<Side>> = values
        .windows(2)
        .map(|w| {
            if w[1] > w[0] {
                Some(Side::High)
            } else if w[1] < w[0] {
                Some(Side::Low)
            } else {
                None
            }
        })
        .collect();
    // A run of k equal steps covers k + 1 points.
    let mut step_flags = vec![None; steps.len()];
    flag_runs(&steps, points.saturating_sub(1).max(1), &mut step_flags);
    for (j, side) in step_flags.iter().enumerate() {
        if let Some(side) = side {
            for flag in flags[j..=j + 1].iter_mut() {
                flag.get_or_insert(*side);
            }
        }
    }
    flags
}

/// Rule 3.
fn two_of_three(
    values: &[f64],
    mean: f64,
    tolerance: f64,
    limits: Option<&Limits>,
) -> Vec<Option<Side>> {
    let mut flags = vec![None; values.len()];
    let Some(limits) = limits else {
        return flags;
    };
    for start in 0..values.len().saturating_sub(2) {
        let window = &values[start..start + 3];
        for side in [Side::High, Side::Low] {
            let on_side = |x: f64| side_of_mean(x, mean, tolerance) == Some(side);
            let beyond = |x: f64| match side {
                Side::High => x > limits.upper_two_sigma,
                Side::Low => x < limits.lower_two_sigma,
            };
            if window.iter().all(|&x| on_side(x))
                && window.iter().filter(|&&x| beyond(x)).count() >= 2
            {
                for (offset, &x) in window.iter().enumerate() {
                    if beyond(x) {
                        flags[start + offset].get_or_insert(side);
                    }
                }
            }
        }
    }
    flags
}

/// Rule 4.
fn shift(values: &[f64], mean: f64, tolerance: f64, points: usize) -> Vec<Option<Side>> {
    let sides: Vec<Option<Side>> = values
        .iter()
        .map(|&x| side_of_mean(x, mean, tolerance))
        .collect();
    let mut flags = vec![None; values.len()];
    flag_runs(&sides, points, &mut flags);
    flags
}
