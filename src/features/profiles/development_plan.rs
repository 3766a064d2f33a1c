//! A person's development plan (PDP): needs linked to goals, planned learning, status and
//! evidence. Personal data. The list is one `Memo` over `Workspace::development_plan`; the form
//! is created once so its state and focus survive a save.

use leptos::prelude::*;
use leptos_router::components::A;
use scorecard_core::format::{long_date, parse_input_date};
use scorecard_core::profiles::PlanItem;
use scorecard_core::{DevelopmentNeed, DevelopmentStatus, Id, Stamps, ValidationErrors};

use super::shared::goal_choices;
use crate::app::state::{now, AppState};
use crate::ui::csv_button::CsvButton;
use crate::ui::fields::{
    error_for, field_id, focus_error_summary, Choice, ErrorSummary, RadioField, SelectField,
    TextField,
};
use crate::ui::focus::focus_id;
use crate::ui::inline_status::InlineStatus;

const PREFIX: &str = "development";

/// The plan and a form to add to it or change an item.
#[component]
pub fn DevelopmentPlan(person_id: Id) -> impl IntoView {
    let state = AppState::get();
    let editing = RwSignal::new(None::<Id>);
    let need = RwSignal::new(String::new());
    let goal = RwSignal::new(String::new());
    let learning = RwSignal::new(String::new());
    let status = RwSignal::new(DevelopmentStatus::Planned.key().to_string());
    let evidence = RwSignal::new(String::new());
    let due = RwSignal::new(String::new());
    let errors = RwSignal::new(ValidationErrors::default());
    let saved = RwSignal::new(None::<String>);
    let summary = NodeRef::new();

    let clear = move || {
        editing.set(None);
        need.set(String::new());
        goal.set(String::new());
        learning.set(String::new());
        status.set(DevelopmentStatus::Planned.key().to_string());
        evidence.set(String::new());
        due.set(String::new());
        errors.set(ValidationErrors::default());
    };
    let start_change = move |d: DevelopmentNeed| {
        editing.set(Some(d.id));
        need.set(d.need);
        goal.set(d.goal_id.map(|g| g.to_string()).unwrap_or_default());
        learning.set(d.planned_learning);
        status.set(d.status.key().to_string());
        evidence.set(d.evidence);
        due.set(d.due.map(|d| d.to_string()).unwrap_or_default());
        errors.set(ValidationErrors::default());
        saved.set(None);
        request_animation_frame(|| focus_id("development-need"));
    };

    let plan = Memo::new(move |_| state.workspace.with(|ws| ws.development_plan(person_id)));
    let goal_list = Signal::derive(move || {
        state.workspace.with(|ws| {
            let org = ws.person(person_id).map(|p| p.organisation_id);
            goal_choices(ws, org, "Their goals", |g| g.owner_id == Some(person_id))
        })
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        saved.set(None);
        let due_text = due.get_untracked();
        let due_date = parse_input_date(&due_text);
        let id = editing.get_untracked().unwrap_or_else(Id::new_v4);
        let item = DevelopmentNeed {
            id,
            person_id,
            need: need.get_untracked(),
            goal_id: goal.get_untracked().parse().ok(),
            planned_learning: learning.get_untracked(),
            status: DevelopmentStatus::from_key(&status.get_untracked())
                .unwrap_or(DevelopmentStatus::Planned),
            evidence: evidence.get_untracked(),
            due: due_date,
            stamps: Stamps::new(now()),
        };
        if !due_text.trim().is_empty() && due_date.is_none() {
            let mut e = ValidationErrors::default();
            e.push("due", "Enter the date as a real date, or leave it empty");
            errors.set(e);
            focus_error_summary(summary);
            return;
        }
        let was_editing = editing.get_untracked().is_some();
        let text = item.need.trim().to_string();
        match state.edit(|ws| ws.save_development(item, now())) {
            Ok(()) => {
                clear();
                state.confirm(
                    saved,
                    if was_editing {
                        format!("Development need saved: {text}.")
                    } else {
                        format!("Development need added: {text}.")
                    },
                );
            }
            Err(e) => {
                errors.set(e);
                focus_error_summary(summary);
            }
        }
    };

    let statuses: Vec<Choice> = DevelopmentStatus::ALL
        .into_iter()
        .map(|s| Choice::new(s.key(), s.label()))
        .collect();
    let id_of = |f: &str| field_id(PREFIX, f);
    view! {
        {move || {
            let rows = plan.get();
            if rows.is_empty() {
                return view! { <p>"No development needs are recorded yet."</p> }.into_any();
            }
            let csv: Vec<Vec<String>> = rows
                .iter()
                .map(|PlanItem { need: d, goal }| {
                    vec![
                        d.need.clone(),
                        goal.as_ref().map(|g| g.title.clone()).unwrap_or_default(),
                        d.planned_learning.clone(),
                        d.status.label().to_string(),
                        d.due.map(|x| x.to_string()).unwrap_or_default(),
                        d.evidence.clone(),
                    ]
                })
                .collect();
            view! {
                <table class="table">
                    <caption class="visually-hidden">"Development plan"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Need"</th>
                            <th scope="col">"Goal"</th>
                            <th scope="col">"Planned learning"</th>
                            <th scope="col">"Status"</th>
                            <th scope="col">"Due"</th>
                            <th scope="col">"Evidence"</th>
                            <th scope="col">
                                <span class="visually-hidden">"Change"</span>
                            </th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows
                            .into_iter()
                            .map(|PlanItem { need: d, goal }| {
                                let item = d.clone();
                                view! {
                                    <tr>
                                        <td>{d.need.clone()}</td>
                                        <td>
                                            {match goal {
                                                Some(g) => {
                                                    view! { <A href=format!("/goals/{}", g.id)>{g.title}</A> }
                                                        .into_any()
                                                }
                                                None => view! { "None" }.into_any(),
                                            }}
                                        </td>
                                        <td class="preserve-lines">{d.planned_learning.clone()}</td>
                                        <td>
                                            <span class=format!(
                                                "tag tag-development-{}",
                                                d.status.key(),
                                            )>{d.status.label()}</span>
                                        </td>
                                        <td>
                                            {d.due.map(long_date).unwrap_or_else(|| "Not set".into())}
                                        </td>
                                        <td class="preserve-lines">{d.evidence.clone()}</td>
                                        <td>
                                            <button
                                                type="button"
                                                class="button button-secondary button-small"
                                                aria-label=format!("Change: {}", d.need)
                                                on:click=move |_| start_change(item.clone())
                                            >
                                                "Change"
                                            </button>
                                        </td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
                <CsvButton
                    what="development-plan"
                    context="development plan"
                    headers=&["Need", "Goal", "Planned learning", "Status", "Due", "Evidence"]
                    rows=Callback::new(move |_| csv.clone())
                />
            }
                .into_any()
        }}
        <details class="details" prop:open=move || editing.get().is_some()>
            <summary class="details-summary">
                {move || {
                    if editing.get().is_some() {
                        "Change a development need"
                    } else {
                        "Add a development need"
                    }
                }}
            </summary>
            <form class="form" novalidate on:submit=submit>
                <ErrorSummary prefix=PREFIX errors=errors node=summary />
                <TextField
                    id=id_of("need")
                    label="Development need"
                    value=need
                    error=error_for(errors, "need")
                    hint="For example, lead a quality improvement project."
                />
                <SelectField
                    id=id_of("goal")
                    label="Goal it supports (optional)"
                    value=goal
                    error=error_for(errors, "goal")
                    choices=goal_list
                    empty="No particular goal"
                />
                <TextField
                    id=id_of("planned_learning")
                    label="Planned training or learning (optional)"
                    value=learning
                    multiline=true
                    error=error_for(errors, "planned_learning")
                />
                <RadioField
                    id=id_of("status")
                    legend="Status"
                    value=status
                    error=error_for(errors, "status")
                    choices=statuses
                />
                <TextField
                    id=id_of("evidence")
                    label="Evidence (optional)"
                    value=evidence
                    multiline=true
                    error=error_for(errors, "evidence")
                    hint="For example, a certificate, a reflection or feedback."
                />
                <TextField
                    id=id_of("due")
                    label="Due by (optional)"
                    value=due
                    input_type="date"
                    width="input-width-10"
                    error=error_for(errors, "due")
                />
                <div class="button-row">
                    <button type="submit" class="button">
                        {move || {
                            if editing.get().is_some() {
                                "Save development need"
                            } else {
                                "Add development need"
                            }
                        }}
                    </button>
                    <Show when=move || editing.get().is_some()>
                        <button
                            type="button"
                            class="button button-secondary"
                            on:click=move |_| clear()
                        >
                            "Cancel change"
                        </button>
                    </Show>
                </div>
            </form>
        </details>
        <InlineStatus message=saved />
    }
}
