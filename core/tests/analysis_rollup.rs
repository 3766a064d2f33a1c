//! Roll-up of statuses to goals and perspectives, and self-assessment disagreement.

use scorecard_core::analysis::{
    goal_status, perspective_status, roll_up, self_assessment_disagreement, weighted_score, Rag,
    RagStatus, RollupError, RollupMethod, WeightedThresholds,
};

use RagStatus::{Amber, DataOverdue, Green, NoDataYet, NotYetDue, Red};

fn worst(statuses: &[RagStatus]) -> RagStatus {
    let items: Vec<(RagStatus, f64)> = statuses.iter().map(|&s| (s, 1.0)).collect();
    roll_up(&items, &RollupMethod::WorstOf).unwrap()
}

fn weighted(items: &[(RagStatus, f64)]) -> RagStatus {
    roll_up(
        items,
        &RollupMethod::WeightedAverage(WeightedThresholds::default()),
    )
    .unwrap()
}

#[test]
fn worst_of_is_the_default() {
    assert_eq!(RollupMethod::default(), RollupMethod::WorstOf);
    assert_eq!(worst(&[Green, Green]), Green);
    assert_eq!(worst(&[Green, Amber]), Amber);
    assert_eq!(worst(&[Green, Amber, Red]), Red);
}

#[test]
fn missing_data_never_hides_a_red() {
    assert_eq!(worst(&[NoDataYet, Red]), Red);
    assert_eq!(worst(&[NotYetDue, Red, NoDataYet]), Red);
    assert_eq!(worst(&[DataOverdue, Red]), Red);
}

#[test]
fn overdue_counts_as_amber_alongside_data() {
    assert_eq!(worst(&[Green, DataOverdue]), Amber);
    assert_eq!(worst(&[Amber, DataOverdue]), Amber);
}

#[test]
fn not_yet_expected_data_does_not_pull_green_down() {
    assert_eq!(worst(&[Green, NoDataYet]), Green);
    assert_eq!(worst(&[Green, NotYetDue]), Green);
}

#[test]
fn without_any_rag() {
    assert_eq!(worst(&[]), NoDataYet);
    assert_eq!(worst(&[NotYetDue, NotYetDue]), NotYetDue);
    assert_eq!(worst(&[NotYetDue, NoDataYet]), NoDataYet);
    assert_eq!(worst(&[NoDataYet, DataOverdue, NotYetDue]), DataOverdue);
}

#[test]
fn zero_weight_does_not_count_and_bad_weights_are_errors() {
    assert_eq!(
        roll_up(&[(Green, 1.0), (Red, 0.0)], &RollupMethod::WorstOf),
        Ok(Green)
    );
    assert_eq!(
        roll_up(&[(Green, 1.0), (Red, -1.0)], &RollupMethod::WorstOf),
        Err(RollupError::InvalidWeight { position: 2 })
    );
    assert_eq!(
        roll_up(&[(Green, f64::NAN)], &RollupMethod::WorstOf),
        Err(RollupError::InvalidWeight { position: 1 })
    );
    assert_eq!(
        RollupError::InvalidWeight { position: 2 }.to_string(),
        "item 2: weight must be a number of zero or more"
    );
}

#[test]
fn weighted_average_scores_and_thresholds() {
    // Green 1, amber 0.5, red 0. Green from 0.8, amber from 0.5.
    // 3 green + 1 amber: 3.5 / 4 = 0.875 → green.
    assert_eq!(
        weighted(&[(Green, 1.0), (Green, 1.0), (Green, 1.0), (Amber, 1.0)]),
        Green
    );
    // green + amber: 0.75 → amber.
    assert_eq!(weighted(&[(Green, 1.0), (Amber, 1.0)]), Amber);
    // 3 green + 2 amber: 4 / 5 = 0.8 exactly → green.
    assert_eq!(
        weighted(&[
            (Green, 1.0),
            (Green, 1.0),
            (Green, 1.0),
            (Amber, 1.0),
            (Amber, 1.0)
        ]),
        Green
    );
    // green + red: 0.5 → amber; green + 2 red: 0.333 → red.
    assert_eq!(weighted(&[(Green, 1.0), (Red, 1.0)]), Amber);
    assert_eq!(weighted(&[(Green, 1.0), (Red, 1.0), (Red, 1.0)]), Red);
    // Weights matter: green ×9, red ×1 → 0.9 → green (an average can outweigh a red).
    assert_eq!(weighted(&[(Green, 9.0), (Red, 1.0)]), Green);
    assert_eq!(weighted_score(&[(Green, 9.0), (Red, 1.0)]), Ok(Some(0.9)));
    // Overdue scores as amber: green + overdue = 0.75 → amber.
    assert_eq!(weighted(&[(Green, 1.0), (DataOverdue, 1.0)]), Amber);
    // No-data items are left out.
    assert_eq!(
        weighted(&[(Green, 1.0), (NoDataYet, 5.0), (NotYetDue, 5.0)]),
        Green
    );
    assert_eq!(weighted(&[(NoDataYet, 1.0)]), NoDataYet);
    assert_eq!(weighted(&[(DataOverdue, 1.0)]), DataOverdue);
    assert_eq!(weighted(&[]), NoDataYet);
    assert_eq!(weighted_score(&[(NoDataYet, 1.0)]), Ok(None));
}

#[test]
fn custom_and_invalid_thresholds() {
    let strict = RollupMethod::WeightedAverage(WeightedThresholds {
        green_at_least: 1.0,
        amber_at_least: 0.9,
    });
    assert_eq!(roll_up(&[(Green, 9.0), (Amber, 1.0)], &strict), Ok(Amber));
    let backwards = RollupMethod::WeightedAverage(WeightedThresholds {
        green_at_least: 0.4,
        amber_at_least: 0.6,
    });
    assert_eq!(
        roll_up(&[(Green, 1.0)], &backwards),
        Err(RollupError::InvalidThresholds)
    );
}

#[test]
fn goal_and_perspective() {
    let measures = [(Green, 1.0), (Green, 2.0)];
    let child_goals = [(Red, 1.0)];
    assert_eq!(
        goal_status(&measures, &child_goals, &RollupMethod::WorstOf),
        Ok(Red)
    );
    assert_eq!(
        goal_status(&measures, &[], &RollupMethod::WorstOf),
        Ok(Green)
    );
    let goals = [(Green, 1.0), (Amber, 1.0), (NotYetDue, 1.0)];
    assert_eq!(
        perspective_status(&goals, &RollupMethod::WorstOf),
        Ok(Amber)
    );
}

#[test]
fn self_assessment_disagreement_messages() {
    let d = self_assessment_disagreement(Rag::Green, Red).unwrap();
    assert_eq!(d.message, "Self-assessed green, data red");
    assert!(d.self_more_positive);
    assert_eq!((d.self_assessed, d.data), (Rag::Green, Rag::Red));

    let d = self_assessment_disagreement(Rag::Red, Amber).unwrap();
    assert_eq!(d.message, "Self-assessed red, data amber");
    assert!(!d.self_more_positive);

    assert_eq!(self_assessment_disagreement(Rag::Amber, Amber), None);
    // No RAG from the data: nothing to disagree with.
    assert_eq!(self_assessment_disagreement(Rag::Green, NoDataYet), None);
    assert_eq!(self_assessment_disagreement(Rag::Green, DataOverdue), None);
    assert_eq!(self_assessment_disagreement(Rag::Green, NotYetDue), None);
}
