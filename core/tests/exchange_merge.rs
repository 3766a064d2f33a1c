//! Export → import round trips, and the merge rules: idempotent, order-independent for edits
//! to different records, tombstones never bring a record back, conflicts when both sides
//! changed since the last exchange, read-only partner records, undo.

mod common;

use chrono::{Duration, NaiveDate};
use common::{later, now};
use proptest::prelude::*;
use scorecard_core::demo::{self, COUNCIL, ICB, SMOKING_GOAL, TRUST};
use scorecard_core::exchange::{
    apply, apply_replace, export_partner_pack, export_workspace, pack_file_name, parse_file,
    plan_partner_pack, preview, preview_replace, ApplyError, Choices, ExportOptions, ImportedFile,
    Outcome, Preview, RecordKind, RecordRef, UndoPoint,
};
use scorecard_core::model::{IndividualReviewKind, Review, ReviewSubject, Stamps};
use scorecard_core::storage::MemoryStore;
use scorecard_core::{Id, Timestamp, Workspace};

/// A demo record id (see `demo::id`).
fn demo_id(n: u128) -> Id {
    Id::from_u128(0x5c0e_ca4d_0000_4000_8000_0000_0000_0000 | n)
}

/// The trust's shared strategic goal on flow, and its shared team goal on discharge plans.
fn g_flow() -> Id {
    demo_id(0x303)
}
fn t_discharge() -> Id {
    demo_id(0x402)
}
/// The ICB's MMR goal, shared with the council.
fn g_mmr() -> Id {
    demo_id(0x30b)
}

fn at(hours: i64) -> Timestamp {
    now() + Duration::hours(hours)
}

/// The demo as kept by one organisation.
fn copy_of(home: Id) -> Workspace {
    let mut ws = demo::partnership(now());
    ws.home_organisation = Some(home);
    ws
}

fn pack(ws: &Workspace, from: Id, to: Id, when: Timestamp) -> ImportedFile {
    let exported = export_partner_pack(ws, from, to, ExportOptions::default(), when).unwrap();
    parse_file(exported.json.as_bytes()).unwrap_or_else(|e| panic!("own export reads: {e}"))
}

fn import(ws: &mut Workspace, file: &ImportedFile, choices: &Choices, when: Timestamp) -> Preview {
    let p = preview(ws, file);
    apply(ws, file, &p, choices, when).unwrap();
    p
}

fn retitle(ws: &mut Workspace, goal: Id, title: &str, when: Timestamp) {
    let mut g = ws.goal(goal).unwrap().clone();
    g.title = title.into();
    ws.save_goal(g, when).unwrap();
}

fn outcome_of(p: &Preview, kind: RecordKind, id: Id) -> Option<Outcome> {
    p.section(kind)?
        .changes
        .iter()
        .find(|c| c.record.id == id)
        .map(|c| c.outcome)
}

fn json(ws: &Workspace) -> String {
    serde_json::to_string(ws).unwrap()
}

/// Records sorted by id, so workspaces that got the same records in a different order compare
/// equal.
fn normalised(ws: &Workspace) -> Workspace {
    let mut ws = ws.clone();
    ws.organisations.sort_by_key(|r| r.id);
    ws.teams.sort_by_key(|r| r.id);
    ws.people.sort_by_key(|r| r.id);
    ws.goals.sort_by_key(|r| r.id);
    ws.measures.sort_by_key(|r| r.id);
    ws.reviews.sort_by_key(|r| r.id);
    ws
}

fn appraisal(ws: &Workspace, person: Id, goal: Id) -> Review {
    Review {
        id: Id::new_v4(),
        subject: ReviewSubject::Individual {
            person_id: person,
            kind: IndividualReviewKind::Appraisal,
        },
        organisation_id: ws.person(person).unwrap().organisation_id,
        date: NaiveDate::from_ymd_opt(2026, 10, 1).unwrap(),
        participants: vec![person],
        goals: vec![goal],
        measures: vec![],
        notes: "Personal".into(),
        ratings: vec![],
        actions: vec![],
        next_review: None,
        stamps: Stamps::new(now()),
    }
}

fn strategic_review(org: Id, goals: Vec<Id>) -> Review {
    Review {
        id: Id::new_v4(),
        subject: ReviewSubject::Strategic {
            organisation_id: org,
        },
        organisation_id: org,
        date: NaiveDate::from_ymd_opt(2026, 10, 15).unwrap(),
        participants: vec![],
        goals,
        measures: vec![],
        notes: "Quarterly board review".into(),
        ratings: vec![],
        actions: vec![],
        next_review: None,
        stamps: Stamps::new(now()),
    }
}

// ---- round trips ----

#[test]
fn a_backup_reads_back_as_exactly_the_workspace() {
    let mut ws = copy_of(TRUST);
    ws.reviews.upsert(appraisal(&ws, demo_id(0x202), g_flow()));
    ws.record_tombstone(RecordKind::Goal, Id::new_v4(), TRUST, now());
    let council = pack(&copy_of(COUNCIL), COUNCIL, TRUST, now());
    import(&mut ws, &council, &Choices::keep_mine(), now());

    let exported = export_workspace(
        &ws,
        ExportOptions {
            include_personal: true,
        },
        later(),
    );
    let file = parse_file(exported.json.as_bytes()).unwrap();
    assert_eq!(file.backup.as_deref(), Some(&ws));

    // Restoring it into an empty workspace gives the same workspace back.
    let mut empty = Workspace::empty("New");
    let p = preview_replace(&empty, &file).unwrap();
    assert_eq!(p.total(Outcome::New), file.records.record_count());
    apply_replace(&mut empty, &file, &p, later()).unwrap();
    assert_eq!(empty, ws);

    // Merging it into the workspace it came from changes nothing.
    let mut same = ws.clone();
    let p = preview(&same, &file);
    assert!(!p.has_changes());
    assert_eq!(p.total(Outcome::Conflict), 0);
    apply(&mut same, &file, &p, &Choices::keep_mine(), later()).unwrap();
    assert_eq!(json(&same), json(&ws));
}

#[test]
fn a_copy_downloaded_before_the_exchange_format_still_imports() {
    let ws = copy_of(TRUST);
    let bare = serde_json::to_string_pretty(&ws).unwrap();
    let file = parse_file(bare.as_bytes()).unwrap();
    assert_eq!(file.summary.migrated_from, Some(0));
    assert_eq!(file.summary.digest, None);
    assert_eq!(file.backup.as_deref(), Some(&ws));
    let p = preview(&Workspace::empty("x"), &file);
    assert!(p.notes.iter().any(|n| n.contains("no digest")));
}

#[test]
fn a_pack_imported_and_exported_again_is_the_same_pack() {
    let trust = copy_of(TRUST);
    let file = pack(&trust, TRUST, COUNCIL, now());
    let mut fresh = Workspace::empty("Council");
    import(&mut fresh, &file, &Choices::keep_mine(), now());
    let again = pack(&fresh, TRUST, COUNCIL, now());
    assert_eq!(again.records, file.records);
    assert_eq!(again.summary.digest, file.summary.digest);
}

#[test]
fn pack_file_name_says_who_for_whom_and_when() {
    let ws = copy_of(TRUST);
    assert_eq!(
        pack_file_name(&ws, TRUST, COUNCIL, now()),
        "scorecard-nhft-for-ncc-2026-11-26.json"
    );
    let exported = export_workspace(&ws, ExportOptions::default(), now());
    assert_eq!(exported.file_name, "scorecard-backup-nhft-2026-11-26.json");
}

// ---- what a pack carries ----

#[test]
fn a_pack_carries_the_shared_goals_and_leaves_personal_data_out_unless_chosen() {
    let mut trust = copy_of(TRUST);
    // Only the reviews made here, so the counts are this test's own.
    trust.reviews = Default::default();
    trust.development = Default::default();
    let owner = demo_id(0x20c); // Head of Patient Flow, owner of the shared team goal
    trust
        .reviews
        .upsert(appraisal(&trust, owner, t_discharge()));
    trust
        .reviews
        .upsert(strategic_review(TRUST, vec![g_flow(), demo_id(0x301)]));
    trust
        .reviews
        .upsert(strategic_review(TRUST, vec![demo_id(0x301)]));

    let plan = plan_partner_pack(&trust, TRUST, COUNCIL, ExportOptions::default(), now()).unwrap();
    let goals: Vec<&str> = plan
        .sections
        .iter()
        .find(|s| s.kind == RecordKind::Goal)
        .unwrap()
        .labels
        .iter()
        .map(String::as_str)
        .collect();
    assert_eq!(
        goals,
        [
            "Get people home when they are medically ready",
            "Agree a discharge plan within 24 hours of admission"
        ]
    );
    let reviews = plan
        .sections
        .iter()
        .find(|s| s.kind == RecordKind::Review)
        .unwrap();
    assert_eq!(
        reviews.included, 1,
        "only the strategic review of a shared goal"
    );
    assert_eq!(reviews.personal_left_out, 1, "the appraisal is left out");

    let file = pack(&trust, TRUST, COUNCIL, now());
    assert_eq!(file.records.reviews.len(), 1);
    assert_eq!(
        file.records.reviews[0].goals,
        vec![g_flow()],
        "cut down to the shared goals"
    );
    assert!(!file.summary.personal_included);

    let with_personal = export_partner_pack(
        &trust,
        TRUST,
        COUNCIL,
        ExportOptions {
            include_personal: true,
        },
        now(),
    )
    .unwrap();
    let file = parse_file(with_personal.json.as_bytes()).unwrap();
    assert_eq!(file.records.reviews.len(), 2);
    assert!(file.summary.personal_included);
}

// ---- idempotence and order ----

#[test]
fn importing_the_same_file_twice_changes_nothing_the_second_time() {
    let mut trust = copy_of(TRUST);
    retitle(&mut trust, g_flow(), "Home when medically ready", at(1));
    let file = pack(&trust, TRUST, COUNCIL, at(2));
    let mut council = copy_of(COUNCIL);
    let first = import(&mut council, &file, &Choices::keep_mine(), at(3));
    assert_eq!(
        outcome_of(&first, RecordKind::Goal, g_flow()),
        Some(Outcome::Updated)
    );
    let after_first = json(&council);

    let p = preview(&council, &file);
    assert!(p.already_imported);
    assert!(!p.has_changes());
    apply(&mut council, &file, &p, &Choices::keep_mine(), at(4)).unwrap();
    assert_eq!(json(&council), after_first, "byte-identical");
}

#[test]
fn files_from_two_partners_give_the_same_result_in_either_order() {
    let mut trust = copy_of(TRUST);
    retitle(&mut trust, g_flow(), "Trust's new title", at(1));
    let mut icb = copy_of(ICB);
    retitle(&mut icb, g_mmr(), "ICB's new title", at(1));
    let from_trust = pack(&trust, TRUST, COUNCIL, at(2));
    let from_icb = pack(&icb, ICB, COUNCIL, at(2));

    let mut one = copy_of(COUNCIL);
    import(&mut one, &from_trust, &Choices::keep_mine(), at(3));
    import(&mut one, &from_icb, &Choices::keep_mine(), at(3));
    let mut two = copy_of(COUNCIL);
    import(&mut two, &from_icb, &Choices::keep_mine(), at(3));
    import(&mut two, &from_trust, &Choices::keep_mine(), at(3));
    assert_eq!(json(&one), json(&two));
    assert_eq!(one.goal(g_flow()).unwrap().title, "Trust's new title");
    assert_eq!(one.goal(g_mmr()).unwrap().title, "ICB's new title");
}

// ---- conflicts ----

#[test]
fn a_record_changed_on_both_sides_since_the_last_exchange_is_a_conflict() {
    let mut trust = copy_of(TRUST);
    let mut council = Workspace {
        home_organisation: None,
        ..copy_of(COUNCIL)
    };
    import(
        &mut council,
        &pack(&trust, TRUST, COUNCIL, now()),
        &Choices::keep_mine(),
        now(),
    );

    // Only theirs changed: an update. Only ours changed: ours kept.
    retitle(&mut trust, g_flow(), "Theirs", at(1));
    retitle(&mut council, t_discharge(), "Ours", at(1));
    let file = pack(&trust, TRUST, COUNCIL, at(2));
    let p = preview(&council, &file);
    assert_eq!(
        outcome_of(&p, RecordKind::Goal, g_flow()),
        Some(Outcome::Updated)
    );
    assert_eq!(
        outcome_of(&p, RecordKind::Goal, t_discharge()),
        Some(Outcome::Unchanged)
    );
    apply(&mut council, &file, &p, &Choices::keep_mine(), at(2)).unwrap();
    assert_eq!(council.goal(t_discharge()).unwrap().title, "Ours");

    // Both changed: a conflict, ours kept by default, theirs when chosen.
    retitle(&mut trust, g_flow(), "Theirs again", at(3));
    retitle(&mut council, g_flow(), "Ours too", at(3));
    let file = pack(&trust, TRUST, COUNCIL, at(4));
    let p = preview(&council, &file);
    assert_eq!(
        outcome_of(&p, RecordKind::Goal, g_flow()),
        Some(Outcome::Conflict)
    );
    let conflict = p.conflicts().next().unwrap();
    assert_eq!(conflict.changed_fields, ["title"]);
    let mut keep = council.clone();
    let applied = apply(&mut keep, &file, &p, &Choices::keep_mine(), at(4)).unwrap();
    assert_eq!(applied.kept_mine, 1);
    assert_eq!(keep.goal(g_flow()).unwrap().title, "Ours too");
    let mut take = council.clone();
    let mut choices = Choices::keep_mine();
    choices.choose(RecordRef::new(RecordKind::Goal, g_flow()), true);
    apply(&mut take, &file, &p, &choices, at(4)).unwrap();
    assert_eq!(take.goal(g_flow()).unwrap().title, "Theirs again");

    // Once ours was kept, the same file is no longer a conflict: theirs has not changed since.
    let p = preview(&keep, &file);
    assert_eq!(
        outcome_of(&p, RecordKind::Goal, g_flow()),
        Some(Outcome::Unchanged)
    );
}

#[test]
fn with_no_earlier_exchange_a_newer_copy_updates_and_an_older_one_conflicts() {
    let mut trust = copy_of(TRUST);
    retitle(&mut trust, g_flow(), "Newer", at(2));
    let mut council = copy_of(COUNCIL);
    retitle(&mut council, t_discharge(), "Council's edit, newer", at(5));
    retitle(&mut trust, t_discharge(), "Trust's edit, older", at(1));
    let p = preview(&council, &pack(&trust, TRUST, COUNCIL, at(6)));
    assert_eq!(
        outcome_of(&p, RecordKind::Goal, g_flow()),
        Some(Outcome::Updated)
    );
    assert_eq!(
        outcome_of(&p, RecordKind::Goal, t_discharge()),
        Some(Outcome::Conflict)
    );
}

// ---- deletions ----

#[test]
fn a_partners_deletion_travels_and_an_older_file_never_brings_it_back() {
    let mut trust = copy_of(TRUST);
    let old_file = pack(&trust, TRUST, COUNCIL, now());
    let mut council = copy_of(COUNCIL);
    import(&mut council, &old_file, &Choices::keep_mine(), now());

    // The trust deletes its shared team goal (delete_goal will record the tombstone).
    assert!(trust.record_deletion(RecordKind::Goal, t_discharge(), at(1)));
    trust.goals.retain(|g| g.id != t_discharge());
    let file = pack(&trust, TRUST, COUNCIL, at(2));
    assert_eq!(file.records.tombstones.len(), 1);
    let p = import(&mut council, &file, &Choices::keep_mine(), at(3));
    assert_eq!(
        outcome_of(&p, RecordKind::Goal, t_discharge()),
        Some(Outcome::Deleted)
    );
    assert!(council.goal(t_discharge()).is_none());
    assert!(council.tombstone(RecordKind::Goal, t_discharge()).is_some());

    // The old file still has the goal: it stays deleted.
    let p = import(&mut council, &old_file, &Choices::keep_mine(), at(4));
    assert_eq!(
        outcome_of(&p, RecordKind::Goal, t_discharge()),
        Some(Outcome::Unchanged)
    );
    assert!(council.goal(t_discharge()).is_none());
}

#[test]
fn a_deletion_of_a_record_changed_here_since_is_a_conflict() {
    let mut trust = copy_of(TRUST);
    let mut council = Workspace {
        home_organisation: None,
        ..copy_of(COUNCIL)
    };
    import(
        &mut council,
        &pack(&trust, TRUST, COUNCIL, now()),
        &Choices::keep_mine(),
        now(),
    );
    retitle(&mut council, t_discharge(), "Edited here", at(1));
    trust.goals.retain(|g| g.id != t_discharge());
    trust.record_tombstone(RecordKind::Goal, t_discharge(), TRUST, at(2));
    let p = import(
        &mut council,
        &pack(&trust, TRUST, COUNCIL, at(3)),
        &Choices::keep_mine(),
        at(3),
    );
    assert_eq!(
        outcome_of(&p, RecordKind::Goal, t_discharge()),
        Some(Outcome::Conflict)
    );
    assert_eq!(council.goal(t_discharge()).unwrap().title, "Edited here");
    assert!(council.tombstone(RecordKind::Goal, t_discharge()).is_none());
}

#[test]
fn a_goal_no_longer_shared_leaves_with_its_measures_and_can_come_back() {
    let mut trust = copy_of(TRUST);
    let mut council = copy_of(COUNCIL);
    import(
        &mut council,
        &pack(&trust, TRUST, COUNCIL, now()),
        &Choices::keep_mine(),
        now(),
    );
    let measures_of_flow = council.measures_of_goal(g_flow()).len();
    assert!(measures_of_flow > 0);

    let mut g = trust.goal(g_flow()).unwrap().clone();
    g.shared_with.clear();
    trust.save_goal(g.clone(), at(1)).unwrap();
    let p = import(
        &mut council,
        &pack(&trust, TRUST, COUNCIL, at(2)),
        &Choices::keep_mine(),
        at(2),
    );
    assert_eq!(
        outcome_of(&p, RecordKind::Goal, g_flow()),
        Some(Outcome::Deleted)
    );
    assert_eq!(
        p.section(RecordKind::Measure)
            .unwrap()
            .count(Outcome::Deleted),
        measures_of_flow
    );
    assert!(council.goal(g_flow()).is_none());
    assert!(council.measures_of_goal(g_flow()).is_empty());
    assert!(council.tombstone(RecordKind::Goal, g_flow()).is_none());

    g.shared_with = vec![COUNCIL];
    trust.save_goal(g, at(3)).unwrap();
    import(
        &mut council,
        &pack(&trust, TRUST, COUNCIL, at(4)),
        &Choices::keep_mine(),
        at(4),
    );
    assert!(council.goal(g_flow()).is_some());
}

// ---- ownership ----

#[test]
fn partners_records_are_read_only_and_say_where_they_came_from() {
    let trust = copy_of(TRUST);
    let mut council = copy_of(COUNCIL);
    assert!(council.is_record_read_only(RecordKind::Goal, g_flow()));
    assert!(!council.is_record_read_only(RecordKind::Goal, SMOKING_GOAL));
    let measure = council.measures_of_goal(g_flow())[0].id;
    assert!(council.is_record_read_only(RecordKind::Measure, measure));
    assert_eq!(council.arrival(RecordKind::Goal, g_flow()), None);

    import(
        &mut council,
        &pack(&trust, TRUST, COUNCIL, now()),
        &Choices::keep_mine(),
        at(1),
    );
    let arrival = council.arrival(RecordKind::Goal, g_flow()).unwrap();
    assert_eq!(arrival.organisation_id, TRUST);
    assert_eq!(arrival.arrived_at, at(1));

    // With no organisation chosen (the demo), nothing is read-only.
    assert!(!demo::partnership(now()).is_record_read_only(RecordKind::Goal, g_flow()));
}

#[test]
fn a_partners_file_cannot_change_our_own_records() {
    // A trust pack that (wrongly) uses the id of one of the council's goals for its own goal.
    let mut trust = copy_of(TRUST);
    let mut g = trust.goal(g_flow()).unwrap().clone();
    trust.goals.retain(|x| x.id != SMOKING_GOAL);
    trust.measures.retain(|m| m.goal_id != SMOKING_GOAL);
    g.id = SMOKING_GOAL;
    g.title = "Not the council's goal".into();
    trust.save_goal(g, at(1)).unwrap();
    let file = pack(&trust, TRUST, COUNCIL, at(1));
    let mut council = copy_of(COUNCIL);
    let p = import(&mut council, &file, &Choices::keep_mine(), at(2));
    assert_eq!(
        outcome_of(&p, RecordKind::Goal, SMOKING_GOAL),
        Some(Outcome::Unchanged)
    );
    assert_eq!(council.goal(SMOKING_GOAL).unwrap().organisation_id, COUNCIL);
}

// ---- undo and staleness ----

#[test]
fn the_last_import_is_undone_in_one_step() {
    let mut trust = copy_of(TRUST);
    retitle(&mut trust, g_flow(), "Changed", at(1));
    let mut council = copy_of(COUNCIL);
    let before = council.clone();
    let file = pack(&trust, TRUST, COUNCIL, at(1));
    let p = preview(&council, &file);
    let applied = apply(&mut council, &file, &p, &Choices::keep_mine(), at(2)).unwrap();
    assert_ne!(council, before);
    assert_eq!(applied.summary(), "0 added, 1 updated, 0 deleted");

    let store = MemoryStore::new();
    applied.undo.save_to(&store).unwrap();
    let undo = UndoPoint::load_from(&store).unwrap().unwrap();
    assert_eq!(undo.restore(), before);
    UndoPoint::clear(&store).unwrap();
    assert_eq!(UndoPoint::load_from(&store), Ok(None));
    assert!(UndoPoint::from_json("{}").is_err());
    let backup = applied.undo.backup_file(at(3));
    assert_eq!(
        parse_file(backup.json.as_bytes())
            .unwrap()
            .backup
            .as_deref(),
        Some(&before)
    );
}

#[test]
fn a_preview_made_before_a_change_is_refused_and_nothing_changes() {
    let trust = copy_of(TRUST);
    let mut council = copy_of(COUNCIL);
    let file = pack(&trust, TRUST, COUNCIL, now());
    let p = preview(&council, &file);
    retitle(
        &mut council,
        SMOKING_GOAL,
        "Edited after the preview",
        at(1),
    );
    let before = json(&council);
    assert_eq!(
        apply(&mut council, &file, &p, &Choices::keep_mine(), at(2)),
        Err(ApplyError::Stale)
    );
    assert_eq!(json(&council), before);
}

#[test]
fn replacing_with_a_backup_without_personal_data_keeps_ours() {
    let mut ws = copy_of(TRUST);
    let backup = export_workspace(&ws, ExportOptions::default(), now());
    let appraisal = appraisal(&ws, demo_id(0x202), g_flow());
    let appraisal_id = appraisal.id;
    ws.reviews.upsert(appraisal);
    let reviews = ws.reviews.len();
    let file = parse_file(backup.json.as_bytes()).unwrap();
    assert!(file.records.reviews.iter().all(|r| !r.is_personal()));
    let p = preview_replace(&ws, &file).unwrap();
    assert_eq!(p.total(Outcome::Deleted), 0);
    apply_replace(&mut ws, &file, &p, later()).unwrap();
    assert_eq!(ws.reviews.len(), reviews, "personal reviews are kept");
    assert!(ws.reviews.iter().any(|r| r.id == appraisal_id));
    let pack_file = pack(&ws, TRUST, COUNCIL, now());
    assert!(preview_replace(&ws, &pack_file).is_none());
}

// ---- properties ----

/// The trust's and the ICB's goals shared with the council.
fn shared_goals(ws: &Workspace, org: Id) -> Vec<Id> {
    ws.goals
        .iter()
        .filter(|g| g.organisation_id == org && g.shared_with.contains(&COUNCIL))
        .map(|g| g.id)
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 16,
        failure_persistence: None,
        .. ProptestConfig::default()
    })]

    /// Any edits and deletions by two partners, to their own (so different) records, give the
    /// same council workspace whichever file is imported first, and importing either again
    /// changes nothing.
    #[test]
    fn merging_is_order_independent_and_idempotent(
        trust_edits in proptest::collection::vec((0usize..2, 0u8..3), 0..4),
        icb_edits in proptest::collection::vec((0usize..1, 0u8..3), 0..3),
    ) {
        let mut trust = copy_of(TRUST);
        let mut icb = copy_of(ICB);
        for (step, (i, what)) in trust_edits.iter().enumerate() {
            edit(&mut trust, TRUST, *i, *what, step as i64 + 1);
        }
        for (step, (i, what)) in icb_edits.iter().enumerate() {
            edit(&mut icb, ICB, *i, *what, step as i64 + 1);
        }
        let a = pack(&trust, TRUST, COUNCIL, at(10));
        let b = pack(&icb, ICB, COUNCIL, at(10));
        let mut one = copy_of(COUNCIL);
        import(&mut one, &a, &Choices::keep_mine(), at(11));
        import(&mut one, &b, &Choices::keep_mine(), at(11));
        let mut two = copy_of(COUNCIL);
        import(&mut two, &b, &Choices::keep_mine(), at(11));
        import(&mut two, &a, &Choices::keep_mine(), at(11));
        prop_assert_eq!(json(&normalised(&one)), json(&normalised(&two)));

        let settled = json(&one);
        import(&mut one, &a, &Choices::keep_mine(), at(12));
        import(&mut one, &b, &Choices::keep_mine(), at(12));
        prop_assert_eq!(json(&one), settled);
    }

    /// Whatever order old and new files arrive in, a deleted record never comes back.
    #[test]
    fn tombstones_never_bring_a_record_back(order in proptest::collection::vec(0usize..3, 1..6)) {
        let mut trust = copy_of(TRUST);
        let before = pack(&trust, TRUST, COUNCIL, now());
        trust.goals.retain(|g| g.id != t_discharge());
        trust.record_tombstone(RecordKind::Goal, t_discharge(), TRUST, at(1));
        let deleting = pack(&trust, TRUST, COUNCIL, at(2));
        retitle(&mut trust, g_flow(), "Later edit", at(3));
        let after = pack(&trust, TRUST, COUNCIL, at(4));
        let files = [&before, &deleting, &after];

        let mut council = copy_of(COUNCIL);
        import(&mut council, &deleting, &Choices::keep_mine(), at(5));
        for (i, which) in order.iter().enumerate() {
            let file = files[*which];
            let p = preview(&council, file);
            let all = Choices::take_theirs_for_all(&p);
            apply(&mut council, file, &p, &all, at(6 + i as i64)).unwrap();
            prop_assert!(council.goal(t_discharge()).is_none());
        }
    }
}

/// One edit by `org` to its shared goal `i`: retitle (0), change the description (1) or
/// delete it with a tombstone (2).
fn edit(ws: &mut Workspace, org: Id, i: usize, what: u8, hours: i64) {
    let goals = shared_goals(ws, org);
    let Some(&id) = goals.get(i % goals.len().max(1)) else {
        return;
    };
    // Edited in place: the goal's parent may already have been deleted.
    let goal = ws.goals.get_mut(id);
    match (what, goal) {
        (0, Some(g)) => {
            g.title = format!("Title {hours}");
            g.stamps.updated_at = at(hours);
        }
        (1, Some(g)) => {
            g.description = format!("Description {hours}");
            g.stamps.updated_at = at(hours);
        }
        _ => {
            ws.goals.retain(|g| g.id != id);
            ws.measures.retain(|m| m.goal_id != id);
            ws.record_tombstone(RecordKind::Goal, id, org, at(hours));
        }
    }
}
