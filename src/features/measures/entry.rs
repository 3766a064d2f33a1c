//! Forms on a measure's page: enter an actual, record the owner's self-assessment, and the SPC
//! chart options. Each is created once per page, so its state and focus survive a save.

use leptos::prelude::*;
use scorecard_core::analysis::{MeasureKind, Period, Rag};
use scorecard_core::format::{parse_number, parse_period, period_choices, period_key, value};
use scorecard_core::{Id, Measure, SelfAssessment, ValidationErrors};

use crate::app::state::{now, AppState};
use crate::ui::fields::{
    error_for, field_id, focus_error_summary, Choice, ErrorSummary, RadioField, SelectField,
    TextField,
};

/// Periods offered for data entry: the last three years up to the current period, newest first.
fn entry_periods(measure: &Measure) -> Vec<Period> {
    let current = Period::containing(measure.frequency, now().date_naive());
    let back = i64::from(measure.frequency.periods_per_year()) * 3;
    let mut list = period_choices(measure.frequency, current, back, 0);
    list.reverse();
    list
}

/// The period most likely to be entered next: the most recent complete period without data.
fn next_period(measure: &Measure) -> Option<Period> {
    let current = Period::containing(measure.frequency, now().date_naive());
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

fn period_select_choices(periods: &[Period]) -> Signal<Vec<Choice>> {
    let choices: Vec<Choice> = periods
        .iter()
        .map(|p| Choice::new(period_key(p), p.label()))
        .collect();
    Signal::derive(move || choices.clone())
}

/// A confirmation shown beside a form after it saves, announced to screen readers.
#[component]
fn Saved(message: RwSignal<Option<String>>) -> impl IntoView {
    view! {
        <div role="status" class="inline-status">
            {move || message.get().map(|m| view! { <p class="flash">{m}</p> })}
        </div>
    }
}

/// Enter (or correct) the actual for a period. A correction keeps the earlier value.
#[component]
pub fn EnterActualForm(measure: Measure) -> impl IntoView {
    const PREFIX: &str = "actual";
    let state = AppState::get();
    let id: Id = measure.id;
    let frequency = measure.frequency;
    let unit = measure.unit.clone();
    let periods = entry_periods(&measure);
    let period = RwSignal::new(
        next_period(&measure)
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
            <ErrorSummary prefix=PREFIX errors=errors node=summary/>
            <SelectField id=id_of("period") label="Period" value=period error=error_for(errors, "period")
                choices=period_select_choices(&periods)
                hint="Entering a value for a period that already has one corrects it; the earlier value is kept."/>
            <TextField id=id_of("value") label=if measure.unit.is_empty() { "Actual" } else { "Actual value" }
                value=amount error=error_for(errors, "value") width="input-width-10" hint=hint/>
            <TextField id=id_of("note") label="Evidence or note (optional)" value=note
                error=error_for(errors, "note") multiline=true
                hint="Where the figure comes from, or anything a reader should know."/>
            <TextField id=id_of("entered_by") label="Your name (optional)" value=by
                error=error_for(errors, "entered_by")/>
            <button type="submit" class="button">"Save data"</button>
            <Saved message=saved/>
        </form>
    }
}

/// The owner's own view of a period: RAG, confidence and narrative, shown beside the data.
#[component]
pub fn SelfAssessmentForm(measure: Measure) -> impl IntoView {
    const PREFIX: &str = "assessment";
    let state = AppState::get();
    let id = measure.id;
    let frequency = measure.frequency;
    let periods = entry_periods(&measure);
    let latest = measure
        .actuals
        .last()
        .map(|a| a.period)
        .or_else(|| next_period(&measure));
    let existing = latest.and_then(|p| measure.self_assessment_for(&p).cloned());
    let period = RwSignal::new(latest.map(|p| period_key(&p)).unwrap_or_default());
    let rag = RwSignal::new(
        existing
            .as_ref()
            .map(|s| rag_key(s.rag))
            .unwrap_or_default()
            .to_string(),
    );
    let confidence = RwSignal::new(
        existing
            .as_ref()
            .map(|s| s.confidence.to_string())
            .unwrap_or_default(),
    );
    let narrative = RwSignal::new(
        existing
            .as_ref()
            .map(|s| s.narrative.clone())
            .unwrap_or_default(),
    );
    let by = RwSignal::new(existing.map(|s| s.assessed_by).unwrap_or_default());
    let errors = RwSignal::new(ValidationErrors::default());
    let saved = RwSignal::new(None::<String>);
    let summary = NodeRef::new();

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        saved.set(None);
        let mut problems = ValidationErrors::default();
        let chosen = parse_period(frequency, &period.get_untracked());
        if chosen.is_none() {
            problems.push("period", "Choose the period you are assessing");
        }
        let chosen_rag = match rag.get_untracked().as_str() {
            "green" => Some(Rag::Green),
            "amber" => Some(Rag::Amber),
            "red" => Some(Rag::Red),
            _ => None,
        };
        if chosen_rag.is_none() {
            problems.push("rag", "Choose on track, at risk or off track");
        }
        let level = confidence.get_untracked().parse::<u8>().ok();
        if level.is_none() {
            problems.push("confidence", "Choose how confident you are, from 1 to 5");
        }
        let (Some(p), Some(r), Some(c), true) = (chosen, chosen_rag, level, problems.is_empty())
        else {
            errors.set(problems);
            focus_error_summary(summary);
            return;
        };
        let assessment = SelfAssessment {
            period: p,
            rag: r,
            confidence: c,
            narrative: narrative.get_untracked(),
            assessed_by: by.get_untracked(),
            assessed_at: now(),
        };
        match state.edit(|ws| ws.record_self_assessment(id, assessment)) {
            Ok(()) => {
                errors.set(ValidationErrors::default());
                state.confirm(saved, format!("Self-assessment for {} saved.", p.label()));
            }
            Err(e) => {
                errors.set(e);
                focus_error_summary(summary);
            }
        }
    };
    let rags = vec![
        Choice::new("green", "✓ On track"),
        Choice::new("amber", "! At risk"),
        Choice::new("red", "✗ Off track"),
    ];
    let levels: Vec<Choice> = (1..=5)
        .map(|n| {
            let words = match n {
                1 => "1 – not at all confident",
                2 => "2",
                3 => "3 – fairly confident",
                4 => "4",
                _ => "5 – very confident",
            };
            Choice::new(n.to_string(), words)
        })
        .collect();
    let id_of = |f: &str| field_id(PREFIX, f);
    view! {
        <p class="hint">"Self-assessment is often subjective, so it is shown beside what the data says and any disagreement is flagged."</p>
        <form class="form" novalidate on:submit=submit>
            <ErrorSummary prefix=PREFIX errors=errors node=summary/>
            <SelectField id=id_of("period") label="Period" value=period error=error_for(errors, "period")
                choices=period_select_choices(&periods)/>
            <RadioField id=id_of("rag") legend="How is it going?" value=rag error=error_for(errors, "rag") choices=rags/>
            <RadioField id=id_of("confidence") legend="How confident are you?" value=confidence
                error=error_for(errors, "confidence") choices=levels/>
            <TextField id=id_of("narrative") label="Why? (optional)" value=narrative multiline=true
                error=error_for(errors, "narrative")/>
            <TextField id=id_of("assessed_by") label="Your name (optional)" value=by error=error_for(errors, "assessed_by")/>
            <button type="submit" class="button">"Save self-assessment"</button>
            <Saved message=saved/>
        </form>
    }
}

fn rag_key(rag: Rag) -> &'static str {
    match rag {
        Rag::Green => "green",
        Rag::Amber => "amber",
        Rag::Red => "red",
    }
}

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
    let rebase_choices = {
        let list: Vec<Choice> = measure
            .actuals
            .iter()
            .skip(1)
            .map(|a| Choice::new(period_key(&a.period), a.period.label()))
            .collect();
        Signal::derive(move || list.clone())
    };

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
            <summary class="details-summary">"Chart options: screening, run length, rebasing"</summary>
            <form class="form" novalidate on:submit=submit>
                <ErrorSummary prefix=PREFIX errors=errors node=summary/>
                <RadioField id=id_of("screening") legend="Screen out very large jumps when setting limits?" value=screening
                    error=error_for(errors, "spc_screening")
                    hint="NHSRplotthedots screens moving ranges of 3.267 × the average or more; the NHS England Excel tool does not."
                    choices=vec![Choice::new("on", "Yes, screen them (NHSRplotthedots)"), Choice::new("off", "No (NHS England Excel tool)")]/>
                <RadioField id=id_of("runs") legend="How many points make a run or trend?" value=runs
                    error=error_for(errors, "spc_runs")
                    choices=vec![Choice::new("7", "7 points (the usual rule)"), Choice::new("6", "6 points")]/>
                <crate::ui::fields::CheckboxField id=id_of("rebase_at") legend="Rebase from (optional)"
                    hint="Start a new mean and limits from a period, for example after a change to the service."
                    value=rebase error=error_for(errors, "spc_rebase_at") choices=rebase_choices
                    none_text="There is not enough data to rebase yet."/>
                <TextField id=id_of("freeze_after") label="Fix the limits on the first points of each section (optional)"
                    value=freeze error=error_for(errors, "spc_freeze_after") width="input-width-10"
                    hint="Enter a number of points, for example 12, to compare later points with a baseline period."/>
                <button type="submit" class="button button-secondary">"Save chart options"</button>
                <Saved message=saved/>
            </form>
        </details>
    }
}
