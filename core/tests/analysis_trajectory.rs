//! Trajectory builders and validation.

use chrono::NaiveDate;
use scorecard_core::analysis::{
    Frequency, MeasureKind, Period, PeriodValue, Shape, Trajectory, TrajectoryError, MAX_PERIODS,
};

fn month(y: i32, m: u32) -> Period {
    Period::containing(
        Frequency::Monthly,
        NaiveDate::from_ymd_opt(y, m, 1).expect("valid test date"),
    )
}

fn quarter(y: i32, m: u32) -> Period {
    Period::containing(
        Frequency::Quarterly,
        NaiveDate::from_ymd_opt(y, m, 1).expect("valid test date"),
    )
}

fn values(t: &Trajectory) -> Vec<f64> {
    t.points().iter().map(|p| p.value).collect()
}

fn assert_close(actual: &[f64], expected: &[f64]) {
    assert_eq!(actual.len(), expected.len(), "{actual:?} vs {expected:?}");
    for (a, e) in actual.iter().zip(expected) {
        assert!((a - e).abs() < 1e-9, "{actual:?} vs {expected:?}");
    }
}

#[test]
fn straight_line_from_baseline_to_target() {
    // 0 quits at the end of March, 1,200 by the end of the next March: 100 a month.
    let t = Trajectory::straight_line(
        MeasureKind::Cumulative,
        PeriodValue::new(month(2025, 3), 0.0),
        PeriodValue::new(month(2026, 3), 1200.0),
    )
    .unwrap();
    assert_eq!(t.points().len(), 12);
    assert_eq!(t.first().unwrap().period, month(2025, 4));
    assert_eq!(t.target().unwrap().period, month(2026, 3));
    assert_eq!(t.planned_for(&month(2025, 4)), Some(100.0));
    assert_eq!(t.planned_for(&month(2025, 9)), Some(600.0));
    assert_eq!(t.planned_for(&month(2026, 3)), Some(1200.0));
    assert_eq!(
        t.planned_for(&month(2025, 3)),
        None,
        "baseline is not a planned period"
    );
    assert_eq!(t.planned_for(&month(2026, 4)), None);
    assert_eq!(t.planned_for(&quarter(2025, 4)), None, "other frequency");
    assert_eq!(t.baseline().unwrap().value, 0.0);
    assert_eq!(t.frequency(), Some(Frequency::Monthly));
    assert_eq!(t.kind(), MeasureKind::Cumulative);
}

#[test]
fn straight_line_downwards_for_a_point_measure() {
    let t = Trajectory::straight_line(
        MeasureKind::Point,
        PeriodValue::new(month(2025, 3), 20.0),
        PeriodValue::new(month(2025, 7), 12.0),
    )
    .unwrap();
    assert_close(&values(&t), &[18.0, 16.0, 14.0, 12.0]);
}

#[test]
fn profile_is_used_as_typed() {
    let t =
        Trajectory::from_profile(MeasureKind::Point, month(2025, 4), &[90.0, 91.0, 93.5]).unwrap();
    assert_eq!(t.planned_for(&month(2025, 6)), Some(93.5));
    assert!(t.baseline().is_none());
    assert_eq!(t.position_of(&month(2025, 5)), Some(1));
}

#[test]
fn profile_errors_name_the_period() {
    let err = Trajectory::from_profile(
        MeasureKind::Point,
        month(2025, 4),
        &[1.0, 2.0, f64::NAN, 4.0],
    )
    .unwrap_err();
    assert_eq!(
        err,
        TrajectoryError::NotANumber {
            position: 3,
            period: "Jun 2025".into()
        }
    );
    assert_eq!(err.to_string(), "period 3 (Jun 2025): not a number");

    let inf =
        Trajectory::from_profile(MeasureKind::Point, month(2025, 4), &[f64::INFINITY]).unwrap_err();
    assert_eq!(inf.to_string(), "period 1 (Apr 2025): not a number");

    assert_eq!(
        Trajectory::from_profile(MeasureKind::Point, month(2025, 4), &[]),
        Err(TrajectoryError::Empty)
    );
    let too_many = vec![1.0; MAX_PERIODS + 1];
    assert!(matches!(
        Trajectory::from_profile(MeasureKind::Point, month(2025, 4), &too_many),
        Err(TrajectoryError::TooManyPeriods { .. })
    ));
}

#[test]
fn baseline_and_target_errors() {
    let base = PeriodValue::new(month(2025, 3), 0.0);
    assert_eq!(
        Trajectory::straight_line(
            MeasureKind::Point,
            PeriodValue::new(month(2025, 3), f64::NAN),
            PeriodValue::new(month(2026, 3), 1.0)
        )
        .unwrap_err()
        .to_string(),
        "baseline (Mar 2025): not a number"
    );
    assert_eq!(
        Trajectory::straight_line(
            MeasureKind::Point,
            base,
            PeriodValue::new(month(2026, 3), f64::INFINITY)
        )
        .unwrap_err()
        .to_string(),
        "target (Mar 2026): not a number"
    );
    assert!(matches!(
        Trajectory::straight_line(
            MeasureKind::Point,
            base,
            PeriodValue::new(month(2025, 3), 5.0)
        ),
        Err(TrajectoryError::TargetNotAfterBaseline { .. })
    ));
    assert!(matches!(
        Trajectory::straight_line(
            MeasureKind::Point,
            base,
            PeriodValue::new(month(2024, 3), 5.0)
        ),
        Err(TrajectoryError::TargetNotAfterBaseline { .. })
    ));
    assert_eq!(
        Trajectory::straight_line(
            MeasureKind::Point,
            base,
            PeriodValue::new(quarter(2026, 1), 5.0)
        ),
        Err(TrajectoryError::FrequencyMismatch)
    );
    assert!(matches!(
        Trajectory::straight_line(
            MeasureKind::Point,
            base,
            PeriodValue::new(month(2200, 3), 5.0)
        ),
        Err(TrajectoryError::TooManyPeriods { .. })
    ));
}

#[test]
fn front_and_back_loaded_shapes() {
    let base = PeriodValue::new(month(2025, 3), 0.0);
    let target = PeriodValue::new(month(2025, 6), 120.0);
    // Front-loaded weights 3, 2, 1 (total 6): +60, +40, +20.
    let front =
        Trajectory::from_shape(MeasureKind::Cumulative, base, target, &Shape::FrontLoaded).unwrap();
    assert_close(&values(&front), &[60.0, 100.0, 120.0]);
    // Back-loaded weights 1, 2, 3: +20, +40, +60.
    let back =
        Trajectory::from_shape(MeasureKind::Cumulative, base, target, &Shape::BackLoaded).unwrap();
    assert_close(&values(&back), &[20.0, 60.0, 120.0]);
    let linear =
        Trajectory::from_shape(MeasureKind::Cumulative, base, target, &Shape::Linear).unwrap();
    assert_close(&values(&linear), &[40.0, 80.0, 120.0]);
}

#[test]
fn seasonal_monthly_shape_gives_running_totals() {
    // April weighs 2, every other month 1: total 13, so 130 shares out at 10 per unit of weight.
    let mut weights = [1.0; 12];
    weights[0] = 2.0;
    let t = Trajectory::from_shape(
        MeasureKind::Cumulative,
        PeriodValue::new(month(2025, 3), 0.0),
        PeriodValue::new(month(2026, 3), 130.0),
        &Shape::Seasonal {
            april_to_march: weights,
        },
    )
    .unwrap();
    assert_close(
        &values(&t),
        &[
            20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0, 100.0, 110.0, 120.0, 130.0,
        ],
    );
}

#[test]
fn seasonal_weights_sum_over_a_quarter() {
    // Q1 months weigh 1 each (3), Q2 2 each (6), Q3 3 each (9), Q4 0: total 18.
    let weights = [1.0, 1.0, 1.0, 2.0, 2.0, 2.0, 3.0, 3.0, 3.0, 0.0, 0.0, 0.0];
    let t = Trajectory::from_shape(
        MeasureKind::Cumulative,
        PeriodValue::new(quarter(2025, 1), 0.0),
        PeriodValue::new(quarter(2026, 1), 180.0),
        &Shape::Seasonal {
            april_to_march: weights,
        },
    )
    .unwrap();
    assert_eq!(t.first().unwrap().period.label(), "Q1 2025/26");
    assert_close(&values(&t), &[30.0, 90.0, 180.0, 180.0]);
}

#[test]
fn seasonal_weight_errors() {
    let base = PeriodValue::new(month(2025, 3), 0.0);
    let target = PeriodValue::new(month(2026, 3), 100.0);
    let mut bad = [1.0; 12];
    bad[2] = -1.0;
    let err = Trajectory::from_shape(
        MeasureKind::Cumulative,
        base,
        target,
        &Shape::Seasonal {
            april_to_march: bad,
        },
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "seasonal weight for Jun: must be a number of zero or more"
    );
    bad[2] = f64::NAN;
    assert!(Trajectory::from_shape(
        MeasureKind::Cumulative,
        base,
        target,
        &Shape::Seasonal {
            april_to_march: bad
        }
    )
    .is_err());
    assert_eq!(
        Trajectory::from_shape(
            MeasureKind::Cumulative,
            base,
            target,
            &Shape::Seasonal {
                april_to_march: [0.0; 12]
            }
        ),
        Err(TrajectoryError::ZeroTotalWeight)
    );
}

#[test]
fn from_points_checks_consecutive_periods() {
    let points = vec![
        PeriodValue::new(month(2025, 4), 1.0),
        PeriodValue::new(month(2025, 6), 2.0),
    ];
    assert_eq!(
        Trajectory::from_points(MeasureKind::Point, None, points)
            .unwrap_err()
            .to_string(),
        "period 2 (Jun 2025): does not follow on from the period before"
    );
    let mixed = vec![
        PeriodValue::new(month(2025, 4), 1.0),
        PeriodValue::new(quarter(2025, 7), 2.0),
    ];
    assert_eq!(
        Trajectory::from_points(MeasureKind::Point, None, mixed),
        Err(TrajectoryError::FrequencyMismatch)
    );
    // A baseline must sit just before the first point.
    let gap = Trajectory::from_points(
        MeasureKind::Point,
        Some(PeriodValue::new(month(2025, 1), 0.0)),
        vec![PeriodValue::new(month(2025, 4), 1.0)],
    );
    assert!(matches!(
        gap,
        Err(TrajectoryError::NotConsecutive { position: 1, .. })
    ));
}

#[test]
fn serde_round_trip_validates() {
    let t = Trajectory::straight_line(
        MeasureKind::Cumulative,
        PeriodValue::new(month(2025, 3), 0.0),
        PeriodValue::new(month(2025, 6), 30.0),
    )
    .unwrap();
    let json = serde_json::to_string(&t).unwrap();
    assert_eq!(serde_json::from_str::<Trajectory>(&json).unwrap(), t);

    let empty = r#"{"kind":"Point","baseline":null,"points":[]}"#;
    let err = serde_json::from_str::<Trajectory>(empty).unwrap_err();
    assert!(err.to_string().contains("no periods"), "{err}");
}
