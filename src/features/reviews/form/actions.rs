//! The agreed actions on a review form: add and remove rows of description, owner and due date.

use leptos::prelude::*;
use scorecard_core::reviews::ActionDraft;
use scorecard_core::{ActionStatus, Id, Timestamp, ValidationErrors};

use super::ids::{id_of, PREFIX};
use crate::app::state::AppState;
use crate::ui::fields::{Choice, SelectField, TextField};
use crate::ui::focus::focus_id;
use crate::ui::record::org_short;

/// One agreed action being edited: what can be typed is a signal; the rest is kept as it was.
#[derive(Clone, Copy)]
pub(super) struct ActionRow {
    pub id: Id,
    pub description: RwSignal<String>,
    pub owner: RwSignal<String>,
    pub due: RwSignal<String>,
    pub status: ActionStatus,
    pub closed_at: Option<Timestamp>,
}

impl From<&ActionDraft> for ActionRow {
    fn from(a: &ActionDraft) -> Self {
        ActionRow {
            id: a.id,
            description: RwSignal::new(a.description.clone()),
            owner: RwSignal::new(a.owner.clone()),
            due: RwSignal::new(a.due.clone()),
            status: a.status,
            closed_at: a.closed_at,
        }
    }
}

impl ActionRow {
    /// The action as typed, to save.
    pub fn draft_untracked(&self) -> ActionDraft {
        ActionDraft {
            id: self.id,
            description: self.description.get_untracked(),
            owner: self.owner.get_untracked(),
            due: self.due.get_untracked(),
            status: self.status,
            closed_at: self.closed_at,
        }
    }
}

/// The rows, each with its own labelled fields, and "Add an action". New rows take focus; removing
/// a row moves focus to "Add an action".
#[component]
pub(super) fn AgreedActions(
    actions: RwSignal<Vec<ActionRow>>,
    errors: RwSignal<ValidationErrors>,
) -> impl IntoView {
    let state = AppState::get();
    let add_action = move |_| {
        let row = ActionRow::from(&ActionDraft::new(Id::new_v4()));
        let focus = format!("{PREFIX}-action-{}-description", row.id);
        actions.update(|list| list.push(row));
        request_animation_frame(move || focus_id(&focus));
    };
    let remove_action = move |id: Id| {
        actions.update(|list| list.retain(|r| r.id != id));
        request_animation_frame(|| focus_id("review-add-action"));
    };
    // Everyone, by organisation: the same choices for every row, worked out once.
    let people_choices = Memo::new(move |_| {
        state.workspace.with(|ws| {
            ws.people_by_organisation()
                .into_iter()
                .map(|p| {
                    Choice::grouped(
                        p.id.to_string(),
                        p.name.clone(),
                        org_short(ws, p.organisation_id),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let action_errors = move || {
        errors.with(|e| {
            e.0.iter()
                .filter(|f| f.field == "actions")
                .map(|f| f.message.clone())
                .collect::<Vec<_>>()
        })
    };

    view! {
        <div class="form-group" class:form-group-error=move || !action_errors().is_empty()>
            <fieldset class="fieldset" id=id_of("actions") tabindex="-1">
                <legend class="legend">"Agreed actions"</legend>
                <div class="hint">
                    "What will be done, by whom and by when. Open actions appear on their owner's My work page."
                </div>
                {move || {
                    action_errors()
                        .into_iter()
                        .map(|m| {
                            view! {
                                <p class="error-message">
                                    <span class="visually-hidden">"Error: "</span>
                                    {m}
                                </p>
                            }
                        })
                        .collect_view()
                }}
                <Show when=move || actions.with(|a| a.is_empty())>
                    <p>"No actions yet."</p>
                </Show>
                <For each=move || actions.get() key=|r| r.id let(row)>
                    {
                        let number = move || {
                            actions
                                .with(|list| {
                                    list.iter()
                                        .position(|r| r.id == row.id)
                                        .map(|i| i + 1)
                                        .unwrap_or(0)
                                })
                        };
                        let base = format!("{PREFIX}-action-{}", row.id);
                        let (d_id, o_id, due_id) = (
                            format!("{base}-description"),
                            format!("{base}-owner"),
                            format!("{base}-due"),
                        );
                        view! {
                            <fieldset class="fieldset action-row">
                                <legend class="legend legend-small">
                                    {move || format!("Action {}", number())}
                                    {(row.status != ActionStatus::Open)
                                        .then(|| {
                                            format!(" ({})", row.status.label().to_lowercase())
                                        })}
                                </legend>
                                <TextField
                                    id=d_id
                                    label="What will be done"
                                    value=row.description
                                />
                                <div class="action-row-fields">
                                    <SelectField
                                        id=o_id
                                        label="Owner"
                                        value=row.owner
                                        choices=people_choices
                                        empty="Not named"
                                    />
                                    <TextField
                                        id=due_id
                                        label="Due date (optional)"
                                        value=row.due
                                        input_type="date"
                                        width="input-width-10"
                                    />
                                </div>
                                <button
                                    type="button"
                                    class="button button-secondary button-small"
                                    aria-label=move || format!("Remove action {}", number())
                                    on:click=move |_| remove_action(row.id)
                                >
                                    "Remove"
                                </button>
                            </fieldset>
                        }
                    }
                </For>
                <button
                    type="button"
                    id="review-add-action"
                    class="button button-secondary"
                    on:click=add_action
                >
                    "Add an action"
                </button>
            </fieldset>
        </div>
    }
}
