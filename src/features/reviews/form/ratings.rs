//! The ratings on a review form: for each goal discussed, the self rating and the manager's
//! rating from 1 to 5, and the gap between them shown as they are chosen.

use std::collections::BTreeMap;

use leptos::prelude::*;
use scorecard_core::reviews::{gap_words, rating_words, RatingDraft};
use scorecard_core::{GoalRating, Id, ValidationErrors};

use super::ids::{id_of, PREFIX};
use crate::features::reviews::tables::RATING_HEADERS;
use crate::ui::fields::{error_for, CellSelect, Choice, Fieldset};
use crate::ui::table::DataTable;

/// Ratings per chosen goal, kept by goal so unticking and ticking a goal keeps its ratings.
#[component]
pub(super) fn RatingsField(
    goals: Memo<Vec<(Id, String)>>,
    ratings: RwSignal<BTreeMap<Id, RatingDraft>>,
    errors: RwSignal<ValidationErrors>,
) -> impl IntoView {
    let chosen_goals = goals;
    view! {
        <Fieldset
            id=id_of("ratings")
            legend="Ratings (optional)"
            focus_legend=true
            hint="Rate each goal from 1 (well below expectations) to 5 (well above). The person (or team) gives their own rating and the manager (or chair) gives theirs; the gap between them is shown."
            error=error_for(errors, "ratings")
        >
            <Show
                when=move || !chosen_goals.with(|g| g.is_empty())
                fallback=|| view! { <p>"Choose goals above to rate them."</p> }
            >
                <DataTable
                    caption="Ratings per goal"
                    class="table-row-headers ratings-table"
                    headers=&RATING_HEADERS
                >
                    <For each=move || chosen_goals.get() key=|(id, _)| *id let((gid, title))>
                        <RatingRow goal_id=gid title=title ratings=ratings />
                    </For>
                </DataTable>
            </Show>
        </Fieldset>
    }
}

/// One goal's two ratings and the gap between them, shown as they are chosen.
#[component]
fn RatingRow(
    goal_id: Id,
    title: String,
    ratings: RwSignal<BTreeMap<Id, RatingDraft>>,
) -> impl IntoView {
    let self_id = format!("{PREFIX}-rating-{goal_id}-self");
    let manager_id = format!("{PREFIX}-rating-{goal_id}-manager");
    let get = move |manager: bool| {
        ratings.with(|m| {
            m.get(&goal_id)
                .map(|r| {
                    if manager {
                        r.manager_rating.clone()
                    } else {
                        r.self_rating.clone()
                    }
                })
                .unwrap_or_default()
        })
    };
    let set = move |manager: bool, value: String| {
        ratings.update(|m| {
            let entry = m.entry(goal_id).or_default();
            if manager {
                entry.manager_rating = value;
            } else {
                entry.self_rating = value;
            }
        })
    };
    let gap = move || {
        let r = GoalRating {
            goal_id,
            self_rating: get(false).parse().ok(),
            manager_rating: get(true).parse().ok(),
        };
        gap_words(r.gap())
    };
    let choices: Vec<Choice> = (1..=5u8)
        .map(|n| Choice::new(n.to_string(), rating_words(n)))
        .collect();
    let select = move |id: String, label: String, manager: bool| {
        view! {
            <CellSelect
                id=id
                label=label
                class="select-narrow"
                choices=choices.clone()
                empty="Not rated"
                value=Signal::derive(move || get(manager))
                on_change=move |value| set(manager, value)
            />
        }
    };
    view! {
        <tr>
            <th scope="row">{title.clone()}</th>
            <td>{select(self_id, format!("Self rating for {title}"), false)}</td>
            <td>{select(manager_id, format!("Manager rating for {title}"), true)}</td>
            <td aria-live="polite">{gap}</td>
        </tr>
    }
}
