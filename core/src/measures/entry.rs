//! The choices the measure page's forms offer: periods to enter data for, the period most
//! likely next, and the periods the SPC chart can start a new section from. Each costs a few
//! years of periods or the chart's window, whatever the length of the history.

use chrono::NaiveDate;

use super::page::SPC_WINDOW;
use crate::analysis::{Frequency, Period};
use crate::chart::recent_window;
use crate::format::period_choices;
use crate::model::Measure;

/// Periods offered for entering data on `today`: the last three years up to the current
/// period, newest first.
pub fn entry_periods(frequency: Frequency, today: NaiveDate) -> Vec<Period> {
    let current = Period::containing(frequency, today);
    let back = i64::from(frequency.periods_per_year()) * 3;
    let mut list = period_choices(frequency, current, back, 0);
    list.reverse();
    list
}

/// The period most likely to be entered next on `today`: the most recent complete period
/// without data in the last year, else the last complete period.
pub fn next_period(measure: &Measure, today: NaiveDate) -> Option<Period> {
    let current = Period::containing(measure.frequency, today);
    let last_complete = current.previous()?;
    let mut p = last_complete;
    for _ in 0..measure.frequency.periods_per_year() {
        if measure.actual_for(&p).is_none() {
            return Some(p);
        }
        p = p.previous()?;
    }
    Some(last_complete)
}

/// The periods the SPC options offer to start a new section from, in order: those of the
/// latest [`SPC_WINDOW`] actuals (the points the chart shows) but never the first actual,
/// which starts the chart anyway; and any chosen already, so they can be taken off.
pub fn rebase_choices(measure: &Measure) -> Vec<Period> {
    let actuals = &measure.actuals;
    let window = recent_window(actuals.len(), SPC_WINDOW);
    let mut periods: Vec<Period> = actuals[window.start.max(1).min(actuals.len())..]
        .iter()
        .map(|a| a.period)
        .collect();
    periods.extend(measure.spc.rebase_at.iter().copied());
    crate::order::sort(&mut periods);
    periods.dedup();
    periods
}
