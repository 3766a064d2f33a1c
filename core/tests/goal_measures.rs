//! The measures table on a goal's page (`Workspace::goal_measure_rows`): one row per measure of
//! the goal, its latest value against plan written by the core's formatter, and what is missing
//! said so.

mod common;

use common::*;
use scorecard_core::analysis::{Frequency, MeasureKind, Period, Polarity, RagStatus, Trajectory};
use scorecard_core::goal_measures::GoalMeasureRow;
use scorecard_core::measures::measure_status;
use scorecard_core::{demo, Measure};

fn month(y: i32, m: u32) -> Period {
    Period::containing(Frequency::Monthly, d(y, m, 1))
}

fn measure(goal: scorecard_core::Id, name: &str) -> Measure {
    let mut m = Measure::new(
        new_id(),
        goal,
        name,
        Frequency::Monthly,
        Polarity::HigherIsBetter,
        MeasureKind::Point,
        now(),
    );
    m.unit = "%".into();
    m
}

#[test]
fn each_measure_of_the_goal_shows_its_latest_value_against_plan() {
    let mut c = chain();
    let mut planned = measure(c.team, "Seen within 4 hours");
    planned.trajectory =
        Some(Trajectory::from_profile(MeasureKind::Point, month(2026, 10), &[75.0]).unwrap());
    let planned_id = planned.id;
    c.ws.save_measure(planned, now()).unwrap();
    c.ws.record_actual(planned_id, month(2026, 10), 72.5, "", "", now())
        .unwrap();
    let empty = measure(c.team, "Ambulance handovers");
    let empty_id = empty.id;
    c.ws.save_measure(empty, now()).unwrap();
    c.ws.save_measure(measure(c.strategic, "Another goal's"), now())
        .unwrap();

    let rows = c.ws.goal_measure_rows(c.team, d(2026, 11, 10));
    let ids: Vec<_> = rows.iter().map(|r| r.id).collect();
    assert_eq!(ids, [planned_id, empty_id], "the goal's own, in order");
    assert_eq!(rows[0].name, "Seen within 4 hours");
    assert_eq!(rows[0].latest, "72.5% (Oct 2026)");
    assert_eq!(rows[0].planned, "75%");
    assert_eq!(
        (rows[1].latest.as_str(), rows[1].planned.as_str()),
        ("No data", "–")
    );
    assert!(c.ws.goal_measure_rows(new_id(), today()).is_empty());
}

#[test]
fn on_the_demo_the_rows_carry_each_measures_status_and_icons() {
    let ws = demo::partnership(now());
    let mut rows: Vec<GoalMeasureRow> = Vec::new();
    for goal in ws.goals.iter() {
        let found = ws.goal_measure_rows(goal.id, today());
        let measures = ws.measures_of_goal(goal.id);
        assert_eq!(found.len(), measures.len(), "{}", goal.title);
        for (row, m) in found.iter().zip(measures) {
            let s = measure_status(m, today());
            assert_eq!(
                (row.status, row.variation, row.assurance),
                (s.status, s.variation, s.assurance),
                "{}",
                m.name
            );
            assert_eq!(row.disagreement, s.disagreement.map(|d| d.message));
        }
        rows.extend(found);
    }
    assert!(rows.len() > 1, "the demo's goals have measures");
    assert!(rows.iter().any(|r| r.status != RagStatus::NoDataYet));
    assert!(rows.iter().any(|r| r.variation.is_some()));
}
