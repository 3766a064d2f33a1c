//! A sparkline: a measure's recent values as a small line in a fixed box, for a table cell,
//! with its planned trajectory as a second line and the trend in words for screen readers.
//!
//! Points sit along the x axis by their period, so a missing month leaves a wider step rather
//! than squeezing the line. Values and planned values share one y scale, so the two lines can
//! be compared; a flat series is drawn across the middle.

use super::path::{coord, polyline};
use super::scale::{extent, LinearScale};
use crate::analysis::Frequency;
use crate::format;
use crate::report::SparkPoint;

/// Width of a sparkline's drawing, in SVG user units.
pub const SPARKLINE_WIDTH: f64 = 120.0;

/// Height of a sparkline's drawing, in SVG user units.
pub const SPARKLINE_HEIGHT: f64 = 32.0;

/// Space kept clear at each edge, so the end dot and a thick stroke are not cut off.
const INSET: f64 = 3.0;

/// A sparkline ready to draw in a `0 0` [`SPARKLINE_WIDTH`] × [`SPARKLINE_HEIGHT`] box.
#[derive(Debug, Clone, PartialEq)]
pub struct Sparkline {
    /// The `viewBox` attribute, e.g. "0 0 120 32".
    pub view_box: String,
    /// The actual values as one path ("M x y L x y …"); empty with no points.
    pub actual_path: String,
    /// The planned trajectory over the same periods, with gaps where nothing is planned;
    /// empty when nothing is.
    pub planned_path: String,
    /// Where the latest value is, for a dot marking the end of the line.
    pub latest: Option<(f64, f64)>,
    /// The trend in words, e.g. "Last 24 months: from 71% to 78%".
    pub description: String,
}

/// Plural name of `frequency`'s periods.
fn periods_noun(frequency: Frequency, count: i64) -> &'static str {
    match (frequency, count == 1) {
        (Frequency::Monthly, true) => "month",
        (Frequency::Monthly, false) => "months",
        (Frequency::Quarterly, true) => "quarter",
        (Frequency::Quarterly, false) => "quarters",
        (Frequency::Annual, true) => "year",
        (Frequency::Annual, false) => "years",
    }
}

/// The trend of `points` (values in `unit`) in words: how long a span they cover, the first
/// and latest values, and the latest planned value when there is one.
pub fn sparkline_description(points: &[SparkPoint], unit: &str) -> String {
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return "No data yet".to_string();
    };
    let plan = last
        .planned
        .map(|p| format!(" (trajectory {})", format::value(p, unit)))
        .unwrap_or_default();
    if points.len() == 1 {
        return format!("{}: {}{plan}", last.label, format::value(last.value, unit));
    }
    let span = first.period.periods_until(&last.period).unwrap_or(0) + 1;
    format!(
        "Last {} {}: from {} to {}{plan}",
        format::number(span as f64, 0),
        periods_noun(first.period.frequency(), span),
        format::value(first.value, unit),
        format::value(last.value, unit)
    )
}

/// The sparkline of `points` (oldest first, as [`crate::report::MeasureRow::sparkline`] holds
/// them), values in `unit`.
pub fn sparkline(points: &[SparkPoint], unit: &str) -> Sparkline {
    let view_box = format!("0 0 {} {}", coord(SPARKLINE_WIDTH), coord(SPARKLINE_HEIGHT));
    let description = sparkline_description(points, unit);
    let Some(first) = points.first() else {
        return Sparkline {
            view_box,
            actual_path: String::new(),
            planned_path: String::new(),
            latest: None,
            description,
        };
    };
    // Position along the x axis: periods since the first point.
    let steps: Vec<f64> = points
        .iter()
        .map(|p| first.period.periods_until(&p.period).unwrap_or(0) as f64)
        .collect();
    let last_step = steps.last().copied().unwrap_or(0.0);
    let x_scale = LinearScale::new((0.0, last_step), (INSET, SPARKLINE_WIDTH - INSET));
    let (low, high) = extent(
        points
            .iter()
            .flat_map(|p| std::iter::once(p.value).chain(p.planned)),
    )
    .unwrap_or((0.0, 1.0));
    let y_scale = LinearScale::new((low, high), (SPARKLINE_HEIGHT - INSET, INSET));
    let place = |step: f64, value: f64| Some((x_scale.map(step)?, y_scale.map(value)?));

    let actual: Vec<Option<(f64, f64)>> = points
        .iter()
        .zip(&steps)
        .map(|(p, s)| place(*s, p.value))
        .collect();
    let planned: Vec<Option<(f64, f64)>> = points
        .iter()
        .zip(&steps)
        .map(|(p, s)| place(*s, p.planned?))
        .collect();
    Sparkline {
        view_box,
        actual_path: polyline(&actual),
        planned_path: polyline(&planned),
        latest: actual.last().copied().flatten(),
        description,
    }
}
