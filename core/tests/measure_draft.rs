//! The measure form's draft: what a person types becomes a measure only when every check
//! passes, each problem is reported under its own field, and numbers are read as the form has
//! always read them.

mod common;

use common::*;
use scorecard_core::analysis::{
    Frequency, MeasureKind, Period, PeriodValue, Polarity, Shape, Tolerance, Trajectory,
};
use scorecard_core::format::period_key;
use scorecard_core::measures::{MeasureDraft, DEFAULT_SEASONAL};
use scorecard_core::{demo, Measure, ValidationErrors, Workspace};

fn month(y: i32, m: u32) -> Period {
    Period::containing(
        Frequency::Monthly,
        chrono::NaiveDate::from_ymd_opt(y, m, 1).unwrap(),
    )
}

fn key(p: Period) -> String {
    period_key(&p)
}

/// Every problem as (field, message), in the order the form lists them.
fn problems(errors: &ValidationErrors) -> Vec<(&'static str, &str)> {
    errors
        .0
        .iter()
        .map(|e| (e.field, e.message.as_str()))
        .collect()
}

/// The demo workspace and a new measure of its first goal, as the "Add a measure" page starts.
fn new_measure() -> (Workspace, Measure) {
    let ws = demo::partnership(now());
    let m = Measure::new(
        new_id(),
        ws.goals[0].id,
        "",
        Frequency::Monthly,
        Polarity::HigherIsBetter,
        MeasureKind::Point,
        now(),
    );
    (ws, m)
}

/// A draft of `base` that would save as it is: named, with no trajectory.
fn good_draft(base: &Measure) -> MeasureDraft {
    MeasureDraft {
        name: "Theatre utilisation".into(),
        method: "none".into(),
        ..MeasureDraft::from(base)
    }
}

#[test]
fn every_demo_measure_round_trips_through_its_draft() {
    let ws = demo::partnership(now());
    assert!(ws.measures.iter().count() > 3);
    for m in ws.measures.iter() {
        let mut draft = MeasureDraft::from(m);
        if m.trajectory.is_some() {
            assert_eq!(draft.method, "keep", "{}", m.name);
        } else {
            assert_eq!(draft.method, "straight", "{}", m.name);
            draft.method = "none".into();
        }
        let back = draft
            .into_measure(&ws, m)
            .unwrap_or_else(|e| panic!("{}: {e:?}", m.name));
        assert_eq!(&back, m);
        assert_eq!(&draft.as_typed(m), m);
    }
}

#[test]
fn a_new_measure_opens_with_the_forms_defaults() {
    let (_, m) = new_measure();
    let draft = MeasureDraft::from(&m);
    assert_eq!(
        (
            draft.frequency.as_str(),
            draft.polarity.as_str(),
            draft.kind.as_str(),
            draft.tolerance_type.as_str(),
        ),
        ("monthly", "higher", "point", "absolute")
    );
    assert_eq!(
        (draft.tolerance.as_str(), draft.weight.as_str()),
        ("0", "1")
    );
    assert_eq!(draft.method, "straight");
    assert_eq!(draft.seasonal, DEFAULT_SEASONAL);
    assert!(draft.baseline_value.is_empty() && draft.profile.is_empty());
}

#[test]
fn a_band_a_profile_and_numbers_read_back_exactly() {
    let (ws, mut m) = new_measure();
    m.name = "Bed occupancy".into();
    m.polarity = Polarity::WithinBand {
        lower: 85.5,
        upper: 92.0,
    };
    m.tolerance = Tolerance::PercentOfPlanned(2.5);
    m.weight = 0.1 + 0.2;
    m.trajectory = Some(
        Trajectory::from_profile(MeasureKind::Point, month(2026, 4), &[90.0, 89.25, 1e-7]).unwrap(),
    );
    let draft = MeasureDraft::from(&m);
    assert_eq!(
        (draft.band_lower.as_str(), draft.band_upper.as_str()),
        ("85.5", "92")
    );
    assert_eq!(draft.tolerance_type, "percent");
    assert_eq!(draft.profile, "90\n89.25\n0.0000001");
    assert_eq!(draft.profile_first, "2026-04-01");
    // Typed again as a profile rather than kept, the plan is the same.
    let retyped = MeasureDraft {
        method: "profile".into(),
        ..draft
    };
    assert_eq!(retyped.into_measure(&ws, &m).unwrap(), m);
}

#[test]
fn numbers_may_be_typed_with_thousands_commas_spaces_a_percent_or_a_pound_sign() {
    let (ws, m) = new_measure();
    let draft = MeasureDraft {
        polarity: "band".into(),
        band_lower: " £1,000 ".into(),
        band_upper: "2 500".into(),
        baseline_value: "1,234.5".into(),
        baseline_period: key(month(2026, 3)),
        target_value: "78%".into(),
        target_period: key(month(2027, 3)),
        tolerance: " 2.5 % ".into(),
        weight: "0.5".into(),
        ..good_draft(&m)
    };
    let saved = draft.into_measure(&ws, &m).unwrap();
    assert_eq!(
        saved.polarity,
        Polarity::WithinBand {
            lower: 1000.0,
            upper: 2500.0
        }
    );
    assert_eq!(
        saved.baseline,
        Some(PeriodValue::new(month(2026, 3), 1234.5))
    );
    assert_eq!(saved.target, Some(PeriodValue::new(month(2027, 3), 78.0)));
    assert_eq!(saved.tolerance, Tolerance::Absolute(2.5));
    assert_eq!(saved.weight, 0.5);
    assert_eq!(saved.trajectory, None);

    // Left empty, the tolerance is 0 and the weight 1.
    let empty = MeasureDraft {
        tolerance: " ".into(),
        weight: String::new(),
        ..good_draft(&m)
    };
    let saved = empty.into_measure(&ws, &m).unwrap();
    assert_eq!(
        (saved.tolerance, saved.weight),
        (Tolerance::Absolute(0.0), 1.0)
    );
}

#[test]
fn lists_of_values_are_split_at_new_lines_tabs_semicolons_and_commas() {
    let (ws, m) = new_measure();
    let profile = MeasureDraft {
        method: "profile".into(),
        profile_first: key(month(2026, 4)),
        profile: "100\t200; 300,400\n\n 500 \r\n600%".into(),
        ..good_draft(&m)
    };
    let saved = profile.into_measure(&ws, &m).unwrap();
    let plan: Vec<f64> = saved
        .trajectory
        .unwrap()
        .points()
        .iter()
        .map(|p| p.value)
        .collect();
    assert_eq!(plan, [100.0, 200.0, 300.0, 400.0, 500.0, 600.0]);

    let seasonal = MeasureDraft {
        method: "seasonal".into(),
        baseline_value: "0".into(),
        baseline_period: key(month(2026, 3)),
        target_value: "120".into(),
        target_period: key(month(2027, 3)),
        seasonal: "1;1;1;1;1;1;1;1;1;1;1;\t1".into(),
        ..good_draft(&m)
    };
    let saved = seasonal.into_measure(&ws, &m).unwrap();
    let trajectory = saved.trajectory.unwrap();
    let expected = Trajectory::from_shape(
        MeasureKind::Point,
        PeriodValue::new(month(2026, 3), 0.0),
        PeriodValue::new(month(2027, 3), 120.0),
        &Shape::Seasonal {
            april_to_march: [1.0; 12],
        },
    )
    .unwrap();
    assert_eq!(trajectory, expected);
    assert_eq!(trajectory.planned_for(&month(2026, 4)), Some(10.0));
}

#[test]
fn each_number_that_is_not_one_is_reported_under_its_field() {
    let (ws, m) = new_measure();
    let draft = MeasureDraft {
        polarity: "band".into(),
        band_lower: "low".into(),
        band_upper: "high".into(),
        baseline_value: "seventy".into(),
        target_value: "eighty-five".into(),
        tolerance: "a bit".into(),
        weight: "1.2.3".into(),
        ..good_draft(&m)
    };
    let errors = draft.into_measure(&ws, &m).unwrap_err();
    assert_eq!(
        problems(&errors),
        [
            (
                "band_lower",
                "Enter the lowest acceptable value as a number, for example 78"
            ),
            (
                "band_upper",
                "Enter the highest acceptable value as a number, for example 78"
            ),
            (
                "baseline_value",
                "Enter the baseline value as a number, for example 78"
            ),
            (
                "target_value",
                "Enter the target value as a number, for example 78"
            ),
            (
                "tolerance",
                "Enter the tolerance as a number, for example 78"
            ),
            ("weight", "Enter the weight as a number, for example 78"),
        ]
    );
}

#[test]
fn a_range_needs_both_ends_but_hidden_range_fields_do_not_stop_a_save() {
    let (ws, m) = new_measure();
    let band = MeasureDraft {
        polarity: "band".into(),
        ..good_draft(&m)
    };
    let errors = band.into_measure(&ws, &m).unwrap_err();
    // The form's message only: the workspace's "must be a number" would say it again.
    assert_eq!(
        problems(&errors),
        [
            ("band_lower", "Enter the lowest acceptable value"),
            ("band_upper", "Enter the highest acceptable value"),
        ]
    );

    let ends_crossed = MeasureDraft {
        polarity: "band".into(),
        band_lower: "95".into(),
        band_upper: "85".into(),
        ..good_draft(&m)
    };
    assert_eq!(
        problems(&ends_crossed.into_measure(&ws, &m).unwrap_err()),
        [(
            "band_upper",
            "Upper end of the range must be more than the lower end"
        )]
    );

    // Range chosen, filled in wrongly, then "Lower is better" chosen instead.
    let hidden = MeasureDraft {
        polarity: "lower".into(),
        band_lower: "low".into(),
        ..good_draft(&m)
    };
    let saved = hidden.into_measure(&ws, &m).unwrap();
    assert_eq!(saved.polarity, Polarity::LowerIsBetter);
}

#[test]
fn a_value_without_its_period_is_reported_under_the_period() {
    let (ws, m) = new_measure();
    let draft = MeasureDraft {
        baseline_value: "78".into(),
        target_value: "85".into(),
        ..good_draft(&m)
    };
    assert_eq!(
        problems(&draft.into_measure(&ws, &m).unwrap_err()),
        [
            ("baseline_period", "Choose the period of the baseline"),
            ("target_period", "Choose the period the target is for"),
        ]
    );
    // A month that does not start a quarter is no quarter: it reads as not chosen.
    let quarterly = MeasureDraft {
        frequency: "quarterly".into(),
        baseline_value: "78".into(),
        baseline_period: key(month(2026, 5)),
        ..good_draft(&m)
    };
    assert_eq!(
        problems(&quarterly.into_measure(&ws, &m).unwrap_err()),
        [("baseline_period", "Choose the period of the baseline")]
    );
}

#[test]
fn a_shaped_trajectory_needs_a_baseline_before_a_target() {
    let (ws, m) = new_measure();
    let no_target = MeasureDraft {
        method: "straight".into(),
        baseline_value: "78".into(),
        baseline_period: key(month(2026, 3)),
        ..good_draft(&m)
    };
    assert_eq!(
        problems(&no_target.into_measure(&ws, &m).unwrap_err()),
        [(
            "trajectory",
            "A trajectory drawn from a shape needs both a baseline and a target"
        )]
    );

    let backwards = MeasureDraft {
        method: "front".into(),
        baseline_value: "78".into(),
        baseline_period: key(month(2027, 3)),
        target_value: "85".into(),
        target_period: key(month(2026, 3)),
        ..good_draft(&m)
    };
    let errors = backwards.into_measure(&ws, &m).unwrap_err();
    let fields: Vec<&str> = errors.0.iter().map(|e| e.field).collect();
    assert_eq!(fields, ["trajectory", "target_period"]);
    assert_eq!(
        errors.for_field("target_period"),
        Some("Target period must be after the baseline period")
    );

    let straight = MeasureDraft {
        target_value: "85".into(),
        target_period: key(month(2027, 3)),
        ..no_target
    };
    let saved = straight.into_measure(&ws, &m).unwrap();
    let plan = saved.trajectory.unwrap();
    assert_eq!(plan.points().len(), 12);
    assert_eq!(plan.target(), Some(&PeriodValue::new(month(2027, 3), 85.0)));
}

#[test]
fn seasonal_weights_must_be_twelve_numbers_of_zero_or_more_not_all_zero() {
    let (ws, m) = new_measure();
    let message = "Enter 12 weights, April to March, each a number of 0 or more, not all 0";
    for weights in [
        "1, 2, 3",
        "1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, -1",
        "0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0",
        "1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, x",
    ] {
        let draft = MeasureDraft {
            method: "seasonal".into(),
            baseline_value: "0".into(),
            baseline_period: key(month(2026, 3)),
            target_value: "120".into(),
            target_period: key(month(2027, 3)),
            seasonal: weights.into(),
            ..good_draft(&m)
        };
        assert_eq!(
            problems(&draft.into_measure(&ws, &m).unwrap_err()),
            [("seasonal", message)],
            "{weights}"
        );
    }
}

#[test]
fn a_typed_profile_names_its_first_period_and_each_value_that_is_not_a_number() {
    let (ws, m) = new_measure();
    let draft = MeasureDraft {
        method: "profile".into(),
        profile: "100\nabout 110\n120\n?".into(),
        ..good_draft(&m)
    };
    assert_eq!(
        problems(&draft.into_measure(&ws, &m).unwrap_err()),
        [
            ("profile_first", "Choose the first period of the plan"),
            ("profile", "Value 2 (“about 110”) is not a number"),
            ("profile", "Value 4 (“?”) is not a number"),
        ]
    );
    let empty = MeasureDraft {
        method: "profile".into(),
        profile_first: key(month(2026, 4)),
        profile: " \n\t".into(),
        ..good_draft(&m)
    };
    assert_eq!(
        problems(&empty.into_measure(&ws, &m).unwrap_err()),
        [("profile", "Type or paste at least one planned value")]
    );
}

#[test]
fn the_workspaces_rules_come_after_the_forms_problems_under_their_own_fields() {
    let (ws, m) = new_measure();
    let taken = ws.measures_of_goal(m.goal_id)[0].name.clone();
    let draft = MeasureDraft {
        name: format!("  {}  ", taken.to_uppercase()),
        unit: "x".repeat(21),
        weight: "heavy".into(),
        tolerance: "-1".into(),
        ..good_draft(&m)
    };
    assert_eq!(
        problems(&draft.into_measure(&ws, &m).unwrap_err()),
        [
            ("weight", "Enter the weight as a number, for example 78"),
            ("name", "This goal already has a measure with this name"),
            ("unit", "Unit must be 20 characters or fewer (it has 21)"),
            ("tolerance", "Tolerance must be 0 or more"),
        ]
    );
    let unnamed = MeasureDraft {
        name: "   ".into(),
        ..good_draft(&m)
    };
    assert_eq!(
        problems(&unnamed.into_measure(&ws, &m).unwrap_err()),
        [("name", "Enter a name for the measure")]
    );
}

#[test]
fn the_measure_as_typed_keeps_its_data_and_leaves_out_what_cannot_be_read() {
    let (ws, _) = new_measure();
    let saved = ws
        .measures
        .iter()
        .find(|m| !m.actuals.is_empty() && m.trajectory.is_some())
        .unwrap();
    let draft = MeasureDraft {
        name: "Renamed".into(),
        target_value: "lots".into(),
        weight: "2".into(),
        ..MeasureDraft::from(saved)
    };
    let typed = draft.as_typed(saved);
    assert_eq!(typed.name, "Renamed");
    assert_eq!(typed.target, None);
    assert_eq!(typed.weight, 2.0);
    assert_eq!(
        (typed.id, typed.goal_id, typed.stamps),
        (saved.id, saved.goal_id, saved.stamps)
    );
    assert_eq!(typed.actuals, saved.actuals);
    assert_eq!(typed.trajectory, saved.trajectory);
    assert_eq!(typed.spc, saved.spc);
}
