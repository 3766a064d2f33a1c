//! A person's and a team's page (`Workspace::person_profile`, `team_profile` and the sections
//! on them): what each shows, on the demo and on a hand-made workspace.

mod common;

use chrono::{Days, NaiveDate};
use common::*;
use scorecard_core::model::{
    ActionStatus, DevelopmentNeed, DevelopmentStatus, GoalRating, IndividualReviewKind, Recognised,
    Recognition, Review, ReviewAction, ReviewSubject, Stamps,
};
use scorecard_core::profiles::AgreedAction;
use scorecard_core::{demo, GoalLevel, Id};

/// Fixed ids from the demo (core/src/demo).
fn demo_id(n: u128) -> Id {
    Id::from_u128(0x5c0e_ca4d_0000_4000_8000_0000_0000_0000 | n)
}

#[test]
fn on_the_demo_a_person_page_shows_their_role_goals_year_and_timeline() {
    let ws = demo::partnership(now());
    let priya = ws.person_profile(demo_id(0x204), today()).unwrap();
    assert_eq!(priya.person.name, "Priya Nair");
    assert_eq!(priya.organisation, "NHFT");
    assert_eq!(priya.team.as_ref().unwrap().name, "Emergency department");
    assert_eq!(priya.line_manager.as_ref().unwrap().id, demo_id(0x203));
    let owned = ws.person_dependents(demo_id(0x204)).goals;
    assert_eq!(priya.goals.len(), owned.len());
    assert!(priya.goals.windows(2).all(
        |w| (w[0].level, w[0].title.to_lowercase()) <= (w[1].level, w[1].title.to_lowercase())
    ));
    assert_eq!(
        priya.appraisal.summary(),
        "In the last 12 months: 1 appraisal and 0 one-to-ones. 0 actions agreed, 0 done."
    );
    assert_eq!(priya.appraisal.reviews[0].kind, "Annual appraisal");
    assert_eq!(priya.timeline, ws.person_timeline(demo_id(0x204)));

    let coo = ws.person_profile(demo_id(0x201), today()).unwrap();
    assert_eq!((coo.team, coo.line_manager), (None, None));
    assert!(ws.person_profile(new_id(), today()).is_none());
}

#[test]
fn on_the_demo_a_team_page_shows_members_goals_and_reviews() {
    let ws = demo::partnership(now());
    let ed = ws.team_profile(demo_id(0x101)).unwrap();
    assert_eq!(ed.team.name, "Emergency department");
    assert_eq!(ed.organisation, "NHFT");
    assert_eq!(ed.review_schedule, "Quarterly");
    let members: Vec<&str> = ed.members.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(members, ["James Whitfield", "Priya Nair"]);
    assert_eq!(
        ed.goals.len(),
        ws.team_dependents(demo_id(0x101)).goals.len()
    );
    assert_eq!(ed.reviews.len(), 1);
    assert_eq!(ed.reviews[0].open_actions, 1);
    assert!(ws.team_profile(new_id()).is_none());

    let flow = Recognised::Team {
        team_id: demo_id(0x103),
    };
    assert_eq!(ws.recognition_of(flow).len(), 1);
    assert_eq!(ws.development_plan(demo_id(0x204)).len(), 1);
    assert!(ws.development_plan(demo_id(0x204))[0].goal.is_some());
}

#[test]
fn on_the_demo_exits_are_counted_for_every_organisation() {
    let ws = demo::partnership(now());
    let exits = ws.exits_by_organisation();
    assert_eq!(exits.len(), 3);
    for o in &exits {
        assert_eq!(o.quarters, ws.exit_reason_counts(o.id), "{}", o.name);
    }
    assert!(exits.iter().any(|o| !o.quarters.is_empty()));
}

struct World {
    ws: scorecard_core::Workspace,
    org: Id,
    goal: Id,
    team: Id,
    manager: Id,
    nurse: Id,
}

fn world() -> World {
    let mut c = chain();
    let ward = add_ward(
        &mut c.ws,
        c.org,
        "Ward 7",
        ["Sam Manager", "Alex Nurse"],
        true,
    );
    World {
        ws: c.ws,
        org: c.org,
        goal: c.individual,
        team: ward.team,
        manager: ward.manager,
        nurse: ward.nurse,
    }
}

/// One of the nurse's reviews, with her manager taking part.
fn review_of(w: &World, kind: IndividualReviewKind, date: NaiveDate) -> Review {
    let subject = ReviewSubject::Individual {
        person_id: w.nurse,
        kind,
    };
    Review {
        participants: vec![w.nurse, w.manager],
        ..review(w.org, subject, date)
    }
}

/// An action with no owner.
fn agreed(description: &str, status: ActionStatus, due: Option<NaiveDate>) -> ReviewAction {
    action(description, None, due, status)
}

#[test]
fn the_appraisal_year_counts_the_last_365_days_newest_first() {
    let mut w = world();
    let day = |n: u64| today().checked_sub_days(Days::new(n)).unwrap();
    let mut appraisal = review_of(&w, IndividualReviewKind::Appraisal, day(365));
    appraisal.ratings = vec![
        GoalRating {
            goal_id: w.goal,
            self_rating: Some(4),
            manager_rating: Some(3),
        },
        GoalRating {
            goal_id: new_id(),
            self_rating: None,
            manager_rating: Some(2),
        },
    ];
    appraisal.actions = vec![
        agreed("Shadow the site manager", ActionStatus::Done, None),
        agreed("Lead a huddle", ActionStatus::Open, Some(day(300))),
    ];
    let mut one_to_one = review_of(&w, IndividualReviewKind::OneToOne, day(10));
    one_to_one.actions = vec![agreed("Book the course", ActionStatus::Dropped, None)];
    let too_old = review_of(&w, IndividualReviewKind::OneToOne, day(366));
    let tomorrow = review_of(
        &w,
        IndividualReviewKind::OneToOne,
        today().checked_add_days(Days::new(1)).unwrap(),
    );
    let (appraisal_id, one_to_one_id) = (appraisal.id, one_to_one.id);
    for r in [appraisal, one_to_one, too_old, tomorrow] {
        w.ws.reviews.upsert(r);
    }

    let year = w.ws.appraisal_year(w.nurse, today());
    let ids: Vec<Id> = year.reviews.iter().map(|r| r.review_id).collect();
    assert_eq!(ids, [one_to_one_id, appraisal_id]);
    assert_eq!(
        year.summary(),
        "In the last 12 months: 1 appraisal and 1 one-to-one. 3 actions agreed, 1 done."
    );
    let appraisal = &year.reviews[1];
    assert_eq!(appraisal.kind, "Annual appraisal");
    assert_eq!(
        appraisal.ratings,
        [
            "Individual: self 4 – above expectations, manager 3 – meets expectations. Self rates 1 higher than manager.",
            "A deleted goal: self not rated, manager 2 – below expectations. Not both rated.",
        ]
    );
    assert_eq!(
        appraisal.actions[1],
        AgreedAction {
            description: "Lead a huddle".into(),
            status: ActionStatus::Open,
            due: Some(day(300)),
        }
    );
    assert_eq!(
        w.ws.appraisal_year(w.manager, today()).summary(),
        "In the last 12 months: 0 appraisals and 0 one-to-ones. 0 actions agreed, 0 done."
    );
}

#[test]
fn a_hand_made_team_and_person_are_shown_exactly() {
    let mut w = world();
    let mut g = w.ws.goal(w.goal).unwrap().clone();
    g.owner_id = Some(w.nurse);
    g.team_id = Some(w.team);
    w.ws.goals.upsert(g);

    let nurse = w.ws.person_profile(w.nurse, today()).unwrap();
    assert_eq!(nurse.organisation, "Test Trust");
    assert_eq!(nurse.team.unwrap().name, "Ward 7");
    assert_eq!(nurse.line_manager.unwrap().name, "Sam Manager");
    assert_eq!(nurse.goals.len(), 1);
    assert_eq!(nurse.goals[0].level, GoalLevel::Individual);

    let team = w.ws.team_profile(w.team).unwrap();
    let members: Vec<Id> = team.members.iter().map(|m| m.id).collect();
    assert_eq!(
        members,
        [w.manager, w.nurse],
        "in the order they were added"
    );
    assert_eq!(team.goals[0].id, w.goal);
    assert!(team.reviews.is_empty());
}

#[test]
fn a_development_plan_lists_open_items_by_due_date_then_undated_then_done() {
    let mut w = world();
    let day = |n: u64| today().checked_add_days(Days::new(n));
    let need = |text: &str, status: DevelopmentStatus, due: Option<NaiveDate>, goal: Option<Id>| {
        DevelopmentNeed {
            id: new_id(),
            person_id: w.nurse,
            need: text.into(),
            goal_id: goal,
            planned_learning: String::new(),
            status,
            evidence: String::new(),
            due,
            stamps: Stamps::new(now()),
        }
    };
    let items = [
        need("Done early", DevelopmentStatus::Done, day(1), None),
        need("No date", DevelopmentStatus::Planned, None, Some(new_id())),
        need(
            "Later",
            DevelopmentStatus::InProgress,
            day(20),
            Some(w.goal),
        ),
        need("Sooner", DevelopmentStatus::Planned, day(5), None),
    ];
    for d in items {
        w.ws.development.upsert(d);
    }
    let plan = w.ws.development_plan(w.nurse);
    let order: Vec<&str> = plan.iter().map(|i| i.need.need.as_str()).collect();
    assert_eq!(order, ["Sooner", "Later", "No date", "Done early"]);
    assert_eq!(plan[1].goal.as_ref().unwrap().title, "Individual");
    assert!(plan[2].goal.is_none(), "a deleted goal is not linked");
    assert!(w.ws.development_plan(w.manager).is_empty());
}

#[test]
fn recognition_is_listed_newest_first_for_whoever_received_it() {
    let mut w = world();
    let award = |recognised: Recognised, days_ago: u64| Recognition {
        id: new_id(),
        recognised,
        award: format!("Award {days_ago}"),
        goal_id: None,
        date: today().checked_sub_days(Days::new(days_ago)).unwrap(),
        citation: String::new(),
        stamps: Stamps::new(now()),
    };
    let nurse = Recognised::Person { person_id: w.nurse };
    let team = Recognised::Team { team_id: w.team };
    for r in [award(nurse, 40), award(team, 5), award(nurse, 3)] {
        w.ws.recognitions.upsert(r);
    }
    let awards: Vec<String> =
        w.ws.recognition_of(nurse)
            .into_iter()
            .map(|i| i.recognition.award)
            .collect();
    assert_eq!(awards, ["Award 3", "Award 40"]);
    assert_eq!(w.ws.recognition_of(team).len(), 1);
}
