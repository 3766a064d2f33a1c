//! The actions agreed at a review: owner, due date and where each stands, with a button to mark
//! it done or reopen it, and their CSV download.

use leptos::prelude::*;
use scorecard_core::format::long_date;
use scorecard_core::reviews::{AgreedAction, ReviewDetails};
use scorecard_core::{ActionStatus, Id};

use super::links::person_link;
use crate::app::state::AppState;
use crate::ui::csv_button::CsvButton;
use crate::ui::due_lists::{set_action_status, DueTag};
use crate::ui::focus::focus_id;
use crate::ui::inline_status::InlineStatus;

/// The heading, a status region that says what changed, and the table of actions.
#[component]
pub(super) fn ActionsSection(review_id: Id, details: Memo<Option<ReviewDetails>>) -> impl IntoView {
    let state = AppState::get();
    let message = RwSignal::new(None::<String>);
    let actions = Memo::new(move |_| details.with(|d| d.as_ref().map(|d| d.actions.clone())));
    let set_status = move |action_id: Id, status: ActionStatus, description: String| {
        set_action_status(state, review_id, action_id, status, &description, message);
        // The button changes from "Mark as done" to "Reopen"; keep focus on it.
        request_animation_frame(move || focus_id(&format!("action-{action_id}-toggle")));
    };
    let table = move || {
        let rows = actions.get()?;
        if rows.is_empty() {
            return Some(view! { <p>"No actions were agreed."</p> }.into_any());
        }
        let csv: Vec<Vec<String>> = rows.iter().map(csv_row).collect();
        Some(view! {
            <table class="table">
                <caption class="visually-hidden">"Actions agreed"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Action"</th>
                        <th scope="col">"Owner"</th>
                        <th scope="col">"Due"</th>
                        <th scope="col">"Status"</th>
                        <th scope="col">
                            <span class="visually-hidden">"Change"</span>
                        </th>
                    </tr>
                </thead>
                <tbody>{rows.into_iter().map(|a| action_row(a, set_status)).collect_view()}</tbody>
            </table>
            <CsvButton
                what="review-actions"
                context="actions agreed"
                headers=&["Action", "Owner", "Due", "Status"]
                rows=Callback::new(move |_| csv.clone())
            />
        }
        .into_any())
    };
    view! {
        <h2 id="review-actions-title">"Actions agreed"</h2>
        <InlineStatus message=message />
        {table}
    }
}

fn csv_row(a: &AgreedAction) -> Vec<String> {
    vec![
        a.description.clone(),
        a.owner.as_ref().map(|o| o.name.clone()).unwrap_or_default(),
        a.due.map(|d| d.to_string()).unwrap_or_default(),
        a.status.label().to_string(),
    ]
}

/// One action; an open one can be marked done, a closed one reopened.
fn action_row(
    a: AgreedAction,
    set_status: impl Fn(Id, ActionStatus, String) + Copy + 'static,
) -> impl IntoView {
    let open = a.status == ActionStatus::Open;
    let (aid, description) = (a.id, a.description.clone());
    let (label, words, to) = if open {
        (
            format!("Mark as done: {}", a.description),
            "Mark as done",
            ActionStatus::Done,
        )
    } else {
        (
            format!("Reopen: {}", a.description),
            "Reopen",
            ActionStatus::Open,
        )
    };
    let closed = a.closed_on.map(|c| format!(" on {}", long_date(c)));
    let no_date = a.due.is_none();
    let due_tag = a.due_state.map(|s| {
        view! {
            " "
            <DueTag state=s no_date=no_date />
        }
    });
    view! {
        <tr>
            <td>{a.description}</td>
            <td>
                {match a.owner {
                    Some(owner) => person_link(owner).into_any(),
                    None => view! { "Not named" }.into_any(),
                }}
            </td>
            <td>{a.due.map(long_date).unwrap_or_else(|| "Not set".into())}</td>
            <td>{a.status.label()}{closed}{due_tag}</td>
            <td>
                <button
                    type="button"
                    class="button button-secondary button-small"
                    id=format!("action-{aid}-toggle")
                    aria-label=label
                    on:click=move |_| set_status(aid, to, description.clone())
                >
                    {words}
                </button>
            </td>
        </tr>
    }
}
