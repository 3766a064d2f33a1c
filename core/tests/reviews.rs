mod common;

use chrono::NaiveDate;
use common::*;
use scorecard_core::model::{
    ActionStatus, Cadence, GoalRating, IndividualReviewKind, Review, ReviewAction, ReviewSubject,
};
use scorecard_core::reviews::DueState;
use scorecard_core::Id;

struct World {
    c: Chain,
    team: Id,
    manager: Id,
    nurse: Id,
}

fn world() -> World {
    let mut c = chain();
    let ward = add_ward(
        &mut c.ws,
        c.org,
        "Emergency department",
        ["Matron", "Nurse"],
        true,
    );
    World {
        c,
        team: ward.team,
        manager: ward.manager,
        nurse: ward.nurse,
    }
}

/// A review of the team goal.
fn review_of(w: &World, subject: ReviewSubject, date: NaiveDate) -> Review {
    Review {
        goals: vec![w.c.team],
        ..review(w.c.org, subject, date)
    }
}

#[test]
fn a_team_with_no_review_is_due_now_and_quarterly_after_one() {
    let mut w = world();
    let subject = ReviewSubject::Team { team_id: w.team };
    let today = d(2026, 11, 26);
    let due = w.c.ws.review_due(subject, today).unwrap();
    assert_eq!(
        (due.due, due.state, due.last),
        (today, DueState::DueSoon, None)
    );

    w.c.ws
        .save_review(review_of(&w, subject, d(2026, 7, 20)), now())
        .unwrap();
    let due = w.c.ws.review_due(subject, today).unwrap();
    assert_eq!((due.due, due.state), (d(2026, 10, 20), DueState::Overdue));

    w.c.ws
        .save_review(review_of(&w, subject, d(2026, 11, 2)), now())
        .unwrap();
    let due = w.c.ws.review_due(subject, today).unwrap();
    assert_eq!((due.due, due.state), (d(2027, 2, 2), DueState::Upcoming));
}

#[test]
fn each_cadence_sets_the_interval_and_none_means_not_scheduled() {
    let mut w = world();
    let subject = ReviewSubject::Individual {
        person_id: w.nurse,
        kind: IndividualReviewKind::OneToOne,
    };
    let today = d(2026, 11, 26);
    assert_eq!(
        w.c.ws.review_due(subject, today),
        None,
        "one-to-ones are not scheduled by default"
    );
    w.c.ws
        .save_review(review_of(&w, subject, d(2026, 10, 31)), now())
        .unwrap();
    for (cadence, expected) in [
        (Cadence::Monthly, d(2026, 11, 30)),
        (Cadence::Quarterly, d(2027, 1, 31)),
        (Cadence::SixMonthly, d(2027, 4, 30)),
        (Cadence::Annual, d(2027, 10, 31)),
    ] {
        w.c.ws.cadences.set_one_to_one(w.nurse, cadence);
        assert_eq!(
            w.c.ws.review_due(subject, today).unwrap().due,
            expected,
            "{cadence:?}"
        );
    }
    assert_eq!(
        w.c.ws.review_due(subject, today).unwrap().state,
        DueState::Upcoming
    );
    w.c.ws.cadences.set_one_to_one(w.nurse, Cadence::Monthly);
    assert_eq!(
        w.c.ws.review_due(subject, today).unwrap().state,
        DueState::DueSoon
    );
    w.c.ws.cadences.set_one_to_one(w.nurse, Cadence::None);
    assert_eq!(w.c.ws.review_due(subject, today), None);
}

#[test]
fn a_next_review_date_agreed_at_the_review_wins() {
    let mut w = world();
    let subject = ReviewSubject::Strategic {
        organisation_id: w.c.org,
    };
    let mut r = review_of(&w, subject, d(2026, 9, 1));
    r.next_review = Some(d(2026, 11, 20));
    w.c.ws.save_review(r, now()).unwrap();
    let due = w.c.ws.review_due(subject, d(2026, 11, 26)).unwrap();
    assert_eq!((due.due, due.state), (d(2026, 11, 20), DueState::Overdue));
}

#[test]
fn rating_gaps_are_self_minus_manager() {
    let r = GoalRating {
        goal_id: new_id(),
        self_rating: Some(4),
        manager_rating: Some(2),
    };
    assert_eq!(r.gap(), Some(2));
    let r = GoalRating {
        goal_id: new_id(),
        self_rating: Some(2),
        manager_rating: Some(3),
    };
    assert_eq!(r.gap(), Some(-1));
    let r = GoalRating {
        goal_id: new_id(),
        self_rating: None,
        manager_rating: Some(3),
    };
    assert_eq!(r.gap(), None);
}

#[test]
fn invalid_reviews_are_refused_and_change_nothing() {
    let mut w = world();
    let before = w.c.ws.clone();
    let mut r = review_of(
        &w,
        ReviewSubject::Team { team_id: new_id() },
        d(2026, 11, 1),
    );
    r.ratings = vec![GoalRating {
        goal_id: w.c.team,
        self_rating: Some(6),
        manager_rating: None,
    }];
    r.actions = vec![ReviewAction {
        id: new_id(),
        description: " ".into(),
        owner_id: None,
        due: None,
        status: ActionStatus::Open,
        closed_at: None,
    }];
    r.next_review = Some(d(2026, 10, 1));
    let errors = w.c.ws.save_review(r, now()).unwrap_err();
    let fields: Vec<_> = errors.0.iter().map(|e| e.field).collect();
    assert_eq!(fields, vec!["subject", "ratings", "actions", "next_review"]);
    assert_eq!(
        errors.for_field("actions"),
        Some("Action 1: enter what will be done")
    );
    assert_eq!(w.c.ws, before);
}

#[test]
fn an_action_shows_on_its_owners_work_until_it_is_done() {
    let mut w = world();
    let subject = ReviewSubject::Team { team_id: w.team };
    let mut r = review_of(&w, subject, d(2026, 11, 2));
    let action = ReviewAction {
        id: new_id(),
        description: "Audit triage times for a week".into(),
        owner_id: Some(w.nurse),
        due: Some(d(2026, 11, 20)),
        status: ActionStatus::Open,
        closed_at: None,
    };
    let (review_id, action_id) = (r.id, action.id);
    r.actions.push(action);
    w.c.ws.save_review(r, now()).unwrap();
    let today = d(2026, 11, 26);
    let work = w.c.ws.my_work(w.nurse, today);
    assert_eq!(work.actions.len(), 1);
    assert_eq!(work.actions[0].state, DueState::Overdue);
    assert!(w.c.ws.my_work(w.manager, today).actions.is_empty());
    assert_eq!(w.c.ws.organisation_work(w.c.org, today).actions.len(), 1);

    w.c.ws
        .set_action_status(review_id, action_id, ActionStatus::Done, later())
        .unwrap();
    assert!(w.c.ws.my_work(w.nurse, today).actions.is_empty());
    let closed = &w.c.ws.review(review_id).unwrap().actions[0];
    assert_eq!(closed.closed_at, Some(later()));
}

#[test]
fn a_manager_sees_reviews_due_for_their_reports() {
    let mut w = world();
    w.c.ws.cadences.set_one_to_one(w.nurse, Cadence::Monthly);
    let work = w.c.ws.my_work(w.manager, d(2026, 11, 26));
    let titles: Vec<_> = work.reviews.iter().map(|r| r.title.as_str()).collect();
    assert!(titles.contains(&"One-to-one: Nurse"), "{titles:?}");
    assert!(titles.contains(&"Annual appraisal: Matron"), "{titles:?}");
    assert!(
        titles.contains(&"Team review: Emergency department"),
        "{titles:?}"
    );
}

#[test]
fn timelines_are_newest_first_with_reviews_before_their_actions() {
    let mut w = world();
    let subject = ReviewSubject::Team { team_id: w.team };
    let mut older = review_of(&w, subject, d(2026, 8, 1));
    older.actions.push(ReviewAction {
        id: new_id(),
        description: "First action".into(),
        owner_id: Some(w.nurse),
        due: None,
        status: ActionStatus::Open,
        closed_at: None,
    });
    let newer = review_of(&w, subject, d(2026, 11, 1));
    w.c.ws.save_review(older, now()).unwrap();
    w.c.ws.save_review(newer, now()).unwrap();
    let events = w.c.ws.goal_timeline(w.c.team);
    let summary: Vec<(NaiveDate, &str)> = events.iter().map(|e| (e.date, e.kind)).collect();
    assert_eq!(
        summary,
        vec![
            (d(2026, 11, 1), "Review"),
            (d(2026, 8, 1), "Review"),
            (d(2026, 8, 1), "Action"),
        ]
    );
    let person = w.c.ws.person_timeline(w.nurse);
    assert_eq!(
        person.len(),
        2,
        "the review where they own an action, and the action"
    );
}

#[test]
fn the_demo_timeline_shows_status_changes_of_its_measures() {
    let ws = scorecard_core::demo::partnership(now());
    let goal = scorecard_core::demo::SMOKING_GOAL;
    let events = ws.goal_timeline(goal);
    assert!(events.iter().any(|e| e.kind == "Data"));
    assert!(
        events.windows(2).all(|p| p[0].date >= p[1].date),
        "newest first"
    );
}

/// The organisation work list takes each subject's latest review from one pass over the reviews;
/// it must say exactly what asking about each subject on its own says.
#[test]
fn organisation_work_matches_asking_about_each_subject_at_ics_scale() {
    use scorecard_core::model::{IndividualReviewKind, ReviewSubject};
    use scorecard_core::reference::{default_now, generate, Size, DEFAULT_SEED};
    let now = default_now();
    let ws = generate(&Size::ics().scaled(0.2), DEFAULT_SEED, now);
    let today = now.date_naive();
    for org in ws.organisations.iter() {
        let mut subjects = vec![ReviewSubject::Strategic {
            organisation_id: org.id,
        }];
        subjects.extend(
            ws.teams
                .iter()
                .filter(|t| t.organisation_id == org.id)
                .map(|t| ReviewSubject::Team { team_id: t.id }),
        );
        for p in ws.people.iter().filter(|p| p.organisation_id == org.id) {
            for kind in [
                IndividualReviewKind::OneToOne,
                IndividualReviewKind::Appraisal,
            ] {
                subjects.push(ReviewSubject::Individual {
                    person_id: p.id,
                    kind,
                });
            }
        }
        let mut expected: Vec<_> = subjects
            .into_iter()
            .filter_map(|s| ws.review_due(s, today))
            .filter(|d| d.state != scorecard_core::reviews::DueState::Upcoming)
            .collect();
        expected.sort_by_key(|d| (d.state, d.due));
        let found = ws.organisation_work(org.id, today).reviews;
        assert!(!found.is_empty(), "the reference workspace has reviews due");
        assert_eq!(found, expected, "{}", org.name);
    }
}
