//! Sparkline geometry and its description in words.

use chrono::NaiveDate;
use scorecard_core::analysis::{Frequency, Period};
use scorecard_core::chart::{sparkline, sparkline_description, SPARKLINE_HEIGHT, SPARKLINE_WIDTH};
use scorecard_core::report::SparkPoint;

fn month(y: i32, m: u32) -> Period {
    Period::month_of(NaiveDate::from_ymd_opt(y, m, 1).unwrap())
}

fn point(period: Period, value: f64, planned: Option<f64>) -> SparkPoint {
    SparkPoint {
        period,
        label: period.label(),
        value,
        planned,
    }
}

/// The (x, y) pairs of a path's commands.
fn coords(path: &str) -> Vec<(f64, f64)> {
    let numbers: Vec<f64> = path
        .split_whitespace()
        .filter_map(|t| t.parse().ok())
        .collect();
    numbers.chunks(2).map(|c| (c[0], c[1])).collect()
}

#[test]
fn values_fill_the_box_with_the_highest_at_the_top() {
    let points = [
        point(month(2025, 4), 10.0, None),
        point(month(2025, 5), 20.0, None),
        point(month(2025, 6), 30.0, None),
    ];
    let s = sparkline(&points, "%");
    assert_eq!(s.view_box, "0 0 120 32");
    assert_eq!(s.actual_path, "M 3 29 L 60 16 L 117 3");
    assert_eq!(s.planned_path, "");
    assert_eq!(s.latest, Some((117.0, 3.0)));
    assert_eq!(s.description, "Last 3 months: from 10% to 30%");
}

#[test]
fn a_missing_month_leaves_a_wider_step() {
    let points = [
        point(month(2025, 4), 1.0, None),
        point(month(2025, 5), 1.0, None),
        point(month(2025, 8), 1.0, None),
    ];
    let s = sparkline(&points, "");
    let xs: Vec<f64> = coords(&s.actual_path).iter().map(|p| p.0).collect();
    // Months 0, 1 and 4 of a 4-month span across 3..117.
    assert_eq!(xs, vec![3.0, 31.5, 117.0]);
    // A flat series runs across the middle.
    assert!(coords(&s.actual_path)
        .iter()
        .all(|p| p.1 == SPARKLINE_HEIGHT / 2.0));
    assert_eq!(s.description, "Last 5 months: from 1 to 1");
}

#[test]
fn the_trajectory_shares_the_scale_and_has_gaps() {
    let points = [
        point(month(2025, 4), 50.0, None),
        point(month(2025, 5), 60.0, Some(70.0)),
        point(month(2025, 6), 70.0, Some(90.0)),
    ];
    let s = sparkline(&points, "%");
    // 50 to 90 over the height: 70 sits in the middle, the plan's 90 at the top.
    assert_eq!(s.planned_path, "M 60 16 L 117 3");
    assert_eq!(coords(&s.actual_path)[2], (117.0, 16.0));
    assert_eq!(
        s.description,
        "Last 3 months: from 50% to 70% (trajectory 90%)"
    );
}

#[test]
fn every_coordinate_stays_inside_the_box() {
    let points: Vec<SparkPoint> = (0..24)
        .map(|i| {
            let period = month(2024, 4).offset(i).unwrap();
            point(period, (i as f64 * 1.7).sin() * 1e9, Some(i as f64))
        })
        .collect();
    let s = sparkline(&points, "£");
    for (x, y) in coords(&s.actual_path)
        .into_iter()
        .chain(coords(&s.planned_path))
    {
        assert!((0.0..=SPARKLINE_WIDTH).contains(&x), "x {x}");
        assert!((0.0..=SPARKLINE_HEIGHT).contains(&y), "y {y}");
    }
    assert!(s.description.starts_with("Last 24 months: from "));
}

#[test]
fn one_point_or_none() {
    let one = sparkline(&[point(month(2025, 6), 72.5, Some(75.0))], "%");
    // In the middle, below its plan.
    assert_eq!(one.actual_path, "M 60 29");
    assert_eq!(one.planned_path, "M 60 3");
    assert_eq!(one.latest, Some((60.0, 29.0)));
    assert_eq!(one.description, "Jun 2025: 72.5% (trajectory 75%)");

    let none = sparkline(&[], "%");
    assert_eq!((none.actual_path.as_str(), none.latest), ("", None));
    assert_eq!(none.description, "No data yet");
}

#[test]
fn quarters_and_years_are_named() {
    let q = |y, m| {
        Period::new(
            Frequency::Quarterly,
            NaiveDate::from_ymd_opt(y, m, 1).unwrap(),
        )
    };
    let points = [
        point(q(2025, 4).unwrap(), 3.0, None),
        point(q(2025, 7).unwrap(), 4.0, None),
    ];
    assert_eq!(
        sparkline_description(&points, "quits"),
        "Last 2 quarters: from 3 quits to 4 quits"
    );
    let y = |y| Period::new(Frequency::Annual, NaiveDate::from_ymd_opt(y, 4, 1).unwrap());
    let points = [
        point(y(2023).unwrap(), 1_000.0, None),
        point(y(2025).unwrap(), 1_500.0, None),
    ];
    assert_eq!(
        sparkline_description(&points, "£"),
        "Last 3 years: from £1,000 to £1,500"
    );
}
