//! Benchmark at integrated-care-system size: the reference workspace
//! (`scorecard_core::reference`, `Size::ics()`): 12 organisations, 1,000 people, 2,000 goals,
//! 400 measures with five years of monthly data and 3,000 reviews. Prints timings of the core
//! operations the pages run and the size of the saved workspace.
//!
//!     cargo run --release -p scorecard-core --example scale
//!
//! Timings are from one run on the machine it runs on; compare runs on the same machine.

use std::time::Instant;

use scorecard_core::exchange::{export_workspace, parse_file, ExportOptions};
use scorecard_core::measures::measure_status;
use scorecard_core::reference::{default_now, generate, Size, DEFAULT_SEED};
use scorecard_core::storage::{block_on_ready, MemoryRecordStore, Opened, RecordStore, Session};

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
    let now = default_now();
    let size = Size::ics();
    let ws = timed("generate the reference workspace", || {
        generate(&size, DEFAULT_SEED, now)
    });
    println!(
        "{} organisations, {} people, {} goals, {} measures × {} months, {} reviews",
        ws.organisations.len(),
        ws.people.len(),
        ws.goals.len(),
        ws.measures.len(),
        size.months,
        ws.reviews.len()
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
            .collect::<Vec<_>>()
    });
    timed("due and overdue work of every organisation", || {
        ws.organisations
            .iter()
            .map(|o| ws.organisation_work(o.id, today).reviews.len())
            .sum::<usize>()
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
    // The record store, in memory: what IndexedDB is given, without the browser's own cost.
    let store = MemoryRecordStore::new();
    let mut session = Session::new("bench");
    let mut saved = ws.clone();
    timed("first save: every record, one transaction", || {
        block_on_ready(session.save(&store, &mut saved, now)).unwrap()
    });
    let goal = saved.goals[saved.goals.len() / 2].clone();
    let mut times = Vec::new();
    for n in 0..100 {
        let mut edited = goal.clone();
        edited.title = format!("Renamed goal {n}");
        // The app's share on the UI thread: validate and apply the edit, then build the commit
        // of what it touched. (Writing it is the store's work; this in-memory twin copies its
        // whole content per transaction to be all-or-nothing, which IndexedDB does not.)
        let start = Instant::now();
        saved.save_goal(edited, now).unwrap();
        session.collect(&mut saved);
        let commit = session.prepare(&saved, now).unwrap().expect("a change");
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        assert_eq!(commit.writes.len(), 1, "one record written");
        let outcome = block_on_ready(store.commit(&commit));
        session.finish(outcome, &commit, &saved).unwrap();
    }
    times.sort_by(f64::total_cmp);
    println!(
        "{:<48} {:>9.2} ms (p95 {:.2} ms)",
        "one edit (goal title): apply + build its commit",
        times[times.len() / 2],
        times[times.len() * 95 / 100]
    );
    timed(
        "open: read, check and parse every record",
        || match block_on_ready(Session::new("bench").open(&store, now)) {
            Opened::Loaded { workspace, .. } => workspace.goals.len(),
            _ => panic!("open failed"),
        },
    );
    let backup = timed("export a backup (exchange file)", || {
        export_workspace(
            &ws,
            ExportOptions {
                include_personal: true,
            },
            now,
        )
    });
    println!(
        "{:<48} {:>9.2} MB",
        "backup size",
        backup.json.len() as f64 / 1e6
    );
    timed("import: read and check the backup", || {
        parse_file(backup.json.as_bytes())
            .unwrap()
            .records
            .record_count()
    });
}
