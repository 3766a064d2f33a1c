#![allow(dead_code)]
//! Builders shared by the integration tests.

use chrono::{TimeZone, Utc};
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
