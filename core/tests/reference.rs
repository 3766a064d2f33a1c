//! The reference workspace generator: deterministic, in proportion, valid record by record, and
//! its backup imports cleanly through the exchange module and matches the JSON Schema.
//!
//! The default run uses a tenth of a system (`Size::ics().scaled(0.1)`) so it stays fast in a
//! debug build; `cargo test -p scorecard-core --release --test reference -- --ignored` checks a
//! whole one.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use scorecard_core::alignment::{Cascade, NotAlignedReason};
use scorecard_core::analysis::{MeasureKind, Polarity};
use scorecard_core::exchange::{
    apply, apply_replace, export_workspace, parse_file, preview, preview_replace, schema, Choices,
    ExportOptions, ExportedFile, Outcome,
};
use scorecard_core::reference::{default_now, generate, Size, DEFAULT_SEED, REFERENCE_NAME};
use scorecard_core::{GoalLevel, Id, OrgKind, Perspective, ReviewSubject, Timestamp, Workspace};

fn tenth() -> Size {
    Size::ics().scaled(0.1)
}

fn reference(size: &Size) -> Workspace {
    generate(size, DEFAULT_SEED, default_now())
}

fn backup(ws: &Workspace, now: Timestamp) -> ExportedFile {
    export_workspace(
        ws,
        ExportOptions {
            include_personal: true,
        },
        now,
    )
}

// ---- determinism ----

#[test]
fn the_same_seed_gives_byte_identical_output_and_another_seed_does_not() {
    let size = tenth();
    let now = default_now();
    let first = serde_json::to_string(&generate(&size, 42, now)).unwrap();
    let second = serde_json::to_string(&generate(&size, 42, now)).unwrap();
    assert!(first == second, "same seed, same now: same JSON");
    assert_eq!(
        backup(&generate(&size, 42, now), now).json,
        backup(&generate(&size, 42, now), now).json,
        "and the same backup file"
    );
    let other = serde_json::to_string(&generate(&size, 43, now)).unwrap();
    assert!(first != other, "another seed gives another workspace");
}

// ---- shape and proportions ----

/// Every count, against the size asked for.
fn assert_counts(ws: &Workspace, size: &Size) {
    assert_eq!(ws.organisations.len(), size.organisations);
    assert_eq!(ws.teams.len(), size.teams);
    assert_eq!(ws.people.len(), size.people);
    assert_eq!(ws.goals.len(), size.goals);
    assert_eq!(ws.measures.len(), size.measures);
    assert_eq!(ws.reviews.len(), size.reviews);
    assert_eq!(ws.development.len(), size.development);
    assert_eq!(ws.recognitions.len(), size.recognitions);
    assert_eq!(ws.exit_interviews.len(), size.exit_interviews);
    for m in ws.measures.iter() {
        assert_eq!(m.actuals.len(), size.months, "{}", m.name);
    }
}

/// The mix every reference workspace has, whatever its size.
fn assert_mix(ws: &Workspace, size: &Size) {
    assert_eq!(ws.name, REFERENCE_NAME);
    assert!(!ws.is_demo);
    assert!(ws
        .organisations
        .iter()
        .all(|o| o.name.ends_with("(fictional)")));
    for kind in [OrgKind::NhsTrust, OrgKind::Icb, OrgKind::LocalAuthority] {
        assert!(
            ws.organisations.iter().any(|o| o.kind == kind),
            "{kind:?} among the organisations"
        );
    }

    // About 5% strategic, 30% team and the rest individual goals.
    let at = |level| ws.goals.iter().filter(|g| g.level == level).count();
    let total = size.goals as f64;
    let strategic = at(GoalLevel::Strategic) as f64 / total;
    let team = at(GoalLevel::Team) as f64 / total;
    assert!((0.04..=0.06).contains(&strategic), "{strategic}");
    assert!((0.29..=0.31).contains(&team), "{team}");
    // Every organisation's strategic goals cover the four perspectives when it has four.
    for org in ws.organisations.iter() {
        let mine: Vec<Perspective> = ws
            .goals
            .iter()
            .filter(|g| g.level == GoalLevel::Strategic && g.organisation_id == org.id)
            .map(|g| g.perspective)
            .collect();
        if mine.len() >= 4 {
            for p in Perspective::ALL {
                assert!(mine.contains(&p), "{} has a {p:?} goal", org.name);
            }
        }
    }
    assert!(
        ws.goals.iter().any(|g| !g.shared_with.is_empty()),
        "partnership goals"
    );

    // Measures: polarities, kinds, units, trajectories, and data to the latest complete month.
    assert!(ws
        .measures
        .iter()
        .any(|m| m.polarity == Polarity::HigherIsBetter));
    assert!(ws
        .measures
        .iter()
        .any(|m| m.polarity == Polarity::LowerIsBetter));
    assert!(ws.measures.iter().any(|m| m.kind == MeasureKind::Point));
    assert!(ws
        .measures
        .iter()
        .any(|m| m.kind == MeasureKind::Cumulative));
    assert!(ws.measures.iter().any(|m| m.unit == "%"));
    assert!(ws.measures.iter().any(|m| m.unit.starts_with('£')));
    assert!(ws
        .measures
        .iter()
        .any(|m| !m.unit.starts_with('£') && m.unit != "%"));
    let latest = scorecard_core::analysis::Period::month_of(default_now().date_naive())
        .previous()
        .unwrap();
    for m in ws.measures.iter() {
        assert!(m.trajectory.is_some(), "{} has a trajectory", m.name);
        assert_eq!(m.actuals.last().unwrap().period, latest, "{}", m.name);
        assert!(m.target.is_some() && m.baseline.is_some(), "{}", m.name);
    }

    // Reviews of every kind, with ratings and actions.
    let kinds: HashSet<&str> = ws.reviews.iter().map(|r| r.subject.kind_label()).collect();
    assert_eq!(kinds.len(), 4, "{kinds:?}");
    assert!(ws.reviews.iter().any(|r| !r.ratings.is_empty()));
    assert!(ws.reviews.iter().any(|r| !r.actions.is_empty()));
    assert!(ws.reviews.iter().any(|r| !r.measures.is_empty()));
    assert!(ws
        .reviews
        .iter()
        .all(|r| r.date < default_now().date_naive()));
}

#[test]
fn a_tenth_of_a_system_has_every_count_in_proportion() {
    let size = tenth();
    assert_eq!(
        (size.organisations, size.teams, size.people, size.goals),
        (3, 12, 100, 200)
    );
    assert_eq!(
        (
            size.measures,
            size.months,
            size.reviews,
            size.development,
            size.recognitions,
            size.exit_interviews
        ),
        (40, 60, 300, 60, 30, 12)
    );
    let ws = reference(&size);
    assert_counts(&ws, &size);
    assert_mix(&ws, &size);
}

#[test]
fn tiny_and_empty_sizes_still_make_a_valid_workspace() {
    let empty = Size {
        organisations: 0,
        teams: 0,
        people: 0,
        goals: 0,
        measures: 0,
        months: 0,
        reviews: 0,
        development: 0,
        recognitions: 0,
        exit_interviews: 0,
    };
    let ws = reference(&empty);
    assert!(ws.organisations.is_empty() && ws.goals.is_empty());
    for size in [
        Size::ics().scaled(0.0),
        Size {
            teams: 0,
            people: 0,
            ..Size::ics().scaled(0.02)
        },
        Size {
            months: 5,
            ..Size::ics().scaled(0.01)
        },
        Size {
            organisations: 14,
            ..Size::ics().scaled(0.03)
        },
    ] {
        let ws = reference(&size);
        assert_eq!(ws.organisations.len(), size.organisations);
        assert_eq!(ws.goals.len(), size.goals);
        assert_valid(&ws);
    }
}

// ---- validity ----

/// Every record passes the workspace's own validation, in a workspace holding all the others.
fn assert_valid(ws: &Workspace) {
    let now = default_now();
    let mut problems = Vec::new();
    let mut check = |what: String, errors: scorecard_core::ValidationErrors| {
        if !errors.is_empty() {
            problems.push(format!("{what}: {errors}"));
        }
    };
    for o in ws.organisations.iter() {
        check(
            format!("organisation {}", o.name),
            ws.validate_organisation(o),
        );
    }
    for t in ws.teams.iter() {
        check(format!("team {}", t.name), ws.validate_team(t));
    }
    for p in ws.people.iter() {
        check(format!("person {}", p.name), ws.validate_person(p));
    }
    for g in ws.goals.iter() {
        check(format!("goal {}", g.title), ws.validate_goal(g));
    }
    for m in ws.measures.iter() {
        check(format!("measure {}", m.name), ws.validate_measure(m));
    }
    for r in ws.reviews.iter() {
        check(format!("review {}", r.id), ws.validate_review(r));
    }
    // Development plans, recognition and exit interviews validate as they are saved.
    let mut scratch = ws.clone();
    for d in ws.development.iter() {
        if let Err(e) = scratch.save_development(d.clone(), now) {
            check(format!("development {}", d.need), e);
        }
    }
    for r in ws.recognitions.iter() {
        if let Err(e) = scratch.save_recognition(r.clone(), now) {
            check(format!("recognition {}", r.award), e);
        }
    }
    for x in ws.exit_interviews.iter() {
        if let Err(e) = scratch.save_exit_interview(x.clone(), now) {
            check(format!("exit interview {}", x.leaver_name), e);
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems, e.g.\n{}",
        problems.len(),
        problems[..problems.len().min(20)].join("\n")
    );

    // Ids are unique within each kind.
    let unique = |ids: Vec<Id>| ids.iter().collect::<HashSet<_>>().len() == ids.len();
    assert!(unique(ws.goals.iter().map(|g| g.id).collect()));
    assert!(unique(ws.people.iter().map(|p| p.id).collect()));
    assert!(unique(ws.measures.iter().map(|m| m.id).collect()));
    assert!(unique(ws.reviews.iter().map(|r| r.id).collect()));

    // No goal's parents loop, and the only goals off the cascade were left without a parent on
    // purpose.
    let cascade = Cascade::build(&ws.goals);
    assert!(cascade
        .unaligned_roots
        .iter()
        .all(|(_, why)| *why == NotAlignedReason::NoParent));
    assert!(cascade.unaligned_count() * 50 <= ws.goals.len().max(50));
    // Every goal sits under one at its own level or above.
    let level: HashMap<Id, GoalLevel> = ws.goals.iter().map(|g| (g.id, g.level)).collect();
    for g in ws.goals.iter() {
        if let Some(parent) = g.parent_id {
            assert!(g.level.may_sit_under(level[&parent]), "{}", g.title);
        }
    }
    // No line manager loops: following managers up always reaches someone without one.
    let manager: HashMap<Id, Option<Id>> = ws
        .people
        .iter()
        .map(|p| (p.id, p.line_manager_id))
        .collect();
    for p in ws.people.iter() {
        let mut current = p.line_manager_id;
        let mut steps = 0;
        while let Some(id) = current {
            assert_ne!(id, p.id, "{} manages themselves", p.name);
            steps += 1;
            assert!(steps <= ws.people.len(), "loop above {}", p.name);
            current = manager[&id];
        }
    }
    // Nothing was made after `now`.
    let stamps = ws
        .goals
        .iter()
        .map(|g| g.stamps)
        .chain(ws.measures.iter().map(|m| m.stamps))
        .chain(ws.people.iter().map(|p| p.stamps))
        .chain(ws.reviews.iter().map(|r| r.stamps));
    for s in stamps {
        assert!(s.created_at <= s.updated_at && s.updated_at <= now, "{s:?}");
    }
    for m in ws.measures.iter() {
        for a in &m.actuals {
            assert!(a.entered_at <= now);
            assert!(a.history.iter().all(|h| h.changed_at <= a.entered_at));
        }
    }
}

#[test]
fn every_record_passes_the_workspace_validation() {
    let ws = reference(&tenth());
    assert_valid(&ws);
    assert!(ws
        .reviews
        .iter()
        .any(|r| matches!(r.subject, ReviewSubject::Strategic { .. })));
}

// ---- exchange ----

#[test]
fn a_backup_imports_into_an_empty_workspace_as_exactly_the_generated_records() {
    let now = default_now();
    let ws = reference(&tenth());
    let exported = backup(&ws, now);
    let file = parse_file(exported.json.as_bytes()).unwrap_or_else(|e| panic!("reads: {e}"));
    assert_eq!(
        file.backup.as_deref(),
        Some(&ws),
        "the backup holds the workspace"
    );

    // Merged into an empty workspace: every record is new, nothing else happens.
    let mut merged = Workspace::empty("New");
    let p = preview(&merged, &file);
    assert_eq!(p.total(Outcome::New), file.records.record_count());
    for outcome in [
        Outcome::Updated,
        Outcome::Deleted,
        Outcome::Conflict,
        Outcome::Unchanged,
    ] {
        assert_eq!(p.total(outcome), 0, "{outcome:?}");
    }
    let applied = apply(&mut merged, &file, &p, &Choices::keep_mine(), now).unwrap();
    assert_eq!(applied.added, file.records.record_count());
    assert_eq!(merged.organisations, ws.organisations);
    assert_eq!(merged.teams, ws.teams);
    assert_eq!(merged.people, ws.people);
    assert_eq!(merged.goals, ws.goals);
    assert_eq!(merged.measures, ws.measures);
    assert_eq!(merged.reviews, ws.reviews);
    assert_eq!(merged.development, ws.development);
    assert_eq!(merged.recognitions, ws.recognitions);
    assert_eq!(merged.exit_interviews, ws.exit_interviews);

    // Restored (replace) into an empty workspace: the workspace itself.
    let mut restored = Workspace::empty("New");
    let p = preview_replace(&restored, &file).unwrap();
    assert_eq!(p.total(Outcome::New), file.records.record_count());
    apply_replace(&mut restored, &file, &p, now).unwrap();
    assert_eq!(restored, ws);
}

#[test]
fn the_backup_file_matches_the_json_schema() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(schema::SCHEMA_FILE);
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let validator = jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap_or_else(|e| panic!("the schema compiles: {e}"));

    let ws = reference(&tenth());
    let exported = backup(&ws, default_now());
    let instance: serde_json::Value = serde_json::from_str(&exported.json).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&instance)
        .take(10)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));

    // And the schema does reject a broken file, so the check above means something.
    let mut broken = instance.clone();
    broken["payload"]["goals"][0]["level"] = serde_json::json!("galactic");
    assert!(!validator.is_valid(&broken));
}

// ---- a whole system ----

#[test]
#[ignore = "a whole integrated care system: run with --release --ignored"]
fn a_whole_system_is_valid_and_its_backup_imports() {
    let size = Size::ics();
    let ws = reference(&size);
    assert_counts(&ws, &size);
    assert_mix(&ws, &size);
    assert!(ws
        .measures
        .iter()
        .any(|m| matches!(m.polarity, Polarity::WithinBand { .. })));
    assert_valid(&ws);
    let exported = backup(&ws, default_now());
    let megabytes = exported.json.len() as f64 / 1e6;
    assert!((12.0..=22.0).contains(&megabytes), "{megabytes:.1} MB");
    let file = parse_file(exported.json.as_bytes()).unwrap_or_else(|e| panic!("reads: {e}"));
    assert_eq!(file.backup.as_deref(), Some(&ws));
}
