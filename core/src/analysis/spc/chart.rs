//! Builds a whole XmR chart: segments, limits, special-cause flags and icons.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::icons::{
    assurance_icon, meaning, AssuranceIcon, IconsWithheld, Meaning, SpcIcons, VariationIcon,
    MIN_POINTS_FOR_ICONS,
};
use super::limits::{calculate_limits, LimitCalculation, Limits, Screening};
use super::rules::{evaluate_rules, RunLength, Side, SpcRule};
use crate::analysis::polarity::Polarity;

/// Choices for an XmR chart. The default matches NHSRplotthedots: screened moving ranges,
/// runs of 7, no rebasing, limits from every point.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SpcOptions {
    /// Whether very large moving ranges are left out of MR̄.
    pub screening: Screening,
    /// Points needed for a trend or a shift.
    pub run_length: RunLength,
    /// Indices (0-based) of the points that start a new segment with its own mean and limits.
    /// Order and duplicates do not matter; 0 is ignored (the first segment always starts there).
    pub rebase_at: Vec<usize>,
    /// If set, each segment's mean and limits come from its first `n` points only (at least 2)
    /// and are applied to the whole segment.
    pub freeze_after: Option<usize>,
}

/// A special-cause flag on one point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SpecialCause {
    /// The first rule, in precedence order, that matched.
    pub rule: SpcRule,
    /// Which side of the mean (or which direction of trend).
    pub side: Side,
    /// Improvement, concern or neither, by polarity.
    pub meaning: Meaning,
}

/// One point of the chart with the lines that apply to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SpcPoint {
    /// Position in the input series.
    pub index: usize,
    /// The value.
    pub value: f64,
    /// Which segment (0-based) the point is in.
    pub segment: usize,
    /// Mean of the segment's limit points.
    pub mean: f64,
    /// Process limits and 2-sigma lines, if the segment has them.
    pub limits: Option<Limits>,
    /// Why the point is special cause, if it is.
    pub special_cause: Option<SpecialCause>,
}

/// A run of points sharing one mean and one set of limits.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SpcSegment {
    /// Index of the segment's first point.
    pub start: usize,
    /// Number of points in the segment.
    pub len: usize,
    /// How the mean and limits were set.
    pub calculation: LimitCalculation,
    /// Limits are provisional (fewer than 13 points used).
    pub provisional: bool,
}

/// Something the reader of the chart should know.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SpcWarning {
    /// The series is empty.
    NoData,
    /// A segment has fewer than two points to set limits from, so it has none.
    TooFewPoints {
        /// Segment index.
        segment: usize,
    },
    /// A segment's values do not vary (every moving range is zero), so it has no limits and
    /// rules 1 and 3 flag nothing in it.
    Degenerate {
        /// Segment index.
        segment: usize,
    },
    /// Screening would have left a segment no variation (every remaining moving range zero),
    /// so its limits use every moving range instead.
    ScreeningNotApplied {
        /// Segment index.
        segment: usize,
    },
    /// A segment's limits come from fewer than 13 points.
    ProvisionalLimits {
        /// Segment index.
        segment: usize,
        /// Points used.
        points_used: usize,
    },
    /// A segment's numbers are too large to calculate limits from.
    NumbersTooLarge {
        /// Segment index.
        segment: usize,
    },
}

impl SpcWarning {
    /// Plain-language explanation.
    pub fn message(&self) -> String {
        match *self {
            SpcWarning::NoData => "There is no data to chart.".to_string(),
            SpcWarning::TooFewPoints { segment } => format!(
                "Section {}: at least 2 points are needed to set process limits.",
                segment + 1
            ),
            SpcWarning::Degenerate { segment } => format!(
                "Section {}: the values do not vary, so process limits cannot be set.",
                segment + 1
            ),
            SpcWarning::ScreeningNotApplied { segment } => format!(
                "Section {}: leaving out the very large jumps would leave no variation, so every jump was used to set the limits.",
                segment + 1
            ),
            SpcWarning::ProvisionalLimits {
                segment,
                points_used,
            } => format!(
                "Section {}: limits are provisional because they are based on {} points (fewer than 13).",
                segment + 1,
                points_used
            ),
            SpcWarning::NumbersTooLarge { segment } => format!(
                "Section {}: the values are too large to calculate process limits.",
                segment + 1
            ),
        }
    }
}

/// A complete XmR chart.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SpcChart {
    /// Every point, in input order.
    pub points: Vec<SpcPoint>,
    /// The segments, in order.
    pub segments: Vec<SpcSegment>,
    /// Screening method in use.
    pub screening: Screening,
    /// Run length in use for trends and shifts.
    pub run_length: RunLength,
    /// Things the reader should know.
    pub warnings: Vec<SpcWarning>,
    /// Icon for the latest point; `None` with fewer than [`MIN_POINTS_FOR_ICONS`] points (see
    /// [`SpcChart::icons_withheld`] for the reason in words).
    pub variation: Option<VariationIcon>,
    /// Icon for the latest segment against the target; `None` with too few points (as for
    /// `variation`), or when not applicable (no target, no direction or no limits).
    pub assurance: Option<AssuranceIcon>,
}

impl SpcChart {
    /// Why the chart shows no icons, when it has too few points for them.
    pub fn icons_withheld(&self) -> Option<IconsWithheld> {
        IconsWithheld::check(self.points.len())
    }

    /// The icons shown, or why there are none.
    pub fn icons(&self) -> SpcIcons {
        match self.variation {
            Some(variation) => SpcIcons::Shown {
                variation,
                assurance: self.assurance,
            },
            // `xmr_chart` leaves the variation icon out only when there are too few points.
            None => SpcIcons::Withheld(IconsWithheld {
                points: self.points.len(),
                needed: MIN_POINTS_FOR_ICONS,
            }),
        }
    }
}

/// Why a chart could not be drawn.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SpcError {
    /// A value is not a finite number. `position` counts from 1.
    #[error("point {position}: not a number")]
    NotANumber {
        /// 1-based position in the series.
        position: usize,
    },
    /// A rebase index is past the end of the series.
    #[error("a new section cannot start at point {position}: the series has only {len} points")]
    RebaseOutOfRange {
        /// 1-based position asked for.
        position: usize,
        /// Length of the series.
        len: usize,
    },
    /// Limits were to be fixed on fewer than two points.
    #[error("limits must be fixed on at least 2 points, not {n}")]
    FreezeTooSmall {
        /// Points asked for.
        n: usize,
    },
}

/// Draws an XmR chart of `values` in time order.
///
/// `polarity` (if any) decides improvement versus concern; `target` (with a directional
/// polarity) gives the assurance icon. A target that is not a number gives no assurance icon.
/// Points are flagged however few there are, but the icons wait for [`MIN_POINTS_FOR_ICONS`]
/// points.
pub fn xmr_chart(
    values: &[f64],
    options: &SpcOptions,
    polarity: Option<&Polarity>,
    target: Option<f64>,
) -> Result<SpcChart, SpcError> {
    if let Some(i) = values.iter().position(|v| !v.is_finite()) {
        return Err(SpcError::NotANumber { position: i + 1 });
    }
    if let Some(n) = options.freeze_after.filter(|&n| n < 2) {
        return Err(SpcError::FreezeTooSmall { n });
    }
    let mut starts: Vec<usize> = options.rebase_at.clone();
    if let Some(&bad) = starts.iter().find(|&&i| i >= values.len() && i > 0) {
        return Err(SpcError::RebaseOutOfRange {
            position: bad + 1,
            len: values.len(),
        });
    }
    starts.push(0);
    crate::order::sort(&mut starts);
    starts.dedup();

    let mut chart = SpcChart {
        points: Vec::with_capacity(values.len()),
        segments: Vec::new(),
        screening: options.screening,
        run_length: options.run_length,
        warnings: Vec::new(),
        variation: None,
        assurance: None,
    };
    if values.is_empty() {
        chart.warnings.push(SpcWarning::NoData);
        return Ok(chart);
    }

    for (segment, &start) in starts.iter().enumerate() {
        let end = starts.get(segment + 1).copied().unwrap_or(values.len());
        let Some(seg_values) = values.get(start..end) else {
            continue;
        };
        let used = options
            .freeze_after
            .map_or(seg_values, |n| &seg_values[..n.min(seg_values.len())]);
        let Some(calculation) = calculate_limits(used, options.screening) else {
            continue;
        };
        if calculation.screening_fell_back {
            chart
                .warnings
                .push(SpcWarning::ScreeningNotApplied { segment });
        }
        if calculation.overflow {
            chart.warnings.push(SpcWarning::NumbersTooLarge { segment });
        } else if calculation.points_used < 2 {
            chart.warnings.push(SpcWarning::TooFewPoints { segment });
        } else if calculation.degenerate() {
            chart.warnings.push(SpcWarning::Degenerate { segment });
        } else if calculation.provisional() {
            chart.warnings.push(SpcWarning::ProvisionalLimits {
                segment,
                points_used: calculation.points_used,
            });
        }

        let hits = evaluate_rules(
            seg_values,
            calculation.mean,
            calculation.limits.as_ref(),
            options.run_length,
        );
        for (offset, (&value, hit)) in seg_values.iter().zip(hits).enumerate() {
            chart.points.push(SpcPoint {
                index: start + offset,
                value,
                segment,
                mean: calculation.mean,
                limits: calculation.limits,
                special_cause: hit.map(|h| SpecialCause {
                    rule: h.rule,
                    side: h.side,
                    meaning: meaning(h.side, polarity),
                }),
            });
        }
        chart.segments.push(SpcSegment {
            start,
            len: seg_values.len(),
            provisional: calculation.provisional(),
            calculation,
        });
    }

    if chart.icons_withheld().is_some() {
        return Ok(chart);
    }
    chart.variation = chart
        .points
        .last()
        .map(|p| VariationIcon::from_point(p.special_cause.map(|s| (s.side, s.meaning))));
    chart.assurance = chart
        .segments
        .last()
        .and_then(|s| s.calculation.limits.as_ref())
        .and_then(|limits| assurance_icon(limits, polarity, target));
    Ok(chart)
}
