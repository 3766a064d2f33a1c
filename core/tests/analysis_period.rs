//! Reporting periods: alignment, NHS financial-year labels, arithmetic.

use chrono::NaiveDate;
use scorecard_core::analysis::{
    financial_year_label, financial_year_start, Frequency, Period, PeriodError,
};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

#[test]
fn containing_aligns_to_period_start() {
    let d = date(2025, 5, 17);
    assert_eq!(
        Period::containing(Frequency::Monthly, d).start(),
        date(2025, 5, 1)
    );
    assert_eq!(
        Period::containing(Frequency::Quarterly, d).start(),
        date(2025, 4, 1)
    );
    assert_eq!(
        Period::containing(Frequency::Annual, d).start(),
        date(2025, 4, 1)
    );

    // February 2026 is in Q4 of 2025/26 (January to March) and in financial year 2025/26.
    let feb = date(2026, 2, 28);
    assert_eq!(
        Period::containing(Frequency::Quarterly, feb).start(),
        date(2026, 1, 1)
    );
    assert_eq!(
        Period::containing(Frequency::Annual, feb).start(),
        date(2025, 4, 1)
    );
    // December is in Q3.
    let dec = date(2025, 12, 31);
    assert_eq!(
        Period::containing(Frequency::Quarterly, dec).start(),
        date(2025, 10, 1)
    );
}

#[test]
fn labels_use_nhs_financial_year() {
    let month = Period::containing(Frequency::Monthly, date(2025, 4, 1));
    assert_eq!(month.label(), "Apr 2025");
    assert_eq!(month.to_string(), "Apr 2025");
    assert_eq!(
        Period::containing(Frequency::Quarterly, date(2025, 4, 1)).label(),
        "Q1 2025/26"
    );
    assert_eq!(
        Period::containing(Frequency::Quarterly, date(2025, 8, 1)).label(),
        "Q2 2025/26"
    );
    assert_eq!(
        Period::containing(Frequency::Quarterly, date(2025, 11, 1)).label(),
        "Q3 2025/26"
    );
    assert_eq!(
        Period::containing(Frequency::Quarterly, date(2026, 3, 31)).label(),
        "Q4 2025/26"
    );
    assert_eq!(
        Period::containing(Frequency::Annual, date(2026, 1, 9)).label(),
        "2025/26"
    );
    assert_eq!(financial_year_label(1999), "1999/00");
    assert_eq!(financial_year_start(date(2026, 3, 31)), 2025);
    assert_eq!(financial_year_start(date(2026, 4, 1)), 2026);
}

#[test]
fn new_rejects_dates_that_do_not_start_a_period() {
    assert!(Period::new(Frequency::Monthly, date(2025, 4, 1)).is_ok());
    assert_eq!(
        Period::new(Frequency::Monthly, date(2025, 4, 15)),
        Err(PeriodError::NotPeriodStart {
            frequency: Frequency::Monthly,
            date: date(2025, 4, 15)
        })
    );
    assert!(Period::new(Frequency::Quarterly, date(2025, 5, 1)).is_err());
    assert!(Period::new(Frequency::Quarterly, date(2026, 1, 1)).is_ok());
    assert!(Period::new(Frequency::Annual, date(2026, 1, 1)).is_err());
    let message = Period::new(Frequency::Quarterly, date(2025, 5, 1))
        .unwrap_err()
        .to_string();
    assert!(message.contains("2025-05-01"), "{message}");
}

#[test]
fn next_previous_and_end() {
    let dec = Period::containing(Frequency::Monthly, date(2025, 12, 1));
    assert_eq!(dec.next().unwrap().label(), "Jan 2026");
    assert_eq!(dec.previous().unwrap().label(), "Nov 2025");
    assert_eq!(dec.end(), Some(date(2025, 12, 31)));

    let feb_leap = Period::containing(Frequency::Monthly, date(2024, 2, 10));
    assert_eq!(feb_leap.end(), Some(date(2024, 2, 29)));

    let q4 = Period::containing(Frequency::Quarterly, date(2026, 2, 1));
    assert_eq!(q4.next().unwrap().label(), "Q1 2026/27");
    assert_eq!(q4.end(), Some(date(2026, 3, 31)));

    let year = Period::containing(Frequency::Annual, date(2025, 6, 1));
    assert_eq!(year.next().unwrap().label(), "2026/27");
    assert_eq!(year.end(), Some(date(2026, 3, 31)));
    assert_eq!(year.offset(-2).unwrap().label(), "2023/24");
}

#[test]
fn contains_and_periods_until() {
    let apr = Period::containing(Frequency::Monthly, date(2025, 4, 1));
    let mar = Period::containing(Frequency::Monthly, date(2026, 3, 1));
    assert_eq!(apr.periods_until(&mar), Some(11));
    assert_eq!(mar.periods_until(&apr), Some(-11));
    let q1 = Period::containing(Frequency::Quarterly, date(2025, 4, 1));
    assert_eq!(apr.periods_until(&q1), None, "different frequencies");
    let q4 = Period::containing(Frequency::Quarterly, date(2026, 1, 1));
    assert_eq!(q1.periods_until(&q4), Some(3));
    assert!(q1.contains(date(2025, 6, 30)));
    assert!(!q1.contains(date(2025, 7, 1)));
    assert!(apr < mar, "periods order by date");
}

#[test]
fn months_of_a_quarter() {
    let q2 = Period::containing(Frequency::Quarterly, date(2025, 7, 1));
    let labels: Vec<String> = q2.months().iter().map(Period::label).collect();
    assert_eq!(labels, vec!["Jul 2025", "Aug 2025", "Sep 2025"]);
    assert_eq!(Frequency::Quarterly.periods_per_year(), 4);
}

#[test]
fn extreme_dates_do_not_panic() {
    let last = Period::containing(Frequency::Monthly, NaiveDate::MAX);
    assert_eq!(last.next(), None);
    assert_eq!(last.end(), None);
    let first = Period::containing(Frequency::Annual, NaiveDate::MIN);
    assert_eq!(first.offset(-1), None);
    let apr = Period::containing(Frequency::Monthly, date(2025, 4, 1));
    assert_eq!(apr.offset(i64::MAX), None);
}

#[test]
fn serde_round_trip_and_validation() {
    let q = Period::containing(Frequency::Quarterly, date(2025, 10, 1));
    let json = serde_json::to_string(&q).unwrap();
    assert_eq!(serde_json::from_str::<Period>(&json).unwrap(), q);
    let bad = r#"{"start":"2025-11-01","frequency":"Quarterly"}"#;
    assert!(serde_json::from_str::<Period>(bad).is_err());
}
