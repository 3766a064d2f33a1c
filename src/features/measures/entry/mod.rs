//! Forms on a measure's page: enter an actual, record the owner's self-assessment, and the SPC
//! chart options. Each is created once per page, so its state and focus survive a save.

mod actual;
mod self_assessment;
mod spc_settings;

pub use actual::EnterActualForm;
pub use self_assessment::SelfAssessmentForm;
pub use spc_settings::SpcSettingsForm;

use leptos::prelude::*;
use scorecard_core::analysis::Period;
use scorecard_core::format::period_key;

use crate::ui::fields::Choice;

/// The periods as choices, each by its key and label.
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
