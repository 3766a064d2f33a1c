//! The measure page's read-models: both charts over recent windows (with the SPC chart's lines
//! from the whole series), the data table a page at a time, and the forms' choices. Each is
//! checked at the edges of its window: fewer items than it holds, exactly as many, one more.

mod common;

use chrono::NaiveDate;
use common::*;
use scorecard_core::analysis::{
    xmr_chart, Frequency, MeasureKind, Period, Polarity, SpcOptions, SpcWarning, Trajectory,
};
use scorecard_core::chart::{recent_window, window_xmr};
use scorecard_core::measures::{
    data_page, entry_periods, measure_view, next_period, rebase_choices, spc_window,
    trajectory_series, SPC_WINDOW, TRAJECTORY_WINDOW,
};
use scorecard_core::{Actual, Measure};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

fn month(y: i32, m: u32) -> Period {
    Period::containing(Frequency::Monthly, date(y, m, 1))
}

/// A monthly point measure with `n` actuals from April 2020: 10, 11, … 19, 10, 11, …
fn measure_with(n: usize) -> Measure {
    let mut m = Measure::new(
        new_id(),
        new_id(),
        "Measure",
        Frequency::Monthly,
        Polarity::HigherIsBetter,
        MeasureKind::Point,
        now(),
    );
    m.actuals = (0..n)
        .map(|i| Actual {
            period: month(2020, 4).offset(i as i64).unwrap(),
            value: 10.0 + (i % 10) as f64,
            note: String::new(),
            entered_at: now(),
            entered_by: String::new(),
            history: Vec::new(),
        })
        .collect();
    m
}

fn values(n: usize) -> Vec<f64> {
    (0..n).map(|i| 10.0 + (i % 10) as f64).collect()
}

#[test]
fn a_recent_window_is_the_latest_items_or_all_of_them() {
    assert_eq!(recent_window(0, 60), 0..0);
    assert_eq!(recent_window(59, 60), 0..59);
    assert_eq!(recent_window(60, 60), 0..60);
    assert_eq!(recent_window(61, 60), 1..61);
    assert_eq!(recent_window(10_000, 60), 9_940..10_000);
    assert_eq!(recent_window(5, 0), 5..5);
}

#[test]
fn a_windowed_xmr_chart_keeps_the_whole_charts_lines_and_flags_at_the_edges() {
    for n in [SPC_WINDOW - 1, SPC_WINDOW, SPC_WINDOW + 1] {
        let chart = xmr_chart(&values(n), &SpcOptions::default(), None, None).unwrap();
        let window = window_xmr(&chart, recent_window(n, SPC_WINDOW));
        let skipped = n.saturating_sub(SPC_WINDOW);
        assert_eq!(window.points.len(), n.min(SPC_WINDOW), "{n} points");
        for (i, p) in window.points.iter().enumerate() {
            let whole = &chart.points[skipped + i];
            assert_eq!(p.index, i);
            assert_eq!(
                (p.value, p.mean, p.limits, p.segment),
                (whole.value, whole.mean, whole.limits, 0)
            );
        }
        assert_eq!(window.segments.len(), 1);
        assert_eq!(
            (window.segments[0].start, window.segments[0].len),
            (0, n.min(SPC_WINDOW))
        );
        assert_eq!(
            window.segments[0].calculation,
            chart.segments[0].calculation
        );
        assert_eq!(
            (window.variation, window.assurance),
            (chart.variation, chart.assurance)
        );
        if n <= SPC_WINDOW {
            assert_eq!(window, chart, "nothing left out, nothing changed");
        }
    }
}

#[test]
fn sections_before_the_window_are_left_out_and_the_rest_numbered_from_the_first_shown() {
    // Sections start at points 0, 10 and 20 of 30; the window is the latest 15 (15 to 29).
    let options = SpcOptions {
        rebase_at: vec![10, 20],
        ..SpcOptions::default()
    };
    let chart = xmr_chart(&values(30), &options, None, None).unwrap();
    assert_eq!(chart.segments.len(), 3);
    assert!(chart.warnings.contains(&SpcWarning::ProvisionalLimits {
        segment: 0,
        points_used: 10
    }));
    let window = window_xmr(&chart, 15..30);
    let spans: Vec<(usize, usize)> = window.segments.iter().map(|s| (s.start, s.len)).collect();
    assert_eq!(spans, [(0, 5), (5, 10)]);
    assert_eq!(window.points[0].segment, 0);
    assert_eq!(window.points[4].segment, 0);
    assert_eq!(window.points[5].segment, 1);
    assert_eq!(window.points[0].mean, chart.points[15].mean);
    assert_eq!(window.points[5].mean, chart.points[20].mean);
    // Sections 2 and 3 of the chart are sections 1 and 2 of the window; section 1's
    // warning is not about anything shown.
    assert_eq!(
        window.warnings,
        [
            SpcWarning::ProvisionalLimits {
                segment: 0,
                points_used: 10
            },
            SpcWarning::ProvisionalLimits {
                segment: 1,
                points_used: 10
            },
        ]
    );
    // A window on a section boundary starts with that section.
    let window = window_xmr(&chart, 20..30);
    assert_eq!(window.segments.len(), 1);
    assert_eq!(window.points[0].mean, chart.points[20].mean);
    // An empty window has nothing in it.
    let empty = window_xmr(&chart, 30..30);
    assert!(empty.points.is_empty() && empty.segments.is_empty() && empty.warnings.is_empty());
}

#[test]
fn the_spc_window_says_what_is_left_out_only_when_something_is() {
    for n in [SPC_WINDOW - 1, SPC_WINDOW, SPC_WINDOW + 1] {
        let chart = xmr_chart(&values(n), &SpcOptions::default(), None, None).unwrap();
        let periods: Vec<Period> = (0..n)
            .map(|i| month(2020, 4).offset(i as i64).unwrap())
            .collect();
        let spc = spc_window(&chart, &periods, SPC_WINDOW);
        assert_eq!(spc.labels.len(), n.min(SPC_WINDOW));
        assert_eq!(
            spc.labels.last().map(String::as_str),
            Some(periods[n - 1].label().as_str())
        );
        if n > SPC_WINDOW {
            assert_eq!(spc.labels[0], "May 2020");
            assert_eq!(
                spc.note.as_deref(),
                Some("The chart shows the latest 60 of 61 points, May 2020 to Apr 2025. The mean and process limits are worked out from all 61 points, not only those shown.")
            );
        } else {
            assert_eq!(spc.labels[0], "Apr 2020");
            assert_eq!(spc.note, None);
        }
    }
}

#[test]
fn the_trajectory_chart_shows_the_plans_and_the_actuals_periods_each_once() {
    // Actuals April 2020 to March 2021 (12); a plan from January 2021 to June 2021 (6): three
    // periods in both, 15 in all.
    let mut m = measure_with(12);
    m.trajectory = Some(
        Trajectory::from_profile(
            MeasureKind::Point,
            month(2021, 1),
            &[20.0, 21.0, 22.0, 23.0, 24.0, 25.0],
        )
        .unwrap(),
    );
    let t = trajectory_series(&m, TRAJECTORY_WINDOW);
    assert_eq!(
        (t.window.first, t.window.shown, t.window.total),
        (0, 15, 15)
    );
    assert_eq!(t.labels.first().map(String::as_str), Some("Apr 2020"));
    assert_eq!(t.labels.last().map(String::as_str), Some("Jun 2021"));
    assert_eq!(t.planned[8], None);
    assert_eq!(t.planned[9], Some(20.0));
    assert_eq!(t.actual[11], Some(11.0));
    assert_eq!(t.actual[12], None);
    assert_eq!(t.note, None);

    // Out of order, as imported data may be: the same periods.
    let mut shuffled = m.clone();
    shuffled.actuals.reverse();
    assert_eq!(trajectory_series(&shuffled, TRAJECTORY_WINDOW), t);
}

#[test]
fn the_trajectory_window_is_the_latest_periods_at_its_edges() {
    for n in [
        TRAJECTORY_WINDOW - 1,
        TRAJECTORY_WINDOW,
        TRAJECTORY_WINDOW + 1,
    ] {
        let m = measure_with(n);
        let t = trajectory_series(&m, TRAJECTORY_WINDOW);
        assert_eq!(t.labels.len(), n.min(TRAJECTORY_WINDOW));
        assert_eq!(t.actual.len(), t.labels.len());
        assert!(t.planned.iter().all(Option::is_none));
        let last = month(2020, 4).offset(n as i64 - 1).unwrap();
        assert_eq!(t.labels.last(), Some(&last.label()));
        assert_eq!(t.actual.last(), Some(&Some(10.0 + ((n - 1) % 10) as f64)));
        assert_eq!(t.note.is_some(), n > TRAJECTORY_WINDOW);
    }
    let t = trajectory_series(&measure_with(TRAJECTORY_WINDOW + 1), TRAJECTORY_WINDOW);
    assert_eq!(t.labels[0], "May 2020");
    assert_eq!(
        t.note.as_deref(),
        Some("The chart shows the latest 24 of 25 periods, May 2020 to Apr 2022. Every actual is in the table under “Data and corrections”.")
    );
    let empty = trajectory_series(&measure_with(0), TRAJECTORY_WINDOW);
    assert!(empty.labels.is_empty() && empty.note.is_none());
}

#[test]
fn the_page_view_moves_the_whole_spc_chart_into_its_window() {
    let m = measure_with(SPC_WINDOW + 1);
    let view = measure_view(&m, date(2026, 1, 15));
    assert!(view.summary.spc.is_none() && view.summary.spc_periods.is_empty());
    let spc = view.spc.unwrap();
    assert_eq!(spc.chart.points.len(), SPC_WINDOW);
    assert!(view.summary.variation.is_some());
    assert_eq!(view.about.name, "Measure");
    // One actual is no chart.
    assert!(measure_view(&measure_with(1), date(2026, 1, 15))
        .spc
        .is_none());
}

#[test]
fn the_data_table_pages_newest_first_at_the_edges_of_a_page() {
    let size = 60;
    let empty = data_page(&measure_with(0), 0, size);
    assert_eq!((empty.pages, empty.first, empty.last), (1, 0, 0));
    assert!(empty.rows.is_empty() && !empty.has_newer() && !empty.has_older());
    assert_eq!(empty.showing(), "Showing 0 to 0 of 0");

    for n in [size - 1, size] {
        let page = data_page(&measure_with(n), 0, size);
        assert_eq!((page.pages, page.first, page.last), (1, 1, n));
        assert_eq!(page.rows.len(), n);
        assert!(!page.has_newer() && !page.has_older());
        assert!(page
            .rows
            .windows(2)
            .all(|w| w[0].actual.period > w[1].actual.period));
    }

    let m = measure_with(size + 1);
    let newest = data_page(&m, 0, size);
    assert_eq!((newest.pages, newest.first, newest.last), (2, 1, 60));
    assert_eq!(newest.rows[0].actual.period, month(2025, 4));
    assert!(!newest.has_newer() && newest.has_older());
    assert_eq!(newest.showing(), "Showing 1 to 60 of 61");
    let oldest = data_page(&m, 1, size);
    assert_eq!(oldest.showing(), "Showing 61 to 61 of 61");
    assert_eq!(oldest.rows.len(), 1);
    assert_eq!(oldest.rows[0].actual.period, month(2020, 4));
    assert!(oldest.has_newer() && !oldest.has_older());
    // Past the end is the last page.
    assert_eq!(data_page(&m, 7, size), oldest);

    // Planned values come from the trajectory; data out of order is shown in order.
    let mut planned = m.clone();
    planned.trajectory =
        Some(Trajectory::from_profile(MeasureKind::Point, month(2025, 4), &[30.0]).unwrap());
    planned.actuals.reverse();
    let page = data_page(&planned, 0, size);
    assert_eq!(page.rows[0].planned, Some(30.0));
    assert_eq!(page.rows[1].planned, None);
    assert_eq!(page, {
        let mut expected = newest.clone();
        expected.rows[0].planned = Some(30.0);
        expected
    });
}

#[test]
fn data_is_offered_for_three_years_and_the_next_period_is_the_latest_gap() {
    let today = date(2026, 1, 15);
    let periods = entry_periods(Frequency::Monthly, today);
    assert_eq!(periods.len(), 37);
    assert_eq!(periods[0], month(2026, 1));
    assert_eq!(periods[36], month(2023, 1));
    assert_eq!(entry_periods(Frequency::Quarterly, today).len(), 13);

    // Actuals April 2020 to March 2025: nothing since, so December 2025 is next.
    let m = measure_with(60);
    assert_eq!(next_period(&m, today), Some(month(2025, 12)));
    // Up to December 2025 with November missing: November.
    let mut m = measure_with(69);
    m.actuals.retain(|a| a.period != month(2025, 11));
    assert_eq!(next_period(&m, today), Some(month(2025, 11)));
    // A full year in: the last complete month again (a correction is the likeliest entry).
    let m = measure_with(69);
    assert_eq!(next_period(&m, today), Some(month(2025, 12)));
}

#[test]
fn rebasing_is_offered_from_the_periods_the_chart_shows_and_those_chosen_already() {
    // Up to the window: every actual but the first, as before.
    for n in [SPC_WINDOW, SPC_WINDOW + 1] {
        let m = measure_with(n);
        let choices = rebase_choices(&m);
        assert_eq!(choices.len(), n.min(SPC_WINDOW + 1) - 1, "{n} actuals");
        assert_eq!(choices.first(), Some(&month(2020, 5)));
        assert_eq!(choices.last(), Some(&m.actuals[n - 1].period));
    }
    let m = measure_with(SPC_WINDOW + 2);
    assert_eq!(rebase_choices(&m).first(), Some(&month(2020, 6)));
    assert!(rebase_choices(&measure_with(1)).is_empty());
    assert!(rebase_choices(&measure_with(0)).is_empty());

    // One chosen long ago stays on the list, in order, so it can be taken off.
    let mut m = measure_with(200);
    m.spc.rebase_at = vec![month(2021, 1), m.actuals[199].period];
    let choices = rebase_choices(&m);
    assert_eq!(choices.len(), SPC_WINDOW + 1);
    assert_eq!(choices[0], month(2021, 1));
    assert_eq!(choices[1], m.actuals[140].period);
}
