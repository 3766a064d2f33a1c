//! Planned against actual values over the same periods, laid out for drawing, with a summary
//! and a data table.

use super::axes::{layout_axes, point_label, Axes, TextLabel};
use super::frame::ChartFrame;
use super::path::{marker, polyline, HLine, MarkerShape};
use crate::format::{decimal, signed, with_unit};

/// Text beside the target line.
const TARGET_LABEL: &str = "Target";

/// Marker size of an actual value.
const ACTUAL_MARKER: f64 = 4.0;
/// Marker size of a planned value (drawn hollow and small).
const PLANNED_MARKER: f64 = 2.5;

/// One value of a series, placed.
#[derive(Debug, Clone, PartialEq)]
pub struct SeriesPoint {
    /// Position in the series.
    pub index: usize,
    /// Across.
    pub x: f64,
    /// Down.
    pub y: f64,
    /// The value.
    pub value: f64,
    /// The period label.
    pub label: String,
    /// SVG path of its marker (a circle).
    pub marker: String,
    /// Tooltip text, e.g. "Jun 2025: planned 120".
    pub description: String,
}

/// Everything needed to draw planned against actual values.
#[derive(Debug, Clone, PartialEq)]
pub struct TrajectoryLayout {
    /// Axes, ticks and the plot area.
    pub axes: Axes,
    /// The plan (drawn dashed), with gaps where no value is planned.
    pub planned_path: String,
    /// The actual values (drawn solid), with gaps where none was recorded.
    pub actual_path: String,
    /// Each planned value.
    pub planned_points: Vec<SeriesPoint>,
    /// Each actual value.
    pub actual_points: Vec<SeriesPoint>,
    /// The target across the plot, if there is one.
    pub target: Option<HLine>,
    /// "Target", in the right margin level with the target line.
    pub target_label: Option<TextLabel>,
}

/// Finite values only; anything else is a gap.
fn clean(value: Option<&Option<f64>>) -> Option<f64> {
    value.copied().flatten().filter(|v| v.is_finite())
}

/// A value with its unit, for text.
fn show(value: f64, unit: &str) -> String {
    with_unit(&decimal(value), unit)
}

/// A gap between two values with its unit; a gap between percentages is in percentage points.
fn show_gap(value: f64, unit: &str) -> String {
    if unit.trim() == "%" {
        format!("{} percentage points", decimal(value))
    } else {
        show(value, unit)
    }
}

/// Places one series; returns its path and its points.
fn place(
    axes: &Axes,
    labels: &[String],
    count: usize,
    series: &[Option<f64>],
    size: f64,
    what: &str,
    unit: &str,
) -> (String, Vec<SeriesPoint>) {
    let mut placed = Vec::with_capacity(count);
    let mut points = Vec::new();
    for index in 0..count {
        let at =
            clean(series.get(index)).and_then(|v| Some((v, axes.x_of(index)?, axes.y.map(v)?)));
        placed.push(at.map(|(_, x, y)| (x, y)));
        if let Some((value, x, y)) = at {
            let label = point_label(labels, index);
            points.push(SeriesPoint {
                index,
                x,
                y,
                value,
                marker: marker(MarkerShape::Circle, x, y, size),
                description: format!("{label}: {what} {}", show(value, unit)),
                label,
            });
        }
    }
    (polyline(&placed), points)
}

/// Lays out planned and actual values over the same periods. The chart has as many periods as
/// the longest of `labels`, `planned` and `actual`; a missing or non-finite value is a gap.
/// `target`, if a number, is drawn across the plot.
pub fn layout_trajectory(
    labels: &[String],
    planned: &[Option<f64>],
    actual: &[Option<f64>],
    target: Option<f64>,
    unit: &str,
    frame: &ChartFrame,
) -> TrajectoryLayout {
    let count = labels.len().max(planned.len()).max(actual.len());
    let target = target.filter(|t| t.is_finite());
    let values: Vec<f64> = planned
        .iter()
        .chain(actual)
        .filter_map(|v| clean(Some(v)))
        .chain(target)
        .collect();
    let margin: &[&str] = if target.is_some() {
        &[TARGET_LABEL]
    } else {
        &[]
    };
    let axes = layout_axes(frame, labels, count, &values, unit, margin);
    let (planned_path, planned_points) = place(
        &axes,
        labels,
        count,
        planned,
        PLANNED_MARKER,
        "planned",
        unit,
    );
    let (actual_path, actual_points) =
        place(&axes, labels, count, actual, ACTUAL_MARKER, "actual", unit);
    let target_line = target.and_then(|t| axes.full_width_line(t));
    let target_label = target_line
        .as_ref()
        .map(|line| axes.margin_label(line, TARGET_LABEL.to_string()));
    TrajectoryLayout {
        axes,
        planned_path,
        actual_path,
        planned_points,
        actual_points,
        target: target_line,
        target_label,
    }
}

/// One row of the data table, every cell formatted ("—" where there is no value).
#[derive(Debug, Clone, PartialEq)]
pub struct TrajectoryRow {
    /// Period label.
    pub label: String,
    /// Planned value.
    pub planned: String,
    /// Actual value.
    pub actual: String,
    /// Actual minus planned, signed ("+3", "-2.5"), when both are there.
    pub difference: String,
}

/// The numbers, one row per period, for a table under the chart.
pub fn trajectory_table(
    labels: &[String],
    planned: &[Option<f64>],
    actual: &[Option<f64>],
) -> Vec<TrajectoryRow> {
    let count = labels.len().max(planned.len()).max(actual.len());
    let dash = || "—".to_string();
    (0..count)
        .map(|i| {
            let p = clean(planned.get(i));
            let a = clean(actual.get(i));
            TrajectoryRow {
                label: point_label(labels, i),
                planned: p.map_or_else(dash, decimal),
                actual: a.map_or_else(dash, decimal),
                difference: match (p, a) {
                    (Some(p), Some(a)) => signed(a - p),
                    _ => dash(),
                },
            }
        })
        .collect()
}

/// A one-sentence description for screen readers (the SVG's `<desc>`): periods covered, the
/// latest actual value against its plan, and the target.
pub fn trajectory_summary(
    labels: &[String],
    planned: &[Option<f64>],
    actual: &[Option<f64>],
    target: Option<f64>,
    unit: &str,
) -> String {
    let count = labels.len().max(planned.len()).max(actual.len());
    if count == 0 {
        return "There is no data to chart.".to_string();
    }
    let mut text = if count == 1 {
        format!(
            "Planned and actual values for 1 period ({})",
            point_label(labels, 0)
        )
    } else {
        format!(
            "Planned and actual values for {count} periods from {} to {}",
            point_label(labels, 0),
            point_label(labels, count - 1)
        )
    };
    let latest = (0..count)
        .rev()
        .find_map(|i| clean(actual.get(i)).map(|a| (i, a)));
    match latest {
        Some((i, a)) => {
            text.push_str(&format!(
                "; latest actual {} ({})",
                show(a, unit),
                point_label(labels, i)
            ));
            if let Some(p) = clean(planned.get(i)) {
                let gap = a - p;
                let position = if decimal(gap.abs()) == "0" {
                    "on plan".to_string()
                } else if gap > 0.0 {
                    format!("{} above plan", show_gap(gap.abs(), unit))
                } else {
                    format!("{} below plan", show_gap(gap.abs(), unit))
                };
                text.push_str(&format!(" against a plan of {}, {position}", show(p, unit)));
            }
        }
        None => text.push_str("; no actual values yet"),
    }
    if let Some(t) = target.filter(|t| t.is_finite()) {
        text.push_str(&format!("; target {}", show(t, unit)));
    }
    text.push('.');
    text
}
