//! RAG against the trajectory, tolerances, labels, the seed example, and measure status.

use chrono::NaiveDate;
use scorecard_core::analysis::{
    measure_status, pro_rata_rag, rag, Frequency, Grace, MeasureKind, Period, PeriodValue,
    Polarity, Rag, RagError, RagStatus, StatusError, Tolerance, Trajectory,
};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

fn month(y: i32, m: u32) -> Period {
    Period::containing(Frequency::Monthly, date(y, m, 1))
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

const HIGHER: Polarity = Polarity::HigherIsBetter;
const LOWER: Polarity = Polarity::LowerIsBetter;

#[test]
fn seed_example_is_green_against_trajectory_but_red_pro_rata() {
    let trajectory = quits_trajectory();
    let september = month(2025, 9);
    assert_eq!(trajectory.planned_for(&september), Some(400.0));
    let tolerance = Tolerance::PercentOfPlanned(5.0);

    // 420 quits by month 6 is ahead of the 400 planned for month 6: on track.
    assert_eq!(rag(420.0, 400.0, &HIGHER, &tolerance), Ok(Rag::Green));
    let actuals = [PeriodValue::new(september, 420.0)];
    let status = measure_status(
        &trajectory,
        &actuals,
        &HIGHER,
        &tolerance,
        Grace::default(),
        date(2025, 10, 20),
    )
    .unwrap();
    assert_eq!(status.status, RagStatus::Green);
    assert_eq!(status.status.label(), "On track");
    let latest = status.latest.unwrap();
    assert_eq!((latest.actual, latest.planned), (420.0, 400.0));

    // Although 420 is below half of 1,000, which a pro-rata reading would expect by month 6
    // (500, less 5% tolerance = 475), so the naive reading calls it off track.
    let annual_target = trajectory.target().unwrap().value;
    assert!(420.0 < 0.5 * annual_target);
    assert_eq!(
        pro_rata_rag(420.0, 1000.0, 6, 12, &HIGHER, &tolerance),
        Ok(Rag::Red)
    );
}

#[test]
fn higher_is_better_boundaries() {
    let tol = Tolerance::Absolute(10.0);
    assert_eq!(
        rag(100.0, 100.0, &HIGHER, &tol),
        Ok(Rag::Green),
        "equal is green"
    );
    assert_eq!(rag(150.0, 100.0, &HIGHER, &tol), Ok(Rag::Green));
    assert_eq!(rag(95.0, 100.0, &HIGHER, &tol), Ok(Rag::Amber));
    assert_eq!(
        rag(90.0, 100.0, &HIGHER, &tol),
        Ok(Rag::Amber),
        "edge of tolerance"
    );
    assert_eq!(rag(89.99, 100.0, &HIGHER, &tol), Ok(Rag::Red));
    // No tolerance: anything short is red.
    assert_eq!(
        rag(99.99, 100.0, &HIGHER, &Tolerance::default()),
        Ok(Rag::Red)
    );
}

#[test]
fn lower_is_better_mirrors() {
    let tol = Tolerance::Absolute(10.0);
    assert_eq!(rag(100.0, 100.0, &LOWER, &tol), Ok(Rag::Green));
    assert_eq!(rag(50.0, 100.0, &LOWER, &tol), Ok(Rag::Green));
    assert_eq!(rag(110.0, 100.0, &LOWER, &tol), Ok(Rag::Amber));
    assert_eq!(rag(110.01, 100.0, &LOWER, &tol), Ok(Rag::Red));
}

#[test]
fn percent_tolerance_is_of_the_planned_value() {
    // 10% of 200 planned = 20.
    let tol = Tolerance::PercentOfPlanned(10.0);
    assert_eq!(rag(185.0, 200.0, &HIGHER, &tol), Ok(Rag::Amber));
    assert_eq!(rag(180.0, 200.0, &HIGHER, &tol), Ok(Rag::Amber));
    assert_eq!(rag(179.0, 200.0, &HIGHER, &tol), Ok(Rag::Red));
    assert_eq!(rag(219.0, 200.0, &LOWER, &tol), Ok(Rag::Amber));
    assert_eq!(rag(221.0, 200.0, &LOWER, &tol), Ok(Rag::Red));
    // A negative plan uses its size: 10% of |-50| = 5.
    assert_eq!(rag(-54.0, -50.0, &HIGHER, &tol), Ok(Rag::Amber));
    assert_eq!(rag(-56.0, -50.0, &HIGHER, &tol), Ok(Rag::Red));
}

#[test]
fn within_band() {
    let band = Polarity::WithinBand {
        lower: 85.0,
        upper: 92.0,
    };
    let tol = Tolerance::Absolute(2.0);
    // The planned value plays no part for a band.
    assert_eq!(rag(88.0, 0.0, &band, &tol), Ok(Rag::Green));
    assert_eq!(
        rag(85.0, 0.0, &band, &tol),
        Ok(Rag::Green),
        "edges are inside"
    );
    assert_eq!(rag(92.0, 0.0, &band, &tol), Ok(Rag::Green));
    assert_eq!(rag(84.0, 0.0, &band, &tol), Ok(Rag::Amber));
    assert_eq!(rag(83.0, 0.0, &band, &tol), Ok(Rag::Amber));
    assert_eq!(rag(82.9, 0.0, &band, &tol), Ok(Rag::Red));
    assert_eq!(rag(94.0, 0.0, &band, &tol), Ok(Rag::Amber));
    assert_eq!(rag(94.1, 0.0, &band, &tol), Ok(Rag::Red));
    // Percent tolerance for a band is of the edge crossed: 5% of 80 = 4 below, 5% of 100 = 5 above.
    let wide = Polarity::WithinBand {
        lower: 80.0,
        upper: 100.0,
    };
    let pct = Tolerance::PercentOfPlanned(5.0);
    assert_eq!(rag(76.0, f64::NAN, &wide, &pct), Ok(Rag::Amber));
    assert_eq!(rag(75.9, 0.0, &wide, &pct), Ok(Rag::Red));
    assert_eq!(rag(105.0, 0.0, &wide, &pct), Ok(Rag::Amber));
    assert_eq!(rag(105.1, 0.0, &wide, &pct), Ok(Rag::Red));
}

#[test]
fn bad_inputs_are_errors_not_panics() {
    let tol = Tolerance::Absolute(1.0);
    assert_eq!(
        rag(f64::NAN, 1.0, &HIGHER, &tol),
        Err(RagError::NotANumber { what: "actual" })
    );
    assert_eq!(
        rag(1.0, f64::INFINITY, &HIGHER, &tol),
        Err(RagError::NotANumber { what: "planned" })
    );
    assert_eq!(
        rag(1.0, 1.0, &HIGHER, &Tolerance::Absolute(-1.0)),
        Err(RagError::NegativeTolerance)
    );
    assert_eq!(
        rag(1.0, 1.0, &HIGHER, &Tolerance::PercentOfPlanned(f64::NAN)),
        Err(RagError::NotANumber { what: "tolerance" })
    );
    let backwards = Polarity::WithinBand {
        lower: 10.0,
        upper: 5.0,
    };
    assert!(matches!(
        rag(7.0, 0.0, &backwards, &tol),
        Err(RagError::InvalidBand(_))
    ));
    let nan_band = Polarity::WithinBand {
        lower: f64::NAN,
        upper: 5.0,
    };
    assert!(rag(7.0, 0.0, &nan_band, &tol).is_err());
    assert!(matches!(
        pro_rata_rag(1.0, 10.0, 1, 0, &HIGHER, &tol),
        Err(RagError::InvalidProRata { .. })
    ));
    assert!(pro_rata_rag(1.0, 10.0, 13, 12, &HIGHER, &tol).is_err());
    assert_eq!(
        rag(f64::NAN, 1.0, &HIGHER, &tol).unwrap_err().to_string(),
        "actual: not a number"
    );
}

#[test]
fn every_status_has_a_label_and_a_distinct_symbol() {
    let all = [
        RagStatus::Green,
        RagStatus::Amber,
        RagStatus::Red,
        RagStatus::NoDataYet,
        RagStatus::NotYetDue,
        RagStatus::DataOverdue,
    ];
    let labels: Vec<&str> = all.iter().map(|s| s.label()).collect();
    assert_eq!(
        labels,
        vec![
            "On track",
            "At risk",
            "Off track",
            "No data yet",
            "Not yet due",
            "Data overdue"
        ]
    );
    let symbols: Vec<&str> = all.iter().map(|s| s.symbol()).collect();
    assert_eq!(&symbols[..3], &["✓", "!", "✗"]);
    for (i, a) in symbols.iter().enumerate() {
        assert!(!a.is_empty());
        for b in &symbols[i + 1..] {
            assert_ne!(a, b, "symbols must differ so colour is never needed");
        }
    }
    assert_eq!(RagStatus::from(Rag::Amber), RagStatus::Amber);
    assert_eq!(RagStatus::Red.rag(), Some(Rag::Red));
    assert_eq!(RagStatus::DataOverdue.rag(), None);
}

// ---- measure_status: dates, grace and missing data ----

fn status_on(actuals: &[PeriodValue], grace: Grace, today: NaiveDate) -> RagStatus {
    measure_status(
        &quits_trajectory(),
        actuals,
        &HIGHER,
        &Tolerance::Absolute(10.0),
        grace,
        today,
    )
    .unwrap()
    .status
}

#[test]
fn not_yet_due_before_the_first_period() {
    assert_eq!(
        status_on(&[], Grace::default(), date(2025, 3, 31)),
        RagStatus::NotYetDue
    );
}

#[test]
fn no_data_yet_while_nothing_is_due() {
    // April's data is due by the end of May (grace of one period).
    assert_eq!(
        status_on(&[], Grace::default(), date(2025, 4, 1)),
        RagStatus::NoDataYet
    );
    assert_eq!(
        status_on(&[], Grace::default(), date(2025, 5, 31)),
        RagStatus::NoDataYet,
        "due today is not yet overdue"
    );
}

#[test]
fn overdue_when_no_data_once_due() {
    assert_eq!(
        status_on(&[], Grace::default(), date(2025, 6, 1)),
        RagStatus::DataOverdue
    );
}

#[test]
fn overdue_when_latest_actual_is_older_than_latest_due_period() {
    let april = [PeriodValue::new(month(2025, 4), 60.0)];
    // 15 June: April is due (by 31 May), May is not yet (by 30 June).
    assert_eq!(
        status_on(&april, Grace::default(), date(2025, 6, 15)),
        RagStatus::Green
    );
    // 1 July: May's data was due by 30 June and is missing.
    let status = measure_status(
        &quits_trajectory(),
        &april,
        &HIGHER,
        &Tolerance::Absolute(10.0),
        Grace::default(),
        date(2025, 7, 1),
    )
    .unwrap();
    assert_eq!(status.status, RagStatus::DataOverdue);
    assert_eq!(status.latest_due, Some(month(2025, 5)));
    // The last known position is still reported.
    assert_eq!(status.latest.unwrap().rag, Rag::Green);
}

#[test]
fn grace_in_days_or_periods() {
    let april = [PeriodValue::new(month(2025, 4), 60.0)];
    // 15 days: April due by 15 May.
    assert_eq!(
        status_on(&[], Grace::Days(15), date(2025, 5, 15)),
        RagStatus::NoDataYet
    );
    assert_eq!(
        status_on(&[], Grace::Days(15), date(2025, 5, 16)),
        RagStatus::DataOverdue
    );
    // No grace: April due by 30 April.
    assert_eq!(
        status_on(&[], Grace::Periods(0), date(2025, 5, 1)),
        RagStatus::DataOverdue
    );
    assert_eq!(
        status_on(&april, Grace::Periods(0), date(2025, 5, 31)),
        RagStatus::Green
    );
    assert_eq!(
        status_on(&april, Grace::Periods(0), date(2025, 6, 1)),
        RagStatus::DataOverdue
    );
}

#[test]
fn latest_actual_is_rated_against_its_own_period() {
    // June plan 170: 165 is within 10 (amber); 150 is red; later actual wins over earlier.
    let actuals = [
        PeriodValue::new(month(2025, 4), 60.0),
        PeriodValue::new(month(2025, 6), 165.0),
        PeriodValue::new(month(2025, 5), 10.0),
    ];
    assert_eq!(
        status_on(&actuals, Grace::default(), date(2025, 7, 10)),
        RagStatus::Amber
    );
    let red = [PeriodValue::new(month(2025, 6), 150.0)];
    assert_eq!(
        status_on(&red, Grace::default(), date(2025, 7, 10)),
        RagStatus::Red
    );
}

#[test]
fn duplicate_actual_last_entry_wins() {
    let actuals = [
        PeriodValue::new(month(2025, 6), 100.0),
        PeriodValue::new(month(2025, 6), 175.0),
    ];
    assert_eq!(
        status_on(&actuals, Grace::default(), date(2025, 7, 10)),
        RagStatus::Green
    );
}

#[test]
fn actuals_outside_the_trajectory_are_ignored() {
    // A baseline month before the plan starts does not count as data for the plan.
    let march = [PeriodValue::new(month(2025, 3), 999.0)];
    assert_eq!(
        status_on(&march, Grace::default(), date(2025, 4, 20)),
        RagStatus::NoDataYet
    );
}

#[test]
fn after_the_trajectory_ends_the_final_actual_stands() {
    let march = [PeriodValue::new(month(2026, 3), 1005.0)];
    assert_eq!(
        status_on(&march, Grace::default(), date(2027, 1, 1)),
        RagStatus::Green
    );
}

#[test]
fn status_errors() {
    let nan = [PeriodValue::new(month(2025, 4), f64::NAN)];
    let err = measure_status(
        &quits_trajectory(),
        &nan,
        &HIGHER,
        &Tolerance::default(),
        Grace::default(),
        date(2025, 5, 1),
    )
    .unwrap_err();
    assert_eq!(
        err,
        StatusError::ActualNotANumber {
            period: "Apr 2025".into()
        }
    );
    assert_eq!(err.to_string(), "actual for Apr 2025: not a number");
    let ok = [PeriodValue::new(month(2025, 4), 1.0)];
    assert!(matches!(
        measure_status(
            &quits_trajectory(),
            &ok,
            &HIGHER,
            &Tolerance::Absolute(-1.0),
            Grace::default(),
            date(2025, 5, 1),
        ),
        Err(StatusError::Rag(RagError::NegativeTolerance))
    ));
}
