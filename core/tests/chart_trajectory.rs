//! Planned against actual layout, table and summary.

use scorecard_core::chart::{layout_trajectory, trajectory_summary, trajectory_table, ChartFrame};

fn labels() -> Vec<String> {
    ["Q1", "Q2", "Q3", "Q4"].map(String::from).to_vec()
}

const PLANNED: [Option<f64>; 4] = [Some(100.0), Some(200.0), Some(300.0), Some(400.0)];
const ACTUAL: [Option<f64>; 4] = [Some(90.0), None, Some(310.0), None];

#[test]
fn series_are_placed_with_gaps() {
    let l = layout_trajectory(
        &labels(),
        &PLANNED,
        &ACTUAL,
        Some(400.0),
        "quits",
        &ChartFrame::default(),
    );
    assert_eq!(l.planned_points.len(), 4);
    assert_eq!(l.actual_points.len(), 2);
    assert_eq!(l.planned_path.matches("M ").count(), 1);
    assert_eq!(l.planned_path.matches("L ").count(), 3);
    // Two actual values with a gap between: two separate moves, no line.
    assert_eq!(l.actual_path.matches("M ").count(), 2);
    assert_eq!(l.actual_path.matches("L ").count(), 0);
    assert_eq!(l.actual_points[1].index, 2);
    assert_eq!(l.actual_points[1].description, "Q3: actual 310 quits");
    // Same period, same x.
    assert_eq!(l.actual_points[1].x, l.planned_points[2].x);
    let target = l.target.expect("target");
    assert!((target.y - l.planned_points[3].y).abs() < 1e-9);
    assert_eq!(l.axes.unit_label.map(|u| u.text), Some("quits".to_string()));
}

#[test]
fn mismatched_lengths_and_bad_values() {
    let l = layout_trajectory(
        &[],
        &[Some(1.0), Some(f64::NAN)],
        &[Some(2.0), Some(3.0), Some(4.0)],
        None,
        "",
        &ChartFrame::default(),
    );
    assert_eq!(l.axes.count, 3);
    assert_eq!(l.planned_points.len(), 1);
    assert_eq!(l.actual_points.len(), 3);
    assert_eq!(
        l.axes.x_ticks.last().map(|t| t.label.as_str()),
        Some("Point 3")
    );
    assert!(l.target.is_none());

    let empty = layout_trajectory(&[], &[], &[], None, "", &ChartFrame::default());
    assert!(empty.planned_path.is_empty() && empty.actual_path.is_empty());
}

#[test]
fn table_differences() {
    let rows = trajectory_table(&labels(), &PLANNED, &ACTUAL);
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[0].difference, "-10");
    assert_eq!(rows[1].actual, "—");
    assert_eq!(rows[1].difference, "—");
    assert_eq!(rows[2].difference, "+10");
    assert_eq!(rows[3].planned, "400");
}

#[test]
fn summary_sentence() {
    let text = trajectory_summary(&labels(), &PLANNED, &ACTUAL, Some(400.0), "%");
    assert_eq!(
        text,
        "Planned and actual values for 4 periods from Q1 to Q4; latest actual 310% (Q3) against a plan of 300%, 10 percentage points above plan; target 400%."
    );
    let none = trajectory_summary(&labels(), &PLANNED, &[], None, "");
    assert!(none.contains("no actual values yet"));
    assert_eq!(
        trajectory_summary(&[], &[], &[], None, ""),
        "There is no data to chart."
    );
}
