//! The SPC chart's options: screening, run length, rebasing and fixed limits.

use leptos::prelude::*;
use scorecard_core::format::{parse_period, period_key};
use scorecard_core::measures::rebase_choices;
use scorecard_core::{Measure, ValidationErrors};

use super::{period_select_choices, Saved};
use crate::app::state::{now, AppState};
use crate::ui::fields::{
    error_for, field_id, focus_error_summary, CheckboxField, Choice, ErrorSummary, RadioField,
    TextField,
};

/// SPC options for this measure: screening, 6- or 7-point runs, rebase periods, frozen limits.
#[component]
pub fn SpcSettingsForm(measure: Measure) -> impl IntoView {
    const PREFIX: &str = "spc";
    let state = AppState::get();
    let id = measure.id;
    let frequency = measure.frequency;
    let settings = measure.spc.clone();
    let screening = RwSignal::new(if settings.screening { "on" } else { "off" }.to_string());
    let runs = RwSignal::new(if settings.run_length_six { "6" } else { "7" }.to_string());
    let rebase = RwSignal::new(
        settings
            .rebase_at
            .iter()
            .map(period_key)
            .collect::<Vec<_>>(),
    );
    let freeze = RwSignal::new(
        settings
            .freeze_after
            .map(|n| n.to_string())
            .unwrap_or_default(),
    );
    let errors = RwSignal::new(ValidationErrors::default());
    let saved = RwSignal::new(None::<String>);
    let summary = NodeRef::new();
    // The periods the chart shows (and any chosen already), not one box for every period of
    // a long history.
    let rebase_choices = period_select_choices(&rebase_choices(&measure));

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        saved.set(None);
        let Some(mut m) = state.workspace.with_untracked(|ws| ws.measure(id).cloned()) else {
            return;
        };
        let freeze_text = freeze.get_untracked();
        let freeze_after = if freeze_text.trim().is_empty() {
            None
        } else {
            match freeze_text.trim().parse::<usize>() {
                Ok(n) => Some(n),
                Err(_) => {
                    let mut e = ValidationErrors::default();
                    e.push(
                        "spc_freeze_after",
                        "Enter a whole number of points, for example 12, or leave it empty",
                    );
                    errors.set(e);
                    focus_error_summary(summary);
                    return;
                }
            }
        };
        m.spc.screening = screening.get_untracked() == "on";
        m.spc.run_length_six = runs.get_untracked() == "6";
        m.spc.rebase_at = rebase
            .get_untracked()
            .iter()
            .filter_map(|k| parse_period(frequency, k))
            .collect();
        m.spc.freeze_after = freeze_after;
        match state.edit(|ws| ws.save_measure(m, now())) {
            Ok(()) => {
                errors.set(ValidationErrors::default());
                state.confirm(saved, "Chart options saved; the chart above is redrawn.");
            }
            Err(e) => {
                errors.set(e);
                focus_error_summary(summary);
            }
        }
    };
    let id_of = |f: &str| field_id(PREFIX, f);
    view! {
        <details class="details">
            <summary class="details-summary">
                "Chart options: screening, run length, rebasing"
            </summary>
            <form class="form" novalidate on:submit=submit>
                <ErrorSummary prefix=PREFIX errors=errors node=summary />
                <RadioField
                    id=id_of("screening")
                    legend="Screen out very large jumps when setting limits?"
                    value=screening
                    error=error_for(errors, "spc_screening")
                    hint="NHSRplotthedots screens moving ranges of 3.267 × the average or more; the NHS England Excel tool does not."
                    choices=vec![
                        Choice::new("on", "Yes, screen them (NHSRplotthedots)"),
                        Choice::new("off", "No (NHS England Excel tool)"),
                    ]
                />
                <RadioField
                    id=id_of("runs")
                    legend="How many points make a run or trend?"
                    value=runs
                    error=error_for(errors, "spc_runs")
                    choices=vec![
                        Choice::new("7", "7 points (the usual rule)"),
                        Choice::new("6", "6 points"),
                    ]
                />
                <CheckboxField
                    id=id_of("rebase_at")
                    legend="Rebase from (optional)"
                    hint="Start a new mean and limits from a period, for example after a change to the service."
                    value=rebase
                    error=error_for(errors, "spc_rebase_at")
                    choices=rebase_choices
                    none_text="There is not enough data to rebase yet."
                />
                <TextField
                    id=id_of("freeze_after")
                    label="Fix the limits on the first points of each section (optional)"
                    value=freeze
                    error=error_for(errors, "spc_freeze_after")
                    width="input-width-10"
                    hint="Enter a number of points, for example 12, to compare later points with a baseline period."
                />
                <button type="submit" class="button button-secondary">
                    "Save chart options"
                </button>
                <Saved message=saved />
            </form>
        </details>
    }
}
