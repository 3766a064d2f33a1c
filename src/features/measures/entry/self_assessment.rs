//! The owner's self-assessment of a period.

use leptos::prelude::*;
use scorecard_core::analysis::Rag;
use scorecard_core::format::{parse_period, period_key};
use scorecard_core::measures::{entry_periods, next_period};
use scorecard_core::{Measure, SelfAssessment, ValidationErrors};

use super::{period_select_choices, Saved};
use crate::app::state::{now, AppState};
use crate::ui::fields::{
    error_for, field_id, focus_error_summary, Choice, ErrorSummary, RadioField, SelectField,
    TextField,
};

/// The owner's own view of a period: RAG, confidence and narrative, shown beside the data.
#[component]
pub fn SelfAssessmentForm(measure: Measure) -> impl IntoView {
    const PREFIX: &str = "assessment";
    let state = AppState::get();
    let id = measure.id;
    let frequency = measure.frequency;
    let today = now().date_naive();
    let periods = entry_periods(frequency, today);
    let latest = measure
        .actuals
        .last()
        .map(|a| a.period)
        .or_else(|| next_period(&measure, today));
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
        <p class="hint">
            "Self-assessment is often subjective, so it is shown beside what the data says and any disagreement is flagged."
        </p>
        <form class="form" novalidate on:submit=submit>
            <ErrorSummary prefix=PREFIX errors=errors node=summary />
            <SelectField
                id=id_of("period")
                label="Period"
                value=period
                error=error_for(errors, "period")
                choices=period_select_choices(&periods)
            />
            <RadioField
                id=id_of("rag")
                legend="How is it going?"
                value=rag
                error=error_for(errors, "rag")
                choices=rags
            />
            <RadioField
                id=id_of("confidence")
                legend="How confident are you?"
                value=confidence
                error=error_for(errors, "confidence")
                choices=levels
            />
            <TextField
                id=id_of("narrative")
                label="Why? (optional)"
                value=narrative
                multiline=true
                error=error_for(errors, "narrative")
            />
            <TextField
                id=id_of("assessed_by")
                label="Your name (optional)"
                value=by
                error=error_for(errors, "assessed_by")
            />
            <button type="submit" class="button">
                "Save self-assessment"
            </button>
            <Saved message=saved />
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
