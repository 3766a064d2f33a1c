//! Open actions, each with a "Mark as done" button.

use leptos::prelude::*;
use leptos_router::components::A;
use scorecard_core::format::long_date;
use scorecard_core::reviews::WorkList;
use scorecard_core::ActionStatus;

use super::{set_action_status, DueTag, WorkSection};
use crate::app::state::AppState;
use crate::ui::csv_button::CsvButton;
use crate::ui::focus::focus_id;
use crate::ui::inline_status::InlineStatus;

/// Open actions with their due state, a link to the review and a "Mark as done" button. Marking
/// one done says so in the section's status region and moves focus to its heading, since the
/// button leaves with the action.
#[component]
pub fn DueActionsList(
    /// The work list.
    work: Signal<WorkList>,
    /// The heading's id.
    id: &'static str,
    /// Show each action's owner (for an organisation's list).
    #[prop(optional)]
    show_owner: bool,
    /// Use an h3.
    #[prop(optional)]
    sub: bool,
    /// What to say when there are none.
    #[prop(optional)]
    empty: Option<&'static str>,
    /// Show only this many until the user asks for all.
    #[prop(optional)]
    limit: Option<usize>,
) -> impl IntoView {
    let state = AppState::get();
    let message = RwSignal::new(None::<String>);
    let total = Signal::derive(move || work.with(|w| w.actions.len()));
    let table = Callback::new(move |n: usize| {
        let list = work.with(|w| w.actions.iter().take(n).cloned().collect::<Vec<_>>());
        let rows = state.workspace.with(|ws| {
            list.into_iter()
                .map(|a| {
                    let owner = a
                        .owner_id
                        .and_then(|o| ws.person(o))
                        .map(|p| (p.id, p.name.clone()));
                    let review = ws
                        .review(a.review_id)
                        .map(|r| format!("{}, {}", ws.subject_title(&r.subject), long_date(r.date)))
                        .unwrap_or_else(|| "The review".into());
                    (a, owner, review)
                })
                .collect::<Vec<_>>()
        });
        view! {
            <table class="table">
                <caption class="visually-hidden">"Open actions"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Action"</th>
                        {show_owner.then(|| view! { <th scope="col">"Owner"</th> })}
                        <th scope="col">"Due"</th>
                        <th scope="col">"State"</th>
                        <th scope="col">"Agreed at"</th>
                        <th scope="col">
                            <span class="visually-hidden">"Change"</span>
                        </th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|(a, owner, review)| {
                            let description = a.description.clone();
                            let (rid, aid) = (a.review_id, a.action_id);
                            let done = move |_| {
                                set_action_status(
                                    state,
                                    rid,
                                    aid,
                                    ActionStatus::Done,
                                    &description,
                                    message,
                                );
                                request_animation_frame(move || focus_id(id));
                            };
                            view! {
                                <tr>
                                    <td>{a.description.clone()}</td>
                                    {show_owner
                                        .then(|| {
                                            view! {
                                                <td>
                                                    {match owner.clone() {
                                                        Some((pid, name)) => {
                                                            view! { <A href=format!("/people/{pid}")>{name}</A> }
                                                                .into_any()
                                                        }
                                                        None => view! { "Not named" }.into_any(),
                                                    }}
                                                </td>
                                            }
                                        })}
                                    <td>
                                        {a.due.map(long_date).unwrap_or_else(|| "Not set".into())}
                                    </td>
                                    <td>
                                        <DueTag state=a.state no_date=a.due.is_none() />
                                    </td>
                                    <td>
                                        <A href=format!("/reviews/{rid}")>{review}</A>
                                    </td>
                                    <td>
                                        <button
                                            type="button"
                                            class="button button-secondary button-small"
                                            aria-label=format!("Mark as done: {}", a.description)
                                            on:click=done
                                        >
                                            "Mark as done"
                                        </button>
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        }
        .into_any()
    });
    let csv = move || {
        view! {
            <CsvButton
                what="actions"
                context="actions"
                headers=&["Action", "Owner", "Due", "State", "Agreed at"]
                rows=Callback::new(move |_| {
                    let list = work.with_untracked(|w| w.actions.clone());
                    state
                        .workspace
                        .with_untracked(|ws| {
                            list.iter()
                                .map(|a| {
                                    vec![
                                        a.description.clone(),
                                        a
                                            .owner_id
                                            .and_then(|o| ws.person(o))
                                            .map(|p| p.name.clone())
                                            .unwrap_or_default(),
                                        a.due.map(|d| d.to_string()).unwrap_or_default(),
                                        if a.due.is_none() {
                                            "No date".to_string()
                                        } else {
                                            a.state.label().to_string()
                                        },
                                        ws
                                            .review(a.review_id)
                                            .map(|r| {
                                                format!("{}, {}", ws.subject_title(&r.subject), r.date)
                                            })
                                            .unwrap_or_default(),
                                    ]
                                })
                                .collect()
                        })
                })
            />
        }
    };
    view! {
        <WorkSection
            id=id
            title="Actions"
            sub=sub
            total=total
            empty=empty.unwrap_or("There are no open actions.")
            limit=limit
            noun="actions"
            table=table
            csv=csv
        >
            <InlineStatus message=message />
        </WorkSection>
    }
}
