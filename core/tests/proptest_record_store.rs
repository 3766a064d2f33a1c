//! Property tests of saving record by record: any sequence of everyday edits, each saved as it is
//! made, opens in a fresh tab exactly as it is in memory; and a transaction interrupted at any
//! write of any step leaves the store as it was before that step, never a mix.

mod common;

use std::sync::OnceLock;

use chrono::{Duration, NaiveDate};
use proptest::prelude::*;
use proptest::sample::Index;

use common::{assert_same_workspace, block_on, goal, now};
use scorecard_core::analysis::Period;
use scorecard_core::demo;
use scorecard_core::storage::{
    Commit, MemoryRecordStore, Opened, RawRecord, RecordStore, SaveError, Session, Shelf,
    StoredMeta,
};
use scorecard_core::workspace::ChildGoals;
use scorecard_core::{GoalLevel, Id, Person, Stamps, Timestamp, Workspace};

const APP: &str = "test";

/// One edit, with the records it works on picked by index from what is there at the time.
#[derive(Debug, Clone)]
enum Edit {
    RenameGoal {
        goal: Index,
        title: String,
    },
    AddGoal {
        under: Index,
        id: u128,
        title: String,
    },
    DeleteGoal {
        goal: Index,
        keep_children: bool,
    },
    EnterActual {
        measure: Index,
        month: u32,
        value: f64,
    },
    AddPerson {
        organisation: Index,
        id: u128,
        name: String,
    },
    DeletePerson {
        person: Index,
    },
    RenameWorkspace {
        name: String,
    },
}

fn name() -> impl Strategy<Value = String> {
    (
        prop::sample::select(vec!["Plan", "Ünïcödé “curly”", "A & B <b>", "👩‍⚕️ care", "x"]),
        0u32..1000,
    )
        .prop_map(|(word, n)| format!("{word} {n}"))
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<Index>(), name()).prop_map(|(goal, title)| Edit::RenameGoal { goal, title }),
        (any::<Index>(), any::<u128>(), name()).prop_map(|(under, id, title)| Edit::AddGoal {
            under,
            id,
            title
        }),
        (any::<Index>(), any::<bool>()).prop_map(|(goal, keep_children)| Edit::DeleteGoal {
            goal,
            keep_children
        }),
        (any::<Index>(), 0u32..36, -4000i32..4000).prop_map(|(measure, month, v)| {
            Edit::EnterActual {
                measure,
                month,
                value: f64::from(v) / 4.0,
            }
        }),
        (any::<Index>(), any::<u128>(), name()).prop_map(|(organisation, id, name)| {
            Edit::AddPerson {
                organisation,
                id,
                name,
            }
        }),
        any::<Index>().prop_map(|person| Edit::DeletePerson { person }),
        name().prop_map(|name| Edit::RenameWorkspace { name }),
    ]
}

fn pick<T>(list: &[T], at: &Index) -> Option<usize> {
    (!list.is_empty()).then(|| at.index(list.len()))
}

/// Makes `edit` as the app would. An edit with nothing to work on changes nothing.
fn apply(ws: &mut Workspace, edit: &Edit, at: Timestamp) {
    match edit {
        Edit::RenameGoal { goal, title } => {
            if let Some(i) = pick(&ws.goals, goal) {
                let mut g = ws.goals[i].clone();
                g.title = title.clone();
                ws.save_goal(g, at).unwrap();
            }
        }
        Edit::AddGoal { under, id, title } => {
            let strategic: Vec<_> = ws
                .goals
                .iter()
                .filter(|g| g.level == GoalLevel::Strategic)
                .map(|g| (g.id, g.organisation_id))
                .collect();
            if let Some(i) = pick(&strategic, under) {
                let (parent, org) = strategic[i];
                let mut g = goal(org, GoalLevel::Team, Some(parent), title);
                g.id = Id::from_u128(*id);
                g.stamps = Stamps::new(at);
                ws.save_goal(g, at).unwrap();
            }
        }
        Edit::DeleteGoal {
            goal,
            keep_children,
        } => {
            if let Some(i) = pick(&ws.goals, goal) {
                let children = if *keep_children {
                    ChildGoals::KeepUnaligned
                } else {
                    ChildGoals::DeleteThem
                };
                ws.delete_goal(ws.goals[i].id, children, at).unwrap();
            }
        }
        Edit::EnterActual {
            measure,
            month,
            value,
        } => {
            if let Some(i) = pick(&ws.measures, measure) {
                let m = &ws.measures[i];
                let date = NaiveDate::from_ymd_opt(2025 + (*month / 12) as i32, 1 + month % 12, 1)
                    .unwrap();
                let period = Period::containing(m.frequency, date);
                ws.record_actual(m.id, period, *value, "entered", "Tester", at)
                    .unwrap();
            }
        }
        Edit::AddPerson {
            organisation,
            id,
            name,
        } => {
            if let Some(i) = pick(&ws.organisations, organisation) {
                let person = Person {
                    id: Id::from_u128(*id),
                    name: name.clone(),
                    job_title: String::new(),
                    job_description: String::new(),
                    organisation_id: ws.organisations[i].id,
                    team_id: None,
                    line_manager_id: None,
                    appointment: Default::default(),
                    stamps: Stamps::new(at),
                };
                ws.save_person(person, at).unwrap();
            }
        }
        Edit::DeletePerson { person } => {
            if let Some(i) = pick(&ws.people, person) {
                ws.delete_person(ws.people[i].id, at).unwrap();
            }
        }
        Edit::RenameWorkspace { name } => ws.name = name.clone(),
    }
}

type Everything = (Option<StoredMeta>, Vec<(Shelf, Vec<RawRecord>)>);

fn everything(store: &MemoryRecordStore) -> Everything {
    block_on(store.read_all()).unwrap()
}

/// What a fresh tab opens.
fn opened(store: &MemoryRecordStore) -> Workspace {
    match block_on(Session::new(APP).open(store, now())) {
        Opened::Loaded { workspace, damaged } => {
            assert!(damaged.is_empty(), "unexpected damage: {damaged:?}");
            workspace
        }
        other => panic!("expected Loaded, got {other:?}"),
    }
}

/// The demo, saved into an empty store and opened by a tab. The first save's commit is made once
/// and written into each case's new store, to keep the cases fast.
fn saved_demo() -> (MemoryRecordStore, Session, Workspace) {
    static FIRST_SAVE: OnceLock<Commit> = OnceLock::new();
    let commit = FIRST_SAVE.get_or_init(|| {
        let mut ws = demo::partnership(now());
        let mut session = Session::new(APP);
        session.collect(&mut ws);
        session.prepare(&ws, now()).unwrap().unwrap()
    });
    let store = MemoryRecordStore::new();
    block_on(store.commit(commit)).unwrap();
    let mut session = Session::new(APP);
    match block_on(session.open(&store, now())) {
        Opened::Loaded { workspace, damaged } if damaged.is_empty() => {
            assert_same_workspace(&workspace, &demo::partnership(now()), "the demo saved");
            (store, session, workspace)
        }
        other => panic!("expected the demo, got {other:?}"),
    }
}

fn step_time(step: usize) -> Timestamp {
    now() + Duration::minutes(step as i64 + 1)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn edits_saved_as_they_are_made_open_exactly_as_they_are_in_memory(
        edits in prop::collection::vec(edit(), 1..=12),
    ) {
        let (store, mut session, mut ws) = saved_demo();
        for (step, e) in edits.iter().enumerate() {
            let at = step_time(step);
            apply(&mut ws, e, at);
            let saved = block_on(session.save(&store, &mut ws, at));
            prop_assert!(saved.is_ok(), "step {step} ({e:?}): {saved:?}");
            prop_assert!(!session.has_pending(), "step {step} ({e:?}) left changes unsaved");
            // Opening is the slow part: every third step and the last.
            if step % 3 == 2 || step + 1 == edits.len() {
                assert_same_workspace(&opened(&store), &ws, &format!("after step {step} ({e:?})"));
            }
        }
    }

    #[test]
    fn a_crash_at_any_write_of_any_step_leaves_the_step_before_and_a_retry_finishes_it(
        edits in prop::collection::vec(edit(), 1..=12),
        crash_step in any::<Index>(),
        crash_write in any::<Index>(),
    ) {
        let (store, mut session, mut ws) = saved_demo();
        let crash_step = crash_step.index(edits.len());
        for (step, e) in edits.iter().enumerate() {
            let at = step_time(step);
            let before = ws.clone();
            apply(&mut ws, e, at);
            if step == crash_step {
                session.collect(&mut ws);
                let commit = session.prepare(&ws, at).unwrap();
                if let Some(commit) = commit.filter(|c| !c.writes.is_empty()) {
                    let stored_before = everything(&store);
                    let n = crash_write.index(commit.writes.len());
                    store.fail_next_commit_after(Some(n));
                    let outcome = block_on(store.commit(&commit));
                    let finished = session.finish(outcome, &commit, &ws);
                    prop_assert!(
                        matches!(finished, Err(SaveError::Store(_))),
                        "step {step}, crash after {n} of {} writes: {finished:?}",
                        commit.writes.len()
                    );
                    prop_assert!(
                        everything(&store) == stored_before,
                        "step {step}: the store changed after a crash after {n} writes"
                    );
                    prop_assert!(session.has_pending());
                    assert_same_workspace(
                        &opened(&store),
                        &before,
                        &format!("after a crash at step {step} ({e:?}), write {n}"),
                    );
                }
            }
            let saved = block_on(session.save(&store, &mut ws, at));
            prop_assert!(saved.is_ok(), "step {step} ({e:?}): {saved:?}");
            prop_assert!(!session.has_pending());
        }
        assert_same_workspace(&opened(&store), &ws, "after every step");
    }
}
