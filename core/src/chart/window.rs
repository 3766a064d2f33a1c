//! A recent window of a long series: a chart of thousands of periods is drawn over its latest
//! ones, so what a page draws is bounded by the window, not by the data.
//!
//! An XmR chart's mean, limits and special-cause flags are worked out from the whole series
//! first, as Making Data Count sets them (from each section's points, not from what happens to
//! be on screen); [`window_xmr`] only picks out the points and lines to draw.

use std::ops::Range;

use crate::analysis::spc::{SpcChart, SpcWarning};

/// The positions of the latest `size` of `total` items: all of them when there are no more
/// than `size`.
pub fn recent_window(total: usize, size: usize) -> Range<usize> {
    total.saturating_sub(size)..total
}

/// The part of `chart` whose points are at positions `range` of its series, drawn as a chart
/// of its own: points numbered from 0, each section clipped to the window and numbered from the
/// first one in it, and only the warnings of the sections shown (renumbered the same way).
///
/// Each point keeps its value, mean, limits and special-cause flag from the whole chart, and
/// the variation and assurance icons are the whole chart's (the latest point is in any recent
/// window). Costs the window's length plus the number of sections, whatever the series' length.
pub fn window_xmr(chart: &SpcChart, range: Range<usize>) -> SpcChart {
    let Range { start, end } = range;
    let end = end.max(start);
    // Points are in series order; a section that could not be worked out has none, so find
    // the window by index rather than by position.
    let from = chart.points.partition_point(|p| p.index < start);
    let to = chart.points.partition_point(|p| p.index < end);
    let window = &chart.points[from..to];
    // Sections are numbered as the chart numbers them (in its points and warnings).
    let (first_segment, last_segment) = match (window.first(), window.last()) {
        (Some(a), Some(b)) => (a.segment, b.segment),
        _ => (0, 0),
    };
    let points = window
        .iter()
        .map(|p| {
            let mut p = p.clone();
            p.index -= start;
            p.segment -= first_segment;
            p
        })
        .collect();
    let segments = chart
        .segments
        .iter()
        .filter_map(|s| {
            let (s_start, s_end) = (s.start.max(start), (s.start + s.len).min(end));
            (s_start < s_end).then(|| {
                let mut clipped = s.clone();
                clipped.start = s_start - start;
                clipped.len = s_end - s_start;
                clipped
            })
        })
        .collect();
    let renumber = |segment: usize| {
        (!window.is_empty() && (first_segment..=last_segment).contains(&segment))
            .then(|| segment - first_segment)
    };
    let warnings = chart
        .warnings
        .iter()
        .filter_map(|w| {
            Some(match *w {
                SpcWarning::NoData => SpcWarning::NoData,
                SpcWarning::TooFewPoints { segment } => SpcWarning::TooFewPoints {
                    segment: renumber(segment)?,
                },
                SpcWarning::Degenerate { segment } => SpcWarning::Degenerate {
                    segment: renumber(segment)?,
                },
                SpcWarning::ScreeningNotApplied { segment } => SpcWarning::ScreeningNotApplied {
                    segment: renumber(segment)?,
                },
                SpcWarning::ProvisionalLimits {
                    segment,
                    points_used,
                } => SpcWarning::ProvisionalLimits {
                    segment: renumber(segment)?,
                    points_used,
                },
                SpcWarning::NumbersTooLarge { segment } => SpcWarning::NumbersTooLarge {
                    segment: renumber(segment)?,
                },
            })
        })
        .collect();
    SpcChart {
        points,
        segments,
        screening: chart.screening,
        run_length: chart.run_length,
        warnings,
        variation: chart.variation,
        assurance: chart.assurance,
    }
}
