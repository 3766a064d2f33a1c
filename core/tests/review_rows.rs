//! What the review pages show: every review for the list, one review in full, and the review
//! schedule, with names looked up by id and what is gone said so.

mod common;

use chrono::Duration;
use common::*;
use scorecard_core::model::{
    ActionStatus, Cadence, GoalRating, IndividualReviewKind, ReviewSubject,
};
use scorecard_core::reviews::{
    AgreedAction, DueState, NamedPerson, NextReview, RatedGoal, ReviewListRow, Schedule,
};
use scorecard_core::{demo, Id};

struct World {
    c: Chain,
    team: Id,
    matron: Id,
    nurse: Id,
}

/// The chain's trust, short name "TT", with a team of a matron and a nurse (no line manager).
fn world() -> World {
    let mut c = chain();
    let mut trust = c.ws.organisation(c.org).unwrap().clone();
    trust.short_name = "TT".into();
    c.ws.save_organisation(trust, now()).unwrap();
    let ward = add_ward(
        &mut c.ws,
        c.org,
        "Emergency department",
        ["Matron", "Nurse"],
        false,
    );
    World {
        c,
        team: ward.team,
        matron: ward.manager,
        nurse: ward.nurse,
    }
}

#[test]
fn the_list_is_newest_first_with_names_and_open_actions() {
    let mut w = world();
    let team = ReviewSubject::Team { team_id: w.team };
    let one_to_one = ReviewSubject::Individual {
        person_id: w.nurse,
        kind: IndividualReviewKind::OneToOne,
    };
    let mut older = review(w.c.org, team, d(2026, 8, 1));
    older.actions = vec![
        action("Open one", None, None, ActionStatus::Open),
        action("Done one", None, None, ActionStatus::Done),
        action("Open two", None, None, ActionStatus::Open),
    ];
    let first_that_day = review(w.c.org, one_to_one, d(2026, 11, 1));
    let second_that_day = review(w.c.org, team, d(2026, 11, 1));
    let ids = (older.id, first_that_day.id, second_that_day.id);
    w.c.ws.save_review(older, now()).unwrap();
    w.c.ws.save_review(first_that_day, now()).unwrap();
    w.c.ws.save_review(second_that_day, later()).unwrap();
    assert_eq!(
        w.c.ws.review_rows(),
        vec![
            ReviewListRow {
                id: ids.2,
                date: d(2026, 11, 1),
                title: "Team review: Emergency department".into(),
                organisation: "TT".into(),
                open_actions: 0,
                personal: false,
            },
            ReviewListRow {
                id: ids.1,
                date: d(2026, 11, 1),
                title: "One-to-one: Nurse".into(),
                organisation: "TT".into(),
                open_actions: 0,
                personal: true,
            },
            ReviewListRow {
                id: ids.0,
                date: d(2026, 8, 1),
                title: "Team review: Emergency department".into(),
                organisation: "TT".into(),
                open_actions: 2,
                personal: false,
            },
        ]
    );
}

#[test]
fn what_is_no_longer_recorded_is_said_so() {
    let mut w = world();
    let mut r = review(
        w.c.org,
        ReviewSubject::Team { team_id: new_id() },
        d(2026, 11, 1),
    );
    r.organisation_id = new_id();
    // Straight into the records: as a partner's file might bring it.
    w.c.ws.reviews.upsert(r);
    let row = &w.c.ws.review_rows()[0];
    assert_eq!(row.title, "Team review: no longer recorded");
    assert_eq!(row.organisation, "Unknown organisation");
}

#[test]
fn a_review_in_full_names_people_and_goals_and_says_where_actions_stand() {
    let mut w = world();
    let today = now().date_naive();
    let mut r = review(
        w.c.org,
        ReviewSubject::Team { team_id: w.team },
        d(2026, 11, 1),
    );
    r.participants = vec![w.nurse, w.matron];
    r.goals = vec![w.c.team, w.c.strategic, w.c.individual];
    r.ratings = vec![
        GoalRating {
            goal_id: w.c.team,
            self_rating: Some(4),
            manager_rating: Some(3),
        },
        GoalRating {
            goal_id: w.c.individual,
            self_rating: None,
            manager_rating: Some(2),
        },
    ];
    let overdue = action(
        "Overdue",
        Some(w.nurse),
        Some(today - Duration::days(1)),
        ActionStatus::Open,
    );
    let undated = action("Undated", Some(w.matron), None, ActionStatus::Open);
    let done = action("Done", None, Some(today), ActionStatus::Done);
    r.actions = vec![overdue.clone(), undated.clone(), done.clone()];
    r.notes = "Weekends are hard.".into();
    let id = r.id;
    w.c.ws.save_review(r, now()).unwrap();
    w.c.ws.delete_person(w.matron, now()).unwrap();
    let mut ws = w.c.ws.clone();
    ws.goals.retain(|g| g.id != w.c.individual);

    let details = ws.review_details(id, today).unwrap();
    assert_eq!(details.title, "Team review: Emergency department");
    assert_eq!(
        (details.organisation.as_str(), details.personal),
        ("TT", false)
    );
    assert_eq!(details.notes, "Weekends are hard.");
    assert_eq!(
        details.participants,
        vec![NamedPerson {
            id: w.nurse,
            name: "Nurse".into()
        }],
        "people deleted since are left out"
    );
    assert_eq!(
        details.goals,
        vec![
            RatedGoal {
                goal_id: w.c.team,
                title: Some("Team".into()),
                self_rating: Some(4),
                manager_rating: Some(3),
                gap: Some(1),
            },
            RatedGoal {
                goal_id: w.c.strategic,
                title: Some("Strategic".into()),
                self_rating: None,
                manager_rating: None,
                gap: None,
            },
            RatedGoal {
                goal_id: w.c.individual,
                title: None,
                self_rating: None,
                manager_rating: Some(2),
                gap: None,
            },
        ]
    );
    assert_eq!(
        details.actions,
        vec![
            AgreedAction {
                id: overdue.id,
                description: "Overdue".into(),
                owner: Some(NamedPerson {
                    id: w.nurse,
                    name: "Nurse".into()
                }),
                due: overdue.due,
                status: ActionStatus::Open,
                due_state: Some(DueState::Overdue),
                closed_on: None,
            },
            AgreedAction {
                id: undated.id,
                description: "Undated".into(),
                owner: None,
                due: None,
                status: ActionStatus::Open,
                due_state: Some(DueState::Upcoming),
                closed_on: None,
            },
            AgreedAction {
                id: done.id,
                description: "Done".into(),
                owner: None,
                due: Some(today),
                status: ActionStatus::Done,
                due_state: None,
                closed_on: Some(later().date_naive()),
            },
        ]
    );
    assert_eq!(ws.review_details(new_id(), today), None);
}

#[test]
fn the_next_review_is_the_date_agreed_else_the_schedule_from_the_latest_review() {
    let mut w = world();
    let today = now().date_naive();
    let team = ReviewSubject::Team { team_id: w.team };
    let earlier = review(w.c.org, team, d(2026, 8, 1));
    let mut agreed = review(w.c.org, team, d(2026, 9, 1));
    agreed.next_review = Some(d(2026, 12, 1));
    let latest = review(w.c.org, team, d(2026, 11, 1));
    let one_to_one = review(
        w.c.org,
        ReviewSubject::Individual {
            person_id: w.nurse,
            kind: IndividualReviewKind::OneToOne,
        },
        d(2026, 11, 1),
    );
    let ids = [earlier.id, agreed.id, latest.id, one_to_one.id];
    for r in [earlier, agreed, latest, one_to_one] {
        w.c.ws.save_review(r, now()).unwrap();
    }
    let next =
        |ws: &scorecard_core::Workspace, id| ws.review_details(id, today).unwrap().next_review;
    assert_eq!(
        next(&w.c.ws, ids[0]),
        NextReview::NotAgreed,
        "a later review was held"
    );
    assert_eq!(next(&w.c.ws, ids[1]), NextReview::Agreed(d(2026, 12, 1)));
    assert_eq!(
        next(&w.c.ws, ids[2]),
        NextReview::BySchedule(d(2027, 2, 1)),
        "quarterly"
    );
    assert_eq!(
        next(&w.c.ws, ids[3]),
        NextReview::NotAgreed,
        "one-to-ones are not scheduled"
    );
    w.c.ws.cadences.set_one_to_one(w.nurse, Cadence::Monthly);
    assert_eq!(
        next(&w.c.ws, ids[3]),
        NextReview::BySchedule(d(2026, 12, 1))
    );
}

#[test]
fn the_reviews_due_in_an_organisation_are_those_of_its_work_list() {
    let ws = demo::partnership(now());
    let today = now().date_naive();
    for org in &ws.organisations {
        let due = ws.organisation_reviews_due(org.id, today);
        assert_eq!(
            due,
            ws.organisation_work(org.id, today).reviews,
            "{}",
            org.name
        );
    }
    assert!(!ws.organisation_reviews_due(demo::TRUST, today).is_empty());
}

#[test]
fn the_schedule_lists_everyone_by_organisation_and_name_with_their_cadence() {
    let mut w = world();
    let mut other = org("Another Trust");
    other.short_name = "AT".into();
    let other_id = other.id;
    w.c.ws.save_organisation(other, now()).unwrap();
    let mut p = w.c.ws.person(w.nurse).unwrap().clone();
    p.id = new_id();
    p.name = "aaron".into();
    p.organisation_id = other_id;
    p.team_id = None;
    let aaron = p.id;
    w.c.ws.save_person(p, now()).unwrap();

    assert!(w
        .c
        .ws
        .set_scheduled_cadence(Schedule::OneToOne, w.nurse, Cadence::Monthly));
    assert!(
        !w.c.ws
            .set_scheduled_cadence(Schedule::OneToOne, w.nurse, Cadence::Monthly),
        "no change"
    );
    let rows = w.c.ws.schedule_rows(Schedule::OneToOne);
    let seen: Vec<(Id, &str, &str, Cadence)> = rows
        .iter()
        .map(|r| (r.id, r.name.as_str(), r.organisation.as_str(), r.cadence))
        .collect();
    assert_eq!(
        seen,
        vec![
            (aaron, "aaron", "AT", Cadence::None),
            (w.matron, "Matron", "TT", Cadence::None),
            (w.nurse, "Nurse", "TT", Cadence::Monthly),
        ]
    );
    let orgs: Vec<(Id, String)> =
        w.c.ws
            .schedule_rows(Schedule::Strategic)
            .into_iter()
            .map(|r| (r.id, r.organisation))
            .collect();
    assert_eq!(
        orgs,
        vec![(w.c.org, String::new()), (other_id, String::new())],
        "as listed"
    );
    assert_eq!(Schedule::Team.default_cadence(), Cadence::Quarterly);
    assert_eq!(Schedule::OneToOne.default_cadence(), Cadence::None);
    assert_eq!(
        w.c.ws.scheduled_cadence(Schedule::Team, w.team),
        Cadence::Quarterly
    );
}

#[test]
fn the_schedule_says_when_each_review_is_due_as_asking_one_by_one_does() {
    let ws = demo::partnership(now());
    let today = now().date_naive();
    for schedule in [Schedule::Strategic, Schedule::Team, Schedule::OneToOne] {
        let due = ws.schedule_due(schedule, today);
        for row in ws.schedule_rows(schedule) {
            assert_eq!(
                due.get(&row.id),
                ws.review_due(schedule.subject(row.id), today).as_ref(),
                "{schedule:?}: {}",
                row.name
            );
        }
    }
    let people = ws.schedule_due(Schedule::OneToOne, today);
    assert!(
        people.len() < ws.people.len(),
        "those not scheduled are left out"
    );
}
