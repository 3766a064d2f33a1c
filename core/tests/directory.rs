//! The organisation, team and people lists (`Workspace::people_rows` and friends): the counts
//! agree with what points at each record, the order is by organisation then name, and a large
//! workspace is listed in one pass.

mod common;

use common::*;
use scorecard_core::directory::{OrganisationRow, PersonRow, TeamRow};
use scorecard_core::{demo, GoalLevel, Id, OrgKind, Person, Stamps, Team, Workspace};

fn team(org: Id, name: &str) -> Team {
    Team {
        id: new_id(),
        name: name.into(),
        description: String::new(),
        organisation_id: org,
        stamps: Stamps::new(now()),
    }
}

fn person(org: Id, name: &str, team: Option<Id>, manager: Option<Id>) -> Person {
    Person {
        id: new_id(),
        name: name.into(),
        job_title: format!("{name}'s job"),
        job_description: String::new(),
        organisation_id: org,
        team_id: team,
        line_manager_id: manager,
        appointment: Default::default(),
        stamps: Stamps::new(now()),
    }
}

#[test]
fn on_the_demo_every_count_agrees_with_what_points_at_the_record() {
    let ws = demo::partnership(now());

    let people = ws.people_rows();
    assert_eq!(people.len(), ws.people.len());
    for row in &people {
        let d = ws.person_dependents(row.id);
        assert_eq!(row.goals_owned, d.goals.len(), "{}", row.name);
    }
    assert!(people.iter().any(|r| r.goals_owned > 0));

    let teams = ws.team_rows();
    assert_eq!(teams.len(), ws.teams.len());
    for row in &teams {
        let d = ws.team_dependents(row.id);
        assert_eq!(
            (row.members, row.goals),
            (d.people.len(), d.goals.len()),
            "{}",
            row.name
        );
    }

    let orgs = ws.organisation_rows();
    assert_eq!(orgs.len(), 3);
    for row in &orgs {
        let d = ws.organisation_dependents(row.id);
        assert_eq!(
            (row.teams, row.people, row.goals_owned, row.goals_shared),
            (
                d.teams.len(),
                d.people.len(),
                d.goals.len(),
                d.shared_goals.len()
            ),
            "{}",
            row.name
        );
    }
    assert!(
        orgs.iter().any(|r| r.goals_shared > 0),
        "the demo shares goals"
    );
}

#[test]
fn on_the_demo_people_show_their_team_and_manager_by_organisation_then_name() {
    let ws = demo::partnership(now());
    let people = ws.people_rows();
    let priya = people.iter().find(|r| r.name == "Priya Nair").unwrap();
    assert_eq!(priya.organisation, "NHFT");
    assert_eq!(priya.team, "Emergency department");
    assert_eq!(priya.line_manager, "James Whitfield");
    let coo = people.iter().find(|r| r.name == "Dr Amara Okafor").unwrap();
    assert_eq!((coo.team.as_str(), coo.line_manager.as_str()), ("", ""));

    let keys: Vec<(String, String)> = people
        .iter()
        .map(|r| (r.organisation.clone(), r.name.to_lowercase()))
        .collect();
    assert!(keys.windows(2).all(|w| w[0] <= w[1]), "{keys:?}");

    let ed = ws
        .team_rows()
        .into_iter()
        .find(|t| t.name == "Emergency department")
        .unwrap();
    assert_eq!(ed.organisation, "NHFT");
    assert_eq!(ed.members, 2, "James Whitfield and Priya Nair");
}

#[test]
fn a_hand_made_workspace_is_listed_exactly() {
    let mut c = chain();
    let ws = &mut c.ws;
    let mut council = org("Wexdale Council");
    council.short_name = "WC".into();
    council.kind = OrgKind::LocalAuthority;
    let council_id = council.id;
    ws.save_organisation(council, now()).unwrap();
    let ward = team(c.org, "Ward 7");
    let ward_id = ward.id;
    ws.save_team(ward, now()).unwrap();
    let empty_team = team(council_id, "Adult care");
    let empty_team_id = empty_team.id;
    ws.save_team(empty_team, now()).unwrap();
    let boss = person(c.org, "zoe Boss", None, None);
    let boss_id = boss.id;
    ws.save_person(boss, now()).unwrap();
    let nurse = person(c.org, "Adam Nurse", Some(ward_id), Some(boss_id));
    let nurse_id = nurse.id;
    ws.save_person(nurse, now()).unwrap();
    let officer = person(council_id, "Bea Officer", None, None);
    ws.save_person(officer.clone(), now()).unwrap();
    // The nurse owns two goals; the team holds one; one goal is shared with the council,
    // naming it twice.
    for (id, owner, team) in [
        (c.team, Some(nurse_id), Some(ward_id)),
        (c.individual, Some(nurse_id), None),
    ] {
        let mut g = ws.goal(id).unwrap().clone();
        g.owner_id = owner;
        g.team_id = team;
        ws.goals.upsert(g);
    }
    let mut shared = ws.goal(c.strategic).unwrap().clone();
    shared.shared_with = vec![council_id, council_id];
    ws.goals.upsert(shared);

    assert_eq!(
        ws.people_rows(),
        vec![
            PersonRow {
                id: nurse_id,
                name: "Adam Nurse".into(),
                job_title: "Adam Nurse's job".into(),
                organisation: "Test Trust".into(),
                team: "Ward 7".into(),
                line_manager: "zoe Boss".into(),
                goals_owned: 2,
            },
            PersonRow {
                id: boss_id,
                name: "zoe Boss".into(),
                job_title: "zoe Boss's job".into(),
                organisation: "Test Trust".into(),
                team: String::new(),
                line_manager: String::new(),
                goals_owned: 0,
            },
            PersonRow {
                id: officer.id,
                name: "Bea Officer".into(),
                job_title: "Bea Officer's job".into(),
                organisation: "WC".into(),
                team: String::new(),
                line_manager: String::new(),
                goals_owned: 0,
            },
        ],
        "by organisation's short name, then name ignoring case"
    );
    assert_eq!(
        ws.team_rows(),
        vec![
            TeamRow {
                id: ward_id,
                name: "Ward 7".into(),
                organisation: "Test Trust".into(),
                members: 1,
                goals: 1,
            },
            TeamRow {
                id: empty_team_id,
                name: "Adult care".into(),
                organisation: "WC".into(),
                members: 0,
                goals: 0,
            },
        ]
    );
    assert_eq!(
        ws.organisation_rows(),
        vec![
            OrganisationRow {
                id: c.org,
                name: "Test Trust".into(),
                kind: OrgKind::NhsTrust,
                teams: 1,
                people: 2,
                goals_owned: 3,
                goals_shared: 0,
            },
            OrganisationRow {
                id: council_id,
                name: "Wexdale Council".into(),
                kind: OrgKind::LocalAuthority,
                teams: 1,
                people: 1,
                goals_owned: 0,
                goals_shared: 1,
            },
        ]
    );
    assert_eq!(ws.organisation_short(new_id()), "Unknown organisation");
}

#[test]
fn an_empty_workspace_lists_nothing() {
    let ws = Workspace::empty("Empty");
    assert!(ws.people_rows().is_empty());
    assert!(ws.team_rows().is_empty());
    assert!(ws.organisation_rows().is_empty());
}

/// 5,000 people and 5,000 goals: every count is right when each list counts what points at a
/// record once for the whole workspace (a look-up of dependents per row would take
/// 5,000 × 10,000 steps for the people alone).
#[test]
fn thousands_of_people_are_listed_in_one_pass() {
    const ORGS: usize = 10;
    const TEAMS: usize = 200;
    const PEOPLE: usize = 5_000;
    const GOALS: usize = 5_000;
    let mut ws = Workspace::empty("Large");
    let orgs: Vec<Id> = (0..ORGS)
        .map(|i| {
            let o = org(&format!("Organisation {i:02}"));
            let id = o.id;
            ws.organisations.upsert(o);
            id
        })
        .collect();
    let teams: Vec<Id> = (0..TEAMS)
        .map(|i| {
            let t = team(orgs[i % ORGS], &format!("Team {i:03}"));
            let id = t.id;
            ws.teams.upsert(t);
            id
        })
        .collect();
    let mut people: Vec<Id> = Vec::with_capacity(PEOPLE);
    for i in 0..PEOPLE {
        // Person i manages persons 2i+1 and 2i+2; team i % TEAMS belongs to org i % ORGS.
        let manager = (i > 0).then(|| people[(i - 1) / 2]);
        let p = person(
            orgs[i % ORGS],
            &format!("Person {i:04}"),
            Some(teams[i % TEAMS]),
            manager,
        );
        people.push(p.id);
        ws.people.upsert(p);
    }
    for i in 0..GOALS {
        let mut g = goal(
            orgs[i % ORGS],
            GoalLevel::Individual,
            None,
            &format!("Goal {i}"),
        );
        // Goal i is owned by person i % 1,000 and held by team i % 100.
        g.owner_id = Some(people[i % 1_000]);
        g.team_id = Some(teams[i % 100]);
        g.shared_with = vec![orgs[(i + 1) % ORGS]];
        ws.goals.upsert(g);
    }

    let rows = ws.people_rows();
    let team_rows = ws.team_rows();
    let org_rows = ws.organisation_rows();

    assert_eq!(rows.len(), PEOPLE);
    let owners = rows.iter().filter(|r| r.goals_owned > 0).count();
    assert_eq!(owners, 1_000);
    assert!(rows
        .iter()
        .filter(|r| r.goals_owned > 0)
        .all(|r| r.goals_owned == 5));
    assert_eq!(rows.iter().map(|r| r.goals_owned).sum::<usize>(), GOALS);
    assert_eq!(rows.iter().filter(|r| r.line_manager.is_empty()).count(), 1);
    let person_7 = rows.iter().find(|r| r.name == "Person 0007").unwrap();
    assert_eq!(person_7.line_manager, "Person 0003");
    assert_eq!(person_7.team, "Team 007");

    assert_eq!(team_rows.len(), TEAMS);
    assert!(team_rows.iter().all(|t| t.members == PEOPLE / TEAMS));
    assert_eq!(
        team_rows.iter().filter(|t| t.goals == GOALS / 100).count(),
        100
    );
    assert_eq!(team_rows.iter().map(|t| t.goals).sum::<usize>(), GOALS);

    assert_eq!(org_rows.len(), ORGS);
    for o in &org_rows {
        assert_eq!(
            (o.teams, o.people, o.goals_owned, o.goals_shared),
            (TEAMS / ORGS, PEOPLE / ORGS, GOALS / ORGS, GOALS / ORGS),
            "{}",
            o.name
        );
    }
}

#[test]
fn lists_to_choose_from_follow_the_lists_order() {
    let ws = demo::partnership(now());
    let chosen: Vec<&str> = ws
        .people_by_organisation()
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    let listed: Vec<String> = ws.people_rows().into_iter().map(|r| r.name).collect();
    assert_eq!(chosen, listed);
    let teams: Vec<&str> = ws
        .teams_by_organisation()
        .iter()
        .map(|t| t.name.as_str())
        .collect();
    let listed: Vec<String> = ws.team_rows().into_iter().map(|r| r.name).collect();
    assert_eq!(teams, listed);
}
