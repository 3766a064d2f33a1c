//! The next review date, with a hint saying when the schedule would have it otherwise.

use leptos::prelude::*;
use scorecard_core::format::{long_date, parse_input_date};
use scorecard_core::reviews::next_by_schedule;
use scorecard_core::{ReviewSubject, ValidationErrors};

use super::draft::DraftFields;
use super::ids::id_of;
use crate::app::state::AppState;
use crate::ui::fields::{error_for, TextField};

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
    view! {
        <TextField
            id=id_of("next_review")
            label="Next review (optional)"
            hint=Signal::derive(hint)
            value=next
            input_type="date"
            width="input-width-10"
            error=error_for(errors, "next_review")
        />
    }
}
