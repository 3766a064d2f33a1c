//! Benchmark at integrated-care-system size: a dozen organisations, thousands of goals and
//! hundreds of measures with five years of monthly data. Prints timings of the core operations
//! the pages run and the size of the saved workspace.
//!
//!     cargo run --release -p scorecard-core --example scale
//!
//! Timings are from one run on the machine it runs on; compare runs on the same machine.

use std::time::Instant;

use chrono::{TimeZone, Utc};
use scorecard_core::analysis::{Frequency, MeasureKind, Period, PeriodValue, Polarity, Trajectory};
use scorecard_core::measures::measure_status;
use scorecard_core::model::{
    Actual, Goal, GoalLevel, Measure, OrgKind, Organisation, Perspective, Stamps,
};
use scorecard_core::storage::{MemoryStore, Repository};
use scorecard_core::{Id, Workspace};

fn timed<T>(label: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    println!(
        "{label:<48} {:>9.2} ms",
        start.elapsed().as_secs_f64() * 1000.0
    );
    out
}

fn main() {
    let now = Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap();
    let stamps = Stamps::new(now);
    let (orgs, strategic_per_org, teams_per_strategic, individuals_per_team) = (12, 12, 6, 4);
    let (measures, months) = (400, 60);

    let mut ws = Workspace::empty("Scale test");
    let mut goal_ids = Vec::new();
    for o in 0..orgs {
        let org = Id::new_v4();
        ws.organisations.upsert(Organisation {
            id: org,
            name: format!("Organisation {o}"),
            short_name: format!("O{o}"),
            kind: OrgKind::NhsTrust,
            stamps,
        });
        for s in 0..strategic_per_org {
            let goal = |level, parent, title: String| Goal {
                id: Id::new_v4(),
                title,
                description: "A description of a typical length for a goal in a board paper."
                    .into(),
                level,
                perspective: Perspective::ALL[s % 4],
                owner_id: None,
                team_id: None,
                organisation_id: org,
                shared_with: vec![],
                parent_id: parent,
                start_date: None,
                due_date: None,
                stamps,
            };
            let sg = goal(
                GoalLevel::Strategic,
                None,
                format!("Strategic goal {o}.{s}"),
            );
            let sid = sg.id;
            ws.goals.upsert(sg);
            goal_ids.push(sid);
            for t in 0..teams_per_strategic {
                let tg = goal(GoalLevel::Team, Some(sid), format!("Team goal {o}.{s}.{t}"));
                let tid = tg.id;
                ws.goals.upsert(tg);
                for i in 0..individuals_per_team {
                    ws.goals.upsert(goal(
                        GoalLevel::Individual,
                        Some(tid),
                        format!("Individual goal {o}.{s}.{t}.{i}"),
                    ));
                }
            }
        }
    }
    let first = Period::month_of(chrono::NaiveDate::from_ymd_opt(2021, 11, 1).unwrap());
    for m in 0..measures {
        let mut measure = Measure::new(
            Id::new_v4(),
            goal_ids[m % goal_ids.len()],
            format!("Measure {m}"),
            Frequency::Monthly,
            Polarity::HigherIsBetter,
            MeasureKind::Point,
            now,
        );
        measure.unit = "%".into();
        for k in 0..months {
            let period = first.offset(k).unwrap();
            measure.actuals.push(Actual {
                period,
                value: 70.0 + ((k * 7 + m as i64) % 11) as f64 * 0.7,
                note: String::new(),
                entered_at: now,
                entered_by: "Performance team".into(),
                history: vec![],
            });
        }
        let base = PeriodValue::new(first.offset(47).unwrap(), 72.0);
        let target = PeriodValue::new(first.offset(59).unwrap(), 78.0);
        measure.trajectory =
            Some(Trajectory::straight_line(MeasureKind::Point, base, target).unwrap());
        ws.measures.upsert(measure);
    }
    println!(
        "{} organisations, {} goals, {} measures × {} months",
        ws.organisations.len(),
        ws.goals.len(),
        ws.measures.len(),
        months
    );
    let today = now.date_naive();
    timed("cascade (tree + not aligned)", || ws.cascade());
    timed("status of every goal (one pass)", || {
        ws.all_goal_statuses(today, &ws.rollup)
    });
    timed("measure status + SPC for every measure", || {
        ws.measures
            .iter()
            .map(|m| measure_status(m, today).status)
            .count()
    });
    let json = timed("serialise workspace to JSON", || {
        serde_json::to_string(&ws).unwrap()
    });
    println!(
        "{:<48} {:>9.2} MB ({} UTF-16 units)",
        "saved size",
        json.len() as f64 / 1e6,
        json.encode_utf16().count()
    );
    let mut repo = Repository::new(MemoryStore::new(), "bench");
    timed("save (serialise, checksum, write, read back)", || {
        repo.save(&ws, now).unwrap()
    });
    timed("load (parse, checksum, migrate)", || match repo.load() {
        scorecard_core::storage::LoadOutcome::Loaded(w) => w.goals.len(),
        _ => panic!("load failed"),
    });
}
