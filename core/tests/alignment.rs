mod common;

use common::*;
use scorecard_core::alignment::NotAlignedReason;
use scorecard_core::workspace::ChildGoals;
use scorecard_core::GoalLevel;

#[test]
fn a_full_chain_is_aligned() {
    let c = chain();
    let cascade = c.ws.cascade();
    assert_eq!(cascade.strategic, vec![c.strategic]);
    assert_eq!(cascade.children_of(c.strategic), &[c.team]);
    assert_eq!(cascade.children_of(c.team), &[c.individual]);
    assert!(cascade.is_aligned(c.individual));
    assert!(cascade.unaligned_roots.is_empty());
    assert_eq!(cascade.unaligned_count(), 0);
}

#[test]
fn a_goal_with_no_parent_is_not_aligned_and_its_children_neither() {
    let mut c = chain();
    let orphan = goal(c.org, GoalLevel::Team, None, "Orphan team goal");
    let orphan_id = orphan.id;
    c.ws.save_goal(orphan, now()).unwrap();
    let child = goal(
        c.org,
        GoalLevel::Individual,
        Some(orphan_id),
        "Under orphan",
    );
    let child_id = child.id;
    c.ws.save_goal(child, now()).unwrap();

    let cascade = c.ws.cascade();
    assert_eq!(
        cascade.unaligned_roots,
        vec![(orphan_id, NotAlignedReason::NoParent)]
    );
    assert!(!cascade.is_aligned(child_id));
    assert_eq!(cascade.children_of(orphan_id), &[child_id]);
    assert_eq!(cascade.unaligned_count(), 2);
}

#[test]
fn deleting_a_team_goal_keeping_children_leaves_them_not_aligned() {
    let mut c = chain();
    let deleted =
        c.ws.delete_goal(c.team, ChildGoals::KeepUnaligned, later())
            .unwrap();
    assert_eq!(deleted, vec![c.team]);
    let child = c.ws.goal(c.individual).expect("child kept");
    assert_eq!(child.parent_id, None);
    assert_eq!(child.stamps.updated_at, later());
    let cascade = c.ws.cascade();
    assert_eq!(
        cascade.unaligned_roots,
        vec![(c.individual, NotAlignedReason::NoParent)]
    );
}

#[test]
fn deleting_a_goal_with_its_children_removes_the_whole_branch() {
    let mut c = chain();
    let deleted =
        c.ws.delete_goal(c.strategic, ChildGoals::DeleteThem, later())
            .unwrap();
    assert_eq!(deleted, vec![c.strategic, c.team, c.individual]);
    assert!(c.ws.goals.is_empty());
}

#[test]
fn a_parent_that_would_make_a_loop_is_refused_with_a_message_and_nothing_changes() {
    let mut c = chain();
    // Make the team goal sit under the individual goal below it: team → individual → team.
    let mut team = c.ws.goal(c.team).unwrap().clone();
    team.level = GoalLevel::Individual;
    team.parent_id = Some(c.individual);
    let before = c.ws.clone();
    let errors = c.ws.save_goal(team, later()).unwrap_err();
    let message = errors.for_field("parent").expect("parent error");
    assert!(message.starts_with("This would make a loop"), "{message}");
    assert!(
        message.contains("“Team” → “Individual” → “Team”"),
        "{message}"
    );
    assert_eq!(c.ws, before);
}

#[test]
fn a_goal_cannot_be_its_own_parent() {
    let c = chain();
    let mut team = c.ws.goal(c.team).unwrap().clone();
    team.parent_id = Some(c.team);
    let errors = c.ws.validate_goal(&team);
    assert_eq!(
        errors.for_field("parent"),
        Some("A goal cannot be its own parent")
    );
}

#[test]
fn a_team_goal_cannot_sit_under_an_individual_goal() {
    let c = chain();
    let t = goal(c.org, GoalLevel::Team, Some(c.individual), "Upside down");
    assert_eq!(
        c.ws.validate_goal(&t).for_field("parent"),
        Some("A team goal cannot sit under an individual goal; choose a goal at the same level or above")
    );
}

#[test]
fn a_strategic_goal_cannot_have_a_parent() {
    let c = chain();
    let s = goal(
        c.org,
        GoalLevel::Strategic,
        Some(c.strategic),
        "Nested strategic",
    );
    let errors = c.ws.validate_goal(&s);
    assert!(errors
        .for_field("parent")
        .unwrap()
        .starts_with("A strategic goal is at the top of the cascade"));
}

#[test]
fn possible_parents_exclude_the_goal_and_everything_below_it() {
    let c = chain();
    let parents: Vec<_> =
        c.ws.possible_parents(c.team, GoalLevel::Team)
            .into_iter()
            .map(|g| g.id)
            .collect();
    assert_eq!(parents, vec![c.strategic]);
    let for_new_individual: Vec<_> =
        c.ws.possible_parents(new_id(), GoalLevel::Individual)
            .into_iter()
            .map(|g| g.id)
            .collect();
    assert_eq!(for_new_individual, vec![c.strategic, c.team, c.individual]);
}

#[test]
fn imported_loops_and_missing_parents_are_reported_not_followed_forever() {
    let mut c = chain();
    // Data as it could arrive from a file, bypassing validation.
    let mut a = goal(c.org, GoalLevel::Team, None, "Loop A");
    let mut b = goal(c.org, GoalLevel::Team, None, "Loop B");
    a.parent_id = Some(b.id);
    b.parent_id = Some(a.id);
    let dangling = goal(c.org, GoalLevel::Team, Some(new_id()), "Dangling");
    let (a_id, b_id, d_id) = (a.id, b.id, dangling.id);
    for g in [a, b, dangling] {
        c.ws.goals.upsert(g);
    }

    let cascade = c.ws.cascade();
    assert_eq!(
        cascade.unaligned_roots,
        vec![
            (d_id, NotAlignedReason::ParentMissing),
            (a_id, NotAlignedReason::InLoop),
            (b_id, NotAlignedReason::InLoop),
        ]
    );
    assert!(cascade.children_of(a_id).is_empty());
    assert!(cascade.descendants(a_id).is_empty());
}

#[test]
fn the_cascade_of_thousands_of_goals_builds() {
    let mut c = chain();
    for n in 0..5000 {
        let parent = if n % 2 == 0 { Some(c.team) } else { None };
        c.ws.goals.upsert(goal(
            c.org,
            GoalLevel::Individual,
            parent,
            &format!("Goal {n}"),
        ));
    }
    let cascade = c.ws.cascade();
    assert_eq!(cascade.unaligned_count(), 2500);
    assert_eq!(cascade.children_of(c.team).len(), 2501);
}

#[test]
fn deleting_goals_leaves_tombstones_for_partners() {
    use scorecard_core::exchange::RecordKind;
    let mut c = chain();
    c.ws.delete_goal(c.team, ChildGoals::DeleteThem, later())
        .unwrap();
    for id in [c.team, c.individual] {
        let t = c.ws.tombstone(RecordKind::Goal, id).expect("tombstone");
        assert_eq!((t.organisation_id, t.deleted_at), (c.org, later()));
    }
    assert!(c.ws.tombstone(RecordKind::Goal, c.strategic).is_none());
}
