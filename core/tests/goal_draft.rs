//! The goal form's draft: what a person types becomes a goal only when every check passes, and
//! each problem is reported under its own field.

mod common;

use common::*;
use scorecard_core::workspace::GoalDraft;
use scorecard_core::{demo, GoalLevel, Perspective, Stamps, Workspace};

fn field_names(errors: &scorecard_core::ValidationErrors) -> Vec<&'static str> {
    errors.0.iter().map(|e| e.field).collect()
}

#[test]
fn every_demo_goal_round_trips_through_its_draft() {
    let ws = demo::partnership(now());
    for goal in ws.goals.iter() {
        let back = GoalDraft::from(goal)
            .into_goal(&ws, goal.id, goal.stamps)
            .unwrap_or_else(|e| panic!("{}: {e:?}", goal.title));
        assert_eq!(&back, goal);
    }
}

#[test]
fn a_strategic_goal_keeps_no_parent_or_team_left_in_hidden_fields() {
    let ws = demo::partnership(now());
    let team_goal = ws
        .goals
        .iter()
        .find(|g| g.level == GoalLevel::Team && g.team_id.is_some())
        .unwrap();
    let mut draft = GoalDraft::from(team_goal);
    draft.level = GoalLevel::Strategic.key().into();
    let goal = draft
        .into_goal(&ws, team_goal.id, team_goal.stamps)
        .unwrap();
    assert_eq!((goal.parent_id, goal.team_id), (None, None));
}

#[test]
fn dates_that_are_not_dates_are_reported_with_everything_else_and_nothing_is_made() {
    let ws = demo::partnership(now());
    let draft = GoalDraft {
        title: "  ".into(),
        organisation: ws.organisations[0].id.to_string(),
        start_date: "2027-02-30".into(),
        due_date: "soon".into(),
        ..GoalDraft::default()
    };
    let errors = draft
        .into_goal(&ws, new_id(), Stamps::new(now()))
        .unwrap_err();
    assert_eq!(field_names(&errors), ["title", "start_date", "due_date"]);
    assert_eq!(
        errors.0[1].message,
        "Enter a real start date, for example 31/03/2027"
    );
}

#[test]
fn a_due_date_before_the_start_is_the_only_problem_of_an_otherwise_good_draft() {
    let ws = demo::partnership(now());
    let draft = GoalDraft {
        title: "See 78% of A&E patients within 4 hours".into(),
        organisation: ws.organisations[0].id.to_string(),
        start_date: "2027-04-01".into(),
        due_date: "2027-03-31".into(),
        ..GoalDraft::default()
    };
    let errors = draft
        .into_goal(&ws, new_id(), Stamps::new(now()))
        .unwrap_err();
    assert_eq!(field_names(&errors), ["due_date"]);
}

#[test]
fn an_owner_or_partner_that_no_longer_exists_is_named_under_its_field() {
    let ws = demo::partnership(now());
    let draft = GoalDraft {
        title: "Cut waits".into(),
        organisation: ws.organisations[0].id.to_string(),
        owner: new_id().to_string(),
        shared_with: vec![new_id().to_string()],
        ..GoalDraft::default()
    };
    let errors = draft
        .into_goal(&ws, new_id(), Stamps::new(now()))
        .unwrap_err();
    assert_eq!(field_names(&errors), ["shared_with", "owner"]);
}

#[test]
fn a_new_goal_under_a_parent_takes_the_level_below_and_the_parents_place() {
    let ws = demo::partnership(now());
    let parent = ws
        .goals
        .iter()
        .find(|g| g.level == GoalLevel::Strategic)
        .unwrap();
    let goal = ws.new_goal(Some(parent.id), None, None, now());
    assert_eq!(goal.level, GoalLevel::Team);
    assert_eq!(goal.parent_id, Some(parent.id));
    assert_eq!(
        (goal.perspective, goal.organisation_id, goal.due_date),
        (parent.perspective, parent.organisation_id, parent.due_date)
    );

    let preset = ws.new_goal(
        None,
        Some(GoalLevel::Individual),
        Some(Perspective::Financial),
        now(),
    );
    assert_eq!(
        (preset.level, preset.perspective, preset.parent_id),
        (GoalLevel::Individual, Perspective::Financial, None)
    );
    assert_eq!(preset.organisation_id, ws.organisations[0].id);

    let empty = Workspace::empty("Nothing yet").new_goal(None, None, None, now());
    assert_eq!(empty.level, GoalLevel::Strategic);
}
