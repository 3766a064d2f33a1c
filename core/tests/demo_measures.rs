//! The demo's measures show what domain.md asks of a credible demo.
mod common;

use chrono::{TimeZone, Utc};
use scorecard_core::analysis::{
    pro_rata_rag, AssuranceIcon, Meaning, Polarity, Rag, RagStatus, Tolerance, VariationIcon,
};
use scorecard_core::demo;
use scorecard_core::measures::measure_status;

fn today() -> chrono::NaiveDate {
    common::now().date_naive()
}

fn find<'a>(ws: &'a scorecard_core::Workspace, name: &str) -> &'a scorecard_core::Measure {
    ws.measures.iter().find(|m| m.name == name).expect(name)
}

#[test]
fn every_demo_measure_is_valid_with_a_year_or_more_of_data() {
    let ws = demo::partnership(common::now());
    assert!(ws.measures.len() >= 8);
    for m in &ws.measures {
        let errors = ws.validate_measure(m);
        assert!(errors.is_empty(), "{}: {errors}", m.name);
        assert!(m.trajectory.is_some(), "{} has a trajectory", m.name);
    }
    let point_measures_with_two_years =
        ws.measures.iter().filter(|m| m.actuals.len() >= 24).count();
    assert!(point_measures_with_two_years >= 5);
}

#[test]
fn smoking_quits_are_red_pro_rata_but_green_against_the_trajectory() {
    let ws = demo::partnership(common::now());
    let quits = find(&ws, "Four-week smoking quits");
    let summary = measure_status(quits, today());
    assert_eq!(summary.status, RagStatus::Green);
    let latest = summary.latest.unwrap();
    // As of 26 November 2026 the latest data is October, month 7 of 12.
    let naive = pro_rata_rag(
        latest.value,
        1000.0,
        7,
        12,
        &Polarity::HigherIsBetter,
        &Tolerance::PercentOfPlanned(5.0),
    )
    .unwrap();
    assert_eq!(naive, Rag::Red, "{} quits by October", latest.value);
}

#[test]
fn cancer_faster_diagnosis_shows_special_cause_concern() {
    let ws = demo::partnership(common::now());
    let summary = measure_status(find(&ws, "Cancer faster diagnosis within 28 days"), today());
    assert_eq!(summary.variation, Some(VariationIcon::ConcernLow));
    let last = summary.spc.unwrap().points.last().cloned().unwrap();
    assert_eq!(last.special_cause.unwrap().meaning, Meaning::Concern);
}

#[test]
fn ae_cannot_reach_its_target_and_the_owner_disagrees_with_the_data() {
    let ws = demo::partnership(common::now());
    let summary = measure_status(find(&ws, "A&E patients seen within 4 hours"), today());
    assert_eq!(summary.assurance, Some(AssuranceIcon::ConsistentlyFail));
    assert_eq!(summary.status, RagStatus::Red);
    assert_eq!(
        summary.disagreement.unwrap().message,
        "Self-assessed green, data red"
    );
}

#[test]
fn agency_spend_shows_improvement() {
    let ws = demo::partnership(common::now());
    let summary = measure_status(
        find(&ws, "Agency spend as a share of the pay bill"),
        today(),
    );
    assert!(
        matches!(summary.variation, Some(VariationIcon::ImprovementLow)),
        "{:?}",
        summary.variation
    );
}

#[test]
fn the_demo_works_whatever_month_it_is_opened() {
    for month in 1..=12 {
        let now = Utc.with_ymd_and_hms(2027, month, 15, 12, 0, 0).unwrap();
        let ws = demo::partnership(now);
        for m in &ws.measures {
            assert!(
                ws.validate_measure(m).is_empty(),
                "{} in month {month}",
                m.name
            );
            let s = measure_status(m, now.date_naive());
            assert_ne!(
                s.status,
                RagStatus::DataOverdue,
                "{} in month {month}",
                m.name
            );
        }
    }
}
