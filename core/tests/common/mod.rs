#![allow(dead_code)]
//! Builders shared by the integration tests.

use chrono::{NaiveDate, TimeZone, Utc};
use scorecard_core::model::{ActionStatus, Person, Review, ReviewAction, ReviewSubject, Team};
use scorecard_core::{
    Goal, GoalLevel, Id, OrgKind, Organisation, Perspective, Stamps, Timestamp, Workspace,
};

pub fn now() -> Timestamp {
    Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap()
}

pub fn later() -> Timestamp {
    Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap()
}

pub fn new_id() -> Id {
    Id::new_v4()
}

/// The day `now()` falls on.
pub fn today() -> NaiveDate {
    now().date_naive()
}

/// A date, e.g. `d(2026, 11, 26)`.
pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

pub fn org(name: &str) -> Organisation {
    Organisation {
        id: new_id(),
        name: name.into(),
        short_name: String::new(),
        kind: OrgKind::NhsTrust,
        stamps: Stamps::new(now()),
    }
}

pub fn goal(org: Id, level: GoalLevel, parent: Option<Id>, title: &str) -> Goal {
    Goal {
        id: new_id(),
        title: title.into(),
        description: String::new(),
        level,
        perspective: Perspective::Customer,
        owner_id: None,
        team_id: None,
        organisation_id: org,
        shared_with: vec![],
        parent_id: parent,
        supports: Vec::new(),
        start_date: None,
        due_date: None,
        stamps: Stamps::new(now()),
    }
}

/// A workspace with one organisation and a strategic → team → individual chain.
pub struct Chain {
    pub ws: Workspace,
    pub org: Id,
    pub strategic: Id,
    pub team: Id,
    pub individual: Id,
}

pub fn chain() -> Chain {
    let mut ws = Workspace::empty("Test");
    let o = org("Test Trust");
    let org = o.id;
    ws.save_organisation(o, now()).unwrap();
    let s = goal(org, GoalLevel::Strategic, None, "Strategic");
    let t = goal(org, GoalLevel::Team, Some(s.id), "Team");
    let i = goal(org, GoalLevel::Individual, Some(t.id), "Individual");
    let (strategic, team, individual) = (s.id, t.id, i.id);
    ws.save_goal(s, now()).unwrap();
    ws.save_goal(t, now()).unwrap();
    ws.save_goal(i, now()).unwrap();
    Chain {
        ws,
        org,
        strategic,
        team,
        individual,
    }
}

/// A team of `org` with nothing described.
pub fn team(org: Id, name: &str) -> Team {
    Team {
        id: new_id(),
        name: name.into(),
        description: String::new(),
        organisation_id: org,
        stamps: Stamps::new(now()),
    }
}

/// A person of `org` with no job title, in `team` and line-managed by `manager` if given.
pub fn person(org: Id, name: &str, team: Option<Id>, manager: Option<Id>) -> Person {
    Person {
        id: new_id(),
        name: name.into(),
        job_title: String::new(),
        job_description: String::new(),
        organisation_id: org,
        team_id: team,
        line_manager_id: manager,
        appointment: Default::default(),
        stamps: Stamps::new(now()),
    }
}

/// A team with two people in it, saved in a workspace.
pub struct Ward {
    pub team: Id,
    /// The first person.
    pub manager: Id,
    /// The second person, line-managed by the first when the ward was made so.
    pub nurse: Id,
}

/// Saves a team called `team` in `org` and two people in it, `names[0]` then `names[1]`; the
/// second is line-managed by the first when `managed`.
pub fn add_ward(
    ws: &mut Workspace,
    org: Id,
    team_name: &str,
    names: [&str; 2],
    managed: bool,
) -> Ward {
    let t = team(org, team_name);
    let team_id = t.id;
    ws.save_team(t, now()).unwrap();
    let manager = person(org, names[0], Some(team_id), None);
    let manager_id = manager.id;
    ws.save_person(manager, now()).unwrap();
    let nurse = person(org, names[1], Some(team_id), managed.then_some(manager_id));
    let nurse_id = nurse.id;
    ws.save_person(nurse, now()).unwrap();
    Ward {
        team: team_id,
        manager: manager_id,
        nurse: nurse_id,
    }
}

/// A review of `subject` in `org` on `date` with nothing discussed, rated or agreed.
pub fn review(org: Id, subject: ReviewSubject, date: NaiveDate) -> Review {
    Review {
        id: new_id(),
        subject,
        organisation_id: org,
        date,
        participants: vec![],
        goals: vec![],
        measures: vec![],
        notes: String::new(),
        ratings: vec![],
        actions: vec![],
        next_review: None,
        stamps: Stamps::new(now()),
    }
}

/// An agreed action; one no longer open was closed `later()`.
pub fn action(
    text: &str,
    owner: Option<Id>,
    due: Option<NaiveDate>,
    status: ActionStatus,
) -> ReviewAction {
    ReviewAction {
        id: new_id(),
        description: text.into(),
        owner_id: owner,
        due,
        status,
        closed_at: (status != ActionStatus::Open).then(later),
    }
}

/// Runs a future of the in-memory record store, which never waits.
#[allow(unused_imports)] // each test binary uses what it needs
pub use scorecard_core::storage::block_on_ready as block_on;

/// Asserts two workspaces are equal, naming the first field (and record) that differs rather
/// than printing both whole.
#[track_caller]
pub fn assert_same_workspace(found: &Workspace, expected: &Workspace, context: &str) {
    use serde_json::Value;
    if found == expected {
        return;
    }
    let (Value::Object(f), Value::Object(e)) = (
        serde_json::to_value(found).unwrap(),
        serde_json::to_value(expected).unwrap(),
    ) else {
        unreachable!("a workspace is a JSON object")
    };
    for (field, ev) in &e {
        let fv = &f[field];
        if fv == ev {
            continue;
        }
        if let (Value::Array(a), Value::Array(b)) = (fv, ev) {
            let i = (0..a.len().max(b.len()))
                .find(|&i| a.get(i) != b.get(i))
                .unwrap_or(0);
            panic!(
                "{context}: `{field}` differs at {i} (found {} records, expected {}):\n  found:    {}\n  expected: {}",
                a.len(),
                b.len(),
                a.get(i).map_or("nothing".into(), Value::to_string),
                b.get(i).map_or("nothing".into(), Value::to_string),
            );
        }
        panic!("{context}: `{field}` differs:\n  found:    {fv}\n  expected: {ev}");
    }
    panic!("{context}: the workspaces differ in a way JSON does not show (a number that is not finite?)");
}
