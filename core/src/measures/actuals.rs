//! Entering actuals, one or many at once, with corrections kept in each actual's history.

use std::collections::HashMap;

use crate::analysis::Period;
use crate::model::{Actual, ActualRevision, Id, Measure, Timestamp};
use crate::validation::{self as v, ValidationErrors};
use crate::workspace::Workspace;

use super::edit::measure_gone;
use super::validate::frequency_message;
use super::MAX_NOTE;

impl Workspace {
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
}

/// Puts valid `entries` into `measure`'s actuals, in period order. A correction keeps the
/// earlier value, note, who and when in the history; the same value and note again changes
/// nothing.
fn enter_actuals(measure: &mut Measure, entries: &[(Period, f64, &str)], by: &str, now: Timestamp) {
    let actuals = &mut measure.actuals;
    // Actuals are kept in period order so that a period is found by binary search; only data
    // imported out of order needs sorting here.
    if !actuals.is_sorted_by_key(|a| a.period) {
        crate::order::sort_by_key(actuals, |a| a.period);
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
        crate::order::sort_by_key(actuals, |a| a.period);
    }
    if changed {
        measure.stamps.updated_at = now;
    }
}
