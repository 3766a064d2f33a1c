//! Measures in the workspace: validation, saving, entering data and self-assessments, and the
//! status of a measure, a goal and a Balanced Scorecard perspective.
//!
//! Every edit validates first and changes nothing when it fails. Every number saved is finite:
//! JSON has no NaN, so one would be stored as `null` and the whole workspace would then fail to
//! load.
//!
//! Status functions never fail: anything that cannot be worked out from (possibly imported)
//! data is left out and explained in plain words rather than reported as an error.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use crate::analysis::{
    self, forecast, rag, roll_up, self_assessment_disagreement, xmr_chart, AssuranceIcon,
    Disagreement, Forecast, ForecastError, Frequency, Grace, MeasureKind, Period, PeriodValue,
    Polarity, RagStatus, RollupMethod, SpcChart, Tolerance, VariationIcon,
};
use crate::model::{
    Actual, ActualRevision, GoalLevel, Id, Measure, Perspective, SelfAssessment, Stamps, Timestamp,
};
use crate::validation::{self as v, ValidationErrors};
use crate::workspace::{DeleteError, Workspace};

/// Longest measure name.
pub const MAX_MEASURE_NAME: usize = 150;
/// Longest measure definition.
pub const MAX_DEFINITION: usize = v::MAX_DESCRIPTION;
/// Longest unit, e.g. "patients".
pub const MAX_UNIT: usize = 20;
/// Longest data source.
pub const MAX_DATA_SOURCE: usize = 200;
/// Longest note on an actual or self-assessment narrative.
pub const MAX_NOTE: usize = v::MAX_DESCRIPTION;
/// Lowest self-assessment confidence.
pub const MIN_CONFIDENCE: u8 = 1;
/// Highest self-assessment confidence.
pub const MAX_CONFIDENCE: u8 = 5;

/// Everything a screen shows about a measure's performance on a given day.
#[derive(Debug, Clone, PartialEq)]
pub struct MeasureSummary {
    /// The headline status (see [`measure_status`] for how it is chosen).
    pub status: RagStatus,
    /// The latest actual entered, for any period.
    pub latest: Option<PeriodValue>,
    /// The trajectory's value for the latest actual's period, if it has one.
    pub planned: Option<f64>,
    /// The latest trajectory period whose data should be in by now.
    pub latest_due: Option<Period>,
    /// Forecast for the target period, when there is a trajectory and data to forecast from.
    pub forecast: Option<Forecast>,
    /// The owner's self-assessment for the latest actual's period (with no actuals, their most
    /// recent one).
    pub self_assessment: Option<SelfAssessment>,
    /// Where that self-assessment and the data's status disagree.
    pub disagreement: Option<Disagreement>,
    /// Periods of the SPC chart's points, in order (`spc.points[i]` is for `spc_periods[i]`).
    pub spc_periods: Vec<Period>,
    /// The SPC chart, when there are at least 2 points to chart.
    pub spc: Option<SpcChart>,
    /// Variation icon for the latest charted point.
    pub variation: Option<VariationIcon>,
    /// Assurance icon: can the process be relied on to meet the target?
    pub assurance: Option<AssuranceIcon>,
    /// Plain-English reasons why part of the summary could not be worked out.
    pub notes: Vec<String>,
}

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
fn frequency_message(what: &str, frequency: Frequency) -> String {
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

/// Error for an edit to a measure that is not in the workspace.
fn measure_gone() -> ValidationErrors {
    let mut errors = ValidationErrors::default();
    errors.push("measure", "That measure no longer exists");
    errors
}

impl Workspace {
    /// The measure with `id`.
    pub fn measure(&self, id: Id) -> Option<&Measure> {
        self.measures.get(id)
    }

    /// The measures of goal `goal_id`, in the order they were added.
    pub fn measures_of_goal(&self, goal_id: Id) -> Vec<&Measure> {
        self.measures
            .iter()
            .filter(|m| m.goal_id == goal_id)
            .collect()
    }

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

    /// Adds or updates a measure. Actuals and self-assessments are kept in period order.
    ///
    /// The whole record is replaced, data included; enter data with
    /// [`Workspace::record_actual`] so corrections keep their history.
    pub fn save_measure(
        &mut self,
        mut measure: Measure,
        now: Timestamp,
    ) -> Result<(), ValidationErrors> {
        self.validate_measure(&measure).into_result()?;
        measure.name = measure.name.trim().to_string();
        measure.unit = measure.unit.trim().to_string();
        measure.data_source = measure.data_source.trim().to_string();
        measure.actuals.sort_by_key(|a| a.period);
        measure.self_assessments.sort_by_key(|s| s.period);
        measure.spc.rebase_at.sort();
        measure.spc.rebase_at.dedup();
        measure.stamps = Stamps::saved(self.measure(measure.id).map(|m| m.stamps), now);
        self.measures.upsert(measure);
        Ok(())
    }

    /// Deletes a measure and all its data.
    pub fn delete_measure(&mut self, id: Id, now: Timestamp) -> Result<(), DeleteError> {
        if self.measure(id).is_none() {
            return Err(DeleteError::NotFound);
        }
        self.record_deletion(crate::exchange::RecordKind::Measure, id, now);
        self.measures.remove(id);
        Ok(())
    }

    /// Enters the actual for `period`. If one is already there, it is corrected: the earlier
    /// value, note, who and when go into its history. Entering exactly the same value and note
    /// again changes nothing, so saving a form twice does not clutter the history.
    ///
    /// Field keys: `measure`, `period`, `value`, `note`, `entered_by`.
    pub fn record_actual(
        &mut self,
        measure_id: Id,
        period: Period,
        value: f64,
        note: &str,
        by: &str,
        now: Timestamp,
    ) -> Result<(), ValidationErrors> {
        self.record_actuals(measure_id, [(period, value, note)], by, now)
            .map_err(|(_, errors)| errors)
    }

    /// Enters several actuals for one measure, each as [`Workspace::record_actual`] would, in
    /// time proportional to the measure's data plus the entries rather than their product:
    /// each period is found by a binary search and new actuals are sorted in once, at the end.
    ///
    /// All or nothing: if an entry is refused, nothing changes and the error comes back with
    /// the entry's position (from 0). Field keys as for [`Workspace::record_actual`].
    pub fn record_actuals<'a>(
        &mut self,
        measure_id: Id,
        entries: impl IntoIterator<Item = (Period, f64, &'a str)>,
        by: &str,
        now: Timestamp,
    ) -> Result<(), (usize, ValidationErrors)> {
        let Some(measure) = self.measures.get(measure_id) else {
            return Err((0, measure_gone()));
        };
        let frequency = measure.frequency;
        let entries: Vec<(Period, f64, &str)> = entries.into_iter().collect();
        for (position, &(period, value, note)) in entries.iter().enumerate() {
            let mut errors = ValidationErrors::default();
            if period.frequency() != frequency {
                errors.push("period", frequency_message("The period", frequency));
            }
            if !value.is_finite() {
                errors.push("value", "Actual must be a number");
            }
            errors.max_len("note", "the note", note, MAX_NOTE);
            errors.max_len("entered_by", "the name", by, v::MAX_NAME);
            errors.into_result().map_err(|e| (position, e))?;
        }
        // Marked for saving only once the edit is known to be valid.
        let measure = self.measures.get_mut(measure_id).expect("found above");
        enter_actuals(measure, &entries, by.trim(), now);
        Ok(())
    }

    /// Records the owner's self-assessment for its period, replacing any earlier one for the
    /// same period.
    ///
    /// Field keys: `measure`, `period`, `confidence`, `narrative`, `assessed_by`.
    pub fn record_self_assessment(
        &mut self,
        measure_id: Id,
        mut assessment: SelfAssessment,
    ) -> Result<(), ValidationErrors> {
        let Some(measure) = self.measures.get(measure_id) else {
            return Err(measure_gone());
        };
        let mut errors = ValidationErrors::default();
        if assessment.period.frequency() != measure.frequency {
            errors.push("period", frequency_message("The period", measure.frequency));
        }
        if !(MIN_CONFIDENCE..=MAX_CONFIDENCE).contains(&assessment.confidence) {
            errors.push("confidence", "Choose a confidence level from 1 to 5");
        }
        errors.max_len(
            "narrative",
            "the narrative",
            &assessment.narrative,
            MAX_NOTE,
        );
        errors.max_len(
            "assessed_by",
            "the name",
            &assessment.assessed_by,
            v::MAX_NAME,
        );
        errors.into_result()?;
        // Marked for saving only once the edit is known to be valid.
        let measure = self.measures.get_mut(measure_id).expect("found above");

        assessment.narrative = assessment.narrative.trim().to_string();
        assessment.assessed_by = assessment.assessed_by.trim().to_string();
        measure.stamps.updated_at = assessment.assessed_at;
        let list = &mut measure.self_assessments;
        match list.iter().position(|s| s.period == assessment.period) {
            Some(i) => list[i] = assessment,
            None => {
                let at = list.partition_point(|s| s.period < assessment.period);
                list.insert(at, assessment);
            }
        }
        Ok(())
    }

    /// A goal's status on `today`, rolled up from its measures (by their weights) and the
    /// goals below it (weight 1 each), all the way down the cascade.
    ///
    /// "Below" follows the cascade as drawn ([`crate::alignment::Cascade`]), which cuts a loop
    /// in imported parents so that no goal in it sits under another. Never fails: a goal that
    /// does not exist, or has nothing below it, is "No data yet"; see
    /// [`Workspace::perspective_status`] for how bad weights and thresholds are handled.
    pub fn goal_status(&self, goal_id: Id, today: NaiveDate, method: &RollupMethod) -> RagStatus {
        if self.goal(goal_id).is_none() {
            return RagStatus::NoDataYet;
        }
        let statuses = self.rolled_up_statuses(&[goal_id], today, method);
        statuses
            .get(&goal_id)
            .copied()
            .unwrap_or(RagStatus::NoDataYet)
    }

    /// A Balanced Scorecard perspective's status on `today`: the roll-up of the strategic goals
    /// in `perspective` (each weight 1), limited to goals that `organisation` owns or shares
    /// when one is given.
    ///
    /// Imported data is not trusted: a measure weight that is negative or not a number counts
    /// as 1 (so it cannot hide a red), weighted thresholds that are not usable fall back to
    /// worst-of, and a loop in the goals' parents is cut where it closes.
    pub fn perspective_status(
        &self,
        perspective: Perspective,
        organisation: Option<Id>,
        today: NaiveDate,
        method: &RollupMethod,
    ) -> RagStatus {
        let roots: Vec<Id> = self
            .goals
            .iter()
            .filter(|g| {
                g.level == GoalLevel::Strategic
                    && g.perspective == perspective
                    && organisation.is_none_or(|org| g.involves(org))
            })
            .map(|g| g.id)
            .collect();
        let statuses = self.rolled_up_statuses(&roots, today, method);
        let items: Vec<(RagStatus, f64)> = roots
            .iter()
            .filter_map(|id| statuses.get(id).map(|&s| (s, 1.0)))
            .collect();
        safe_roll_up(&items, method)
    }

    /// The status of every goal, in one pass: for pages that show many goals at once (the
    /// scorecard, the cascade), where calling [`Workspace::goal_status`] per goal would redo the
    /// shared work below each one.
    pub fn all_goal_statuses(
        &self,
        today: NaiveDate,
        method: &RollupMethod,
    ) -> HashMap<Id, RagStatus> {
        let ids: Vec<Id> = self.goals.iter().map(|g| g.id).collect();
        self.rolled_up_statuses(&ids, today, method)
    }

    /// Statuses of `roots` and every goal below them, computed bottom-up without recursion so
    /// a very deep (imported) cascade cannot overflow the stack.
    fn rolled_up_statuses(
        &self,
        roots: &[Id],
        today: NaiveDate,
        method: &RollupMethod,
    ) -> HashMap<Id, RagStatus> {
        self.rolled_up_statuses_in(&self.cascade(), roots, today, method)
    }

    /// [`rolled_up_statuses`](Self::rolled_up_statuses) over a cascade already built.
    pub(crate) fn rolled_up_statuses_in(
        &self,
        cascade: &crate::alignment::Cascade,
        roots: &[Id],
        today: NaiveDate,
        method: &RollupMethod,
    ) -> HashMap<Id, RagStatus> {
        let mut by_goal: HashMap<Id, Vec<&Measure>> = HashMap::new();
        for m in &self.measures {
            by_goal.entry(m.goal_id).or_default().push(m);
        }
        let mut done: HashMap<Id, RagStatus> = HashMap::new();
        let mut visited: HashSet<Id> = HashSet::new();
        let mut stack: Vec<(Id, bool)> = roots.iter().rev().map(|&id| (id, false)).collect();
        while let Some((id, children_done)) = stack.pop() {
            if children_done {
                let own = by_goal.get(&id).into_iter().flatten().map(|m| {
                    (
                        data_status(m, &period_values(m), today, &mut Vec::new()).0,
                        safe_weight(m.weight),
                    )
                });
                // A child not yet done is an ancestor reached through a loop: leave it out.
                let children: Vec<(RagStatus, f64)> = cascade
                    .children_of(id)
                    .iter()
                    .filter_map(|c| done.get(c).map(|&s| (s, 1.0)))
                    .collect();
                let all: Vec<(RagStatus, f64)> = own.chain(children).collect();
                done.insert(id, safe_roll_up(&all, method));
            } else if visited.insert(id) {
                stack.push((id, true));
                stack.extend(
                    cascade
                        .children_of(id)
                        .iter()
                        .rev()
                        .filter(|c| !visited.contains(*c))
                        .map(|&c| (c, false)),
                );
            }
        }
        done
    }
}

/// Puts valid `entries` into `measure`'s actuals, in period order. A correction keeps the
/// earlier value, note, who and when in the history; the same value and note again changes
/// nothing.
fn enter_actuals(measure: &mut Measure, entries: &[(Period, f64, &str)], by: &str, now: Timestamp) {
    let actuals = &mut measure.actuals;
    // Actuals are kept in period order so that a period is found by binary search; only data
    // imported out of order needs sorting here.
    if !actuals.is_sorted_by_key(|a| a.period) {
        actuals.sort_by_key(|a| a.period);
    }
    let in_order = actuals.len();
    // New actuals go on the end and are sorted in once: inserting each in its place would shift
    // every later actual, every time.
    let mut added: HashMap<Period, usize> = HashMap::new();
    let mut changed = false;
    for &(period, value, note) in entries {
        let note = note.trim();
        let found = actuals[..in_order]
            .binary_search_by_key(&period, |a| a.period)
            .ok()
            .or_else(|| added.get(&period).copied());
        match found {
            Some(i) => {
                let existing = &mut actuals[i];
                if existing.value == value && existing.note == note {
                    continue;
                }
                existing.history.push(ActualRevision {
                    value: existing.value,
                    note: std::mem::replace(&mut existing.note, note.to_string()),
                    changed_at: existing.entered_at,
                    changed_by: std::mem::replace(&mut existing.entered_by, by.to_string()),
                });
                existing.value = value;
                existing.entered_at = now;
            }
            None => {
                added.insert(period, actuals.len());
                actuals.push(Actual {
                    period,
                    value,
                    note: note.to_string(),
                    entered_at: now,
                    entered_by: by.to_string(),
                    history: Vec::new(),
                });
            }
        }
        changed = true;
    }
    if !added.is_empty() {
        actuals.sort_by_key(|a| a.period);
    }
    if changed {
        measure.stamps.updated_at = now;
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

/// A weight the roll-up accepts: a bad one counts fully, so it cannot hide a red.
fn safe_weight(weight: f64) -> f64 {
    if weight.is_finite() && weight >= 0.0 {
        weight
    } else {
        1.0
    }
}

/// Rolls up with `method`, falling back to worst-of if the method's thresholds are unusable.
fn safe_roll_up(items: &[(RagStatus, f64)], method: &RollupMethod) -> RagStatus {
    roll_up(items, method)
        .or_else(|_| roll_up(items, &RollupMethod::WorstOf))
        .unwrap_or(RagStatus::NoDataYet)
}

/// The measure's finite actuals as period values, in period order.
fn period_values(measure: &Measure) -> Vec<PeriodValue> {
    // Built in code (not loaded), a measure could hold a NaN; skipping it keeps the rest usable.
    let mut values: Vec<PeriodValue> = measure
        .actuals
        .iter()
        .filter(|a| a.value.is_finite())
        .map(|a| PeriodValue::new(a.period, a.value))
        .collect();
    values.sort_by_key(|v| v.period);
    values
}

/// Status and latest due period from the measure's `values` ([`period_values`]), noting in
/// `notes` why a status could not be given.
fn data_status(
    measure: &Measure,
    values: &[PeriodValue],
    today: NaiveDate,
    notes: &mut Vec<String>,
) -> (RagStatus, Option<Period>) {
    if let Some(trajectory) = &measure.trajectory {
        return match analysis::measure_status(
            trajectory,
            values,
            &measure.polarity,
            &measure.tolerance,
            Grace::default(),
            today,
        ) {
            Ok(s) => (s.status, s.latest_due),
            Err(e) => {
                notes.push(format!("The status could not be worked out ({e})."));
                (RagStatus::NoDataYet, None)
            }
        };
    }
    // Without a trajectory a band measure can still be rated: the band is the plan. A
    // directional measure has nothing to compare with, and rating it against the year-end
    // target would be the pro-rata mistake, so it has no RAG.
    let Some(latest) = values.last() else {
        return (RagStatus::NoDataYet, None);
    };
    if measure.polarity.band().is_some() {
        // `planned` is not used for a band.
        match rag(
            latest.value,
            latest.value,
            &measure.polarity,
            &measure.tolerance,
        ) {
            Ok(r) => (r.into(), None),
            Err(e) => {
                notes.push(format!("The status could not be worked out ({e})."));
                (RagStatus::NoDataYet, None)
            }
        }
    } else {
        notes.push(
            "There is no trajectory, so the actuals cannot be rated against a plan.".to_string(),
        );
        (RagStatus::NoDataYet, None)
    }
}

/// The series the SPC chart shows, with the period of each point.
///
/// A cumulative measure is charted as the amount added in each period (its running total less
/// the previous period's), since running totals always rise and would look like a trend. The
/// total restarts each financial year; a period whose previous period has no actual is left
/// out, as its own amount is unknown.
fn spc_series(measure: &Measure, values: &[PeriodValue]) -> (Vec<Period>, Vec<f64>) {
    match measure.kind {
        MeasureKind::Point => values.iter().map(|v| (v.period, v.value)).unzip(),
        MeasureKind::Cumulative => values
            .iter()
            .enumerate()
            .filter_map(|(i, v)| {
                let starts_year = v.period.previous().is_none_or(|p| {
                    analysis::financial_year_start(p.start())
                        != analysis::financial_year_start(v.period.start())
                });
                if starts_year {
                    return Some((v.period, v.value));
                }
                let previous = i.checked_sub(1).and_then(|j| values.get(j))?;
                let amount = v.value - previous.value;
                (v.period.previous() == Some(previous.period) && amount.is_finite())
                    .then_some((v.period, amount))
            })
            .unzip(),
    }
}

/// A measure's performance on `today`: status, latest data, forecast, self-assessment and SPC.
///
/// The status is [`analysis::measure_status`] against the trajectory, with data due one period
/// after each period ends ([`Grace::default`]). Without a trajectory:
/// * a keep-within-a-range measure is rated on its latest actual (the range is the plan);
/// * any other measure is "No data yet" with a note, because there is no plan to rate against
///   and rating against the year-end target would wrongly call a back-loaded plan off track.
///
/// The SPC chart needs at least 2 points; a cumulative measure is charted as amounts per period
/// and gets no assurance icon (its target is a year's total, not a period's). A point measure's
/// assurance uses its target, or else the trajectory's last value.
///
/// Never panics; whatever cannot be worked out is left as `None` and explained in `notes`.
pub fn measure_status(measure: &Measure, today: NaiveDate) -> MeasureSummary {
    let mut notes = Vec::new();
    let values = period_values(measure);
    let (status, latest_due) = data_status(measure, &values, today, &mut notes);
    let latest = values.last().copied();
    let planned = latest.and_then(|l| measure.trajectory.as_ref()?.planned_for(&l.period));

    let forecast = match &measure.trajectory {
        Some(trajectory) => match forecast(trajectory, &values, &measure.polarity) {
            Ok(f) => Some(f),
            Err(ForecastError::NoActuals) => None,
            Err(e) => {
                notes.push(format!("No forecast could be made ({e})."));
                None
            }
        },
        None => None,
    };

    let self_assessment = match latest {
        Some(l) => measure.self_assessment_for(&l.period),
        None => measure.self_assessments.iter().max_by_key(|s| s.period),
    }
    .cloned();
    let disagreement = self_assessment
        .as_ref()
        .and_then(|sa| self_assessment_disagreement(sa.rag, status));

    let (spc_periods, series) = spc_series(measure, &values);
    let spc = if series.len() >= 2 {
        let target = match measure.kind {
            MeasureKind::Cumulative => None,
            MeasureKind::Point => measure.target.map(|t| t.value).or_else(|| {
                measure
                    .trajectory
                    .as_ref()
                    .and_then(|t| t.target())
                    .map(|t| t.value)
            }),
        };
        let options = measure.spc.to_options(&spc_periods);
        match xmr_chart(&series, &options, Some(&measure.polarity), target) {
            Ok(chart) => Some(chart),
            Err(e) => {
                notes.push(format!("The SPC chart could not be drawn ({e})."));
                None
            }
        }
    } else {
        None
    };

    MeasureSummary {
        status,
        latest,
        planned,
        latest_due,
        forecast,
        self_assessment,
        disagreement,
        variation: spc.as_ref().and_then(|c| c.variation),
        assurance: spc.as_ref().and_then(|c| c.assurance),
        spc_periods: if spc.is_some() {
            spc_periods
        } else {
            Vec::new()
        },
        spc,
        notes,
    }
}
