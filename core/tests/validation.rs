mod common;

use common::*;
use scorecard_core::model::{Person, Stamps, Team};
use scorecard_core::validation::MAX_TITLE;
use scorecard_core::workspace::DeleteError;
use scorecard_core::GoalLevel;

#[test]
fn a_goal_needs_a_title() {
    let c = chain();
    let g = goal(c.org, GoalLevel::Strategic, None, "   ");
    assert_eq!(
        c.ws.validate_goal(&g).for_field("title"),
        Some("Enter a title")
    );
}

#[test]
fn a_goal_title_has_a_length_limit_counted_in_characters() {
    let c = chain();
    let ok = goal(c.org, GoalLevel::Strategic, None, &"é".repeat(MAX_TITLE));
    assert!(c.ws.validate_goal(&ok).is_empty());
    let long = goal(
        c.org,
        GoalLevel::Strategic,
        None,
        &"é".repeat(MAX_TITLE + 1),
    );
    assert_eq!(
        c.ws.validate_goal(&long).for_field("title"),
        Some("Title must be 150 characters or fewer (it has 151)")
    );
}

#[test]
fn invalid_goals_change_nothing() {
    let mut c = chain();
    let before = c.ws.clone();
    let mut g = goal(c.org, GoalLevel::Team, Some(c.strategic), "");
    g.organisation_id = new_id();
    g.owner_id = Some(new_id());
    g.start_date = chrono::NaiveDate::from_ymd_opt(2026, 4, 1);
    g.due_date = chrono::NaiveDate::from_ymd_opt(2026, 3, 31);
    let errors = c.ws.save_goal(g, later()).unwrap_err();
    let fields: Vec<_> = errors.0.iter().map(|e| e.field).collect();
    assert_eq!(fields, vec!["title", "organisation", "owner", "due_date"]);
    assert_eq!(
        errors.for_field("due_date"),
        Some("The due date must be on or after the start date")
    );
    assert_eq!(c.ws, before);
}

#[test]
fn a_goal_cannot_be_shared_with_its_own_organisation() {
    let c = chain();
    let mut g = goal(c.org, GoalLevel::Strategic, None, "Shared");
    g.shared_with = vec![c.org];
    assert_eq!(
        c.ws.validate_goal(&g).for_field("shared_with"),
        Some("The owning organisation cannot also be a partner it shares with")
    );
}

#[test]
fn saving_keeps_created_at_and_stamps_updated_at() {
    let mut c = chain();
    let mut g = c.ws.goal(c.team).unwrap().clone();
    g.title = "  Renamed  ".into();
    c.ws.save_goal(g, later()).unwrap();
    let saved = c.ws.goal(c.team).unwrap();
    assert_eq!(saved.title, "Renamed");
    assert_eq!(saved.stamps.created_at, now());
    assert_eq!(saved.stamps.updated_at, later());
}

#[test]
fn organisation_names_are_required_and_unique() {
    let mut c = chain();
    let blank = org(" ");
    assert_eq!(
        c.ws.validate_organisation(&blank).for_field("name"),
        Some("Enter the organisation's name")
    );
    let twin = org("test trust");
    assert_eq!(
        c.ws.save_organisation(twin, now())
            .unwrap_err()
            .for_field("name"),
        Some("An organisation with this name already exists")
    );
}

#[test]
fn an_organisation_that_owns_records_cannot_be_deleted() {
    let mut c = chain();
    let before = c.ws.clone();
    let err = c.ws.delete_organisation(c.org, later()).unwrap_err();
    assert_eq!(
        err,
        DeleteError::InUse(
            "This organisation still has 0 teams, 0 people and 3 goals. Move or delete them first."
                .into()
        )
    );
    assert_eq!(c.ws, before);
}

#[test]
fn deleting_a_partner_stops_sharing_with_it() {
    let mut c = chain();
    let partner = org("Council");
    let partner_id = partner.id;
    c.ws.save_organisation(partner, now()).unwrap();
    let mut g = c.ws.goal(c.strategic).unwrap().clone();
    g.shared_with = vec![partner_id];
    c.ws.save_goal(g, now()).unwrap();
    c.ws.delete_organisation(partner_id, later()).unwrap();
    assert!(c.ws.goal(c.strategic).unwrap().shared_with.is_empty());
}

fn team(org: scorecard_core::Id, name: &str) -> Team {
    Team {
        id: new_id(),
        name: name.into(),
        description: String::new(),
        organisation_id: org,
        stamps: Stamps::new(now()),
    }
}

fn person(org: scorecard_core::Id, name: &str) -> Person {
    Person {
        id: new_id(),
        name: name.into(),
        job_title: String::new(),
        job_description: String::new(),
        organisation_id: org,
        team_id: None,
        line_manager_id: None,
        appointment: Default::default(),
        stamps: Stamps::new(now()),
    }
}

#[test]
fn deleting_a_team_keeps_its_people_and_goals() {
    let mut c = chain();
    let t = team(c.org, "ED");
    let t_id = t.id;
    c.ws.save_team(t, now()).unwrap();
    let mut p = person(c.org, "Priya");
    p.team_id = Some(t_id);
    let p_id = p.id;
    c.ws.save_person(p, now()).unwrap();
    let mut g = c.ws.goal(c.team).unwrap().clone();
    g.team_id = Some(t_id);
    c.ws.save_goal(g, now()).unwrap();

    let deps = c.ws.team_dependents(t_id);
    assert_eq!((deps.people.len(), deps.goals.len()), (1, 1));
    c.ws.delete_team(t_id, later()).unwrap();
    assert_eq!(c.ws.person(p_id).unwrap().team_id, None);
    assert_eq!(c.ws.goal(c.team).unwrap().team_id, None);
}

#[test]
fn a_team_must_be_in_the_persons_organisation() {
    let mut c = chain();
    let other = org("Other");
    let other_id = other.id;
    c.ws.save_organisation(other, now()).unwrap();
    let t = team(other_id, "Elsewhere");
    let t_id = t.id;
    c.ws.save_team(t, now()).unwrap();
    let mut p = person(c.org, "Sam");
    p.team_id = Some(t_id);
    assert_eq!(
        c.ws.validate_person(&p).for_field("team"),
        Some("Choose a team in the person's own organisation")
    );
}

#[test]
fn line_management_cannot_loop() {
    let mut c = chain();
    let boss = person(c.org, "Boss");
    let boss_id = boss.id;
    c.ws.save_person(boss, now()).unwrap();
    let mut report = person(c.org, "Report");
    report.line_manager_id = Some(boss_id);
    let report_id = report.id;
    c.ws.save_person(report, now()).unwrap();

    let mut boss = c.ws.person(boss_id).unwrap().clone();
    boss.line_manager_id = Some(report_id);
    assert_eq!(
        c.ws.validate_person(&boss).for_field("line_manager"),
        Some("This would make a loop: that person already reports to this one")
    );
    boss.line_manager_id = Some(boss_id);
    assert_eq!(
        c.ws.validate_person(&boss).for_field("line_manager"),
        Some("A person cannot be their own line manager")
    );
}

#[test]
fn deleting_a_person_keeps_their_goals_without_an_owner() {
    let mut c = chain();
    let p = person(c.org, "Owner");
    let p_id = p.id;
    c.ws.save_person(p, now()).unwrap();
    let mut g = c.ws.goal(c.team).unwrap().clone();
    g.owner_id = Some(p_id);
    c.ws.save_goal(g, now()).unwrap();
    assert_eq!(c.ws.person_dependents(p_id).goals, vec![c.team]);
    c.ws.delete_person(p_id, later()).unwrap();
    assert_eq!(c.ws.goal(c.team).unwrap().owner_id, None);
}

#[test]
fn person_text_limits_are_checked() {
    let c = chain();
    let mut p = person(c.org, &"x".repeat(121));
    p.job_title = "y".repeat(121);
    let errors = c.ws.validate_person(&p);
    assert_eq!(
        errors.for_field("name"),
        Some("Person's name must be 120 characters or fewer (it has 121)")
    );
    assert_eq!(
        errors.for_field("job_title"),
        Some("Job title must be 120 characters or fewer (it has 121)")
    );
}
