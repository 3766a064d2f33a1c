//! "This goal supports": a strategic goal's cause-and-effect links on the strategy map, each
//! with a Remove button, and a choice of goal to add. Each change is one edit. A goal that
//! belongs to a partner shows its links without the controls.

use leptos::prelude::*;
use leptos_router::components::A;
use scorecard_core::workspace::LinkedGoal;
use scorecard_core::Id;

use crate::app::state::{now, AppState};
use crate::ui::fields::{Choice, SelectField};
use crate::ui::tags::PerspectiveTag;

const SELECT_ID: &str = "supports-goal";
const HEADING_ID: &str = "supports-heading";

/// Focuses the element with `id` once the edit is on screen. A change to the goal draws its
/// page again, so without this the keyboard's place would fall back to the top of the page.
fn focus_when_drawn(state: AppState, id: &'static str) {
    state.when_sent(move || {
        request_animation_frame(move || {
            use wasm_bindgen::JsCast;
            if let Some(el) = document()
                .get_element_by_id(id)
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = el.focus();
            }
        })
    });
}

/// The goal's links on the strategy map, and the controls to change them when `editable`.
#[component]
pub fn GoalSupports(goal_id: Id, editable: bool) -> impl IntoView {
    let state = AppState::get();
    let section = Memo::new(move |_| state.workspace.with(|ws| ws.supports_section(goal_id)));
    let chosen = RwSignal::new(String::new());
    let add_error = RwSignal::new(None::<String>);
    let remove_error = RwSignal::new(None::<String>);
    let page = format!("/goals/{goal_id}");

    let title_of = move |target: Id| {
        state.workspace.with_untracked(|ws| {
            ws.goal(target)
                .map(|g| format!("“{}”", g.title))
                .unwrap_or_else(|| "a goal that is not in this workspace".into())
        })
    };
    let add = {
        let page = page.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let Ok(target) = chosen.get_untracked().parse::<Id>() else {
                add_error.set(Some("Choose the goal that this goal supports".into()));
                focus_when_drawn(state, SELECT_ID);
                return;
            };
            match state.edit(|ws| ws.add_support(goal_id, target, now())) {
                Ok(()) => {
                    add_error.set(None);
                    state.flash(
                        page.clone(),
                        format!("This goal now supports {}.", title_of(target)),
                    );
                    focus_when_drawn(state, SELECT_ID);
                }
                Err(e) => {
                    // The field says what is wrong (it is described by its error).
                    add_error.set(e.0.first().map(|e| e.message.clone()));
                    focus_when_drawn(state, SELECT_ID);
                }
            }
        }
    };
    let remove = move |target: Id| {
        let title = title_of(target);
        match state.edit(|ws| ws.remove_support(goal_id, target, now())) {
            Ok(()) => {
                remove_error.set(None);
                state.flash(
                    page.clone(),
                    format!("This goal no longer supports {title}."),
                );
                focus_when_drawn(state, HEADING_ID);
            }
            Err(e) => remove_error.set(e.0.first().map(|e| e.message.clone())),
        }
    };
    let choices = Signal::derive(move || {
        section.with(|s| {
            s.as_ref()
                .map(|s| {
                    s.choices
                        .iter()
                        .map(|g| {
                            Choice::grouped(
                                g.id.to_string(),
                                named(g),
                                g.perspective
                                    .map(|p| p.label().to_string())
                                    .unwrap_or_default(),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default()
        })
    });

    move || {
        let s = section.get()?;
        let remove = remove.clone();
        let add = add.clone();
        let list = if s.supports.is_empty() {
            view! { <p>"None yet."</p> }.into_any()
        } else {
            view! {
                <ul class="plain-list supports-list">
                    {s
                        .supports
                        .into_iter()
                        .map(|g| {
                            let target = g.id;
                            let remove = remove.clone();
                            view! {
                                <li>
                                    <LinkedGoalText goal=g.clone() />
                                    {editable
                                        .then(|| {
                                            view! {
                                                " "
                                                <button
                                                    type="button"
                                                    class="button button-secondary supports-remove"
                                                    on:click=move |_| remove(target)
                                                >
                                                    "Remove"
                                                    <span class="visually-hidden">
                                                        {format!(" the link to {}", named(&g))}
                                                    </span>
                                                </button>
                                            }
                                        })}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
            .into_any()
        };
        let can_add = editable && s.strategic;
        let no_choices = s.choices.is_empty();
        Some(view! {
            <section class="supports" aria-labelledby=HEADING_ID>
                <h2 id=HEADING_ID tabindex="-1">
                    "This goal supports"
                </h2>
                <p class="hint">
                    "Cause and effect on the strategy map: an arrow runs from this goal to each goal it supports, as staff training supports shorter waits."
                </p>
                {(!s.strategic)
                    .then(|| {
                        view! {
                            <p>
                                "Only strategic goals are on the strategy map, so these links are not drawn."
                            </p>
                        }
                    })}
                {list}
                {move || {
                    remove_error
                        .get()
                        .map(|e| {
                            view! {
                                <p class="error-message" role="alert">
                                    <span class="visually-hidden">"Error: "</span>
                                    {e}
                                </p>
                            }
                        })
                }}
                {can_add
                    .then(|| {
                        if no_choices {
                            view! { <p>"There are no other strategic goals to link to yet."</p> }
                                .into_any()
                        } else {
                            view! {
                                <form class="supports-add" on:submit=add novalidate>
                                    <SelectField
                                        id=SELECT_ID.to_string()
                                        label="Add a goal this supports"
                                        hint="Strategic goals, by perspective. Choose one, then add the link."
                                        choices=choices
                                        empty="Choose a strategic goal"
                                        value=chosen
                                        error=Signal::derive(move || add_error.get())
                                    />
                                    <button type="submit" class="button">
                                        "Add link"
                                    </button>
                                </form>
                            }
                                .into_any()
                        }
                    })}
                <h3>"Goals that support this one"</h3>
                {if s.supported_by.is_empty() {
                    view! { <p>"None yet."</p> }.into_any()
                } else {
                    view! {
                        <ul class="plain-list">
                            {s
                                .supported_by
                                .into_iter()
                                .map(|g| {
                                    view! {
                                        <li>
                                            <LinkedGoalText goal=g />
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                }}
                <p>
                    <A href="/strategy-map">"See the strategy map"</A>
                </p>
            </section>
        })
    }
}

/// "Title (NHFT)", or what is known of a goal that is not here.
fn named(goal: &LinkedGoal) -> String {
    match &goal.title {
        Some(title) if goal.organisation.is_empty() => title.clone(),
        Some(title) => format!("{title} ({})", goal.organisation),
        None => "A goal that is not in this workspace".into(),
    }
}

/// A linked goal: its perspective and a link to its page, or why it cannot be shown.
#[component]
fn LinkedGoalText(goal: LinkedGoal) -> impl IntoView {
    match (goal.title, goal.perspective) {
        (Some(title), Some(perspective)) => view! {
            <PerspectiveTag perspective=perspective />
            " "
            <A href=format!("/goals/{}", goal.id)>{title}</A>
            {(!goal.organisation.is_empty()).then(|| format!(" ({})", goal.organisation))}
        }
        .into_any(),
        _ => view! {
            <span>
                "A goal that is not in this workspace (it may not be shared with you, or it was deleted)"
            </span>
        }
        .into_any(),
    }
}
