//! An XmR (SPC) chart laid out for drawing, with a one-sentence summary and a data table.

use super::axes::{layout_axes, point_label, Axes, TextLabel};
use super::frame::ChartFrame;
use super::path::{marker, polyline, runs, HLine, MarkerShape};
use crate::analysis::polarity::Polarity;
use crate::analysis::spc::{Meaning, SpcChart, SpecialCause, VariationIcon};
use crate::format::{decimal, with_unit};

/// Text beside the target line.
const TARGET_LABEL: &str = "Target";

/// What a point on an XmR chart signals, for its colour, shape and legend entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PointKind {
    /// No special cause.
    Common,
    /// Special cause on the good side.
    Improvement,
    /// Special cause on the bad side.
    Concern,
    /// Special cause on a measure with no good direction.
    Neither,
}

impl PointKind {
    /// Every kind, in legend order.
    pub const ALL: [PointKind; 4] = [
        PointKind::Common,
        PointKind::Improvement,
        PointKind::Concern,
        PointKind::Neither,
    ];

    /// The kind of a point with this special-cause flag (or none).
    pub fn from_special_cause(special: Option<&SpecialCause>) -> PointKind {
        match special.map(|s| s.meaning) {
            None => PointKind::Common,
            Some(Meaning::Improvement) => PointKind::Improvement,
            Some(Meaning::Concern) => PointKind::Concern,
            Some(Meaning::Neither) => PointKind::Neither,
        }
    }

    /// The kind matching a variation icon, for colouring the icon's badge.
    pub fn from_variation(icon: VariationIcon) -> PointKind {
        match icon {
            VariationIcon::CommonCause => PointKind::Common,
            VariationIcon::ImprovementHigh | VariationIcon::ImprovementLow => {
                PointKind::Improvement
            }
            VariationIcon::ConcernHigh | VariationIcon::ConcernLow => PointKind::Concern,
            VariationIcon::NeitherHigh | VariationIcon::NeitherLow => PointKind::Neither,
        }
    }

    /// Stable lower-case key for CSS classes: "common", "improvement", "concern", "neither".
    pub fn key(self) -> &'static str {
        match self {
            PointKind::Common => "common",
            PointKind::Improvement => "improvement",
            PointKind::Concern => "concern",
            PointKind::Neither => "neither",
        }
    }

    /// Legend text.
    pub fn label(self) -> &'static str {
        match self {
            PointKind::Common => "Common cause",
            PointKind::Improvement => "Special cause: improvement",
            PointKind::Concern => "Special cause: concern",
            PointKind::Neither => "Special cause: neither improvement nor concern",
        }
    }

    /// Marker shape: each kind has its own, so colour is never the only cue.
    pub fn shape(self) -> MarkerShape {
        match self {
            PointKind::Common => MarkerShape::Circle,
            PointKind::Improvement => MarkerShape::Square,
            PointKind::Concern => MarkerShape::Diamond,
            PointKind::Neither => MarkerShape::TriangleUp,
        }
    }

    /// Marker size (about its radius): special-cause points stand out.
    pub fn marker_size(self) -> f64 {
        match self {
            PointKind::Common => 3.5,
            _ => 5.5,
        }
    }
}

/// One point of the chart, placed.
#[derive(Debug, Clone, PartialEq)]
pub struct XmrPoint {
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
    /// What the point signals.
    pub kind: PointKind,
    /// Why it is special cause, if it is.
    pub special_cause: Option<SpecialCause>,
    /// SVG path of its marker.
    pub marker: String,
    /// Tooltip text, e.g. "Jun 2025: 14% (special cause: concern – outside the process limits)".
    pub description: String,
}

/// The lines of one segment (a run of points sharing a mean and limits), placed.
#[derive(Debug, Clone, PartialEq)]
pub struct SegmentLines {
    /// Segment index.
    pub segment: usize,
    /// Index of its first point.
    pub start: usize,
    /// Number of points in it.
    pub len: usize,
    /// Its limits come from fewer than 13 points.
    pub provisional: bool,
    /// The mean.
    pub mean: Option<HLine>,
    /// Upper process limit.
    pub upper: Option<HLine>,
    /// Lower process limit.
    pub lower: Option<HLine>,
    /// Upper 2-sigma line.
    pub upper_two_sigma: Option<HLine>,
    /// Lower 2-sigma line.
    pub lower_two_sigma: Option<HLine>,
}

/// Everything needed to draw an XmR chart.
#[derive(Debug, Clone, PartialEq)]
pub struct XmrLayout {
    /// Axes, ticks and the plot area.
    pub axes: Axes,
    /// Every point that could be placed, in order.
    pub points: Vec<XmrPoint>,
    /// The line joining the points.
    pub data_path: String,
    /// Each segment's lines.
    pub segments: Vec<SegmentLines>,
    /// All segments' means in one path (solid).
    pub mean_path: String,
    /// All segments' process limits in one path (dashed).
    pub limits_path: String,
    /// All segments' 2-sigma lines in one path (dotted, light).
    pub two_sigma_path: String,
    /// The target across the plot, if there is one.
    pub target: Option<HLine>,
    /// "Target", in the right margin level with the target line.
    pub target_label: Option<TextLabel>,
}

impl XmrLayout {
    /// How many points are special cause.
    pub fn special_cause_count(&self) -> usize {
        self.points
            .iter()
            .filter(|p| p.kind != PointKind::Common)
            .count()
    }

    /// The kinds of point on the chart, in legend order.
    pub fn kinds(&self) -> Vec<PointKind> {
        PointKind::ALL
            .into_iter()
            .filter(|k| self.points.iter().any(|p| p.kind == *k))
            .collect()
    }
}

/// A value with its unit, for text.
fn show(value: f64, unit: &str) -> String {
    with_unit(&decimal(value), unit)
}

/// "Concern" → "concern".
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "outside the process limits (concern, high)".
fn special_cause_text(special: &SpecialCause) -> String {
    format!(
        "{} ({}, {})",
        special.rule.label(),
        lower_first(special.meaning.label()),
        special.side.label()
    )
}

/// The lines that exist, as one path of separate runs.
fn join_lines<'a>(lines: impl Iterator<Item = &'a Option<HLine>>) -> String {
    let spans: Vec<(f64, f64, f64)> = lines.flatten().map(|l| (l.x1, l.x2, l.y)).collect();
    runs(&spans)
}

/// Lays out `chart` for drawing in `frame`. `labels` names each point (period labels; missing
/// ones become "Point n"); `target`, if a number, is drawn across the plot; `unit` labels the
/// value axis.
pub fn layout_xmr(
    chart: &SpcChart,
    labels: &[String],
    target: Option<f64>,
    unit: &str,
    frame: &ChartFrame,
) -> XmrLayout {
    let target = target.filter(|t| t.is_finite());
    let mut values: Vec<f64> = Vec::with_capacity(chart.points.len() * 2 + 1);
    for p in &chart.points {
        values.push(p.value);
        values.push(p.mean);
        if let Some(l) = p.limits {
            values.push(l.upper);
            values.push(l.lower);
        }
    }
    values.extend(target);
    let margin: &[&str] = if target.is_some() {
        &[TARGET_LABEL]
    } else {
        &[]
    };
    let axes = layout_axes(frame, labels, chart.points.len(), &values, unit, margin);

    let mut placed = Vec::with_capacity(chart.points.len());
    let mut points = Vec::with_capacity(chart.points.len());
    for p in &chart.points {
        let at = axes.x_of(p.index).zip(axes.y.map(p.value));
        placed.push(at);
        let Some((x, y)) = at else { continue };
        let kind = PointKind::from_special_cause(p.special_cause.as_ref());
        let label = point_label(labels, p.index);
        let description = match &p.special_cause {
            Some(s) => format!(
                "{label}: {} (special cause: {})",
                show(p.value, unit),
                special_cause_text(s)
            ),
            None => format!("{label}: {}", show(p.value, unit)),
        };
        points.push(XmrPoint {
            index: p.index,
            x,
            y,
            value: p.value,
            label,
            kind,
            special_cause: p.special_cause,
            marker: marker(kind.shape(), x, y, kind.marker_size()),
            description,
        });
    }

    let mut segments = Vec::with_capacity(chart.segments.len());
    for (i, seg) in chart.segments.iter().enumerate() {
        let Some((x1, x2)) = axes.band(seg.start, seg.len) else {
            continue;
        };
        let line = |value: f64| axes.y.map(value).map(|y| HLine::new(value, x1, x2, y));
        let limits = seg.calculation.limits;
        segments.push(SegmentLines {
            segment: i,
            start: seg.start,
            len: seg.len,
            provisional: seg.provisional,
            mean: line(seg.calculation.mean),
            upper: limits.and_then(|l| line(l.upper)),
            lower: limits.and_then(|l| line(l.lower)),
            upper_two_sigma: limits.and_then(|l| line(l.upper_two_sigma)),
            lower_two_sigma: limits.and_then(|l| line(l.lower_two_sigma)),
        });
    }
    let mean_path = join_lines(segments.iter().map(|s| &s.mean));
    let limits_path = join_lines(segments.iter().flat_map(|s| [&s.upper, &s.lower]));
    let two_sigma_path = join_lines(
        segments
            .iter()
            .flat_map(|s| [&s.upper_two_sigma, &s.lower_two_sigma]),
    );

    let target_line = target.and_then(|t| axes.full_width_line(t));
    let target_label = target_line
        .as_ref()
        .map(|line| axes.margin_label(line, TARGET_LABEL.to_string()));

    XmrLayout {
        data_path: polyline(&placed),
        axes,
        points,
        segments,
        mean_path,
        limits_path,
        two_sigma_path,
        target: target_line,
        target_label,
    }
}

/// A one-sentence description of the chart for screen readers (the SVG's `<desc>`): points
/// and dates, the latest segment's mean and limits, special-cause points, target and icons.
pub fn xmr_summary(
    chart: &SpcChart,
    labels: &[String],
    target: Option<f64>,
    unit: &str,
    polarity: Option<&Polarity>,
) -> String {
    let n = chart.points.len();
    if n == 0 {
        return "There is no data to chart.".to_string();
    }
    let mut text = if n == 1 {
        format!("XmR chart of 1 point ({})", point_label(labels, 0))
    } else {
        format!(
            "XmR chart of {n} points from {} to {}",
            point_label(labels, 0),
            point_label(labels, n - 1)
        )
    };
    if let Some(p) = polarity {
        text.push_str(&format!(" ({})", lower_first(p.label())));
    }
    if let Some(seg) = chart.segments.last() {
        let sections = chart.segments.len();
        if sections > 1 {
            text.push_str(&format!(", in {sections} sections; latest section: mean "));
        } else {
            text.push_str(": mean ");
        }
        text.push_str(&show(seg.calculation.mean, unit));
        match seg.calculation.limits {
            Some(l) => {
                text.push_str(&format!(
                    ", process limits {} to {}",
                    show(l.lower, unit),
                    show(l.upper, unit)
                ));
                if seg.provisional {
                    text.push_str(" (provisional)");
                }
            }
            None => text.push_str(", no process limits"),
        }
    }
    let special = chart
        .points
        .iter()
        .filter(|p| p.special_cause.is_some())
        .count();
    text.push_str(&match special {
        0 => "; no points show special cause variation".to_string(),
        1 => "; 1 point shows special cause variation".to_string(),
        k => format!("; {k} points show special cause variation"),
    });
    if let Some(t) = target.filter(|t| t.is_finite()) {
        text.push_str(&format!("; target {}", show(t, unit)));
    }
    if let Some(v) = chart.variation {
        text.push_str(&format!("; variation: {}", lower_first(v.label())));
    }
    if let Some(a) = chart.assurance {
        text.push_str(&format!("; assurance: {}", lower_first(a.label())));
    }
    text.push('.');
    text
}

/// One row of the chart's data table, every cell formatted (numbers without the unit, which
/// belongs in the column headings).
#[derive(Debug, Clone, PartialEq)]
pub struct XmrRow {
    /// Period label.
    pub label: String,
    /// The value.
    pub value: String,
    /// The segment's mean.
    pub mean: String,
    /// Lower process limit, or "—".
    pub lower: String,
    /// Upper process limit, or "—".
    pub upper: String,
    /// Rule and meaning, e.g. "Outside the process limits (concern, high)", or "—".
    pub special_cause: String,
}

/// The chart's numbers, one row per point, for a table under the chart.
pub fn xmr_table(chart: &SpcChart, labels: &[String]) -> Vec<XmrRow> {
    let dash = || "—".to_string();
    chart
        .points
        .iter()
        .map(|p| XmrRow {
            label: point_label(labels, p.index),
            value: decimal(p.value),
            mean: decimal(p.mean),
            lower: p.limits.map_or_else(dash, |l| decimal(l.lower)),
            upper: p.limits.map_or_else(dash, |l| decimal(l.upper)),
            special_cause: p
                .special_cause
                .as_ref()
                .map_or_else(dash, special_cause_text),
        })
        .collect()
}
