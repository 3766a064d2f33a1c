//! Sizes far beyond any real workspace: a chain of 10,000 goals each under the last, and a
//! measure with 10,000 monthly actuals. Each is handled without recursion (the goal cases run on
//! a 256 KiB stack, where a recursive walk would overflow) and in time proportional to its size:
//! each test takes well under a second in a release build, where the quadratic code before took
//! 12 s for the unaligned chain, a minute for the loop, and 2.5 times as long for the import.

mod common;

use chrono::NaiveDate;
use common::*;
use scorecard_core::alignment::{ancestors, check_new_parent, NotAlignedReason};
use scorecard_core::analysis::{
    Frequency, MeasureKind, Period, PeriodValue, Polarity, RagStatus, RollupMethod, Trajectory,
};
use scorecard_core::chart::{
    layout_trajectory, layout_xmr, xmr_summary, xmr_table, ChartFrame, MAX_X_LABELS,
};
use scorecard_core::exchange::{apply_actuals, parse_actuals_csv, ActualsRowOutcome};
use scorecard_core::measures::{
    data_page, measure_status, measure_view, rebase_choices, DATA_PAGE_SIZE, SPC_WINDOW,
    TRAJECTORY_WINDOW,
};
use scorecard_core::{Goal, GoalLevel, Id, Measure, Perspective, Workspace};

const DEEP: usize = 10_000;
const LONG: usize = 10_000;

/// Runs `f` on a thread with a 256 KiB stack: enough for any loop, far too little for a
/// recursion 10,000 calls deep.
fn on_small_stack(f: impl FnOnce() + Send + 'static) {
    let thread = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(f)
        .expect("thread starts");
    if let Err(panic) = thread.join() {
        std::panic::resume_unwind(panic);
    }
}

/// A workspace with `n` goals, each under the one before; the first is `top` and has no parent.
fn goal_chain(n: usize, top: GoalLevel) -> (Workspace, Vec<Id>) {
    let mut ws = Workspace::empty("Deep");
    let o = org("Deep Trust");
    let org_id = o.id;
    ws.save_organisation(o, now()).unwrap();
    let mut ids = Vec::with_capacity(n);
    for i in 0..n {
        let (level, parent) = match ids.last() {
            None => (top, None),
            Some(&p) => (GoalLevel::Team, Some(p)),
        };
        let g = goal(org_id, level, parent, &format!("Goal {i:05}"));
        ids.push(g.id);
        // Straight in: saving validates each parent chain, which is the slow part of building.
        ws.goals.upsert(g);
    }
    (ws, ids)
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

fn month(y: i32, m: u32) -> Period {
    Period::containing(Frequency::Monthly, date(y, m, 1))
}

#[test]
fn a_chain_of_10000_goals_is_aligned_listed_and_rolled_up_on_a_small_stack() {
    on_small_stack(|| {
        let (mut ws, ids) = goal_chain(DEEP, GoalLevel::Strategic);
        let (root, leaf) = (ids[0], ids[DEEP - 1]);

        let cascade = ws.cascade();
        assert_eq!(cascade.strategic, vec![root]);
        assert!(cascade.unaligned_roots.is_empty());
        assert_eq!(cascade.unaligned_count(), 0);
        assert!(cascade.is_aligned(leaf));
        assert_eq!(cascade.descendants(root), ids[1..].to_vec());

        // Everything open: one row per goal, each a level below the one before.
        let rows = cascade.visible_rows(&[root], |_, _| true);
        assert_eq!(rows.len(), DEEP);
        assert!(rows
            .iter()
            .enumerate()
            .all(|(i, r)| r.id == ids[i] && r.depth == i));
        assert_eq!(rows[DEEP - 1].children, 0);
        // A goal half way down folded away: nothing below it is listed.
        let fold = ids[DEEP / 2];
        let rows = cascade.visible_rows(&[root], |id, _| id != fold);
        assert_eq!(rows.len(), DEEP / 2 + 1);
        assert_eq!(rows.last().map(|r| (r.id, r.children)), Some((fold, 1)));

        let mut above: Vec<Id> = ids[..DEEP - 1].to_vec();
        above.reverse();
        assert_eq!(ancestors(&ws.goals, leaf), above);

        // One red measure on the deepest goal makes every goal above it red.
        let mut m = Measure::new(
            new_id(),
            leaf,
            "Deepest measure",
            Frequency::Monthly,
            Polarity::HigherIsBetter,
            MeasureKind::Point,
            now(),
        );
        m.trajectory =
            Some(Trajectory::from_profile(MeasureKind::Point, month(2025, 4), &[100.0]).unwrap());
        let measure_id = m.id;
        ws.save_measure(m, now()).unwrap();
        ws.record_actual(measure_id, month(2025, 4), 50.0, "", "", now())
            .unwrap();
        let today = date(2025, 6, 15);
        let method = RollupMethod::WorstOf;
        let statuses = ws.all_goal_statuses(today, &method);
        assert_eq!(statuses.len(), DEEP);
        assert!(statuses.values().all(|s| *s == RagStatus::Red));
        assert_eq!(ws.goal_status(root, today, &method), RagStatus::Red);
        assert_eq!(
            ws.perspective_status(Perspective::Customer, None, today, &method),
            RagStatus::Red
        );

        // A new goal at the bottom is accepted; hanging the top team goal under the bottom
        // one would close a loop through all 10,000 and is refused.
        let below = goal(
            ws.goals[0].organisation_id,
            GoalLevel::Individual,
            Some(leaf),
            "Below",
        );
        ws.save_goal(below, now()).unwrap();
        let loop_path = check_new_parent(&ws.goals, ids[1], leaf).unwrap_err();
        assert_eq!(loop_path.len(), DEEP);
        let mut looped: Goal = ws.goal(ids[1]).unwrap().clone();
        looped.parent_id = Some(leaf);
        let errors = ws.save_goal(looped, now()).unwrap_err();
        assert!(errors.0.iter().any(|e| e.field == "parent"));
        assert_eq!(ws.cascade().descendants(root).len(), DEEP);
    });
}

#[test]
fn a_chain_of_10000_goals_under_no_strategic_goal_is_one_unaligned_branch() {
    on_small_stack(|| {
        let (ws, ids) = goal_chain(DEEP, GoalLevel::Team);
        let cascade = ws.cascade();
        assert!(cascade.strategic.is_empty());
        assert_eq!(
            cascade.unaligned_roots,
            vec![(ids[0], NotAlignedReason::NoParent)]
        );
        assert_eq!(cascade.unaligned_count(), DEEP);
        assert!(!cascade.is_aligned(ids[DEEP - 1]));
        assert_eq!(cascade.descendants(ids[0]).len(), DEEP - 1);
        let rows = cascade.visible_rows(&[ids[0]], |_, _| true);
        assert_eq!(rows.last().map(|r| r.depth), Some(DEEP - 1));
    });
}

#[test]
fn a_loop_of_10000_goals_lists_each_as_not_aligned_without_drawing_the_loop() {
    on_small_stack(|| {
        let (mut ws, ids) = goal_chain(DEEP, GoalLevel::Team);
        // Imported data only: the top goal's parent is the bottom one.
        ws.goals.get_mut(ids[0]).unwrap().parent_id = Some(ids[DEEP - 1]);
        let cascade = ws.cascade();
        assert_eq!(cascade.unaligned_roots.len(), DEEP);
        assert!(cascade
            .unaligned_roots
            .iter()
            .all(|(_, reason)| *reason == NotAlignedReason::InLoop));
        assert!(ids.iter().all(|id| cascade.children_of(*id).is_empty()));
        let roots: Vec<Id> = cascade.unaligned_roots.iter().map(|(id, _)| *id).collect();
        let rows = cascade.visible_rows(&roots, |_, _| true);
        assert_eq!(rows.len(), DEEP);
        assert!(rows.iter().all(|r| r.depth == 0));
        // Walking up stops where the loop closes.
        assert_eq!(ancestors(&ws.goals, ids[0]).len(), DEEP - 1);
        let statuses = ws.all_goal_statuses(date(2025, 6, 15), &RollupMethod::WorstOf);
        assert_eq!(statuses.len(), DEEP);
    });
}

/// A point measure of `goal` with `LONG` monthly actuals from January 1200 to April 2033
/// (100, 101, … 111 each year), against a flat trajectory of 100 over its last 1,200 months.
fn long_measure(goal: Id) -> Measure {
    let first = month(1200, 1);
    let mut m = Measure::new(
        new_id(),
        goal,
        "Long-running measure",
        Frequency::Monthly,
        Polarity::HigherIsBetter,
        MeasureKind::Point,
        now(),
    );
    let last = first.offset(LONG as i64 - 1).unwrap();
    let plan_from = last.offset(-1199).unwrap();
    m.trajectory =
        Some(Trajectory::from_profile(MeasureKind::Point, plan_from, &[100.0; 1200]).unwrap());
    m.target = Some(PeriodValue::new(last, 100.0));
    // Given newest first: saving puts them in period order.
    m.actuals = (0..LONG)
        .rev()
        .map(|i| scorecard_core::Actual {
            period: first.offset(i as i64).unwrap(),
            value: 100.0 + (i % 12) as f64,
            note: String::new(),
            entered_at: now(),
            entered_by: String::new(),
            history: Vec::new(),
        })
        .collect();
    m
}

#[test]
fn a_measure_with_10000_actuals_has_its_status_forecast_spc_and_charts() {
    let mut c = chain();
    let m = long_measure(c.individual);
    let id = m.id;
    c.ws.save_measure(m, now()).unwrap();
    let m = c.ws.measure(id).unwrap().clone();
    let first = month(1200, 1);
    let last = month(2033, 4);
    assert_eq!(m.actuals.len(), LONG);
    assert!(m.actuals.windows(2).all(|w| w[0].period < w[1].period));
    assert_eq!(m.actual_for(&last).map(|a| a.value), Some(103.0));
    assert_eq!(m.actual_for(&month(1200, 2)).map(|a| a.value), Some(101.0));

    // Trajectory judgement: April 2033's 103 against a plan of 100, due by the end of May.
    let today = date(2033, 6, 15);
    let summary = measure_status(&m, today);
    assert_eq!(summary.status, RagStatus::Green);
    assert_eq!(summary.latest.map(|l| l.period), Some(last));
    assert_eq!(summary.latest_due, Some(last));
    assert_eq!(summary.planned, Some(100.0));
    assert_eq!(summary.forecast.as_ref().map(|f| f.value), Some(103.0));

    // SPC: a point for every actual, in period order, all around one mean.
    let mean = (0..LONG).map(|i| 100.0 + (i % 12) as f64).sum::<f64>() / LONG as f64;
    let spc = summary.spc.as_ref().expect("an SPC chart");
    assert_eq!(spc.points.len(), LONG);
    assert_eq!(summary.spc_periods.len(), LONG);
    assert!(summary
        .spc_periods
        .iter()
        .enumerate()
        .all(|(i, p)| *p == first.offset(i as i64).unwrap()));
    assert!(spc.points.iter().enumerate().all(|(i, p)| p.index == i
        && p.value == 100.0 + (i % 12) as f64
        && (p.mean - mean).abs() < 1e-9));
    assert!(spc.points.iter().all(|p| p.limits.is_some()));
    assert!(summary.variation.is_some());

    // Chart geometry for all of it: one marker per point, at most 12 labels on the axis.
    let labels: Vec<String> = summary.spc_periods.iter().map(|p| p.label()).collect();
    let frame = ChartFrame::default();
    let layout = layout_xmr(spc, &labels, Some(100.0), "", &frame);
    assert_eq!(layout.points.len(), LONG);
    assert!(layout.axes.x_ticks.len() <= MAX_X_LABELS);
    assert_eq!(xmr_table(spc, &labels).len(), LONG);
    assert!(xmr_summary(spc, &labels, Some(100.0), "", None)
        .starts_with("XmR chart of 10000 points from Jan 1200 to Apr 2033"));
    let actual: Vec<Option<f64>> = m.actuals.iter().map(|a| Some(a.value)).collect();
    let planned: Vec<Option<f64>> = m
        .actuals
        .iter()
        .map(|a| m.trajectory.as_ref().and_then(|t| t.planned_for(&a.period)))
        .collect();
    let trajectory = layout_trajectory(&labels, &planned, &actual, Some(100.0), "", &frame);
    assert_eq!(trajectory.actual_points.len(), LONG);
    assert_eq!(trajectory.planned_points.len(), 1200);

    // A new section every January: 834 sections, each with its own mean and limits.
    let mut rebased = m.clone();
    rebased.spc.rebase_at = (1..=LONG / 12)
        .map(|y| first.offset(12 * y as i64).unwrap())
        .collect();
    let spc = measure_status(&rebased, today).spc.expect("an SPC chart");
    assert_eq!(spc.segments.len(), LONG / 12 + 1);
    assert!(spc.segments.iter().skip(1).all(|s| s.start % 12 == 0));

    // The goal above rolls it up.
    assert_eq!(
        c.ws.goal_status(c.strategic, today, &RollupMethod::WorstOf),
        RagStatus::Green
    );
}

#[test]
fn the_page_of_a_measure_with_10000_actuals_draws_its_windows_with_limits_from_all_of_it() {
    let mut c = chain();
    let m = long_measure(c.individual);
    let id = m.id;
    c.ws.save_measure(m, now()).unwrap();
    let m = c.ws.measure(id).unwrap();
    let today = date(2033, 6, 15);
    let frame = ChartFrame::default();

    let started = std::time::Instant::now();
    let summary = measure_status(m, today);
    let status_took = started.elapsed();
    let started = std::time::Instant::now();
    let view = measure_view(m, today);
    let spc = view.spc.as_ref().expect("an SPC chart");
    let xmr = layout_xmr(&spc.chart, &spc.labels, Some(100.0), "", &frame);
    let t = &view.trajectory;
    let trajectory = layout_trajectory(&t.labels, &t.planned, &t.actual, Some(100.0), "", &frame);
    let first_page = data_page(m, 0, DATA_PAGE_SIZE);
    let last_page = data_page(m, usize::MAX, DATA_PAGE_SIZE);
    let choices = rebase_choices(m);
    let page_took = started.elapsed();
    println!(
        "10,000 actuals: measure_status {:.1} ms; the page's view, both charts laid out, two pages of data and the rebase choices {:.1} ms",
        status_took.as_secs_f64() * 1000.0,
        page_took.as_secs_f64() * 1000.0
    );

    // The status is the whole series' (as measure_status gives it).
    assert_eq!(view.summary.status, RagStatus::Green);
    assert_eq!(view.summary.latest, summary.latest);
    assert_eq!(view.summary.variation, summary.variation);
    assert_eq!(view.summary.assurance, summary.assurance);

    // SPC: the latest 60 months drawn, May 2028 to April 2033, with the mean and limits of all
    // 10,000 points and their flags.
    let whole = summary.spc.as_ref().unwrap();
    assert_eq!(spc.window.first, LONG - SPC_WINDOW);
    assert_eq!((spc.window.shown, spc.window.total), (SPC_WINDOW, LONG));
    assert_eq!(spc.chart.points.len(), SPC_WINDOW);
    assert_eq!(spc.labels.first().map(String::as_str), Some("May 2028"));
    assert_eq!(spc.labels.last().map(String::as_str), Some("Apr 2033"));
    for (shown, p) in spc.chart.points.iter().enumerate() {
        let all = &whole.points[LONG - SPC_WINDOW + shown];
        assert_eq!(p.index, shown);
        assert_eq!(
            (p.value, p.mean, p.limits),
            (all.value, all.mean, all.limits)
        );
        assert_eq!(p.special_cause, all.special_cause);
    }
    let mean = (0..LONG).map(|i| 100.0 + (i % 12) as f64).sum::<f64>() / LONG as f64;
    assert!((spc.chart.points[0].mean - mean).abs() < 1e-9);
    assert_eq!(spc.chart.segments.len(), 1);
    assert_eq!(
        (spc.chart.segments[0].start, spc.chart.segments[0].len),
        (0, SPC_WINDOW)
    );
    assert_eq!(
        spc.note.as_deref(),
        Some("The chart shows the latest 60 of 10,000 points, May 2028 to Apr 2033. The mean and process limits are worked out from all 10,000 points, not only those shown.")
    );
    assert_eq!(xmr.points.len(), SPC_WINDOW);
    assert_eq!(xmr.points[SPC_WINDOW - 1].label, "Apr 2033");
    assert!(xmr.axes.x_ticks.len() <= MAX_X_LABELS);
    // The limits drawn are the whole series' limits.
    let limits = whole.points[0].limits.unwrap();
    assert!(xmr.axes.y.map(limits.upper).is_some());
    assert_eq!(
        xmr_summary(&spc.chart, &spc.labels, Some(100.0), "", None)
            .split(':')
            .next(),
        Some("XmR chart of 60 points from May 2028 to Apr 2033")
    );

    // Trajectory: the latest 24 of the 10,000 months (the plan covers the last 1,200 of them).
    assert_eq!((t.window.shown, t.window.total), (TRAJECTORY_WINDOW, LONG));
    assert_eq!(t.labels.first().map(String::as_str), Some("May 2031"));
    assert_eq!(t.labels.last().map(String::as_str), Some("Apr 2033"));
    assert!(t.planned.iter().all(|p| *p == Some(100.0)));
    let expected: Vec<Option<f64>> = (LONG - TRAJECTORY_WINDOW..LONG)
        .map(|i| Some(100.0 + (i % 12) as f64))
        .collect();
    assert_eq!(t.actual, expected);
    assert_eq!(
        t.note.as_deref(),
        Some("The chart shows the latest 24 of 10,000 periods, May 2031 to Apr 2033. Every actual is in the table under “Data and corrections”.")
    );
    assert_eq!(trajectory.actual_points.len(), TRAJECTORY_WINDOW);
    assert_eq!(trajectory.planned_points.len(), TRAJECTORY_WINDOW);

    // The data table: 167 pages of 60, newest first; the last has the 40 oldest.
    assert_eq!(first_page.pages, 167);
    assert_eq!(first_page.showing(), "Showing 1 to 60 of 10,000");
    assert_eq!(first_page.rows.len(), DATA_PAGE_SIZE);
    assert_eq!(first_page.rows[0].actual.period, month(2033, 4));
    assert_eq!(first_page.rows[0].planned, Some(100.0));
    assert_eq!(last_page.page, 166);
    assert_eq!(last_page.showing(), "Showing 9,961 to 10,000 of 10,000");
    assert_eq!(last_page.rows.len(), 40);
    assert_eq!(last_page.rows[39].actual.period, month(1200, 1));
    assert_eq!(last_page.rows[39].planned, None);
    assert!(last_page.has_newer() && !last_page.has_older());

    // Rebasing is offered from the months the chart shows.
    assert_eq!(choices.len(), SPC_WINDOW);
    assert_eq!(choices.first(), Some(&month(2028, 5)));
}

#[test]
fn ten_thousand_actuals_from_a_spreadsheet_newest_first_are_entered_then_corrected() {
    let mut c = chain();
    let m = Measure::new(
        new_id(),
        c.individual,
        "Imported measure",
        Frequency::Monthly,
        Polarity::HigherIsBetter,
        MeasureKind::Point,
        now(),
    );
    let id = m.id;
    c.ws.save_measure(m, now()).unwrap();
    let first = month(1200, 1);
    let csv = |add: f64| {
        let mut text = String::from("measure_id,period,value\n");
        for i in (0..LONG).rev() {
            let p = first.offset(i as i64).unwrap();
            text.push_str(&format!("{id},{},{}\n", p.start(), i as f64 + add));
        }
        text
    };

    let import = parse_actuals_csv(&c.ws, csv(0.0).as_bytes()).unwrap();
    assert!(import.errors.is_empty());
    assert_eq!(import.rows.len(), LONG);
    assert!(import
        .rows
        .iter()
        .all(|r| r.outcome == ActualsRowOutcome::New));
    let applied = apply_actuals(&mut c.ws, &import, "Importer", later()).unwrap();
    assert_eq!(applied.entered, LONG);
    let m = c.ws.measure(id).unwrap();
    assert_eq!(m.actuals.len(), LONG);
    assert!(m
        .actuals
        .iter()
        .enumerate()
        .all(|(i, a)| a.period == first.offset(i as i64).unwrap() && a.value == i as f64));

    // Every value corrected: each keeps the one before in its history.
    let import = parse_actuals_csv(&c.ws, csv(0.5).as_bytes()).unwrap();
    assert!(import
        .rows
        .iter()
        .all(|r| matches!(r.outcome, ActualsRowOutcome::Correction { previous } if previous + 0.5 == r.value)));
    let applied = apply_actuals(&mut c.ws, &import, "Importer", later()).unwrap();
    assert_eq!(applied.entered, LONG);
    let m = c.ws.measure(id).unwrap();
    assert_eq!(m.actuals.len(), LONG);
    assert!(m
        .actuals
        .iter()
        .enumerate()
        .all(|(i, a)| a.value == i as f64 + 0.5 && a.history.len() == 1));

    // The same file again changes nothing.
    let import = parse_actuals_csv(&c.ws, csv(0.5).as_bytes()).unwrap();
    assert!(import
        .rows
        .iter()
        .all(|r| r.outcome == ActualsRowOutcome::Unchanged));
    assert_eq!(
        apply_actuals(&mut c.ws, &import, "Importer", later())
            .unwrap()
            .entered,
        0
    );
}
