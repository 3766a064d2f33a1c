//! Saving record by record through the record store: what each edit writes, two tabs sharing one
//! store, damaged records, a full store, an interrupted transaction, a newer schema, values JSON
//! cannot hold, moving a workspace across from localStorage, and snapshots.

mod common;

use std::collections::BTreeSet;

use chrono::{Duration, NaiveDate};
use serde::de::DeserializeOwned;

use common::*;
use scorecard_core::analysis::Period;
use scorecard_core::demo;
use scorecard_core::exchange::{RecordKind, Tombstone};
use scorecard_core::storage::{
    encode, Commit, KeyValueStore, MemoryRecordStore, MemoryStore, Moved, Opened, RawRecord,
    RecordKey, RecordStore, SaveError, Session, Settings, Shelf, StoreError, StoredMeta,
    StoredRecord, Synced, CURRENT_SCHEMA_VERSION, PREVIOUS_KEY, QUARANTINE_KEY,
    RECORD_STORE_FORMAT, SETTINGS_ID, SNAPSHOTS_KEPT, WORKSPACE_KEY,
};
use scorecard_core::workspace::ChildGoals;
use scorecard_core::{Goal, Id, Timestamp, Workspace};

const APP: &str = "test";

type Everything = (Option<StoredMeta>, Vec<(Shelf, Vec<RawRecord>)>);

fn goal_shelf() -> Shelf {
    Shelf::Records(RecordKind::Goal)
}

fn key(kind: RecordKind, id: Id) -> RecordKey {
    RecordKey::new(Shelf::Records(kind), id.to_string())
}

fn tombstone_key(id: Id) -> RecordKey {
    RecordKey::new(Shelf::Tombstones, id.to_string())
}

fn settings_key() -> RecordKey {
    RecordKey::new(Shelf::Settings, SETTINGS_ID)
}

fn minutes(n: i64) -> Timestamp {
    later() + Duration::minutes(n)
}

/// Everything the store holds, to compare before and after.
fn everything(store: &MemoryRecordStore) -> Everything {
    block_on(store.read_all()).unwrap()
}

/// The record under `key`, as stored, in the expected shape.
fn stored_record(store: &MemoryRecordStore, key: &RecordKey) -> Option<StoredRecord> {
    match store.get(key.shelf, &key.id)? {
        RawRecord::Record(r) => Some(r),
        RawRecord::Unreadable { raw, .. } => panic!("{key:?} is unreadable: {raw}"),
    }
}

/// The body stored under `key`, read as `T`.
fn stored<T: DeserializeOwned>(store: &MemoryRecordStore, key: &RecordKey) -> Option<T> {
    stored_record(store, key).map(|r| serde_json::from_str(&r.body).unwrap())
}

fn stored_goal(store: &MemoryRecordStore, id: Id) -> Option<Goal> {
    stored(store, &key(RecordKind::Goal, id))
}

/// The demo, saved by a first session into an empty store.
fn saved_demo() -> (MemoryRecordStore, Session, Workspace) {
    let store = MemoryRecordStore::new();
    let mut session = Session::new(APP);
    let mut ws = demo::partnership(now());
    block_on(session.save(&store, &mut ws, now())).unwrap();
    (store, session, ws)
}

/// What a fresh tab opens, with no damage expected.
fn open(store: &MemoryRecordStore) -> (Session, Workspace) {
    let mut session = Session::new(APP);
    match block_on(session.open(store, later())) {
        Opened::Loaded { workspace, damaged } => {
            assert!(damaged.is_empty(), "unexpected damage: {damaged:?}");
            (session, workspace)
        }
        other => panic!("expected Loaded, got {other:?}"),
    }
}

fn opened_workspace(store: &MemoryRecordStore) -> Workspace {
    open(store).1
}

/// The commit the next save would make.
fn prepared(session: &mut Session, ws: &mut Workspace, now: Timestamp) -> Commit {
    session.collect(ws);
    session
        .prepare(ws, now)
        .unwrap()
        .expect("something to save")
}

/// Writes `commit` and tells the session.
fn commit(store: &MemoryRecordStore, session: &mut Session, commit: &Commit, ws: &Workspace) {
    session
        .finish(block_on(store.commit(commit)), commit, ws)
        .unwrap();
}

fn keys_of(commit: &Commit) -> BTreeSet<RecordKey> {
    commit.writes.iter().map(|w| w.key.clone()).collect()
}

fn renamed_goal(ws: &Workspace, id: Id, title: &str) -> Goal {
    let mut goal = ws.goal(id).unwrap().clone();
    goal.title = title.into();
    goal
}

/// A goal with goals directly below it and measures of its own.
fn goal_with_children_and_measures(ws: &Workspace) -> Id {
    ws.goals
        .iter()
        .find(|g| {
            ws.goals.iter().any(|c| c.parent_id == Some(g.id))
                && ws.measures.iter().any(|m| m.goal_id == g.id)
        })
        .expect("the demo has a goal with children and measures")
        .id
}

/// A goal nothing sits under.
fn leaf_goal(ws: &Workspace) -> Id {
    ws.goals
        .iter()
        .find(|g| !ws.goals.iter().any(|c| c.parent_id == Some(g.id)))
        .unwrap()
        .id
}

fn ids<T: scorecard_core::workspace::Keyed>(list: &[T]) -> Vec<Id> {
    list.iter().map(|r| r.key()).collect()
}

// ---- save and open ----

#[test]
fn the_demo_saved_into_an_empty_store_opens_exactly_as_it_was() {
    let store = MemoryRecordStore::new();
    let mut session = Session::new(APP);
    let mut ws = demo::partnership(now());
    let records = ws.organisations.len()
        + ws.teams.len()
        + ws.people.len()
        + ws.goals.len()
        + ws.measures.len()
        + ws.reviews.len()
        + ws.development.len()
        + ws.recognitions.len()
        + ws.exit_interviews.len()
        + ws.report_commentary.len()
        + ws.tombstones.len();
    assert!(
        !ws.report_commentary.is_empty(),
        "the demo's board report commentary"
    );
    let written = block_on(session.save(&store, &mut ws, now())).unwrap();
    assert_eq!(written, records + 1, "every record and the settings");
    assert!(!session.has_pending());

    let meta = block_on(store.read_meta()).unwrap().unwrap();
    assert_eq!(meta.format, RECORD_STORE_FORMAT);
    assert_eq!(meta.schema_version, CURRENT_SCHEMA_VERSION);
    assert_eq!(meta.app_version, APP);
    assert_eq!(meta.revision, 1);
    assert_eq!(meta.saved_at, now());

    let demo = demo::partnership(now());
    let opened = opened_workspace(&store);
    // Every list in the order it was made, then the whole workspace.
    assert_eq!(ids(&opened.organisations), ids(&demo.organisations));
    assert_eq!(ids(&opened.teams), ids(&demo.teams));
    assert_eq!(ids(&opened.people), ids(&demo.people));
    assert_eq!(ids(&opened.goals), ids(&demo.goals));
    assert_eq!(ids(&opened.measures), ids(&demo.measures));
    assert_eq!(ids(&opened.reviews), ids(&demo.reviews));
    assert_eq!(ids(&opened.development), ids(&demo.development));
    assert_eq!(ids(&opened.recognitions), ids(&demo.recognitions));
    assert_eq!(ids(&opened.exit_interviews), ids(&demo.exit_interviews));
    assert_eq!(ids(&opened.tombstones), ids(&demo.tombstones));
    assert_same_workspace(&opened, &demo, "reopened");
}

#[test]
fn a_first_save_writes_the_whole_workspace_whatever_was_marked() {
    // The demo's lists are built whole, so few of its records are marked as edited: a first save
    // must still write every one of them.
    let mut ws = demo::partnership(now());
    ws.measures.take_changed();
    let store = MemoryRecordStore::new();
    let mut session = Session::new(APP);
    block_on(session.save(&store, &mut ws, now())).unwrap();
    assert!(!session.has_pending());
    let (_, shelves) = everything(&store);
    let measures = shelves
        .iter()
        .find(|(s, _)| *s == Shelf::Records(RecordKind::Measure))
        .map(|(_, r)| r.len());
    assert_eq!(measures, Some(ws.measures.len()));
    assert_same_workspace(&opened_workspace(&store), &ws, "reopened");
}

#[test]
fn records_made_in_one_save_open_in_the_order_they_were_made_not_the_order_of_their_ids() {
    let mut ws = Workspace::empty("Order");
    let o = org("Trust");
    let org_id = o.id;
    ws.save_organisation(o, now()).unwrap();
    let store = MemoryRecordStore::new();
    let mut session = Session::new(APP);
    block_on(session.save(&store, &mut ws, now())).unwrap();

    // Ids that sort the other way round from the order the goals are made in, all in one save.
    for n in (1..=5u128).rev() {
        let mut g = goal(
            org_id,
            scorecard_core::GoalLevel::Strategic,
            None,
            &format!("G{n}"),
        );
        g.id = Id::from_u128(n);
        ws.save_goal(g, later()).unwrap();
    }
    assert_eq!(block_on(session.save(&store, &mut ws, later())), Ok(5));
    let opened = opened_workspace(&store);
    assert_eq!(ids(&opened.goals), ids(&ws.goals));
    assert_same_workspace(&opened, &ws, "reopened");
}

#[test]
fn tombstones_open_in_the_order_the_workspace_keeps_them() {
    let (store, mut session, mut ws) = saved_demo();
    let people: Vec<Id> = (1..=2u128).map(Id::from_u128).collect();
    for &id in &people {
        let mut p = ws.people[0].clone();
        p.id = id;
        p.line_manager_id = None;
        ws.save_person(p, later()).unwrap();
    }
    block_on(session.save(&store, &mut ws, later())).unwrap();
    // Deleted one save at a time, the later deletion sorting before the earlier one.
    for (i, &id) in people.iter().rev().enumerate() {
        ws.delete_person(id, minutes(i as i64)).unwrap();
        block_on(session.save(&store, &mut ws, minutes(i as i64))).unwrap();
    }
    assert_eq!(ids(&ws.tombstones), people, "kept sorted in memory");
    assert_same_workspace(&opened_workspace(&store), &ws, "reopened");
}

// ---- an edit writes only what it touched ----

#[test]
fn renaming_a_goal_writes_that_goal_and_nothing_else() {
    let (store, mut session, mut ws) = saved_demo();
    let id = leaf_goal(&ws);
    let old_rev = session.revision_of(RecordKind::Goal, id).unwrap();
    assert_eq!(old_rev, 1);
    let before = everything(&store);

    ws.save_goal(renamed_goal(&ws, id, "Renamed goal"), later())
        .unwrap();
    let c = prepared(&mut session, &mut ws, later());
    assert_eq!(c.writes.len(), 1, "{:?}", keys_of(&c));
    let w = &c.writes[0];
    assert_eq!(w.key, key(RecordKind::Goal, id));
    assert_eq!(w.expected_rev, Some(old_rev));
    let record = w.record.as_ref().unwrap();
    assert_eq!(record.rev, old_rev + 1);
    assert_eq!(
        serde_json::from_str::<Goal>(&record.body).unwrap().title,
        "Renamed goal"
    );
    assert_eq!(c.expected_meta_revision, Some(1));
    assert_eq!(c.meta.revision, 2);
    assert!(!c.replace_all);

    commit(&store, &mut session, &c, &ws);
    assert_eq!(session.revision_of(RecordKind::Goal, id), Some(old_rev + 1));
    let stored_rec = stored_record(&store, &key(RecordKind::Goal, id)).unwrap();
    assert_eq!(stored_rec.rev, 2);
    assert_eq!(stored_goal(&store, id).unwrap().title, "Renamed goal");

    // Every other record is exactly as it was.
    let after = everything(&store);
    for ((shelf, was), (_, now_is)) in before.1.iter().zip(after.1.iter()) {
        let was: Vec<_> = was.iter().filter(|r| r.id() != id.to_string()).collect();
        let now_is: Vec<_> = now_is.iter().filter(|r| r.id() != id.to_string()).collect();
        assert_eq!(was, now_is, "{shelf:?} changed");
    }
    assert_same_workspace(&opened_workspace(&store), &ws, "reopened");
}

#[test]
fn entering_an_actual_writes_only_that_measure() {
    let (store, mut session, mut ws) = saved_demo();
    let measure = ws.measures[0].clone();
    let period = Period::containing(
        measure.frequency,
        NaiveDate::from_ymd_opt(2031, 6, 15).unwrap(),
    );
    ws.record_actual(measure.id, period, 123.5, "late return", "Tester", later())
        .unwrap();

    let c = prepared(&mut session, &mut ws, later());
    assert_eq!(
        keys_of(&c),
        BTreeSet::from([key(RecordKind::Measure, measure.id)])
    );
    assert_eq!(c.writes[0].expected_rev, Some(1));
    assert_eq!(c.writes[0].record.as_ref().unwrap().rev, 2);
    commit(&store, &mut session, &c, &ws);

    let saved: scorecard_core::Measure =
        stored(&store, &key(RecordKind::Measure, measure.id)).unwrap();
    let actual = saved.actuals.iter().find(|a| a.period == period).unwrap();
    assert_eq!(actual.value, 123.5);
    assert_eq!(actual.note, "late return");
    assert_same_workspace(&opened_workspace(&store), &ws, "reopened");
}

#[test]
fn deleting_a_goal_and_keeping_its_children_writes_exactly_the_goal_children_measures_and_tombstones(
) {
    let (store, mut session, mut ws) = saved_demo();
    let id = goal_with_children_and_measures(&ws);
    let children: Vec<Id> = ws
        .goals
        .iter()
        .filter(|g| g.parent_id == Some(id))
        .map(|g| g.id)
        .collect();
    let measures: Vec<Id> = ws
        .measures
        .iter()
        .filter(|m| m.goal_id == id)
        .map(|m| m.id)
        .collect();
    // Goals that support it on the strategy map lose that link, so they are written too.
    let supporters: Vec<Id> = ws
        .goals
        .iter()
        .filter(|g| g.supports.contains(&id))
        .map(|g| g.id)
        .collect();
    assert!(!children.is_empty() && !measures.is_empty() && !supporters.is_empty());

    let deleted = ws
        .delete_goal(id, ChildGoals::KeepUnaligned, later())
        .unwrap();
    assert_eq!(deleted, vec![id]);
    let c = prepared(&mut session, &mut ws, later());

    let mut expected = BTreeSet::from([key(RecordKind::Goal, id), tombstone_key(id)]);
    expected.extend(children.iter().map(|&c| key(RecordKind::Goal, c)));
    expected.extend(supporters.iter().map(|&g| key(RecordKind::Goal, g)));
    expected.extend(measures.iter().map(|&m| key(RecordKind::Measure, m)));
    expected.extend(measures.iter().map(|&m| tombstone_key(m)));
    assert_eq!(keys_of(&c), expected);
    assert_eq!(c.writes.len(), expected.len(), "each record written once");

    for w in &c.writes {
        let k = &w.key;
        if *k == key(RecordKind::Goal, id)
            || measures.iter().any(|&m| *k == key(RecordKind::Measure, m))
        {
            assert_eq!(w.record, None, "{k:?} is deleted");
            assert_eq!(w.expected_rev, Some(1), "{k:?}");
        } else if k.shelf == Shelf::Tombstones {
            assert_eq!(w.expected_rev, None, "{k:?} is new");
            assert_eq!(w.record.as_ref().unwrap().rev, 1);
        } else {
            assert_eq!(w.expected_rev, Some(1), "{k:?}");
            let goal: Goal = serde_json::from_str(&w.record.as_ref().unwrap().body).unwrap();
            if children.contains(&goal.id) {
                assert_eq!(goal.parent_id, None, "{k:?} no longer aligned");
            } else {
                assert!(!goal.supports.contains(&id), "{k:?} no longer links to it");
            }
        }
    }

    commit(&store, &mut session, &c, &ws);
    assert_eq!(store.get(goal_shelf(), &id.to_string()), None);
    for &m in &measures {
        assert_eq!(
            store.get(Shelf::Records(RecordKind::Measure), &m.to_string()),
            None
        );
        let t: Tombstone = stored(&store, &tombstone_key(m)).unwrap();
        assert_eq!(t.kind, RecordKind::Measure);
    }
    let t: Tombstone = stored(&store, &tombstone_key(id)).unwrap();
    assert_eq!((t.kind, t.id), (RecordKind::Goal, id));
    for &c in &children {
        assert_eq!(stored_goal(&store, c).unwrap().parent_id, None);
    }
    assert_same_workspace(&opened_workspace(&store), &ws, "reopened");
}

#[test]
fn renaming_the_workspace_writes_only_the_settings_record() {
    let (store, mut session, mut ws) = saved_demo();
    ws.name = "Renamed partnership".into();
    let c = prepared(&mut session, &mut ws, later());
    assert_eq!(keys_of(&c), BTreeSet::from([settings_key()]));
    assert_eq!(c.writes[0].expected_rev, Some(1));
    commit(&store, &mut session, &c, &ws);
    let settings: Settings = stored(&store, &settings_key()).unwrap();
    assert_eq!(settings.name, "Renamed partnership");
    assert!(!session.has_pending());
    // Saved once: the next save has nothing to write.
    assert_eq!(block_on(session.save(&store, &mut ws, later())), Ok(0));
    assert_eq!(opened_workspace(&store).name, "Renamed partnership");
}

// ---- two tabs ----

#[test]
fn a_stale_tab_is_refused_then_keeps_its_version_by_taking_over() {
    let (store, _, _) = saved_demo();
    let (mut a, mut ws_a) = open(&store);
    let (mut b, mut ws_b) = open(&store);
    let id = leaf_goal(&ws_a);

    ws_a.save_goal(renamed_goal(&ws_a, id, "A's title"), later())
        .unwrap();
    ws_b.save_goal(renamed_goal(&ws_b, id, "B's title"), later())
        .unwrap();
    assert_eq!(block_on(a.save(&store, &mut ws_a, later())), Ok(1));
    let after_a = everything(&store);

    let refused = block_on(b.save(&store, &mut ws_b, minutes(1)));
    assert!(
        matches!(refused, Err(SaveError::Stale { .. })),
        "{refused:?}"
    );
    assert_eq!(everything(&store), after_a, "nothing written");
    assert_eq!(stored_goal(&store, id).unwrap().title, "A's title");
    assert!(b.has_pending(), "B's change is still waiting");
    assert_eq!(ws_b.goal(id).unwrap().title, "B's title");

    // "Keep my version".
    block_on(b.take_over(&store, &ws_b)).unwrap();
    assert_eq!(block_on(b.save(&store, &mut ws_b, minutes(2))), Ok(1));
    assert!(!b.has_pending());
    let rec = stored_record(&store, &key(RecordKind::Goal, id)).unwrap();
    assert_eq!(rec.rev, 3);
    assert_eq!(stored_goal(&store, id).unwrap().title, "B's title");
    assert_same_workspace(&opened_workspace(&store), &ws_b, "reopened");

    // And now A is the stale one.
    ws_a.save_goal(renamed_goal(&ws_a, id, "A again"), minutes(3))
        .unwrap();
    assert!(matches!(
        block_on(a.save(&store, &mut ws_a, minutes(3))),
        Err(SaveError::Stale { .. })
    ));
    assert_eq!(stored_goal(&store, id).unwrap().title, "B's title");
}

#[test]
fn tabs_editing_different_goals_both_save_and_each_takes_in_the_other() {
    let (store, _, _) = saved_demo();
    let (mut a, mut ws_a) = open(&store);
    let (mut b, mut ws_b) = open(&store);
    let first = ws_a.goals[0].id;
    let second = ws_a.goals[1].id;

    ws_a.save_goal(renamed_goal(&ws_a, first, "A's title"), later())
        .unwrap();
    ws_b.save_goal(renamed_goal(&ws_b, second, "B's title"), later())
        .unwrap();
    let c = prepared(&mut a, &mut ws_a, later());
    commit(&store, &mut a, &c, &ws_a);
    let a_wrote: Vec<RecordKey> = keys_of(&c).into_iter().collect();
    assert_eq!(a_wrote, vec![key(RecordKind::Goal, first)]);
    assert_eq!(block_on(b.save(&store, &mut ws_b, minutes(1))), Ok(1));

    assert_eq!(
        block_on(b.sync(&store, &mut ws_b, &a_wrote)),
        Ok(Synced::Applied(1))
    );
    assert_eq!(ws_b.goal(first).unwrap().title, "A's title");
    assert_eq!(ws_b.goal(second).unwrap().title, "B's title");
    assert!(!b.has_pending(), "taking in is not a change to save");
    assert_eq!(b.revision_of(RecordKind::Goal, first), Some(2));
    assert_same_workspace(&opened_workspace(&store), &ws_b, "reopened");

    // B now edits A's goal from the version it took in: not stale.
    ws_b.save_goal(renamed_goal(&ws_b, first, "B after A"), minutes(2))
        .unwrap();
    assert_eq!(block_on(b.save(&store, &mut ws_b, minutes(2))), Ok(1));
    assert_eq!(stored_goal(&store, first).unwrap().title, "B after A");
}

#[test]
fn taking_in_a_record_this_tab_is_changing_is_a_conflict_and_changes_nothing() {
    let (store, _, _) = saved_demo();
    let (mut a, mut ws_a) = open(&store);
    let (mut b, mut ws_b) = open(&store);
    let id = leaf_goal(&ws_a);

    ws_a.save_goal(renamed_goal(&ws_a, id, "A's title"), later())
        .unwrap();
    let c = prepared(&mut a, &mut ws_a, later());
    commit(&store, &mut a, &c, &ws_a);
    let a_wrote: Vec<RecordKey> = keys_of(&c).into_iter().collect();

    ws_b.save_goal(renamed_goal(&ws_b, id, "B's title"), later())
        .unwrap();
    let b_before = ws_b.clone();
    let store_before = everything(&store);
    assert_eq!(
        block_on(b.sync(&store, &mut ws_b, &a_wrote)),
        Ok(Synced::Conflict)
    );
    assert_same_workspace(&ws_b, &b_before, "after the conflict");
    assert_eq!(ws_b.goal(id).unwrap().title, "B's title");
    assert_eq!(
        b.revision_of(RecordKind::Goal, id),
        Some(1),
        "nothing taken in"
    );
    assert!(b.has_pending());
    assert_eq!(everything(&store), store_before);
}

#[test]
fn a_goal_deleted_in_one_tab_is_not_brought_back_by_a_stale_tab() {
    let (store, _, _) = saved_demo();
    let (mut a, mut ws_a) = open(&store);
    let (mut b, mut ws_b) = open(&store);
    let id = leaf_goal(&ws_a);

    ws_a.delete_goal(id, ChildGoals::KeepUnaligned, later())
        .unwrap();
    block_on(a.save(&store, &mut ws_a, later())).unwrap();
    let after_a = everything(&store);
    assert_eq!(store.get(goal_shelf(), &id.to_string()), None);

    ws_b.save_goal(renamed_goal(&ws_b, id, "Still here?"), minutes(1))
        .unwrap();
    let refused = block_on(b.save(&store, &mut ws_b, minutes(1)));
    assert!(
        matches!(refused, Err(SaveError::Stale { .. })),
        "{refused:?}"
    );
    assert_eq!(everything(&store), after_a);
    assert_eq!(store.get(goal_shelf(), &id.to_string()), None);
    let t: Tombstone = stored(&store, &tombstone_key(id)).unwrap();
    assert_eq!((t.kind, t.id), (RecordKind::Goal, id));

    let opened = opened_workspace(&store);
    assert!(opened.goal(id).is_none());
    assert!(opened.tombstones.contains(id));
    assert_same_workspace(&opened, &ws_a, "reopened");
}

#[test]
fn keeping_my_version_of_a_goal_the_other_tab_deleted_brings_it_back_without_its_tombstone() {
    let (store, _, _) = saved_demo();
    let (mut a, mut ws_a) = open(&store);
    let (mut b, mut ws_b) = open(&store);
    let id = leaf_goal(&ws_a);
    ws_a.delete_goal(id, ChildGoals::KeepUnaligned, later())
        .unwrap();
    block_on(a.save(&store, &mut ws_a, later())).unwrap();
    ws_b.save_goal(renamed_goal(&ws_b, id, "Kept in B"), minutes(1))
        .unwrap();
    assert!(block_on(b.save(&store, &mut ws_b, minutes(1))).is_err());

    // "Keep my version": the goal comes back, and the note that it was deleted goes.
    block_on(b.take_over(&store, &ws_b)).unwrap();
    block_on(b.save(&store, &mut ws_b, minutes(2))).unwrap();
    assert_eq!(stored_goal(&store, id).unwrap().title, "Kept in B");
    assert_eq!(stored_record(&store, &tombstone_key(id)), None);
    let opened = opened_workspace(&store);
    assert!(!opened.tombstones.contains(id));
    assert_eq!(opened.goal(id), ws_b.goal(id));
    // Back as a new record: it reopens at the end of the list, and nothing else changed.
    assert_eq!(ids(&opened.goals).len(), ids(&ws_b.goals).len());
    assert_eq!(ids(&opened.tombstones), ids(&ws_b.tombstones));
}

#[test]
fn two_first_visits_cannot_both_save_a_whole_workspace() {
    let store = MemoryRecordStore::new();
    let mut a = Session::new(APP);
    let mut b = Session::new(APP);
    assert!(matches!(block_on(a.open(&store, now())), Opened::Nothing));
    assert!(matches!(block_on(b.open(&store, now())), Opened::Nothing));
    let mut ws_a = demo::partnership(now());
    let mut ws_b = Workspace::empty("Started empty in B");
    a.replace_all(&mut ws_a);
    b.replace_all(&mut ws_b);
    block_on(a.save(&store, &mut ws_a, now())).unwrap();
    let after_a = everything(&store);
    let refused = block_on(b.save(&store, &mut ws_b, later()));
    assert!(
        matches!(refused, Err(SaveError::Stale { .. })),
        "{refused:?}"
    );
    assert_eq!(everything(&store), after_a, "A's workspace is not wiped");
    assert!(b.has_pending());
}

#[test]
fn replacing_the_whole_workspace_from_a_tab_that_missed_a_save_is_refused() {
    let (store, _, _) = saved_demo();
    let (mut a, mut ws_a) = open(&store);
    let (mut b, _) = open(&store);
    let id = leaf_goal(&ws_a);
    ws_a.save_goal(renamed_goal(&ws_a, id, "Saved in A"), later())
        .unwrap();
    block_on(a.save(&store, &mut ws_a, later())).unwrap();
    let after_a = everything(&store);

    // B restores a backup (or starts empty) without having seen A's save.
    let mut restored = Workspace::empty("Restored in B");
    b.replace_all(&mut restored);
    let refused = block_on(b.save(&store, &mut restored, minutes(1)));
    assert!(
        matches!(refused, Err(SaveError::Stale { .. })),
        "{refused:?}"
    );
    assert_eq!(everything(&store), after_a, "A's change is not wiped");
    assert_eq!(stored_goal(&store, id).unwrap().title, "Saved in A");

    // Once B has chosen to keep its version, the replace goes through.
    block_on(b.take_over(&store, &restored)).unwrap();
    assert_eq!(block_on(b.save(&store, &mut restored, minutes(2))), Ok(1));
    assert_same_workspace(&opened_workspace(&store), &restored, "reopened");
}

#[test]
fn replacing_the_whole_workspace_after_two_tabs_saved_is_refused_in_the_tab_that_missed_one() {
    let (store, _, _) = saved_demo();
    let (mut a, mut ws_a) = open(&store);
    let (mut b, mut ws_b) = open(&store);
    let first = ws_a.goals[0].id;
    let second = ws_a.goals[1].id;
    ws_a.save_goal(renamed_goal(&ws_a, first, "Saved in A"), later())
        .unwrap();
    block_on(a.save(&store, &mut ws_a, later())).unwrap();
    ws_b.save_goal(renamed_goal(&ws_b, second, "Saved in B"), later())
        .unwrap();
    block_on(b.save(&store, &mut ws_b, later())).unwrap();
    let after_b = everything(&store);

    // A has not seen B's save.
    let mut restored = Workspace::empty("Restored in A");
    a.replace_all(&mut restored);
    let refused = block_on(a.save(&store, &mut restored, minutes(1)));
    assert!(
        matches!(refused, Err(SaveError::Stale { .. })),
        "{refused:?}"
    );
    assert_eq!(everything(&store), after_b, "B's change is not wiped");
}

#[test]
fn a_record_made_and_deleted_between_two_saves_leaves_nothing_pending() {
    let (store, mut session, mut ws) = saved_demo();
    let org_id = ws.organisations[0].id;
    let mut person = ws.people[0].clone();
    person.id = new_id();
    person.name = "Here and gone".into();
    person.line_manager_id = None;
    person.team_id = None;
    person.organisation_id = org_id;
    ws.save_person(person.clone(), later()).unwrap();
    ws.delete_person(person.id, later()).unwrap();

    // Only the tombstone: the person was never stored.
    let written = block_on(session.save(&store, &mut ws, later())).unwrap();
    assert_eq!(written, 1);
    assert_eq!(
        store.get(Shelf::Records(RecordKind::Person), &person.id.to_string()),
        None
    );
    assert!(stored::<Tombstone>(&store, &tombstone_key(person.id)).is_some());
    assert!(
        !session.has_pending(),
        "nothing is left waiting to be saved"
    );
    let revision = block_on(store.read_meta()).unwrap().unwrap().revision;
    session.collect(&mut ws);
    assert_eq!(
        session.prepare(&ws, minutes(1)),
        Ok(None),
        "no empty commit"
    );
    assert_eq!(block_on(session.save(&store, &mut ws, minutes(1))), Ok(0));
    assert_eq!(
        block_on(store.read_meta()).unwrap().unwrap().revision,
        revision
    );
}

#[test]
fn edits_made_while_a_whole_workspace_is_being_written_are_saved_next() {
    let (store, mut session, mut ws) = saved_demo();
    // The app's save: collect and prepare, then the commit is written while the user edits on.
    session.replace_all(&mut ws);
    let c = session.prepare(&ws, later()).unwrap().unwrap();
    assert!(c.replace_all);
    let id = leaf_goal(&ws);
    ws.save_goal(renamed_goal(&ws, id, "Edited during the write"), later())
        .unwrap();
    session.collect(&mut ws);
    let outcome = block_on(store.commit(&c));
    session.finish(outcome, &c, &ws).unwrap();

    assert!(
        session.has_pending(),
        "the edit made meanwhile is still to save"
    );
    assert_eq!(block_on(session.save(&store, &mut ws, minutes(1))), Ok(1));
    assert_eq!(
        stored_goal(&store, id).unwrap().title,
        "Edited during the write"
    );
    assert_same_workspace(&opened_workspace(&store), &ws, "reopened");
}

#[test]
fn an_edit_made_while_its_record_is_being_written_is_saved_next() {
    let (store, mut session, mut ws) = saved_demo();
    let id = leaf_goal(&ws);
    ws.save_goal(renamed_goal(&ws, id, "First"), later())
        .unwrap();
    ws.name = "First name".into();
    let c = prepared(&mut session, &mut ws, later());
    assert_eq!(c.writes.len(), 2);
    // The same goal and the workspace's name change again before the commit is done.
    ws.save_goal(renamed_goal(&ws, id, "Second"), later())
        .unwrap();
    ws.name = "Second name".into();
    session.collect(&mut ws);
    let outcome = block_on(store.commit(&c));
    assert_eq!(session.finish(outcome, &c, &ws), Ok(2));
    assert_eq!(stored_goal(&store, id).unwrap().title, "First");

    assert!(session.has_pending(), "the second edits are still to save");
    assert_eq!(block_on(session.save(&store, &mut ws, minutes(1))), Ok(2));
    assert_eq!(stored_goal(&store, id).unwrap().title, "Second");
    let settings: Settings = stored(&store, &settings_key()).unwrap();
    assert_eq!(settings.name, "Second name");
    assert!(!session.has_pending());
    assert_same_workspace(&opened_workspace(&store), &ws, "reopened");
}

// ---- damaged records ----

#[test]
fn damaged_records_are_set_aside_exactly_as_found_and_the_rest_opens() {
    let (store, _, ws) = saved_demo();
    let goal_id = leaf_goal(&ws);
    let person_id = ws.people[0].id;

    let mut tampered = stored_record(&store, &key(RecordKind::Goal, goal_id)).unwrap();
    tampered.body = tampered
        .body
        .replacen("\"title\":\"", "\"title\":\"Edited by hand ", 1);
    assert_ne!(
        tampered.body,
        stored_record(&store, &key(RecordKind::Goal, goal_id))
            .unwrap()
            .body
    );
    let tampered_text = serde_json::to_string(&tampered).unwrap();
    store.tamper(
        goal_shelf(),
        &goal_id.to_string(),
        RawRecord::Record(tampered),
    );
    let garbage = "{\"not\": \"a record\"".to_string();
    store.tamper(
        Shelf::Records(RecordKind::Person),
        &person_id.to_string(),
        RawRecord::Unreadable {
            id: person_id.to_string(),
            raw: garbage.clone(),
        },
    );

    let mut session = Session::new(APP);
    let (mut opened, damaged) = match block_on(session.open(&store, later())) {
        Opened::Loaded { workspace, damaged } => (workspace, damaged),
        other => panic!("expected Loaded, got {other:?}"),
    };
    assert!(session.blocked_reason().is_none());
    let found: BTreeSet<(String, String)> = damaged
        .iter()
        .map(|q| (q.store_name.clone(), q.id.clone()))
        .collect();
    assert_eq!(
        found,
        BTreeSet::from([
            ("goal".to_string(), goal_id.to_string()),
            ("person".to_string(), person_id.to_string()),
        ])
    );
    assert_eq!(damaged.len(), 2);

    let mut expected = ws.clone();
    expected.goals.remove(goal_id);
    expected.people.remove(person_id);
    assert_same_workspace(&opened, &expected, "everything else is there");

    let quarantined = block_on(store.quarantined()).unwrap();
    assert_eq!(quarantined.len(), 2);
    let raw_of = |store_name: &str| {
        quarantined
            .iter()
            .find(|q| q.store_name == store_name)
            .unwrap()
            .raw
            .clone()
    };
    assert_eq!(raw_of("goal"), tampered_text);
    assert_eq!(raw_of("person"), garbage);
    assert_eq!(store.get(goal_shelf(), &goal_id.to_string()), None);
    assert_eq!(
        store.get(Shelf::Records(RecordKind::Person), &person_id.to_string()),
        None
    );

    // A later save writes what changed and does not bring them back.
    opened.name = "After the damage".into();
    assert_eq!(
        block_on(session.save(&store, &mut opened, minutes(1))),
        Ok(1)
    );
    assert_eq!(store.get(goal_shelf(), &goal_id.to_string()), None);
    assert_eq!(
        store.get(Shelf::Records(RecordKind::Person), &person_id.to_string()),
        None
    );
    assert_eq!(block_on(store.quarantined()).unwrap(), quarantined);
    let reopened = opened_workspace(&store);
    assert!(reopened.goal(goal_id).is_none());
    assert!(reopened.person(person_id).is_none());
    assert_same_workspace(&reopened, &opened, "reopened after the damage");
}

// ---- a full store ----

#[test]
fn a_save_over_the_quota_writes_nothing_and_is_written_once_there_is_room() {
    let (store, mut session, mut ws) = saved_demo();
    store.set_quota(Some(store.bytes() + 100));
    let before = everything(&store);
    let bytes = store.bytes();

    let id = leaf_goal(&ws);
    let mut g = ws.goal(id).unwrap().clone();
    g.description = "x".repeat(1000);
    ws.save_goal(g, later()).unwrap();
    assert_eq!(
        block_on(session.save(&store, &mut ws, later())),
        Err(SaveError::Store(StoreError::QuotaExceeded))
    );
    assert_eq!(everything(&store), before, "byte for byte as it was");
    assert_eq!(store.bytes(), bytes);
    assert!(session.has_pending());

    store.set_quota(Some(bytes + 10_000));
    assert_eq!(block_on(session.save(&store, &mut ws, minutes(1))), Ok(1));
    assert!(!session.has_pending());
    assert_eq!(
        stored_goal(&store, id).unwrap().description,
        "x".repeat(1000)
    );
    assert_eq!(block_on(store.read_meta()).unwrap().unwrap().revision, 2);
    let opened = opened_workspace(&store);
    assert_eq!(opened.goal(id).unwrap().description, "x".repeat(1000));
    assert_same_workspace(&opened, &ws, "reopened");
}

// ---- an interrupted transaction ----

#[test]
fn a_commit_interrupted_at_any_write_leaves_exactly_the_old_state() {
    let (store, mut session, mut ws) = saved_demo();
    let old = ws.clone();
    let before = everything(&store);
    let id = goal_with_children_and_measures(&ws);
    ws.delete_goal(id, ChildGoals::KeepUnaligned, later())
        .unwrap();
    ws.name = "Renamed in the same save".into();
    let writes = prepared(&mut session, &mut ws, later()).writes.len();
    assert!(writes >= 4, "a commit of several writes ({writes})");

    for n in 0..writes {
        store.fail_next_commit_after(Some(n));
        let failed = block_on(session.save(&store, &mut ws, later()));
        assert!(
            matches!(failed, Err(SaveError::Store(StoreError::Other(_)))),
            "after {n} writes: {failed:?}"
        );
        assert_eq!(everything(&store), before, "after {n} writes");
        assert!(session.has_pending());
        assert_same_workspace(
            &opened_workspace(&store),
            &old,
            &format!("after {n} writes"),
        );
    }

    assert_eq!(block_on(session.save(&store, &mut ws, later())), Ok(writes));
    assert!(!session.has_pending());
    let opened = opened_workspace(&store);
    assert!(opened.goal(id).is_none());
    assert_same_workspace(&opened, &ws, "reopened");
}

// ---- a newer schema ----

#[test]
fn a_store_saved_by_a_newer_schema_is_opened_for_nothing_and_never_written() {
    let (store, _, ws) = saved_demo();
    let mut meta = block_on(store.read_meta()).unwrap().unwrap();
    let revision = meta.revision;
    meta.schema_version = CURRENT_SCHEMA_VERSION + 1;
    meta.revision += 1;
    block_on(store.commit(&Commit {
        writes: Vec::new(),
        meta,
        expected_meta_revision: Some(revision),
        replace_all: false,
    }))
    .unwrap();
    let before = everything(&store);

    let mut session = Session::new(APP);
    match block_on(session.open(&store, later())) {
        Opened::NewerVersion { found } => assert_eq!(found, CURRENT_SCHEMA_VERSION + 1),
        other => panic!("expected NewerVersion, got {other:?}"),
    }
    assert!(session.blocked_reason().is_some());

    let mut ws = ws;
    ws.name = "Would overwrite newer data".into();
    let refused = block_on(session.save(&store, &mut ws, later()));
    assert!(matches!(refused, Err(SaveError::Blocked(_))), "{refused:?}");
    assert_eq!(everything(&store), before);
}

// ---- values JSON cannot hold ----

#[test]
fn a_weight_that_is_not_a_number_is_refused_and_nothing_is_written() {
    for bad in [f64::NAN, f64::INFINITY] {
        let (store, mut session, mut ws) = saved_demo();
        let before = everything(&store);
        let id = ws.measures[0].id;
        ws.name = "Saved with the bad weight, or not at all".into();
        ws.measures.get_mut(id).unwrap().weight = bad;
        let refused = block_on(session.save(&store, &mut ws, later()));
        assert!(
            matches!(refused, Err(SaveError::NotSavable(_))),
            "{bad}: {refused:?}"
        );
        assert_eq!(everything(&store), before, "{bad}: not even the name");
        assert!(session.has_pending());
    }
}

// ---- moving from localStorage ----

fn v1_fixture() -> String {
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/workspace-v1.json");
    std::fs::read_to_string(path).unwrap()
}

/// What the old repository opens from `text` under the workspace key.
fn loaded_by_repository(text: &str) -> Workspace {
    let kv = MemoryStore::new();
    kv.set(WORKSPACE_KEY, text).unwrap();
    match scorecard_core::storage::Repository::new(kv, APP).load() {
        scorecard_core::storage::LoadOutcome::Loaded(ws) => ws,
        other => panic!("did not load: {other:?}"),
    }
}

fn assert_moved(text: &str, previous: Option<&str>, expected: &Workspace) {
    let kv = MemoryStore::new();
    kv.set(WORKSPACE_KEY, text).unwrap();
    if let Some(p) = previous {
        kv.set(PREVIOUS_KEY, p).unwrap();
    }
    let store = MemoryRecordStore::new();
    let mut session = Session::new(APP);
    let mut ws = match block_on(session.move_from(&kv, &store, now())) {
        Moved::Moved { workspace, note } => {
            assert_same_workspace(&workspace, expected, "moved");
            assert_eq!(note, None);
            workspace
        }
        other => panic!("expected Moved, got {other:?}"),
    };
    assert_same_workspace(&opened_workspace(&store), expected, "reopened");
    assert_eq!(kv.get(WORKSPACE_KEY).unwrap(), None);
    assert_eq!(kv.get(PREVIOUS_KEY).unwrap(), None);
    assert!(!session.has_pending());
    // The moving tab goes on saving edits from there.
    ws.name = "After the move".into();
    assert_eq!(block_on(session.save(&store, &mut ws, later())), Ok(1));
    assert_same_workspace(&opened_workspace(&store), &ws, "reopened");
}

#[test]
fn the_v1_golden_fixture_moves_from_local_storage_into_the_record_store() {
    let text = v1_fixture();
    let expected = loaded_by_repository(&text);
    assert!(!expected.goals.is_empty());
    assert_moved(&text, None, &expected);
}

#[test]
fn a_current_envelope_and_its_spare_copy_move_and_both_keys_are_removed() {
    let ws = demo::partnership(now());
    let text = encode(&ws, 7, APP, now());
    let previous = encode(&Workspace::empty("Older"), 6, APP, now());
    assert_moved(&text, Some(&previous), &ws);
}

#[test]
fn a_move_that_does_not_fit_leaves_local_storage_as_it_was() {
    let text = v1_fixture();
    let previous = encode(&Workspace::empty("Older"), 1, APP, now());
    let kv = MemoryStore::new();
    kv.set(WORKSPACE_KEY, &text).unwrap();
    kv.set(PREVIOUS_KEY, &previous).unwrap();
    let store = MemoryRecordStore::new();
    store.set_quota(Some(200));
    let mut session = Session::new(APP);
    match block_on(session.move_from(&kv, &store, now())) {
        Moved::Failed { workspace, reason } => {
            let workspace = workspace.unwrap_or_else(|| panic!("no workspace: {reason}"));
            assert_same_workspace(&workspace, &loaded_by_repository(&text), &reason);
        }
        other => panic!("expected Failed, got {other:?}"),
    }
    assert_eq!(kv.get(WORKSPACE_KEY).unwrap(), Some(text));
    assert_eq!(kv.get(PREVIOUS_KEY).unwrap(), Some(previous));
    assert_eq!(block_on(store.read_meta()).unwrap(), None);
    assert_eq!(store.bytes(), 0);
}

#[test]
fn damaged_text_in_local_storage_is_kept_aside_not_lost() {
    let damaged = "{\"format\":\"scorecard-workspace\",\"schema_vers".to_string();
    let kv = MemoryStore::new();
    kv.set(WORKSPACE_KEY, &damaged).unwrap();
    let store = MemoryRecordStore::new();
    let mut session = Session::new(APP);
    match block_on(session.move_from(&kv, &store, now())) {
        Moved::Failed { workspace, .. } => assert!(workspace.is_none()),
        other => panic!("expected Failed, got {other:?}"),
    }
    assert_eq!(kv.get(QUARANTINE_KEY).unwrap(), Some(damaged));
    assert_eq!(block_on(store.read_meta()).unwrap(), None);
}

#[test]
fn damaged_text_with_a_good_spare_copy_moves_the_spare_and_keeps_the_damaged_text() {
    let damaged = "{\"format\":\"scorecard-workspace\",\"schema_vers".to_string();
    let ws = demo::partnership(now());
    let kv = MemoryStore::new();
    kv.set(WORKSPACE_KEY, &damaged).unwrap();
    kv.set(PREVIOUS_KEY, &encode(&ws, 3, APP, now())).unwrap();
    let store = MemoryRecordStore::new();
    let mut session = Session::new(APP);
    match block_on(session.move_from(&kv, &store, now())) {
        Moved::Moved { workspace, note } => {
            assert_same_workspace(&workspace, &ws, "moved");
            assert!(note.is_some());
        }
        other => panic!("expected Moved, got {other:?}"),
    }
    assert_same_workspace(&opened_workspace(&store), &ws, "reopened");
    assert_eq!(kv.get(QUARANTINE_KEY).unwrap(), Some(damaged));
    assert_eq!(kv.get(WORKSPACE_KEY).unwrap(), None);
    assert_eq!(kv.get(PREVIOUS_KEY).unwrap(), None);
}

#[test]
fn a_workspace_saved_by_a_newer_version_stays_in_local_storage() {
    let mut envelope: serde_json::Value =
        serde_json::from_str(&encode(&demo::partnership(now()), 4, APP, now())).unwrap();
    envelope["schema_version"] = (CURRENT_SCHEMA_VERSION + 1).into();
    let text = envelope.to_string();
    let kv = MemoryStore::new();
    kv.set(WORKSPACE_KEY, &text).unwrap();
    let store = MemoryRecordStore::new();
    let mut session = Session::new(APP);
    match block_on(session.move_from(&kv, &store, now())) {
        Moved::NewerVersion(found) => assert_eq!(found, CURRENT_SCHEMA_VERSION + 1),
        other => panic!("expected NewerVersion, got {other:?}"),
    }
    assert_eq!(kv.get(WORKSPACE_KEY).unwrap(), Some(text));
    assert_eq!(block_on(store.read_meta()).unwrap(), None);
}

#[test]
fn an_empty_local_storage_has_nothing_to_move() {
    let store = MemoryRecordStore::new();
    let mut session = Session::new(APP);
    assert!(matches!(
        block_on(session.move_from(MemoryStore::new(), &store, now())),
        Moved::Nothing
    ));
    assert_eq!(block_on(store.read_meta()).unwrap(), None);
}

// ---- snapshots ----

#[test]
fn only_the_newest_snapshots_are_kept_and_one_is_due_daily() {
    let (store, mut session, _) = saved_demo();
    assert!(session.snapshot_due(now()), "none taken yet");
    let at = |i: i64| now() + Duration::hours(i);
    for i in 0..7 {
        block_on(session.snapshot(&store, format!("backup {i}"), "Daily", at(i))).unwrap();
    }
    let kept = block_on(store.snapshots()).unwrap();
    assert_eq!(kept.len(), SNAPSHOTS_KEPT);
    assert_eq!(
        kept.iter().map(|s| s.text.as_str()).collect::<Vec<_>>(),
        ["backup 2", "backup 3", "backup 4", "backup 5", "backup 6"]
    );
    assert_eq!(
        kept.iter().map(|s| s.taken_at).collect::<Vec<_>>(),
        (2..7).map(at).collect::<Vec<_>>()
    );

    let last = at(6);
    assert!(!session.snapshot_due(last + Duration::minutes(1)));
    assert!(!session.snapshot_due(last + Duration::hours(23)));
    assert!(session.snapshot_due(last + Duration::days(1)));

    // A tab opened later learns when from the snapshots' keys, with no save in between.
    let (other, _) = open(&store);
    assert!(!other.snapshot_due(last + Duration::minutes(1)));
    assert!(other.snapshot_due(last + Duration::days(1)));
}

#[test]
fn an_untouched_first_visit_has_nothing_pending_and_its_first_edit_writes_it_whole() {
    let store = MemoryRecordStore::new();
    let mut session = Session::new("test");
    let mut ws = demo::partnership(now());
    session.start_fresh(&mut ws);
    session.collect(&mut ws);
    assert!(!session.has_pending(), "the untouched demo is not a change");
    assert_eq!(block_on(session.save(&store, &mut ws, later())), Ok(0));
    assert!(
        block_on(store.read_meta()).unwrap().is_none(),
        "nothing written"
    );

    let id = leaf_goal(&ws);
    ws.save_goal(renamed_goal(&ws, id, "First edit"), later())
        .unwrap();
    let c = prepared(&mut session, &mut ws, later());
    assert!(c.replace_all, "the first save writes the whole workspace");
    commit(&store, &mut session, &c, &ws);
    assert_same_workspace(&opened_workspace(&store), &ws, "reopened");
}
