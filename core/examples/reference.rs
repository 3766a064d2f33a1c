//! Writes the reference workspace, a fictional integrated care system, as a workspace backup in
//! the exchange format, ready to import into Scorecard ("Your data" → import) or to feed a test.
//!
//!     cargo run --release -p scorecard-core --example reference -- [--scale 0.1] [--seed N]
//!         [--now YYYY-MM-DD] [--out FILE]
//!
//! Defaults: scale 1 (a whole system), seed 2026, now 1 November 2026 09:00 UTC and
//! `reference-workspace.json`. The same options always give a byte-identical file.

use std::process::ExitCode;
use std::time::Instant;

use chrono::NaiveDate;
use scorecard_core::exchange::{export_workspace, ExportOptions};
use scorecard_core::reference::{default_now, generate, Size, DEFAULT_SEED};
use scorecard_core::{GoalLevel, ReviewSubject, Timestamp};

struct Options {
    scale: f64,
    seed: u64,
    now: Timestamp,
    out: String,
}

const USAGE: &str = "usage: reference [--scale F] [--seed N] [--now YYYY-MM-DD] [--out FILE]";

fn parse_args() -> Result<Options, String> {
    let mut options = Options {
        scale: 1.0,
        seed: DEFAULT_SEED,
        now: default_now(),
        out: "reference-workspace.json".to_string(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .ok_or_else(|| format!("{name} needs a value\n{USAGE}"))
        };
        match arg.as_str() {
            "--scale" => {
                let text = value("--scale")?;
                options.scale = text
                    .parse()
                    .ok()
                    .filter(|f: &f64| f.is_finite() && *f > 0.0)
                    .ok_or_else(|| format!("--scale must be a positive number, not {text:?}"))?;
            }
            "--seed" => {
                let text = value("--seed")?;
                options.seed = text
                    .parse()
                    .map_err(|_| format!("--seed must be a whole number, not {text:?}"))?;
            }
            "--now" => {
                let text = value("--now")?;
                let date = NaiveDate::parse_from_str(&text, "%Y-%m-%d").map_err(|_| {
                    format!("--now must be a date such as 2026-11-01, not {text:?}")
                })?;
                options.now = date
                    .and_hms_opt(9, 0, 0)
                    .map(|t| t.and_utc())
                    .ok_or("--now is out of range")?;
            }
            "--out" => options.out = value("--out")?,
            "-h" | "--help" => return Err(USAGE.to_string()),
            other => return Err(format!("unknown argument {other:?}\n{USAGE}")),
        }
    }
    Ok(options)
}

fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(o) => o,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::FAILURE;
        }
    };
    let size = Size::ics().scaled(options.scale);

    let start = Instant::now();
    let ws = generate(&size, options.seed, options.now);
    let generated = start.elapsed();

    let start = Instant::now();
    let exported = export_workspace(
        &ws,
        ExportOptions {
            include_personal: true,
        },
        options.now,
    );
    let exported_in = start.elapsed();

    if let Err(e) = std::fs::write(&options.out, &exported.json) {
        eprintln!("could not write {}: {e}", options.out);
        return ExitCode::FAILURE;
    }

    let level = |l| ws.goals.iter().filter(|g| g.level == l).count();
    let reviews =
        |f: fn(&ReviewSubject) -> bool| ws.reviews.iter().filter(|r| f(&r.subject)).count();
    let actuals: usize = ws.measures.iter().map(|m| m.actuals.len()).sum();
    println!(
        "{} (scale {}, seed {}, now {})",
        ws.name,
        options.scale,
        options.seed,
        options.now.format("%Y-%m-%d %H:%M UTC")
    );
    println!("  {:>6} organisations", ws.organisations.len());
    println!("  {:>6} teams", ws.teams.len());
    println!("  {:>6} people", ws.people.len());
    println!(
        "  {:>6} goals ({} strategic, {} team, {} individual)",
        ws.goals.len(),
        level(GoalLevel::Strategic),
        level(GoalLevel::Team),
        level(GoalLevel::Individual)
    );
    println!(
        "  {:>6} measures ({} monthly actuals)",
        ws.measures.len(),
        actuals
    );
    println!(
        "  {:>6} reviews ({} one-to-ones, {} appraisals, {} team, {} strategic)",
        ws.reviews.len(),
        reviews(|s| s.kind_label() == "One-to-one"),
        reviews(|s| s.kind_label() == "Annual appraisal"),
        reviews(|s| matches!(s, ReviewSubject::Team { .. })),
        reviews(|s| matches!(s, ReviewSubject::Strategic { .. })),
    );
    println!("  {:>6} development plan items", ws.development.len());
    println!("  {:>6} recognitions", ws.recognitions.len());
    println!("  {:>6} exit interviews", ws.exit_interviews.len());
    println!(
        "wrote {} ({} bytes, {:.1} MB) in {:.0} ms (generate {:.0} ms, export {:.0} ms)",
        options.out,
        exported.json.len(),
        exported.json.len() as f64 / 1e6,
        (generated + exported_in).as_secs_f64() * 1000.0,
        generated.as_secs_f64() * 1000.0,
        exported_in.as_secs_f64() * 1000.0,
    );
    ExitCode::SUCCESS
}
