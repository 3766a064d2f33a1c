//! Recognition (employee or team of the month) for a person or a team: the list and a form to
//! add one. Shown on the person's and the team's pages.

use leptos::prelude::*;
use leptos_router::components::A;
use scorecard_core::format::{long_date, parse_input_date};
use scorecard_core::profiles::RecognitionItem;
use scorecard_core::{Id, Recognised, Recognition, Stamps, ValidationErrors};

use super::shared::goal_choices;
use crate::app::state::{now, AppState};
use crate::ui::fields::{
    error_for, field_id, focus_error_summary, ErrorSummary, SelectField, TextField,
};
use crate::ui::inline_status::InlineStatus;

const PREFIX: &str = "recognition";

/// Recognition received by `recognised`, newest first, and a form to add one.
#[component]
pub fn RecognitionSection(recognised: Recognised) -> impl IntoView {
    let state = AppState::get();
    let default_award = match recognised {
        Recognised::Person { .. } => "Employee of the month",
        Recognised::Team { .. } => "Team of the month",
    };
    let award = RwSignal::new(default_award.to_string());
    let goal = RwSignal::new(String::new());
    let date = RwSignal::new(now().date_naive().to_string());
    let citation = RwSignal::new(String::new());
    let errors = RwSignal::new(ValidationErrors::default());
    let saved = RwSignal::new(None::<String>);
    let summary = NodeRef::new();

    let received = Memo::new(move |_| state.workspace.with(|ws| ws.recognition_of(recognised)));
    let goal_list = Signal::derive(move || {
        state.workspace.with(|ws| match recognised {
            Recognised::Person { person_id } => {
                let org = ws.person(person_id).map(|p| p.organisation_id);
                goal_choices(ws, org, "Their goals", |g| g.owner_id == Some(person_id))
            }
            Recognised::Team { team_id } => {
                let org = ws.team(team_id).map(|t| t.organisation_id);
                goal_choices(ws, org, "The team's goals", |g| g.team_id == Some(team_id))
            }
        })
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        saved.set(None);
        let date_text = date.get_untracked();
        let when = parse_input_date(&date_text);
        let r = Recognition {
            id: Id::new_v4(),
            recognised,
            award: award.get_untracked().trim().to_string(),
            goal_id: goal.get_untracked().parse().ok(),
            date: when.unwrap_or_else(|| now().date_naive()),
            citation: citation.get_untracked(),
            stamps: Stamps::new(now()),
        };
        let text = r.award.clone();
        let result = if when.is_none() {
            // Report everything at once: the core's checks plus the date.
            let found = state
                .workspace
                .with_untracked(|ws| ws.clone().save_recognition(r.clone(), now()));
            let mut all = found.err().unwrap_or_default();
            let mut date_error = ValidationErrors::default();
            date_error.push(
                "date",
                if date_text.trim().is_empty() {
                    "Enter the date"
                } else {
                    "Enter the date as a real date"
                },
            );
            // The date sits after the award and goal on the form.
            let split = all
                .0
                .iter()
                .position(|e| e.field == "citation")
                .unwrap_or(all.0.len());
            all.0.splice(split..split, date_error.0);
            Err(all)
        } else {
            state.edit(|ws| ws.save_recognition(r, now()))
        };
        match result {
            Ok(()) => {
                errors.set(ValidationErrors::default());
                citation.set(String::new());
                goal.set(String::new());
                saved.set(Some(format!("Recognition added: {text}.")));
            }
            Err(e) => {
                errors.set(e);
                focus_error_summary(summary);
            }
        }
    };

    let id_of = |f: &str| field_id(PREFIX, f);
    view! {
        {move || {
            let rows = received.get();
            if rows.is_empty() {
                return view! { <p>"No recognition is recorded yet."</p> }.into_any();
            }
            view! {
                <ul class="plain-list recognition-list">
                    {rows
                        .into_iter()
                        .map(|RecognitionItem { recognition: r, goal }| {
                            view! {
                                <li class="recognition">
                                    <strong>{r.award}</strong>
                                    ", "
                                    {long_date(r.date)}
                                    {goal
                                        .map(|g| {
                                            view! {
                                                <br />
                                                "For the goal: "
                                                <A href=format!("/goals/{}", g.id)>{g.title}</A>
                                            }
                                        })}
                                    {(!r.citation.trim().is_empty())
                                        .then(|| {
                                            view! { <p class="preserve-lines">{r.citation}</p> }
                                        })}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
                .into_any()
        }}
        <details class="details">
            <summary class="details-summary">"Add recognition"</summary>
            <form class="form" novalidate on:submit=submit>
                <ErrorSummary prefix=PREFIX errors=errors node=summary />
                <TextField
                    id=id_of("award")
                    label="Award"
                    value=award
                    error=error_for(errors, "award")
                    hint="For example, employee of the month or team of the month."
                />
                <SelectField
                    id=id_of("goal")
                    label="Goal the work contributed to (optional)"
                    value=goal
                    error=error_for(errors, "goal")
                    choices=goal_list
                    empty="No particular goal"
                />
                <TextField
                    id=id_of("date")
                    label="Date"
                    value=date
                    input_type="date"
                    width="input-width-10"
                    error=error_for(errors, "date")
                />
                <TextField
                    id=id_of("citation")
                    label="What for (optional)"
                    value=citation
                    multiline=true
                    error=error_for(errors, "citation")
                />
                <button type="submit" class="button">
                    "Add recognition"
                </button>
            </form>
        </details>
        <InlineStatus message=saved />
    }
}
