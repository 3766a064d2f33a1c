//! Enter, or correct, the actual for a period.

use leptos::prelude::*;
use scorecard_core::analysis::MeasureKind;
use scorecard_core::format::{parse_number, parse_period, period_key, value};
use scorecard_core::measures::{entry_periods, next_period};
use scorecard_core::{Id, Measure, ValidationErrors};

use super::{period_select_choices, Saved};
use crate::app::state::{now, AppState};
use crate::ui::fields::{
    error_for, field_id, focus_error_summary, ErrorSummary, SelectField, TextField,
};

/// Enter (or correct) the actual for a period. A correction keeps the earlier value.
#[component]
pub fn EnterActualForm(measure: Measure) -> impl IntoView {
    const PREFIX: &str = "actual";
    let state = AppState::get();
    let id: Id = measure.id;
    let frequency = measure.frequency;
    let unit = measure.unit.clone();
    let today = now().date_naive();
    let periods = entry_periods(frequency, today);
    let period = RwSignal::new(
        next_period(&measure, today)
            .map(|p| period_key(&p))
            .unwrap_or_default(),
    );
    let amount = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let by = RwSignal::new(String::new());
    let errors = RwSignal::new(ValidationErrors::default());
    let saved = RwSignal::new(None::<String>);
    let summary = NodeRef::new();

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        saved.set(None);
        let mut problems = ValidationErrors::default();
        let chosen = parse_period(frequency, &period.get_untracked());
        if chosen.is_none() {
            problems.push("period", "Choose the period the value is for");
        }
        let number = parse_number(&amount.get_untracked());
        if amount.get_untracked().trim().is_empty() {
            problems.push("value", "Enter the actual value");
        } else if number.is_none() {
            problems.push("value", "Enter the actual as a number, for example 72.5");
        }
        let (Some(p), Some(v), true) = (chosen, number, problems.is_empty()) else {
            errors.set(problems);
            focus_error_summary(summary);
            return;
        };
        let previous = state.workspace.with_untracked(|ws| {
            ws.measure(id)
                .and_then(|m| m.actual_for(&p))
                .map(|a| a.value)
        });
        let unit = unit.clone();
        match state.edit(|ws| {
            ws.record_actual(id, p, v, &note.get_untracked(), &by.get_untracked(), now())
        }) {
            Ok(()) => {
                errors.set(ValidationErrors::default());
                state.confirm(saved, match previous {
                    Some(old) if old != v => format!(
                        "{} corrected from {} to {}. The earlier value is kept in the history below.",
                        p.label(), value(old, &unit), value(v, &unit)
                    ),
                    _ => format!("{} saved for {}.", value(v, &unit), p.label()),
                });
                amount.set(String::new());
                note.set(String::new());
            }
            Err(e) => {
                errors.set(e);
                focus_error_summary(summary);
            }
        }
    };
    let hint = match measure.kind {
        MeasureKind::Cumulative => {
            "This is a running total: enter the total for the financial year so far."
        }
        MeasureKind::Point => "The value for that period alone.",
    };
    let id_of = |f: &str| field_id(PREFIX, f);
    view! {
        <form class="form" novalidate on:submit=submit aria-labelledby="enter-data">
            <ErrorSummary prefix=PREFIX errors=errors node=summary />
            <SelectField
                id=id_of("period")
                label="Period"
                value=period
                error=error_for(errors, "period")
                choices=period_select_choices(&periods)
                hint="Entering a value for a period that already has one corrects it; the earlier value is kept."
            />
            <TextField
                id=id_of("value")
                label=if measure.unit.is_empty() { "Actual" } else { "Actual value" }
                value=amount
                error=error_for(errors, "value")
                width="input-width-10"
                hint=hint
            />
            <TextField
                id=id_of("note")
                label="Evidence or note (optional)"
                value=note
                error=error_for(errors, "note")
                multiline=true
                hint="Where the figure comes from, or anything a reader should know."
            />
            <TextField
                id=id_of("entered_by")
                label="Your name (optional)"
                value=by
                error=error_for(errors, "entered_by")
            />
            <button type="submit" class="button">
                "Save data"
            </button>
            <Saved message=saved />
        </form>
    }
}
