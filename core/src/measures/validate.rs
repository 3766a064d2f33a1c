//! The rules a measure must meet to be saved, with one message per problem under its field.

use std::collections::HashSet;

use crate::analysis::{Frequency, MeasureKind, PeriodValue, Polarity, Tolerance};
use crate::model::Measure;
use crate::validation::ValidationErrors;
use crate::workspace::Workspace;

use super::{
    MAX_CONFIDENCE, MAX_DATA_SOURCE, MAX_DEFINITION, MAX_MEASURE_NAME, MAX_NOTE, MAX_UNIT,
    MIN_CONFIDENCE,
};

/// Lower-case period noun with article, e.g. "a month".
fn period_noun(frequency: Frequency) -> &'static str {
    match frequency {
        Frequency::Monthly => "a month",
        Frequency::Quarterly => "a quarter",
        Frequency::Annual => "a financial year",
    }
}

/// Lower-case plural period noun, e.g. "months".
fn period_plural(frequency: Frequency) -> &'static str {
    match frequency {
        Frequency::Monthly => "months",
        Frequency::Quarterly => "quarters",
        Frequency::Annual => "financial years",
    }
}

/// Message for a period of the wrong frequency; `what` starts the sentence.
pub(super) fn frequency_message(what: &str, frequency: Frequency) -> String {
    format!(
        "{what} must be {}, to match how often the measure is reported",
        period_noun(frequency)
    )
}

/// Checks `value` is finite, then not below zero.
fn non_negative(errors: &mut ValidationErrors, field: &'static str, label: &str, value: f64) {
    if !value.is_finite() {
        errors.push(field, format!("{label} must be a number"));
    } else if value < 0.0 {
        errors.push(field, format!("{label} must be 0 or more"));
    }
}

/// Checks a long free-text field on one item of a list, naming the item in the message.
fn item_text(
    errors: &mut ValidationErrors,
    field: &'static str,
    label: String,
    value: &str,
    max: usize,
) {
    let len = value.chars().count();
    if len > max {
        errors.push(
            field,
            format!("{label} must be {max} characters or fewer (it has {len})"),
        );
    }
}

impl Workspace {
    /// Problems with `measure` as it would be saved. Field keys: `name`, `definition`, `unit`,
    /// `data_source`, `goal`, `band_lower`, `band_upper`, `baseline_period`, `baseline_value`,
    /// `target_period`, `target_value`, `tolerance`, `weight`, `trajectory`, `actuals`,
    /// `self_assessments`, `spc_rebase_at`, `spc_freeze_after`.
    pub fn validate_measure(&self, measure: &Measure) -> ValidationErrors {
        let mut errors = ValidationErrors::default();
        let frequency = measure.frequency;

        if measure.name.trim().is_empty() {
            errors.push("name", "Enter a name for the measure");
        } else {
            errors.max_len("name", "the name", &measure.name, MAX_MEASURE_NAME);
            // Two measures of one goal with the same name cannot be told apart on a scorecard.
            let clash = self.measures.iter().any(|m| {
                m.id != measure.id
                    && m.goal_id == measure.goal_id
                    && m.name.trim().eq_ignore_ascii_case(measure.name.trim())
            });
            if clash {
                errors.push("name", "This goal already has a measure with this name");
            }
        }
        errors.max_len(
            "definition",
            "the definition",
            &measure.definition,
            MAX_DEFINITION,
        );
        errors.max_len("unit", "the unit", &measure.unit, MAX_UNIT);
        errors.max_len(
            "data_source",
            "the data source",
            &measure.data_source,
            MAX_DATA_SOURCE,
        );
        if self.goal(measure.goal_id).is_none() {
            errors.push("goal", "Choose the goal the measure belongs to");
        }

        if let Polarity::WithinBand { lower, upper } = measure.polarity {
            let lower_ok = lower.is_finite();
            let upper_ok = upper.is_finite();
            if !lower_ok {
                errors.push("band_lower", "Lower end of the range must be a number");
            }
            if !upper_ok {
                errors.push("band_upper", "Upper end of the range must be a number");
            }
            if lower_ok && upper_ok && lower >= upper {
                errors.push(
                    "band_upper",
                    "Upper end of the range must be more than the lower end",
                );
            }
        }

        let mut check_point = |point: &Option<PeriodValue>,
                               period_field: &'static str,
                               value_field: &'static str,
                               label: &str| {
            if let Some(p) = point {
                if p.period.frequency() != frequency {
                    errors.push(
                        period_field,
                        frequency_message(&format!("{label} period"), frequency),
                    );
                }
                if !p.value.is_finite() {
                    errors.push(value_field, format!("{label} must be a number"));
                }
            }
        };
        check_point(
            &measure.baseline,
            "baseline_period",
            "baseline_value",
            "Baseline",
        );
        check_point(&measure.target, "target_period", "target_value", "Target");
        if let (Some(baseline), Some(target)) = (measure.baseline, measure.target) {
            let same_frequency =
                baseline.period.frequency() == frequency && target.period.frequency() == frequency;
            if same_frequency && target.period <= baseline.period {
                errors.push(
                    "target_period",
                    "Target period must be after the baseline period",
                );
            }
        }

        let tolerance = match measure.tolerance {
            Tolerance::Absolute(t) | Tolerance::PercentOfPlanned(t) => t,
        };
        non_negative(&mut errors, "tolerance", "Tolerance", tolerance);
        non_negative(&mut errors, "weight", "Weight", measure.weight);

        if let Some(trajectory) = &measure.trajectory {
            if trajectory.frequency() != Some(frequency) {
                errors.push(
                    "trajectory",
                    format!(
                        "Trajectory must be in {}, to match how often the measure is reported",
                        period_plural(frequency)
                    ),
                );
            }
            // The forecast reads the trajectory's kind, so it must agree with the measure's.
            if trajectory.kind() != measure.kind {
                errors.push(
                    "trajectory",
                    match measure.kind {
                        MeasureKind::Cumulative => {
                            "Trajectory must be running totals for the year, like the measure"
                        }
                        MeasureKind::Point => {
                            "Trajectory must give a value for each period, like the measure"
                        }
                    },
                );
            }
        }

        validate_actuals(measure, &mut errors);
        validate_self_assessments(measure, &mut errors);

        if measure
            .spc
            .rebase_at
            .iter()
            .any(|p| p.frequency() != frequency)
        {
            errors.push(
                "spc_rebase_at",
                frequency_message("Each period that starts a new section", frequency),
            );
        }
        if measure.spc.freeze_after.is_some_and(|n| n < 2) {
            errors.push(
                "spc_freeze_after",
                "Limits must be fixed on at least 2 points",
            );
        }
        errors
    }
}

fn validate_actuals(measure: &Measure, errors: &mut ValidationErrors) {
    let mut seen = HashSet::new();
    for actual in &measure.actuals {
        let label = actual.period.label();
        if actual.period.frequency() != measure.frequency {
            errors.push(
                "actuals",
                frequency_message(&format!("The actual for {label}"), measure.frequency),
            );
        }
        if !seen.insert(actual.period) {
            errors.push(
                "actuals",
                format!("There is more than one actual for {label}"),
            );
        }
        if !actual.value.is_finite() {
            errors.push(
                "actuals",
                format!("The actual for {label} must be a number"),
            );
        }
        if actual.history.iter().any(|r| !r.value.is_finite()) {
            errors.push(
                "actuals",
                format!("An earlier value of the actual for {label} is not a number"),
            );
        }
        item_text(
            errors,
            "actuals",
            format!("The note for {label}"),
            &actual.note,
            MAX_NOTE,
        );
    }
}

fn validate_self_assessments(measure: &Measure, errors: &mut ValidationErrors) {
    let mut seen = HashSet::new();
    for sa in &measure.self_assessments {
        let label = sa.period.label();
        if sa.period.frequency() != measure.frequency {
            errors.push(
                "self_assessments",
                frequency_message(
                    &format!("The self-assessment for {label}"),
                    measure.frequency,
                ),
            );
        }
        if !seen.insert(sa.period) {
            errors.push(
                "self_assessments",
                format!("There is more than one self-assessment for {label}"),
            );
        }
        if !(MIN_CONFIDENCE..=MAX_CONFIDENCE).contains(&sa.confidence) {
            errors.push(
                "self_assessments",
                format!("Confidence for {label} must be from 1 to 5"),
            );
        }
        item_text(
            errors,
            "self_assessments",
            format!("The narrative for {label}"),
            &sa.narrative,
            MAX_NOTE,
        );
    }
}
