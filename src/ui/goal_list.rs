//! A list of goals, each with its level and a link to its page.

use leptos::prelude::*;
use leptos_router::components::A;
use scorecard_core::profiles::GoalItem;

use crate::ui::tags::LevelTag;

/// Goals, each with its level and a link to its page; `empty` when there are none.
#[component]
pub fn GoalList(
    /// The goals, in order.
    goals: Vec<GoalItem>,
    /// What to say when there are none, e.g. "None yet."
    #[prop(into)]
    empty: Signal<String>,
) -> impl IntoView {
    if goals.is_empty() {
        return view! { <p>{move || empty.get()}</p> }.into_any();
    }
    view! {
        <ul class="plain-list">
            {goals
                .into_iter()
                .map(|g| {
                    view! {
                        <li>
                            <LevelTag level=g.level />
                            " "
                            <A href=format!("/goals/{}", g.id)>{g.title}</A>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}
