//! The next review date, with a hint saying when the schedule would have it otherwise.

use leptos::prelude::*;
use scorecard_core::format::{long_date, parse_input_date};
use scorecard_core::reviews::next_by_schedule;
use scorecard_core::{ReviewSubject, ValidationErrors};

use super::draft::DraftFields;
use super::ids::id_of;
use crate::app::state::AppState;
use crate::ui::fields::error_for;
use crate::ui::grouped_checkboxes::{described_by, InlineError};

/// An optional date; left empty, the review schedule says when the next one is due.
#[component]
pub(super) fn NextReviewField(
    fields: DraftFields,
    subject: Memo<Option<ReviewSubject>>,
    errors: RwSignal<ValidationErrors>,
) -> impl IntoView {
    let state = AppState::get();
    let next = fields.next_review;
    let hint = move || {
        let Some(s) = subject.get() else {
            return "Leave it empty to follow the review schedule.".to_string();
        };
        let cadence = state.workspace.with(|ws| ws.review_cadence(&s));
        if cadence.months().is_none() {
            return "These reviews are not scheduled. Enter a date if you agree one; otherwise none will be due.".into();
        }
        let words = cadence.label().to_lowercase();
        match parse_input_date(&fields.date.get()).and_then(|held| next_by_schedule(cadence, held)) {
            Some(due) => format!("Leave it empty to follow the review schedule ({words}): the next one will be due by {}.", long_date(due)),
            None => format!("Leave it empty to follow the review schedule ({words})."),
        }
    };
    let error = error_for(errors, "next_review");

    view! {
        <div class="form-group" class:form-group-error=move || error.read().is_some()>
            <label class="label" for=id_of("next_review")>"Next review (optional)"</label>
            <div class="hint" id=format!("{}-hint", id_of("next_review"))>{hint}</div>
            <InlineError id=id_of("next_review") error=error/>
            <input class="input input-width-10" type="date" id=id_of("next_review") name=id_of("next_review")
                aria-describedby=move || described_by(&id_of("next_review"), true, error.read().is_some())
                aria-invalid=move || error.read().is_some().then_some("true")
                prop:value=move || next.get()
                on:input=move |ev| next.set(event_target_value(&ev))
                on:change=move |ev| next.set(event_target_value(&ev))/>
        </div>
    }
}
