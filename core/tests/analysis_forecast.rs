//! Forecasting the target period from actuals so far and the trajectory's shape.

use chrono::NaiveDate;
use scorecard_core::analysis::{
    forecast, ForecastError, ForecastMethod, Frequency, MeasureKind, Outlook, Period, PeriodValue,
    Polarity, Trajectory,
};

fn month(y: i32, m: u32) -> Period {
    Period::containing(
        Frequency::Monthly,
        NaiveDate::from_ymd_opt(y, m, 1).expect("valid test date"),
    )
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

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

#[test]
fn seed_example_forecasts_to_meet() {
    // 420 against 400 planned: ratio 1.05. Remaining plan 1000 − 400 = 600, × 1.05 = 630.
    // Forecast 420 + 630 = 1050, 50 above the target.
    let f = forecast(
        &quits_trajectory(),
        &[PeriodValue::new(month(2025, 9), 420.0)],
        &Polarity::HigherIsBetter,
    )
    .unwrap();
    assert!(close(f.value, 1050.0), "{}", f.value);
    assert_eq!(f.target, 1000.0);
    assert_eq!(f.target_period, month(2026, 3));
    assert_eq!(f.outlook, Outlook::LikelyToMeet);
    assert_eq!(f.outlook.label(), "Likely to meet target");
    assert!(close(f.gap, 50.0) && close(f.gap_abs, 50.0));
    match f.method {
        ForecastMethod::ScaledByPerformance { ratio } => assert!(close(ratio, 1.05)),
        other => panic!("unexpected method {other:?}"),
    }
}

#[test]
fn behind_plan_forecasts_to_miss() {
    // Straight line 0 → 1200: June plan 300. Actual 240: ratio 0.8.
    // Remaining 900 × 0.8 = 720; forecast 960; gap −240.
    let t = Trajectory::straight_line(
        MeasureKind::Cumulative,
        PeriodValue::new(month(2025, 3), 0.0),
        PeriodValue::new(month(2026, 3), 1200.0),
    )
    .unwrap();
    let f = forecast(
        &t,
        &[PeriodValue::new(month(2025, 6), 240.0)],
        &Polarity::HigherIsBetter,
    )
    .unwrap();
    assert!(close(f.value, 960.0), "{}", f.value);
    assert_eq!(f.outlook, Outlook::LikelyToMiss);
    assert!(close(f.gap, -240.0) && close(f.gap_abs, 240.0));
}

#[test]
fn cumulative_ratio_is_measured_from_the_baseline() {
    // Baseline 500, +100 a month to 1700. June plan 800; actual 860.
    // Ratio (860 − 500) / (800 − 500) = 1.2; remaining 900 × 1.2 = 1080; forecast 1940.
    let t = Trajectory::straight_line(
        MeasureKind::Cumulative,
        PeriodValue::new(month(2025, 3), 500.0),
        PeriodValue::new(month(2026, 3), 1700.0),
    )
    .unwrap();
    let f = forecast(
        &t,
        &[PeriodValue::new(month(2025, 6), 860.0)],
        &Polarity::HigherIsBetter,
    )
    .unwrap();
    assert!(close(f.value, 1940.0), "{}", f.value);
}

#[test]
fn lower_is_better_cumulative() {
    // At most 60 infections this year, 5 a month. June plan 15, actual 18: ratio 1.2.
    // Remaining 45 × 1.2 = 54; forecast 72, 12 over: likely to miss.
    let t = Trajectory::straight_line(
        MeasureKind::Cumulative,
        PeriodValue::new(month(2025, 3), 0.0),
        PeriodValue::new(month(2026, 3), 60.0),
    )
    .unwrap();
    let f = forecast(
        &t,
        &[PeriodValue::new(month(2025, 6), 18.0)],
        &Polarity::LowerIsBetter,
    )
    .unwrap();
    assert!(close(f.value, 72.0), "{}", f.value);
    assert_eq!(f.outlook, Outlook::LikelyToMiss);
    assert!(close(f.gap, 12.0));
    // Running under plan: 12 against 15 → ratio 0.8 → 12 + 36 = 48: likely to meet.
    let under = forecast(
        &t,
        &[PeriodValue::new(month(2025, 6), 12.0)],
        &Polarity::LowerIsBetter,
    )
    .unwrap();
    assert!(close(under.value, 48.0));
    assert_eq!(under.outlook, Outlook::LikelyToMeet);
}

#[test]
fn point_measure_adds_planned_change() {
    // Plan 70 → 76 by September, +1 a month. June plan 73, actual 71.
    // Planned change June → September = 3; forecast 74; gap −2.
    let t = Trajectory::straight_line(
        MeasureKind::Point,
        PeriodValue::new(month(2025, 3), 70.0),
        PeriodValue::new(month(2025, 9), 76.0),
    )
    .unwrap();
    let f = forecast(
        &t,
        &[PeriodValue::new(month(2025, 6), 71.0)],
        &Polarity::HigherIsBetter,
    )
    .unwrap();
    assert!(close(f.value, 74.0));
    assert_eq!(f.method, ForecastMethod::PlannedChange);
    assert_eq!(f.outlook, Outlook::LikelyToMiss);
    assert!(close(f.gap, -2.0));
    // The same forecast meets a lower-is-better target of 76.
    let lower = forecast(
        &t,
        &[PeriodValue::new(month(2025, 6), 71.0)],
        &Polarity::LowerIsBetter,
    )
    .unwrap();
    assert_eq!(lower.outlook, Outlook::LikelyToMeet);
}

#[test]
fn band_measure_meets_inside_the_band() {
    let t =
        Trajectory::from_profile(MeasureKind::Point, month(2025, 4), &[88.0, 88.0, 88.0]).unwrap();
    let band = Polarity::WithinBand {
        lower: 85.0,
        upper: 92.0,
    };
    let inside = forecast(&t, &[PeriodValue::new(month(2025, 4), 90.0)], &band).unwrap();
    assert_eq!(inside.outlook, Outlook::LikelyToMeet);
    assert_eq!(inside.gap, 0.0);
    let above = forecast(&t, &[PeriodValue::new(month(2025, 4), 95.0)], &band).unwrap();
    assert_eq!(above.outlook, Outlook::LikelyToMiss);
    assert!(close(above.gap, 3.0));
    let below = forecast(&t, &[PeriodValue::new(month(2025, 4), 80.0)], &band).unwrap();
    assert!(close(below.gap, -5.0) && close(below.gap_abs, 5.0));
    let broken = Polarity::WithinBand {
        lower: 9.0,
        upper: 1.0,
    };
    assert!(matches!(
        forecast(&t, &[PeriodValue::new(month(2025, 4), 5.0)], &broken),
        Err(ForecastError::InvalidBand(_))
    ));
}

#[test]
fn target_period_actual_is_the_outcome() {
    let f = forecast(
        &quits_trajectory(),
        &[PeriodValue::new(month(2026, 3), 990.0)],
        &Polarity::HigherIsBetter,
    )
    .unwrap();
    assert_eq!(f.method, ForecastMethod::Outcome);
    assert_eq!(f.value, 990.0);
    assert_eq!(f.outlook, Outlook::LikelyToMiss);
}

#[test]
fn nothing_planned_yet_adds_remaining_unscaled() {
    let t = Trajectory::from_profile(MeasureKind::Cumulative, month(2025, 4), &[0.0, 50.0, 100.0])
        .unwrap();
    let f = forecast(
        &t,
        &[PeriodValue::new(month(2025, 4), 5.0)],
        &Polarity::HigherIsBetter,
    )
    .unwrap();
    assert_eq!(f.method, ForecastMethod::RemainingPlanUnscaled);
    assert!(close(f.value, 105.0));
}

#[test]
fn going_backwards_assumes_no_further_progress() {
    // Baseline 100, plan 110 in April; actual 90: ratio −1, floored to 0. Forecast stays 90.
    let t = Trajectory::straight_line(
        MeasureKind::Cumulative,
        PeriodValue::new(month(2025, 3), 100.0),
        PeriodValue::new(month(2025, 6), 130.0),
    )
    .unwrap();
    let f = forecast(
        &t,
        &[PeriodValue::new(month(2025, 4), 90.0)],
        &Polarity::HigherIsBetter,
    )
    .unwrap();
    assert_eq!(f.method, ForecastMethod::ScaledByPerformance { ratio: 0.0 });
    assert!(close(f.value, 90.0));
}

#[test]
fn forecast_errors() {
    let t = quits_trajectory();
    assert_eq!(
        forecast(&t, &[], &Polarity::HigherIsBetter),
        Err(ForecastError::NoActuals)
    );
    // An actual before the plan starts is not a basis for a forecast.
    assert_eq!(
        forecast(
            &t,
            &[PeriodValue::new(month(2025, 3), 10.0)],
            &Polarity::HigherIsBetter
        ),
        Err(ForecastError::NoActuals)
    );
    assert_eq!(
        forecast(
            &t,
            &[PeriodValue::new(month(2025, 5), f64::NAN)],
            &Polarity::HigherIsBetter
        ),
        Err(ForecastError::ActualNotANumber {
            period: "May 2025".into()
        })
    );
    let huge = Trajectory::from_profile(MeasureKind::Point, month(2025, 4), &[-f64::MAX, f64::MAX])
        .unwrap();
    assert_eq!(
        forecast(
            &huge,
            &[PeriodValue::new(month(2025, 4), f64::MAX)],
            &Polarity::HigherIsBetter
        ),
        Err(ForecastError::Overflow)
    );
}
