//! The review form's draft and the rules of choosing whom a review is about: text as typed becomes
//! a review, or every problem keyed by the form's field; the usual people and goals; cadences.

mod common;

use common::*;
use scorecard_core::model::{
    ActionStatus, Cadence, GoalLevel, GoalRating, Review, ReviewAction, ReviewSubject, Stamps,
};
use scorecard_core::reviews::{
    next_by_schedule, ActionDraft, RatingDraft, ReviewDraft, ReviewKind, ReviewLevel,
};
use scorecard_core::{demo, Id, Workspace};

/// A trust with a strategic → team → individual chain, a team owning the team goal, a matron
/// and a nurse she manages who owns the individual goal, and another organisation's goal.
struct World {
    c: Chain,
    team: Id,
    matron: Id,
    nurse: Id,
    elsewhere: Id,
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
    let mut g = c.ws.goal(c.team).unwrap().clone();
    g.team_id = Some(ward.team);
    c.ws.save_goal(g, now()).unwrap();
    let mut g = c.ws.goal(c.individual).unwrap().clone();
    g.owner_id = Some(ward.nurse);
    c.ws.save_goal(g, now()).unwrap();
    let other = org("Other Council");
    let other_id = other.id;
    c.ws.save_organisation(other, now()).unwrap();
    let elsewhere = goal(other_id, GoalLevel::Strategic, None, "Elsewhere");
    let elsewhere_id = elsewhere.id;
    c.ws.save_goal(elsewhere, now()).unwrap();
    World {
        c,
        team: ward.team,
        matron: ward.manager,
        nurse: ward.nurse,
        elsewhere: elsewhere_id,
    }
}

/// A team review of the emergency department as the form starts it, with its usual people and
/// goals, notes, ratings, one action and a next review date.
fn team_draft(w: &World) -> ReviewDraft {
    let mut draft =
        ReviewDraft::new(new_id(), ReviewKind::Team, today(), now()).about(&w.c.ws, w.team);
    draft.notes = "Triage times slipped at weekends.".into();
    draft.ratings.insert(
        w.c.team,
        RatingDraft {
            self_rating: "4".into(),
            manager_rating: "3".into(),
        },
    );
    draft.actions.push(ActionDraft {
        description: "  Audit triage times  ".into(),
        owner: w.nurse.to_string(),
        due: "2026-12-10".into(),
        ..ActionDraft::new(new_id())
    });
    draft.next_review = "2027-02-26".into();
    draft
}

fn problems(draft: ReviewDraft, ws: &Workspace) -> Vec<(&'static str, String)> {
    draft
        .into_record(ws, today())
        .expect_err("the draft is refused")
        .0
        .into_iter()
        .map(|e| (e.field, e.message))
        .collect()
}

#[test]
fn a_valid_draft_becomes_the_review_it_describes() {
    let w = world();
    let draft = team_draft(&w);
    let (id, action_id) = (draft.id, draft.actions[0].id);
    let review = draft.into_record(&w.c.ws, today()).unwrap();
    assert_eq!(
        review,
        Review {
            id,
            subject: ReviewSubject::Team { team_id: w.team },
            organisation_id: w.c.org,
            date: today(),
            participants: vec![w.matron, w.nurse],
            goals: vec![w.c.team],
            measures: vec![],
            notes: "Triage times slipped at weekends.".into(),
            ratings: vec![GoalRating {
                goal_id: w.c.team,
                self_rating: Some(4),
                manager_rating: Some(3),
            }],
            actions: vec![ReviewAction {
                id: action_id,
                description: "Audit triage times".into(),
                owner_id: Some(w.nurse),
                due: Some(d(2026, 12, 10)),
                status: ActionStatus::Open,
                closed_at: None,
            }],
            next_review: Some(d(2027, 2, 26)),
            stamps: Stamps::new(now()),
        }
    );
}

#[test]
fn each_bad_input_gives_its_own_field_error_and_nothing_else() {
    let w = world();
    type Spoil = fn(&mut ReviewDraft, &World);
    let cases: [(&str, Spoil, &str, &str); 12] = [
        (
            "no team",
            |d, _| d.subject_id.clear(),
            "subject",
            "Choose the team",
        ),
        (
            "no person",
            |d, _| {
                d.kind = ReviewKind::OneToOne;
                d.subject_id.clear();
            },
            "subject",
            "Choose the person whose review this is",
        ),
        (
            "no organisation",
            |d, _| {
                d.kind = ReviewKind::Strategic;
                d.subject_id = "not an id".into();
            },
            "subject",
            "Choose the organisation",
        ),
        (
            "no date",
            |d, _| d.date.clear(),
            "date",
            "Enter the date of the review",
        ),
        (
            "no date, and so nothing for the next review to be after",
            |d, _| {
                d.date = " ".into();
                d.next_review = "2000-01-01".into();
            },
            "date",
            "Enter the date of the review",
        ),
        (
            "not a date",
            |d, _| d.date = "26/11/2026".into(),
            "date",
            "Enter the date of the review as a real date, for example 26 11 2026",
        ),
        (
            "next review not a date",
            |d, _| d.next_review = "soon".into(),
            "next_review",
            "Enter the next review date as a real date, or leave it empty",
        ),
        (
            "next review not after this one",
            |d, _| d.next_review = d.date.clone(),
            "next_review",
            "The next review must be after this one",
        ),
        (
            "notes too long",
            |d, _| d.notes = "x".repeat(6001),
            "notes",
            "Notes must be 6000 characters or fewer (it has 6001)",
        ),
        (
            "rating out of range",
            |d, w| d.ratings.get_mut(&w.c.team).unwrap().self_rating = "9".into(),
            "ratings",
            "The self rating must be from 1 to 5",
        ),
        (
            "action with nothing to do",
            |d, _| d.actions[0].description = " ".into(),
            "actions",
            "Action 1: enter what will be done",
        ),
        (
            "action due date not a date",
            |d, _| d.actions[0].due = "next week".into(),
            "actions",
            "Action 1: enter the due date as a real date, or leave it empty",
        ),
    ];
    for (what, spoil, field, message) in cases {
        let mut draft = team_draft(&w);
        spoil(&mut draft, &w);
        assert_eq!(
            problems(draft, &w.c.ws),
            vec![(field, message.to_string())],
            "{what}"
        );
    }
}

#[test]
fn a_subject_no_longer_recorded_leaves_the_review_without_an_owner() {
    let w = world();
    let mut draft = team_draft(&w);
    draft.subject_id = new_id().to_string();
    assert_eq!(
        problems(draft, &w.c.ws),
        vec![
            ("subject", "Choose the team".to_string()),
            (
                "organisation",
                "Choose the organisation that owns the record".to_string()
            ),
        ]
    );
}

#[test]
fn every_problem_is_listed_at_once_in_the_order_of_the_form() {
    let w = world();
    let mut draft = team_draft(&w);
    draft.next_review = "soon".into();
    draft.actions[0].description.clear();
    draft.notes = "x".repeat(6001);
    draft.subject_id.clear();
    let fields: Vec<_> = problems(draft, &w.c.ws)
        .into_iter()
        .map(|(f, _)| f)
        .collect();
    assert_eq!(fields, vec!["subject", "notes", "actions", "next_review"]);
}

#[test]
fn what_is_gone_or_not_offered_is_left_out_rather_than_refused() {
    let w = world();
    let mut draft = team_draft(&w);
    let gone = new_id();
    draft.participants.push(gone.to_string());
    draft.participants.push("not an id".into());
    // Offered in level order: strategic, team, individual.
    draft.goals = [w.c.individual, w.elsewhere, w.c.strategic, w.c.team]
        .iter()
        .map(Id::to_string)
        .collect();
    draft.ratings.insert(
        w.elsewhere,
        RatingDraft {
            self_rating: "2".into(),
            manager_rating: String::new(),
        },
    );
    draft.ratings.insert(w.c.strategic, RatingDraft::default());
    draft.actions[0].owner = gone.to_string();
    let review = draft.into_record(&w.c.ws, today()).unwrap();
    assert_eq!(review.participants, vec![w.matron, w.nurse]);
    assert_eq!(review.goals, vec![w.c.strategic, w.c.team, w.c.individual]);
    let rated: Vec<Id> = review.ratings.iter().map(|r| r.goal_id).collect();
    assert_eq!(
        rated,
        vec![w.c.team],
        "unrated and not-discussed goals are not rated"
    );
    assert_eq!(review.actions[0].owner_id, None);
}

#[test]
fn a_review_comes_back_the_same_through_its_draft() {
    let mut w = world();
    let review = team_draft(&w).into_record(&w.c.ws, today()).unwrap();
    w.c.ws.save_review(review.clone(), now()).unwrap();
    let saved = w.c.ws.review(review.id).unwrap();
    let again = ReviewDraft::from(saved)
        .into_record(&w.c.ws, today())
        .unwrap();
    assert_eq!(&again, saved);

    // Every demo review: once through the form, it stays as it is.
    let ws = demo::partnership(now());
    for r in &ws.reviews {
        let once = ReviewDraft::from(r).into_record(&ws, today()).unwrap();
        let twice = ReviewDraft::from(&once).into_record(&ws, today()).unwrap();
        assert_eq!(once, twice, "{}", ws.subject_title(&r.subject));
    }
}

#[test]
fn changing_a_review_keeps_the_measures_as_they_were_seen() {
    let ws = demo::partnership(now());
    let held = ws
        .reviews
        .iter()
        .find(|r| !r.measures.is_empty())
        .expect("a demo review recorded its measures");
    let mut draft = ReviewDraft::from(held);
    draft.recorded_measures[0].status = "As it was then".into();
    let kept = draft.recorded_measures[0].clone();
    let changed = draft.into_record(&ws, today()).unwrap();
    assert!(changed.measures.contains(&kept));

    let mut fresh = ReviewDraft::from(held);
    fresh.recorded_measures.clear();
    let recorded = fresh.into_record(&ws, today()).unwrap();
    assert!(!recorded.measures.is_empty());
    assert_eq!(
        recorded.measures,
        ws.snapshot_measures(&recorded.goals, today())
    );
}

#[test]
fn choosing_whom_a_review_is_about_brings_the_usual_people_and_goals() {
    let w = world();
    let team =
        w.c.ws
            .review_defaults(&ReviewSubject::Team { team_id: w.team });
    assert_eq!(team.participants, vec![w.matron, w.nurse]);
    assert_eq!(team.goals, vec![w.c.team]);

    let nurse =
        w.c.ws
            .review_defaults(&ReviewKind::Appraisal.subject(w.nurse));
    assert_eq!(
        nurse.participants,
        vec![w.nurse, w.matron],
        "the person and their manager"
    );
    assert_eq!(nurse.goals, vec![w.c.individual], "the goals they own");

    let trust =
        w.c.ws
            .review_defaults(&ReviewKind::Strategic.subject(w.c.org));
    assert!(trust.participants.is_empty());
    assert_eq!(trust.goals, vec![w.c.strategic]);

    // A team with no team-level goal discusses any goal of the team.
    let mut ws = w.c.ws.clone();
    let mut g = ws.goal(w.c.individual).unwrap().clone();
    g.team_id = Some(w.team);
    ws.save_goal(g, now()).unwrap();
    let mut g = ws.goal(w.c.team).unwrap().clone();
    g.team_id = None;
    ws.save_goal(g, now()).unwrap();
    let team = ws.review_defaults(&ReviewSubject::Team { team_id: w.team });
    assert_eq!(team.goals, vec![w.c.individual]);
}

#[test]
fn changing_the_kind_of_review_carries_over_the_obvious_choice() {
    let w = world();
    let ws = &w.c.ws;
    use ReviewLevel::*;
    assert_eq!(
        ws.carry_subject(Person, Person, Some(w.nurse)),
        Some(w.nurse)
    );
    assert_eq!(ws.carry_subject(Person, Team, Some(w.nurse)), Some(w.team));
    assert_eq!(
        ws.carry_subject(Person, Organisation, Some(w.nurse)),
        Some(w.c.org)
    );
    assert_eq!(
        ws.carry_subject(Team, Organisation, Some(w.team)),
        Some(w.c.org)
    );
    assert_eq!(ws.carry_subject(Team, Person, Some(w.team)), None);
    assert_eq!(ws.carry_subject(Organisation, Team, Some(w.c.org)), None);
    assert_eq!(ws.carry_subject(Person, Team, None), None);
}

#[test]
fn appraisals_are_yearly_and_other_reviews_follow_the_schedule() {
    let mut w = world();
    let one_to_one = ReviewKind::OneToOne.subject(w.nurse);
    let ws = &mut w.c.ws;
    assert_eq!(
        ws.review_cadence(&ReviewKind::Appraisal.subject(w.nurse)),
        Cadence::Annual
    );
    assert_eq!(ws.review_cadence(&one_to_one), Cadence::None);
    assert_eq!(
        ws.review_cadence(&ReviewSubject::Team { team_id: w.team }),
        Cadence::Quarterly
    );
    ws.cadences.set_one_to_one(w.nurse, Cadence::Monthly);
    assert_eq!(ws.review_cadence(&one_to_one), Cadence::Monthly);
    assert_eq!(
        next_by_schedule(Cadence::Quarterly, d(2026, 11, 30)),
        Some(d(2027, 2, 28))
    );
    assert_eq!(next_by_schedule(Cadence::None, d(2026, 11, 30)), None);
}

#[test]
fn the_goals_offered_are_the_organisations_and_those_shared_with_it_by_level_and_title() {
    let mut w = world();
    let mut shared = goal(w.c.org, GoalLevel::Strategic, None, "a shared aim");
    shared.organisation_id = w.c.ws.goal(w.elsewhere).unwrap().organisation_id;
    shared.shared_with = vec![w.c.org];
    let shared_id = shared.id;
    w.c.ws.save_goal(shared, now()).unwrap();
    let offered: Vec<(GoalLevel, Vec<Id>)> =
        w.c.ws
            .review_goal_options(w.c.org)
            .into_iter()
            .map(|(level, goals)| (level, goals.iter().map(|g| g.id).collect()))
            .collect();
    assert_eq!(
        offered,
        vec![
            (GoalLevel::Strategic, vec![shared_id, w.c.strategic]),
            (GoalLevel::Team, vec![w.c.team]),
            (GoalLevel::Individual, vec![w.c.individual]),
        ]
    );
}

#[test]
fn each_kind_has_a_key_a_level_and_a_subject_it_can_be_told_from() {
    let who = new_id();
    for kind in ReviewKind::ALL {
        assert_eq!(ReviewKind::from_key(kind.key()), Some(kind));
        assert_eq!(ReviewKind::of(&kind.subject(who)), (kind, who));
        assert_eq!(
            kind.subject_chosen(&who.to_string()),
            Some(kind.subject(who))
        );
        assert_eq!(kind.subject_chosen(""), None);
    }
    assert_eq!(ReviewKind::Appraisal.level(), ReviewLevel::Person);
    assert_eq!(ReviewKind::from_key("board"), None);
}
