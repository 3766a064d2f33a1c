//! Deleting a goal, with a confirmation that asks what to do with the goals below it.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use scorecard_core::workspace::ChildGoals;
use scorecard_core::Id;

use crate::app::state::{now, AppState};
use crate::ui::confirm_panel::ConfirmPanel;
use crate::ui::fields::Radio;

/// "Delete this goal", with a confirmation that asks what to do with the goals below.
#[component]
pub(super) fn DeleteGoal(
    id: Id,
    title: String,
    children: usize,
    descendants: usize,
) -> impl IntoView {
    let state = AppState::get();
    let navigate = use_navigate();
    let confirming = RwSignal::new(false);
    let keep_children = RwSignal::new(true);
    let title_for_flash = title.clone();
    let confirm = move |()| {
        let mode = if keep_children.get_untracked() {
            ChildGoals::KeepUnaligned
        } else {
            ChildGoals::DeleteThem
        };
        match state.edit(|ws| ws.delete_goal(id, mode, now())) {
            Ok(deleted) => {
                let extra = match (mode, children) {
                    (_, 0) => String::new(),
                    (ChildGoals::KeepUnaligned, 1) => {
                        " The goal below it is now not aligned.".into()
                    }
                    (ChildGoals::KeepUnaligned, n) => {
                        format!(" The {n} goals directly below it are now not aligned.")
                    }
                    (ChildGoals::DeleteThem, _) => {
                        format!(" {} goals below it were deleted too.", deleted.len() - 1)
                    }
                };
                state.flash(
                    "/cascade",
                    format!("Goal “{title_for_flash}” deleted.{extra}"),
                );
                state.open_when_sent(&navigate, "/cascade");
            }
            Err(e) => state.flash(format!("/goals/{id}"), e.to_string()),
        }
    };

    view! {
        <h2>"Delete this goal"</h2>
        <Show
            when=move || confirming.get()
            fallback=move || {
                view! {
                    <button
                        type="button"
                        class="button button-warning"
                        on:click=move |_| confirming.set(true)
                    >
                        "Delete goal"
                    </button>
                }
            }
        >
            <ConfirmPanel
                heading_id="delete-goal-title"
                question=format!("Are you sure you want to delete “{title}”?")
                confirm="Yes, delete goal"
                on_confirm=confirm.clone()
                on_cancel=move |()| confirming.set(false)
                take_focus=true
            >
                {(descendants > 0)
                    .then(|| {
                        view! {
                            <fieldset class="fieldset">
                                <legend class="legend">
                                    {format!(
                                        "It has {} below it. What should happen to them?",
                                        if descendants == 1 {
                                            "1 goal".to_string()
                                        } else {
                                            format!("{descendants} goals")
                                        },
                                    )}
                                </legend>
                                <Radio
                                    id="delete-keep"
                                    name="delete-children"
                                    checked=keep_children
                                    label="Keep them; they will be listed as not aligned until you link them to another goal"
                                    on_choose=move |()| keep_children.set(true)
                                />
                                <Radio
                                    id="delete-all"
                                    name="delete-children"
                                    checked=Signal::derive(move || !keep_children.get())
                                    label=format!("Delete them as well ({descendants} in all)")
                                    on_choose=move |()| keep_children.set(false)
                                />
                            </fieldset>
                        }
                    })}
                <p>"This cannot be undone."</p>
            </ConfirmPanel>
        </Show>
    }
}
