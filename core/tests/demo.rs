mod common;

use common::*;
use scorecard_core::{balance, demo, GoalLevel, Perspective};

#[test]
fn the_demo_is_valid_balanced_and_labelled_fictional() {
    let ws = demo::partnership(now());
    assert!(ws.is_demo);
    assert!(ws.name.contains("fictional"));
    assert_eq!(ws.organisations.len(), 3);
    for org in &ws.organisations {
        assert!(org.name.contains("(fictional)"), "{}", org.name);
        assert!(ws.validate_organisation(org).is_empty());
    }
    for team in &ws.teams {
        assert!(ws.validate_team(team).is_empty(), "{}", team.name);
    }
    for person in &ws.people {
        assert!(ws.validate_person(person).is_empty(), "{}", person.name);
    }
    for goal in &ws.goals {
        let errors = ws.validate_goal(goal);
        assert!(errors.is_empty(), "{}: {errors}", goal.title);
    }
    let strategic = ws
        .goals
        .iter()
        .filter(|g| g.level == GoalLevel::Strategic)
        .count();
    assert!(
        (10..=14).contains(&strategic),
        "{strategic} strategic goals"
    );
    assert_eq!(balance::summary(&balance::check(&ws, None)), None);
}

#[test]
fn the_demo_shares_smoking_cessation_between_trust_and_council() {
    let ws = demo::partnership(now());
    let smoking = ws.goal(demo::SMOKING_GOAL).unwrap();
    assert_eq!(smoking.organisation_id, demo::COUNCIL);
    assert!(smoking.shared_with.contains(&demo::TRUST));
}

#[test]
fn the_demo_shows_one_goal_not_aligned() {
    let ws = demo::partnership(now());
    let cascade = ws.cascade();
    assert_eq!(cascade.unaligned_roots.len(), 1);
    let individuals_aligned = ws
        .goals
        .iter()
        .filter(|g| g.level == GoalLevel::Individual && cascade.is_aligned(g.id))
        .count();
    assert!(individuals_aligned >= 6);
}

#[test]
fn an_empty_perspective_is_reported() {
    let mut ws = demo::partnership(now());
    ws.goals.retain(|g| {
        !(g.level == GoalLevel::Strategic && g.perspective == Perspective::LearningGrowth)
    });
    assert_eq!(
        balance::summary(&balance::check(&ws, None)).as_deref(),
        Some("The scorecard is unbalanced: there is no strategic goal in Learning and growth.")
    );
    let only_council = balance::check(&ws, Some(demo::COUNCIL));
    assert_eq!(
        balance::summary(&only_council).as_deref(),
        Some("The scorecard is unbalanced: there is no strategic goal in Financial or Learning and growth.")
    );
}

#[test]
fn the_demo_reviews_are_valid_and_the_work_list_is_realistic() {
    let ws = demo::partnership(now());
    assert!(
        ws.reviews.len() > ws.people.len(),
        "an appraisal each, plus team and strategic reviews"
    );
    for r in &ws.reviews {
        let errors = ws.validate_review(r);
        assert!(
            errors.is_empty(),
            "{}: {errors}",
            ws.subject_title(&r.subject)
        );
    }
    let work = ws.organisation_work(demo::TRUST, now().date_naive());
    let titles: Vec<&str> = work.reviews.iter().map(|r| r.title.as_str()).collect();
    assert!(
        titles.contains(&"Team review: Emergency department"),
        "{titles:?}"
    );
    assert!(
        work.reviews.len() <= 8,
        "not every appraisal at once: {titles:?}"
    );
    assert!(work
        .actions
        .iter()
        .any(|a| a.state == scorecard_core::reviews::DueState::Overdue));
}
