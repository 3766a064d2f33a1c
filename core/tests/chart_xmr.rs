//! XmR chart layout: a small chart built with `analysis::xmr_chart`, laid out for drawing.

use chrono::NaiveDate;
use scorecard_core::analysis::{xmr_chart, Frequency, Period, Polarity, SpcChart, SpcOptions};
use scorecard_core::chart::{
    layout_xmr, xmr_summary, xmr_table, ChartFrame, MarkerShape, PointKind, XmrLayout,
};

/// Nine steady points then a jump: the jump is outside the upper limit, and the nine before it
/// sit below the (pulled-up) mean, a shift.
const SERIES: [f64; 10] = [10.0, 11.0, 9.0, 10.0, 12.0, 10.0, 11.0, 9.0, 10.0, 30.0];

fn labels(n: usize) -> Vec<String> {
    let first = Period::containing(
        Frequency::Monthly,
        NaiveDate::from_ymd_opt(2025, 4, 1).expect("valid date"),
    );
    (0..n)
        .map(|i| first.offset(i as i64).expect("in range").label())
        .collect()
}

fn chart(values: &[f64], polarity: Option<Polarity>, rebase_at: Vec<usize>) -> SpcChart {
    let options = SpcOptions {
        rebase_at,
        ..SpcOptions::default()
    };
    xmr_chart(values, &options, polarity.as_ref(), None).expect("valid series")
}

fn layout(chart: &SpcChart, target: Option<f64>) -> XmrLayout {
    layout_xmr(
        chart,
        &labels(chart.points.len()),
        target,
        "",
        &ChartFrame::default(),
    )
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[test]
fn one_placed_point_per_chart_point_inside_the_plot() {
    let c = chart(&SERIES, Some(Polarity::HigherIsBetter), vec![]);
    let l = layout(&c, None);
    assert_eq!(l.points.len(), SERIES.len());
    let plot = l.axes.plot;
    for pair in l.points.windows(2) {
        assert!(pair[0].x < pair[1].x);
    }
    for p in &l.points {
        assert!(p.x > plot.left && p.x < plot.right, "{p:?}");
        assert!(p.y > plot.top && p.y < plot.bottom, "{p:?}");
    }
    // The jump to 30 is the highest point, so it is drawn nearest the top.
    let top = l
        .points
        .iter()
        .min_by(|a, b| a.y.total_cmp(&b.y))
        .expect("points");
    assert_eq!(top.index, 9);
    assert_eq!(top.label, "Jan 2026");
    // One continuous line through every point.
    assert_eq!(count(&l.data_path, "M "), 1);
    assert_eq!(count(&l.data_path, "L "), SERIES.len() - 1);
}

#[test]
fn special_cause_points_get_their_kind_and_shape() {
    let c = chart(&SERIES, Some(Polarity::HigherIsBetter), vec![]);
    let l = layout(&c, None);
    let last = l.points.last().expect("points");
    assert_eq!(last.kind, PointKind::Improvement);
    assert_eq!(last.kind.shape(), MarkerShape::Square);
    assert!(last.description.contains("Outside the process limits"));
    // The nine points before it are a shift below the mean: concern when higher is better.
    for p in &l.points[..9] {
        assert_eq!(p.kind, PointKind::Concern, "{p:?}");
    }
    assert_eq!(l.special_cause_count(), 10);
    assert_eq!(l.kinds(), vec![PointKind::Improvement, PointKind::Concern]);
    // Kinds always agree with the chart's own flags.
    for (placed, point) in l.points.iter().zip(&c.points) {
        assert_eq!(
            placed.kind,
            PointKind::from_special_cause(point.special_cause.as_ref())
        );
    }

    // Lower is better flips the meanings.
    let flipped = layout(&chart(&SERIES, Some(Polarity::LowerIsBetter), vec![]), None);
    assert_eq!(flipped.points[9].kind, PointKind::Concern);
    assert_eq!(flipped.points[0].kind, PointKind::Improvement);

    // No polarity: special cause with no direction.
    let neither = layout(&chart(&SERIES, None, vec![]), None);
    assert_eq!(neither.points[9].kind, PointKind::Neither);
    assert_eq!(neither.points[9].kind.shape(), MarkerShape::TriangleUp);
}

#[test]
fn common_cause_points_are_small_circles() {
    let c = chart(
        &[5.0, 6.0, 5.0, 7.0, 6.0, 5.0, 6.0],
        Some(Polarity::HigherIsBetter),
        vec![],
    );
    let l = layout(&c, None);
    assert!(l.points.iter().all(|p| p.kind == PointKind::Common));
    assert_eq!(l.special_cause_count(), 0);
    assert_eq!(l.kinds(), vec![PointKind::Common]);
    assert!(l.points[0].marker.contains(" A "), "circle drawn with arcs");
}

#[test]
fn lines_per_segment() {
    let c = chart(&SERIES, None, vec![]);
    let l = layout(&c, None);
    assert_eq!(l.segments.len(), 1);
    let seg = &l.segments[0];
    let mean = seg.mean.as_ref().expect("mean");
    let upper = seg.upper.as_ref().expect("upper limit");
    let lower = seg.lower.as_ref().expect("lower limit");
    let upper2 = seg.upper_two_sigma.as_ref().expect("upper 2-sigma");
    // Higher values are drawn higher up (smaller y).
    assert!(upper.y < upper2.y && upper2.y < mean.y && mean.y < lower.y);
    assert!(seg.provisional, "10 points give provisional limits");
    assert_eq!(count(&l.mean_path, "M "), 1);
    assert_eq!(count(&l.limits_path, "M "), 2);
    assert_eq!(count(&l.two_sigma_path, "M "), 2);

    let rebased = layout(&chart(&SERIES, None, vec![5]), None);
    assert_eq!(rebased.segments.len(), 2);
    assert_eq!(count(&rebased.mean_path, "M "), 2);
    // The segments meet where the second begins.
    let first = rebased.segments[0].mean.as_ref().expect("mean");
    let second = rebased.segments[1].mean.as_ref().expect("mean");
    assert!((first.x2 - second.x1).abs() < 1e-9);
    assert!(first.x1 < first.x2 && second.x1 < second.x2);
}

#[test]
fn target_line_and_label() {
    let c = chart(&SERIES, Some(Polarity::HigherIsBetter), vec![]);
    let l = layout(&c, Some(15.0));
    let target = l.target.as_ref().expect("target");
    assert_eq!(target.x1, l.axes.plot.left);
    assert_eq!(target.x2, l.axes.plot.right);
    assert!(target.y > l.axes.plot.top && target.y < l.axes.plot.bottom);
    assert_eq!(
        l.target_label.as_ref().map(|t| t.text.as_str()),
        Some("Target")
    );
    assert!(layout(&c, Some(f64::NAN)).target.is_none());
    // A target far from the data still fits on the axis.
    let far = layout(&c, Some(100.0));
    assert!(far.target.expect("target").y > far.axes.plot.top);
}

#[test]
fn flat_and_tiny_series_lay_out() {
    let flat = chart(&[4.0; 6], None, vec![]);
    let l = layout(&flat, None);
    assert_eq!(l.points.len(), 6);
    assert!(l.limits_path.is_empty(), "no limits without variation");
    assert!(!l.mean_path.is_empty());
    assert!(l.points.iter().all(|p| p.y.is_finite()));

    let one = chart(&[4.0], None, vec![]);
    let l = layout(&one, None);
    assert_eq!(l.points.len(), 1);
    assert_eq!(l.data_path.matches('M').count(), 1);

    let empty = chart(&[], None, vec![]);
    let l = layout(&empty, None);
    assert!(l.points.is_empty());
    assert!(l.data_path.is_empty());
    assert_eq!(
        xmr_summary(&empty, &[], None, "", None),
        "There is no data to chart."
    );
}

#[test]
fn huge_values_do_not_break_the_layout() {
    let c = chart(&[1e308, -1e308, 1e308], None, vec![]);
    let l = layout(&c, None);
    assert!(l.points.iter().all(|p| p.x.is_finite() && p.y.is_finite()));
}

#[test]
fn summary_sentence() {
    let c = xmr_chart(
        &SERIES,
        &SpcOptions::default(),
        Some(&Polarity::HigherIsBetter),
        Some(15.0),
    )
    .expect("valid");
    let text = xmr_summary(
        &c,
        &labels(10),
        Some(15.0),
        "%",
        Some(&Polarity::HigherIsBetter),
    );
    assert!(
        text.starts_with(
            "XmR chart of 10 points from Apr 2025 to Jan 2026 (higher is better): mean 12.2%"
        ),
        "{text}"
    );
    assert!(text.contains("(provisional)"), "{text}");
    assert!(
        text.contains("10 points show special cause variation"),
        "{text}"
    );
    assert!(text.contains("target 15%"), "{text}");
    // 10 points are too few for the SPC icons, so the sentence names none.
    assert!(
        !text.contains("variation:") && !text.contains("assurance:"),
        "{text}"
    );
    assert!(text.ends_with('.'));

    // With 15 points it names both: the jump to 30 is above the upper limit.
    let mut long = SERIES[..9].to_vec();
    long.extend([11.0, 9.0, 10.0, 12.0, 10.0, 30.0]);
    let higher = Polarity::HigherIsBetter;
    let c = xmr_chart(&long, &SpcOptions::default(), Some(&higher), Some(15.0)).expect("valid");
    let text = xmr_summary(&c, &labels(15), Some(15.0), "%", Some(&higher));
    assert!(
        text.contains("variation: special cause improvement"),
        "{text}"
    );
    assert!(text.contains("assurance: "), "{text}");
}

#[test]
fn table_rows() {
    let c = chart(&SERIES, Some(Polarity::HigherIsBetter), vec![]);
    let rows = xmr_table(&c, &labels(10));
    assert_eq!(rows.len(), 10);
    let last = &rows[9];
    assert_eq!(last.label, "Jan 2026");
    assert_eq!(last.value, "30");
    assert_eq!(last.mean, "12.2");
    assert_eq!(
        last.special_cause,
        "Outside the process limits (improvement, high)"
    );
    assert_ne!(last.upper, "—");

    let flat = xmr_table(&chart(&[4.0; 3], None, vec![]), &[]);
    assert_eq!(flat[0].label, "Point 1");
    assert_eq!(flat[0].lower, "—");
    assert_eq!(flat[0].upper, "—");
    assert_eq!(flat[0].special_cause, "—");
}
