//! Measures in the workspace: validation, storage, data entry with history, status and roll-up.

mod common;

use chrono::NaiveDate;
use common::*;
use scorecard_core::analysis::{
    Frequency, MeasureKind, Outlook, Period, PeriodValue, Polarity, Rag, RagStatus, RollupMethod,
    RunLength, Screening, Shape, Tolerance, Trajectory, WeightedThresholds,
};
use scorecard_core::measures::measure_status;
use scorecard_core::storage::{KeyValueStore, LoadOutcome, MemoryStore, Repository, WORKSPACE_KEY};
use scorecard_core::workspace::{ChildGoals, DeleteError};
use scorecard_core::{
    ActualRevision, GoalLevel, Id, Measure, Perspective, SelfAssessment, SpcSettings, Workspace,
};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

fn month(y: i32, m: u32) -> Period {
    Period::containing(Frequency::Monthly, date(y, m, 1))
}

fn quarter(y: i32, m: u32) -> Period {
    Period::containing(Frequency::Quarterly, date(y, m, 1))
}

/// A monthly, higher-is-better point measure of `goal` with no tolerance.
fn measure(goal: Id, name: &str) -> Measure {
    Measure::new(
        new_id(),
        goal,
        name,
        Frequency::Monthly,
        Polarity::HigherIsBetter,
        MeasureKind::Point,
        now(),
    )
}

/// Annual target 1,000 quits, deliberately back-loaded: 40% (400) by month 6 (September).
fn quits_trajectory() -> Trajectory {
    Trajectory::from_profile(
        MeasureKind::Cumulative,
        month(2025, 4),
        &[
            50.0, 100.0, 170.0, 240.0, 320.0, 400.0, 480.0, 570.0, 660.0, 760.0, 880.0, 1000.0,
        ],
    )
    .unwrap()
}

fn quits_measure(goal: Id) -> Measure {
    let mut m = Measure::new(
        new_id(),
        goal,
        "Four-week smoking quits",
        Frequency::Monthly,
        Polarity::HigherIsBetter,
        MeasureKind::Cumulative,
        now(),
    );
    m.unit = "quits".into();
    m.tolerance = Tolerance::PercentOfPlanned(5.0);
    m.target = Some(PeriodValue::new(month(2026, 3), 1000.0));
    m.trajectory = Some(quits_trajectory());
    m
}

/// A measure of `goal` whose April 2025 actual is `actual` against `planned` (rated in May).
fn rated(ws: &mut Workspace, goal: Id, name: &str, actual: f64, planned: f64, weight: f64) -> Id {
    let mut m = measure(goal, name);
    m.weight = weight;
    m.trajectory =
        Some(Trajectory::from_profile(MeasureKind::Point, month(2025, 4), &[planned]).unwrap());
    let id = m.id;
    ws.save_measure(m, now()).unwrap();
    ws.record_actual(id, month(2025, 4), actual, "", "", now())
        .unwrap();
    id
}

/// A day when April's data is in and none is overdue.
fn in_may() -> NaiveDate {
    date(2025, 5, 10)
}

// ---- validation ----

#[test]
fn a_measure_needs_a_name_and_a_goal() {
    let c = chain();
    let blank = measure(c.strategic, "  ");
    assert_eq!(
        c.ws.validate_measure(&blank).for_field("name"),
        Some("Enter a name for the measure")
    );
    let orphan = measure(new_id(), "Quits");
    assert_eq!(
        c.ws.validate_measure(&orphan).for_field("goal"),
        Some("Choose the goal the measure belongs to")
    );
    assert!(c
        .ws
        .validate_measure(&measure(c.strategic, "Quits"))
        .is_empty());
}

#[test]
fn text_fields_have_length_limits() {
    let c = chain();
    let mut m = measure(c.strategic, &"é".repeat(151));
    m.definition = "d".repeat(2001);
    m.unit = "u".repeat(21);
    m.data_source = "s".repeat(201);
    let errors = c.ws.validate_measure(&m);
    assert_eq!(
        errors.for_field("name"),
        Some("Name must be 150 characters or fewer (it has 151)")
    );
    assert_eq!(
        errors.for_field("definition"),
        Some("Definition must be 2000 characters or fewer (it has 2001)")
    );
    assert_eq!(
        errors.for_field("unit"),
        Some("Unit must be 20 characters or fewer (it has 21)")
    );
    assert_eq!(
        errors.for_field("data_source"),
        Some("Data source must be 200 characters or fewer (it has 201)")
    );
}

#[test]
fn numbers_must_be_finite_and_the_message_names_the_field() {
    let c = chain();
    let mut m = measure(c.strategic, "Quits");
    m.baseline = Some(PeriodValue::new(month(2025, 3), f64::INFINITY));
    m.target = Some(PeriodValue::new(month(2026, 3), f64::NAN));
    m.tolerance = Tolerance::Absolute(f64::NAN);
    m.weight = f64::NEG_INFINITY;
    let errors = c.ws.validate_measure(&m);
    assert_eq!(
        errors.for_field("baseline_value"),
        Some("Baseline must be a number")
    );
    assert_eq!(
        errors.for_field("target_value"),
        Some("Target must be a number")
    );
    assert_eq!(
        errors.for_field("tolerance"),
        Some("Tolerance must be a number")
    );
    assert_eq!(errors.for_field("weight"), Some("Weight must be a number"));

    let mut band = measure(c.strategic, "Bed occupancy");
    band.polarity = Polarity::WithinBand {
        lower: f64::NAN,
        upper: 92.0,
    };
    assert_eq!(
        c.ws.validate_measure(&band).for_field("band_lower"),
        Some("Lower end of the range must be a number")
    );
}

#[test]
fn a_nan_is_refused_and_nothing_changes() {
    let mut c = chain();
    let m = quits_measure(c.strategic);
    let id = m.id;
    c.ws.save_measure(m, now()).unwrap();
    c.ws.record_actual(id, month(2025, 4), 45.0, "", "Sam", now())
        .unwrap();
    let before = c.ws.clone();

    let mut bad = c.ws.measure(id).unwrap().clone();
    bad.target = Some(PeriodValue::new(month(2026, 3), f64::NAN));
    let errors = c.ws.save_measure(bad, later()).unwrap_err();
    assert_eq!(
        errors.for_field("target_value"),
        Some("Target must be a number")
    );
    assert_eq!(c.ws, before);

    for value in [f64::NAN, f64::INFINITY] {
        let errors =
            c.ws.record_actual(id, month(2025, 4), value, "", "Sam", later())
                .unwrap_err();
        assert_eq!(errors.for_field("value"), Some("Actual must be a number"));
        let errors =
            c.ws.record_actual(id, month(2025, 5), value, "", "Sam", later())
                .unwrap_err();
        assert_eq!(errors.for_field("value"), Some("Actual must be a number"));
    }
    assert_eq!(c.ws, before);
}

#[test]
fn periods_must_match_the_frequency_and_the_target_follow_the_baseline() {
    let c = chain();
    let mut m = measure(c.strategic, "Quits");
    m.baseline = Some(PeriodValue::new(quarter(2025, 4), 0.0));
    m.target = Some(PeriodValue::new(month(2026, 3), 100.0));
    let errors = c.ws.validate_measure(&m);
    assert_eq!(
        errors.for_field("baseline_period"),
        Some("Baseline period must be a month, to match how often the measure is reported")
    );
    assert_eq!(errors.for_field("target_period"), None);

    m.baseline = Some(PeriodValue::new(month(2026, 3), 0.0));
    assert_eq!(
        c.ws.validate_measure(&m).for_field("target_period"),
        Some("Target period must be after the baseline period")
    );

    m.baseline = Some(PeriodValue::new(month(2025, 3), 0.0));
    m.trajectory = Some(
        Trajectory::from_profile(MeasureKind::Point, quarter(2025, 4), &[10.0, 20.0]).unwrap(),
    );
    assert_eq!(
        c.ws.validate_measure(&m).for_field("trajectory"),
        Some("Trajectory must be in months, to match how often the measure is reported")
    );
}

#[test]
fn band_tolerance_weight_confidence_and_spc_settings_are_checked() {
    let c = chain();
    let mut m = measure(c.strategic, "Bed occupancy");
    m.polarity = Polarity::WithinBand {
        lower: 92.0,
        upper: 85.0,
    };
    m.tolerance = Tolerance::PercentOfPlanned(-1.0);
    m.weight = -2.0;
    m.spc.freeze_after = Some(1);
    m.self_assessments.push(SelfAssessment {
        period: month(2025, 4),
        rag: Rag::Green,
        confidence: 0,
        narrative: String::new(),
        assessed_by: String::new(),
        assessed_at: now(),
    });
    let errors = c.ws.validate_measure(&m);
    assert_eq!(
        errors.for_field("band_upper"),
        Some("Upper end of the range must be more than the lower end")
    );
    assert_eq!(
        errors.for_field("tolerance"),
        Some("Tolerance must be 0 or more")
    );
    assert_eq!(errors.for_field("weight"), Some("Weight must be 0 or more"));
    assert_eq!(
        errors.for_field("self_assessments"),
        Some("Confidence for Apr 2025 must be from 1 to 5")
    );
    assert_eq!(
        errors.for_field("spc_freeze_after"),
        Some("Limits must be fixed on at least 2 points")
    );
}

#[test]
fn data_held_in_a_measure_is_checked_when_it_is_saved() {
    let c = chain();
    let mut m = quits_measure(c.strategic);
    m.kind = MeasureKind::Point;
    let mut actual = scorecard_core::Actual {
        period: month(2025, 4),
        value: 45.0,
        note: String::new(),
        entered_at: now(),
        entered_by: String::new(),
        history: vec![],
    };
    m.actuals.push(actual.clone());
    actual.value = f64::NAN;
    m.actuals.push(actual);
    let errors = c.ws.validate_measure(&m);
    assert_eq!(
        errors.for_field("trajectory"),
        Some("Trajectory must give a value for each period, like the measure")
    );
    let messages: Vec<&str> = errors
        .0
        .iter()
        .filter(|e| e.field == "actuals")
        .map(|e| e.message.as_str())
        .collect();
    assert_eq!(
        messages,
        vec![
            "There is more than one actual for Apr 2025",
            "The actual for Apr 2025 must be a number",
        ]
    );
}

#[test]
fn actuals_and_self_assessments_are_checked_on_entry() {
    let mut c = chain();
    let m = measure(c.strategic, "Quits");
    let id = m.id;
    c.ws.save_measure(m, now()).unwrap();
    let before = c.ws.clone();

    let errors =
        c.ws.record_actual(id, quarter(2025, 4), 1.0, "", "", now())
            .unwrap_err();
    assert_eq!(
        errors.for_field("period"),
        Some("The period must be a month, to match how often the measure is reported")
    );
    let errors =
        c.ws.record_actual(new_id(), month(2025, 4), 1.0, "", "", now())
            .unwrap_err();
    assert_eq!(
        errors.for_field("measure"),
        Some("That measure no longer exists")
    );

    let assessment = SelfAssessment {
        period: month(2025, 4),
        rag: Rag::Amber,
        confidence: 6,
        narrative: String::new(),
        assessed_by: String::new(),
        assessed_at: now(),
    };
    let errors = c.ws.record_self_assessment(id, assessment).unwrap_err();
    assert_eq!(
        errors.for_field("confidence"),
        Some("Choose a confidence level from 1 to 5")
    );
    assert_eq!(c.ws, before);
}

#[test]
fn two_measures_of_one_goal_cannot_share_a_name() {
    let mut c = chain();
    c.ws.save_measure(measure(c.strategic, "Quits"), now())
        .unwrap();
    assert_eq!(
        c.ws.validate_measure(&measure(c.strategic, " quits "))
            .for_field("name"),
        Some("This goal already has a measure with this name")
    );
    assert!(c.ws.validate_measure(&measure(c.team, "Quits")).is_empty());
}

// ---- saving, storage and deletion ----

#[test]
fn saving_keeps_created_at_and_trims() {
    let mut c = chain();
    let mut m = measure(c.strategic, "  Quits  ");
    let id = m.id;
    c.ws.save_measure(m.clone(), now()).unwrap();
    assert_eq!(c.ws.measure(id).unwrap().name, "Quits");
    m.name = "Four-week quits".into();
    c.ws.save_measure(m, later()).unwrap();
    let saved = c.ws.measure(id).unwrap();
    assert_eq!(saved.stamps.created_at, now());
    assert_eq!(saved.stamps.updated_at, later());
    assert_eq!(c.ws.measures.len(), 1);
    assert_eq!(c.ws.measures_of_goal(c.strategic).len(), 1);
    assert!(c.ws.measures_of_goal(c.team).is_empty());
}

#[test]
fn save_and_load_round_trip_keeps_measures_exactly() {
    let mut c = chain();
    let quits = quits_measure(c.strategic);
    let quits_id = quits.id;
    c.ws.save_measure(quits, now()).unwrap();
    c.ws.record_actual(quits_id, month(2025, 4), 45.0, "Q1 return", "Sam", now())
        .unwrap();
    c.ws.record_actual(
        quits_id,
        month(2025, 4),
        47.5,
        "Late returns",
        "Ali",
        later(),
    )
    .unwrap();
    c.ws.record_self_assessment(
        quits_id,
        SelfAssessment {
            period: month(2025, 4),
            rag: Rag::Amber,
            confidence: 3,
            narrative: "January campaign not yet booked".into(),
            assessed_by: "Sam".into(),
            assessed_at: later(),
        },
    )
    .unwrap();

    let mut band = measure(c.team, "Bed occupancy");
    band.unit = "%".into();
    band.polarity = Polarity::WithinBand {
        lower: 85.0,
        upper: 92.5,
    };
    band.frequency = Frequency::Quarterly;
    band.kind = MeasureKind::Point;
    band.baseline = Some(PeriodValue::new(quarter(2025, 1), 95.1));
    band.target = Some(PeriodValue::new(quarter(2026, 1), 91.0));
    band.trajectory = Some(
        Trajectory::from_points(
            MeasureKind::Point,
            band.baseline,
            vec![
                PeriodValue::new(quarter(2025, 4), 94.7),
                PeriodValue::new(quarter(2025, 7), 93.9),
                PeriodValue::new(quarter(2025, 10), 92.6),
                PeriodValue::new(quarter(2026, 1), 91.0),
            ],
        )
        .unwrap(),
    );
    band.spc = SpcSettings {
        screening: false,
        run_length_six: true,
        rebase_at: vec![quarter(2025, 10)],
        freeze_after: Some(4),
    };
    band.weight = 2.5;
    c.ws.save_measure(band, now()).unwrap();

    let mut repo = Repository::new(MemoryStore::new(), "test");
    repo.save(&c.ws, now()).unwrap();
    let mut fresh = Repository::new(MemoryStore::new(), "test");
    let text = repo.store().get(WORKSPACE_KEY).unwrap().unwrap();
    fresh.store().set(WORKSPACE_KEY, &text).unwrap();
    match fresh.load() {
        LoadOutcome::Loaded(loaded) => assert_eq!(loaded, c.ws),
        other => panic!("expected Loaded, got {other:?}"),
    }
}

/// A shaped trajectory holds long values such as 93.86999999999999, which serde_json's default
/// float parser can read back one unit in the last place out (as 93.87).
#[test]
fn generated_trajectories_round_trip_exactly() {
    let mut c = chain();
    let mut m = measure(c.strategic, "Bed occupancy");
    m.frequency = Frequency::Quarterly;
    m.trajectory = Some(
        Trajectory::from_shape(
            MeasureKind::Point,
            PeriodValue::new(quarter(2025, 1), 95.1),
            PeriodValue::new(quarter(2026, 1), 91.0),
            &Shape::BackLoaded,
        )
        .unwrap(),
    );
    c.ws.save_measure(m, now()).unwrap();
    let mut repo = Repository::new(MemoryStore::new(), "test");
    repo.save(&c.ws, now()).unwrap();
    match repo.load() {
        LoadOutcome::Loaded(loaded) => assert_eq!(loaded, c.ws),
        other => panic!("expected Loaded, got {other:?}"),
    }
}

#[test]
fn a_workspace_saved_before_measures_still_loads() {
    let old = r#"{"name":"Old","goals":[]}"#;
    let ws: Workspace = serde_json::from_str(old).unwrap();
    assert!(ws.measures.is_empty());

    let minimal = format!(
        r#"{{"id":"{}","goal_id":"{}","name":"Quits","frequency":"Monthly",
            "polarity":"HigherIsBetter","kind":"Cumulative",
            "created_at":"2026-11-26T09:00:00Z","updated_at":"2026-11-26T09:00:00Z"}}"#,
        new_id(),
        new_id()
    );
    let m: Measure = serde_json::from_str(&minimal).unwrap();
    assert_eq!(m.weight, 1.0);
    assert_eq!(m.tolerance, Tolerance::Absolute(0.0));
    assert_eq!(m.spc, SpcSettings::default());
    assert!(m.spc.screening);
    assert!(m.actuals.is_empty() && m.trajectory.is_none());
}

#[test]
fn deleting_a_goal_removes_its_measures_and_those_below_it() {
    let mut c = chain();
    let on_strategic = rated(&mut c.ws, c.strategic, "A", 1.0, 1.0, 1.0);
    let on_team = rated(&mut c.ws, c.team, "B", 1.0, 1.0, 1.0);
    let on_individual = rated(&mut c.ws, c.individual, "C", 1.0, 1.0, 1.0);

    let mut kept = c.ws.clone();
    kept.delete_goal(c.team, ChildGoals::KeepUnaligned, later())
        .unwrap();
    assert!(kept.measure(on_team).is_none());
    assert!(kept.measure(on_individual).is_some());
    assert!(kept.measure(on_strategic).is_some());

    c.ws.delete_goal(c.team, ChildGoals::DeleteThem, later())
        .unwrap();
    assert!(c.ws.measure(on_team).is_none());
    assert!(c.ws.measure(on_individual).is_none());
    assert!(c.ws.measure(on_strategic).is_some());
}

#[test]
fn deleting_a_measure() {
    let mut c = chain();
    let id = rated(&mut c.ws, c.strategic, "A", 1.0, 1.0, 1.0);
    assert_eq!(
        c.ws.delete_measure(new_id(), later()),
        Err(DeleteError::NotFound)
    );
    c.ws.delete_measure(id, later()).unwrap();
    assert!(c.ws.measures.is_empty());
}

// ---- data entry ----

#[test]
fn correcting_an_actual_keeps_the_earlier_value_who_and_when() {
    let mut c = chain();
    let m = quits_measure(c.strategic);
    let id = m.id;
    c.ws.save_measure(m, now()).unwrap();
    c.ws.record_actual(id, month(2025, 5), 100.0, "May return", "Sam", now())
        .unwrap();
    c.ws.record_actual(id, month(2025, 4), 45.0, "", "Sam", now())
        .unwrap();
    // Saving the same thing again is not a correction.
    c.ws.record_actual(id, month(2025, 4), 45.0, "", "Sam", later())
        .unwrap();
    assert!(c.ws.measure(id).unwrap().actuals[0].history.is_empty());

    c.ws.record_actual(
        id,
        month(2025, 4),
        47.0,
        "Late returns added",
        "Ali",
        later(),
    )
    .unwrap();
    let m = c.ws.measure(id).unwrap();
    let periods: Vec<Period> = m.actuals.iter().map(|a| a.period).collect();
    assert_eq!(periods, vec![month(2025, 4), month(2025, 5)], "sorted");
    let april = &m.actuals[0];
    assert_eq!(april.value, 47.0);
    assert_eq!(april.note, "Late returns added");
    assert_eq!(
        (april.entered_by.as_str(), april.entered_at),
        ("Ali", later())
    );
    assert_eq!(
        april.history,
        vec![ActualRevision {
            value: 45.0,
            note: String::new(),
            changed_at: now(),
            changed_by: "Sam".into(),
        }]
    );
    assert_eq!(m.stamps.updated_at, later());
}

#[test]
fn one_self_assessment_per_period() {
    let mut c = chain();
    let m = measure(c.strategic, "Quits");
    let id = m.id;
    c.ws.save_measure(m, now()).unwrap();
    for (rag, confidence) in [(Rag::Green, 4), (Rag::Amber, 2)] {
        c.ws.record_self_assessment(
            id,
            SelfAssessment {
                period: month(2025, 6),
                rag,
                confidence,
                narrative: String::new(),
                assessed_by: "Sam".into(),
                assessed_at: later(),
            },
        )
        .unwrap();
    }
    let m = c.ws.measure(id).unwrap();
    assert_eq!(m.self_assessments.len(), 1);
    assert_eq!(m.self_assessments[0].rag, Rag::Amber);
    assert_eq!(m.self_assessments[0].confidence, 2);
}

// ---- status ----

#[test]
fn seed_example_is_green_against_its_back_loaded_plan() {
    let mut c = chain();
    let m = quits_measure(c.strategic);
    let id = m.id;
    c.ws.save_measure(m, now()).unwrap();
    for (mo, total) in [
        (4, 45.0),
        (5, 95.0),
        (6, 165.0),
        (7, 250.0),
        (8, 330.0),
        (9, 420.0),
    ] {
        c.ws.record_actual(id, month(2025, mo), total, "", "", now())
            .unwrap();
    }
    c.ws.record_self_assessment(
        id,
        SelfAssessment {
            period: month(2025, 9),
            rag: Rag::Amber,
            confidence: 2,
            narrative: "Below half the annual target".into(),
            assessed_by: "Sam".into(),
            assessed_at: later(),
        },
    )
    .unwrap();

    let summary = measure_status(c.ws.measure(id).unwrap(), date(2025, 10, 20));
    assert_eq!(summary.status, RagStatus::Green);
    assert_eq!(summary.status.label(), "On track");
    let latest = summary.latest.unwrap();
    assert_eq!((latest.period, latest.value), (month(2025, 9), 420.0));
    assert_eq!(summary.planned, Some(400.0));
    assert!(
        latest.value < 0.5 * 1000.0,
        "below half of the annual target"
    );

    let forecast = summary.forecast.unwrap();
    assert_eq!(forecast.outlook, Outlook::LikelyToMeet);
    assert!((forecast.value - 1050.0).abs() < 1e-9);

    let disagreement = summary.disagreement.unwrap();
    assert_eq!(disagreement.message, "Self-assessed amber, data green");
    assert_eq!(summary.self_assessment.unwrap().confidence, 2);

    // Charted as quits added each month, not running totals.
    let chart = summary.spc.unwrap();
    let values: Vec<f64> = chart.points.iter().map(|p| p.value).collect();
    assert_eq!(values, vec![45.0, 50.0, 70.0, 85.0, 80.0, 90.0]);
    assert_eq!(summary.spc_periods.len(), 6);
    assert!(
        summary.variation.is_none(),
        "6 points are too few for icons"
    );
    assert_eq!(summary.assurance, None, "a year's target is not a month's");
    assert!(summary.notes.is_empty(), "{:?}", summary.notes);
}

#[test]
fn without_a_trajectory_a_directional_measure_has_no_rag_but_a_band_does() {
    let mut c = chain();
    let m = measure(c.strategic, "Quits");
    let id = m.id;
    c.ws.save_measure(m, now()).unwrap();
    let summary = measure_status(c.ws.measure(id).unwrap(), in_may());
    assert_eq!(summary.status, RagStatus::NoDataYet);
    assert!(summary.notes.is_empty());
    c.ws.record_actual(id, month(2025, 4), 12.0, "", "", now())
        .unwrap();
    let summary = measure_status(c.ws.measure(id).unwrap(), in_may());
    assert_eq!(summary.status, RagStatus::NoDataYet);
    assert_eq!(
        summary.notes,
        vec!["There is no trajectory, so the actuals cannot be rated against a plan."]
    );
    assert_eq!(summary.spc, None, "one point is not a chart");

    let mut band = measure(c.strategic, "Bed occupancy");
    band.polarity = Polarity::WithinBand {
        lower: 85.0,
        upper: 92.0,
    };
    band.tolerance = Tolerance::Absolute(2.0);
    let band_id = band.id;
    c.ws.save_measure(band, now()).unwrap();
    c.ws.record_actual(band_id, month(2025, 4), 93.5, "", "", now())
        .unwrap();
    let summary = measure_status(c.ws.measure(band_id).unwrap(), in_may());
    assert_eq!(summary.status, RagStatus::Amber);
}

#[test]
fn spc_settings_map_rebase_periods_to_points() {
    let settings = SpcSettings {
        screening: false,
        run_length_six: true,
        rebase_at: vec![month(2025, 6), month(2025, 1), month(2026, 1)],
        freeze_after: Some(3),
    };
    // January 2025 is before the data (no new section); January 2026 after it (none yet).
    let periods = [month(2025, 4), month(2025, 6), month(2025, 7)];
    let options = settings.to_options(&periods);
    assert_eq!(options.screening, Screening::Unscreened);
    assert_eq!(options.run_length, RunLength::Six);
    assert_eq!(options.rebase_at, vec![1]);
    assert_eq!(options.freeze_after, Some(3));

    // With no June point, the section starts at the next point, July.
    let gap = [month(2025, 4), month(2025, 5), month(2025, 7)];
    assert_eq!(settings.to_options(&gap).rebase_at, vec![2]);
}

// ---- roll-up ----

#[test]
fn goal_status_is_worst_of_its_measures_and_goals_below() {
    let mut c = chain();
    let worst = RollupMethod::WorstOf;
    assert_eq!(
        c.ws.goal_status(c.strategic, in_may(), &worst),
        RagStatus::NoDataYet
    );
    rated(&mut c.ws, c.strategic, "Green", 10.0, 10.0, 1.0);
    assert_eq!(
        c.ws.goal_status(c.strategic, in_may(), &worst),
        RagStatus::Green
    );
    rated(&mut c.ws, c.individual, "Red", 1.0, 10.0, 1.0);
    assert_eq!(
        c.ws.goal_status(c.individual, in_may(), &worst),
        RagStatus::Red
    );
    assert_eq!(c.ws.goal_status(c.team, in_may(), &worst), RagStatus::Red);
    assert_eq!(
        c.ws.goal_status(c.strategic, in_may(), &worst),
        RagStatus::Red,
        "a red two levels down reaches the top"
    );
    assert_eq!(
        c.ws.goal_status(new_id(), in_may(), &worst),
        RagStatus::NoDataYet
    );
}

#[test]
fn weighted_goal_status_uses_measure_weights() {
    let mut c = chain();
    let weighted = RollupMethod::WeightedAverage(WeightedThresholds::default());
    rated(&mut c.ws, c.strategic, "Green", 10.0, 10.0, 4.0);
    rated(&mut c.ws, c.strategic, "Red", 1.0, 10.0, 1.0);
    // (4 × 1 + 1 × 0) / 5 = 0.8: green, where worst-of says red.
    assert_eq!(
        c.ws.goal_status(c.strategic, in_may(), &weighted),
        RagStatus::Green
    );
    assert_eq!(
        c.ws.goal_status(c.strategic, in_may(), &RollupMethod::WorstOf),
        RagStatus::Red
    );
    rated(&mut c.ws, c.strategic, "Also red", 1.0, 10.0, 1.0);
    // 4 / 6 ≈ 0.67: amber.
    assert_eq!(
        c.ws.goal_status(c.strategic, in_may(), &weighted),
        RagStatus::Amber
    );
    // Unusable thresholds fall back to worst-of rather than fail.
    let broken = RollupMethod::WeightedAverage(WeightedThresholds {
        green_at_least: 0.2,
        amber_at_least: 0.9,
    });
    assert_eq!(
        c.ws.goal_status(c.strategic, in_may(), &broken),
        RagStatus::Red
    );
}

#[test]
fn a_loop_in_imported_goals_does_not_hang_the_roll_up() {
    let mut c = chain();
    rated(&mut c.ws, c.individual, "Red", 1.0, 10.0, 1.0);
    // Imported data: team → individual → team.
    let team = c.ws.goals.get_mut(c.team).unwrap();
    team.parent_id = Some(c.individual);
    let worst = RollupMethod::WorstOf;
    // As the cascade draws it, neither goal of a loop sits under the other.
    assert_eq!(
        c.ws.goal_status(c.individual, in_may(), &worst),
        RagStatus::Red
    );
    assert_eq!(
        c.ws.goal_status(c.team, in_may(), &worst),
        RagStatus::NoDataYet
    );
    assert_eq!(
        c.ws.goal_status(c.strategic, in_may(), &worst),
        RagStatus::NoDataYet
    );
}

#[test]
fn a_very_deep_cascade_rolls_up_without_overflowing_the_stack() {
    let mut c = chain();
    let mut parent = c.team;
    for i in 0..20_000 {
        let g = goal(c.org, GoalLevel::Team, Some(parent), &format!("Level {i}"));
        parent = g.id;
        c.ws.goals.upsert(g);
    }
    rated(&mut c.ws, parent, "Red", 1.0, 10.0, 1.0);
    assert_eq!(
        c.ws.goal_status(c.strategic, in_may(), &RollupMethod::WorstOf),
        RagStatus::Red
    );
}

#[test]
fn perspective_status_rolls_up_strategic_goals_for_an_organisation() {
    let mut c = chain();
    let partner = org("Northshire County Council");
    let partner_id = partner.id;
    c.ws.save_organisation(partner, now()).unwrap();
    let mut theirs = goal(partner_id, GoalLevel::Strategic, None, "Theirs");
    theirs.perspective = Perspective::Customer;
    let theirs_id = theirs.id;
    c.ws.save_goal(theirs, now()).unwrap();

    rated(&mut c.ws, c.strategic, "Green", 10.0, 10.0, 1.0);
    rated(&mut c.ws, theirs_id, "Red", 1.0, 10.0, 1.0);
    let worst = RollupMethod::WorstOf;
    let status = |ws: &Workspace, org: Option<Id>| {
        ws.perspective_status(Perspective::Customer, org, in_may(), &worst)
    };
    assert_eq!(status(&c.ws, None), RagStatus::Red);
    assert_eq!(status(&c.ws, Some(c.org)), RagStatus::Green);
    assert_eq!(status(&c.ws, Some(partner_id)), RagStatus::Red);
    assert_eq!(
        c.ws.perspective_status(Perspective::Financial, None, in_may(), &worst),
        RagStatus::NoDataYet
    );
}
