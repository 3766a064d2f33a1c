//! Both axes of a time-series chart laid out together: the plot area, the scales, y ticks with
//! gridline positions and thinned, possibly slanted, x labels.
//!
//! Points sit in the middle of equal bands along the x axis, so the first and last points
//! never touch the edges and a single point sits in the middle.

use super::frame::{ChartFrame, PlotArea};
use super::scale::{extent, LinearScale};
use super::ticks::{ticks, DEFAULT_TICK_COUNT};
use crate::format::is_compact_unit;

/// At most this many x labels are shown; the rest are thinned out.
pub const MAX_X_LABELS: usize = 12;

/// Longer x labels are shortened with "…" on the axis (the data table has them in full).
const MAX_X_LABEL_CHARS: usize = 14;

/// Space kept between the top and bottom ticks and the edges of the plot.
const Y_PADDING: f64 = 6.0;

/// Space to the right of the plot.
const RIGHT_MARGIN: f64 = 16.0;

/// Margin labels are bold, so a little wider than [`ChartFrame::text_width`] reckons.
const MARGIN_LABEL_WIDEN: f64 = 1.1;

/// Gap between the end of the plot and a margin label.
const MARGIN_LABEL_GAP: f64 = 6.0;

/// Slant of x labels that would otherwise overlap, in degrees (anticlockwise).
const SLANT: f64 = -45.0;

/// One tick on the value (y) axis.
#[derive(Debug, Clone, PartialEq)]
pub struct YTick {
    /// The value it marks.
    pub value: f64,
    /// Its height in the drawing (where the gridline goes).
    pub y: f64,
    /// Its label.
    pub label: String,
}

/// One labelled position on the time (x) axis.
#[derive(Debug, Clone, PartialEq)]
pub struct XTick {
    /// Index of the point it labels.
    pub index: usize,
    /// Its position across the drawing.
    pub x: f64,
    /// Its label (shortened if very long).
    pub label: String,
}

/// A piece of text at a position.
#[derive(Debug, Clone, PartialEq)]
pub struct TextLabel {
    /// Across.
    pub x: f64,
    /// Down (the text's baseline).
    pub y: f64,
    /// The text.
    pub text: String,
}

/// Both axes of a chart of `count` points over time.
#[derive(Debug, Clone, PartialEq)]
pub struct Axes {
    /// The whole drawing.
    pub frame: ChartFrame,
    /// Where the data goes.
    pub plot: PlotArea,
    /// Point index to x.
    pub x: LinearScale,
    /// Value to y.
    pub y: LinearScale,
    /// Ticks on the value axis, lowest first.
    pub y_ticks: Vec<YTick>,
    /// Labels on the time axis, thinned to at most [`MAX_X_LABELS`]; the latest point is
    /// always labelled.
    pub x_ticks: Vec<XTick>,
    /// Rotation of the x labels in degrees: 0, or −45 when level labels would overlap.
    /// Slanted labels are anchored at their end.
    pub x_label_angle: f64,
    /// Baseline of the x labels.
    pub x_label_y: f64,
    /// Where the y labels end (they are right-aligned to this).
    pub y_label_x: f64,
    /// Axis title naming a unit too long to repeat on every tick, e.g. "days".
    pub unit_label: Option<TextLabel>,
    /// Number of points along the x axis.
    pub count: usize,
}

impl Axes {
    /// Centre of point `index` across the drawing.
    pub fn x_of(&self, index: usize) -> Option<f64> {
        self.x.map(index as f64)
    }

    /// Left and right edges of the bands of points `start .. start + len`: where a
    /// per-segment line (mean, limits) starts and ends.
    pub fn band(&self, start: usize, len: usize) -> Option<(f64, f64)> {
        let x1 = self.x.map(start as f64 - 0.5)?;
        let x2 = self.x.map((start + len) as f64 - 0.5)?;
        Some((x1, x2))
    }

    /// A horizontal line across the whole plot at `value`, if it can be placed.
    pub fn full_width_line(&self, value: f64) -> Option<super::path::HLine> {
        let y = self.y.map(value)?;
        Some(super::path::HLine::new(
            value,
            self.plot.left,
            self.plot.right,
            y,
        ))
    }

    /// A label for `line` (e.g. "Target") in the right margin, level with the line and
    /// left-aligned, clear of the data. Lay the axes out with the text in `margin_labels` so
    /// the margin is wide enough.
    pub fn margin_label(&self, line: &super::path::HLine, text: String) -> TextLabel {
        TextLabel {
            x: self.plot.right + MARGIN_LABEL_GAP,
            // A baseline about a third of the text height below the line centres the text on it.
            y: line.y + self.frame.font_size * 0.35,
            text,
        }
    }
}

/// The label for point `index`: its entry in `labels`, or "Point n" when that is missing or
/// blank.
pub fn point_label(labels: &[String], index: usize) -> String {
    labels
        .get(index)
        .filter(|l| !l.trim().is_empty())
        .cloned()
        .unwrap_or_else(|| format!("Point {}", index + 1))
}

/// Which of `count` points get an x label so that at most `max` are labelled: every k-th point
/// counting back from the latest, which is always included.
pub fn thin_indices(count: usize, max: usize) -> Vec<usize> {
    if count == 0 {
        return Vec::new();
    }
    let step = count.div_ceil(max.max(1));
    (0..count)
        .filter(|i| (count - 1 - i).is_multiple_of(step))
        .collect()
}

/// Shortens `label` to [`MAX_X_LABEL_CHARS`] characters with "…".
fn shorten(label: String) -> String {
    if label.chars().count() <= MAX_X_LABEL_CHARS {
        label
    } else {
        let mut short: String = label.chars().take(MAX_X_LABEL_CHARS - 1).collect();
        short.push('…');
        short
    }
}

/// Lays out the axes for `count` points labelled by `labels` (see [`point_label`]), with a
/// value axis covering every finite number in `values` (data, limits, targets…). `unit` goes
/// on each y label if compact ("%"), otherwise in an axis title. `margin_labels` are texts
/// that will be drawn in the right margin beside lines (see [`Axes::margin_label`]); the
/// margin is made wide enough for the longest.
pub fn layout_axes(
    frame: &ChartFrame,
    labels: &[String],
    count: usize,
    values: &[f64],
    unit: &str,
    margin_labels: &[&str],
) -> Axes {
    let font = frame.font_size;
    let (lo, hi) = extent(values.iter().copied()).unwrap_or((0.0, 1.0));
    let ticks = ticks(lo, hi, DEFAULT_TICK_COUNT, unit);

    let unit = unit.trim();
    let unit_text = (!unit.is_empty() && !is_compact_unit(unit)).then(|| unit.to_string());
    let top = if unit_text.is_some() {
        font * 2.2
    } else {
        font
    };

    let y_label_width = ticks
        .iter()
        .map(|t| frame.text_width(&t.label))
        .fold(0.0, f64::max);
    let mut left = (y_label_width + 14.0).clamp(32.0, frame.width * 0.3);
    let margin_label_width = margin_labels
        .iter()
        .map(|t| frame.text_width(t) * MARGIN_LABEL_WIDEN + MARGIN_LABEL_GAP + 4.0)
        .fold(RIGHT_MARGIN, f64::max)
        .min(frame.width * 0.3);
    let right = (frame.width - margin_label_width).max(left + 1.0);

    let shown = thin_indices(count, MAX_X_LABELS);
    let texts: Vec<String> = shown
        .iter()
        .map(|&i| shorten(point_label(labels, i)))
        .collect();
    let widest = texts
        .iter()
        .map(|t| frame.text_width(t))
        .fold(0.0, f64::max);
    let bands = count.max(1) as f64;
    let band = (right - left) / bands;
    let gap = match shown.as_slice() {
        [a, b, ..] => band * (b - a) as f64,
        _ => right - left,
    };
    let slanted = widest + font * 0.5 > gap;
    let angle = if slanted { SLANT } else { 0.0 };
    let cos = SLANT.to_radians().cos();

    if slanted {
        // A slanted first label reaches left of its point; keep it inside the drawing.
        if let (Some(&first), Some(text)) = (shown.first(), texts.first()) {
            let x = left + band * (first as f64 + 0.5);
            let reach = (frame.text_width(text) + font) * cos;
            if x - reach < 4.0 {
                left = (left + 4.0 - (x - reach)).min(frame.width * 0.4);
            }
        }
    }

    let bottom_margin = if slanted {
        12.0 + (widest + font * 0.5) * cos
    } else {
        font * 2.0
    }
    .min(frame.height * 0.4);
    let bottom = (frame.height - bottom_margin).max(top + 1.0);
    let plot = PlotArea {
        left,
        top,
        right,
        bottom,
    };

    let x = LinearScale::new((-0.5, bands - 0.5), (left, right));
    let (first_tick, last_tick) = match (ticks.first(), ticks.last()) {
        (Some(a), Some(b)) => (a.value, b.value),
        _ => (lo, hi),
    };
    let y = LinearScale::new((first_tick, last_tick), (bottom, top)).with_padding(Y_PADDING);

    let y_ticks = ticks
        .into_iter()
        .filter_map(|t| {
            Some(YTick {
                y: y.map(t.value)?,
                value: t.value,
                label: t.label,
            })
        })
        .collect();
    let x_ticks = shown
        .iter()
        .zip(texts)
        .filter_map(|(&index, label)| {
            Some(XTick {
                index,
                x: x.map(index as f64)?,
                label,
            })
        })
        .collect();

    Axes {
        frame: *frame,
        plot,
        x,
        y,
        y_ticks,
        x_ticks,
        x_label_angle: angle,
        x_label_y: bottom + if slanted { 12.0 } else { font + 4.0 },
        y_label_x: left - 8.0,
        unit_label: unit_text.map(|text| TextLabel {
            x: 4.0,
            y: font * 1.1,
            text,
        }),
        count,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(n: usize) -> Vec<String> {
        (1..=n).map(|i| format!("M{i}")).collect()
    }

    #[test]
    fn thinning_keeps_the_latest_and_at_most_max() {
        assert_eq!(thin_indices(0, 12), Vec::<usize>::new());
        assert_eq!(thin_indices(5, 12), vec![0, 1, 2, 3, 4]);
        let t = thin_indices(24, 12);
        assert_eq!(t.len(), 12);
        assert_eq!(t.last(), Some(&23));
        let t = thin_indices(25, 12);
        assert!(t.len() <= 12);
        assert_eq!(t.last(), Some(&24));
        for n in 1..200 {
            let t = thin_indices(n, MAX_X_LABELS);
            assert!(
                t.len() <= MAX_X_LABELS && t.last() == Some(&(n - 1)),
                "n = {n}"
            );
        }
        // A maximum of 0 is read as 1: just the latest point.
        assert_eq!(thin_indices(3, 0), vec![2]);
    }

    #[test]
    fn point_labels_fall_back() {
        let l = vec!["Apr 2025".to_string(), " ".to_string()];
        assert_eq!(point_label(&l, 0), "Apr 2025");
        assert_eq!(point_label(&l, 1), "Point 2");
        assert_eq!(point_label(&l, 5), "Point 6");
    }

    #[test]
    fn points_sit_inside_the_plot() {
        let frame = ChartFrame::default();
        let axes = layout_axes(&frame, &labels(10), 10, &[0.0, 100.0], "", &[]);
        let first = axes.x_of(0).unwrap();
        let last = axes.x_of(9).unwrap();
        assert!(first > axes.plot.left && last < axes.plot.right);
        let (b0, b1) = axes.band(0, 10).unwrap();
        assert!((b0 - axes.plot.left).abs() < 1e-9 && (b1 - axes.plot.right).abs() < 1e-9);
        // Values map inside the plot, away from the edges.
        let top = axes.y.map(100.0).unwrap();
        let bottom = axes.y.map(0.0).unwrap();
        assert!(top > axes.plot.top && bottom < axes.plot.bottom);
        assert!(top < bottom);
    }

    #[test]
    fn single_point_sits_in_the_middle() {
        let axes = layout_axes(&ChartFrame::default(), &labels(1), 1, &[5.0], "", &[]);
        let mid = (axes.plot.left + axes.plot.right) / 2.0;
        assert!((axes.x_of(0).unwrap() - mid).abs() < 1e-9);
        assert_eq!(axes.x_ticks.len(), 1);
    }

    #[test]
    fn long_or_crowded_labels_slant() {
        let frame = ChartFrame::default();
        let few = layout_axes(&frame, &labels(4), 4, &[1.0, 2.0], "", &[]);
        assert_eq!(few.x_label_angle, 0.0);
        let months: Vec<String> = (0..36).map(|i| format!("Month {i} 2025")).collect();
        let many = layout_axes(&frame, &months, 36, &[1.0, 2.0], "", &[]);
        assert_eq!(many.x_label_angle, -45.0);
        assert!(many.x_ticks.len() <= MAX_X_LABELS);
        assert!(many.plot.bottom < few.plot.bottom);
    }

    #[test]
    fn wordy_units_get_an_axis_title() {
        let frame = ChartFrame::default();
        let days = layout_axes(&frame, &labels(3), 3, &[1.0, 9.0], "days", &[]);
        assert_eq!(
            days.unit_label.as_ref().map(|l| l.text.as_str()),
            Some("days")
        );
        assert!(!days.y_ticks.iter().any(|t| t.label.contains("days")));
        let pct = layout_axes(&frame, &labels(3), 3, &[1.0, 9.0], "%", &[]);
        assert!(pct.unit_label.is_none());
        assert!(pct.y_ticks.iter().all(|t| t.label.ends_with('%')));
    }

    #[test]
    fn no_values_still_lays_out() {
        let axes = layout_axes(&ChartFrame::default(), &[], 0, &[], "", &[]);
        assert!(axes.x_ticks.is_empty());
        assert!(axes.y_ticks.len() >= 2);
    }

    #[test]
    fn margin_labels_get_room() {
        let frame = ChartFrame::default();
        let plain = layout_axes(&frame, &labels(3), 3, &[1.0, 9.0], "", &[]);
        let labelled = layout_axes(&frame, &labels(3), 3, &[1.0, 9.0], "", &["Target"]);
        assert!(labelled.plot.right < plain.plot.right);
        let line = labelled.full_width_line(5.0).unwrap();
        let label = labelled.margin_label(&line, "Target".into());
        assert!(label.x > labelled.plot.right);
        assert!(label.x + frame.text_width("Target") <= frame.width);
    }

    #[test]
    fn long_labels_are_shortened() {
        let long = vec!["A very long period label indeed".to_string()];
        let axes = layout_axes(&ChartFrame::default(), &long, 1, &[1.0], "", &[]);
        assert_eq!(axes.x_ticks[0].label.chars().count(), MAX_X_LABEL_CHARS);
        assert!(axes.x_ticks[0].label.ends_with('…'));
    }
}
