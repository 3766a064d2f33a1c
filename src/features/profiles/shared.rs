//! What a person's page and a team's page share, so each is written once: the top of the page,
//! and the goals the development plan and recognition forms offer. Finding the record, the list
//! of goals and the "Personal" tag are widgets in `crate::ui`.

use leptos::prelude::*;
use leptos_router::components::A;
use scorecard_core::{Goal, Id, Workspace};

use crate::ui::fields::Choice;

/// The top of a record page: the way back to the list, what kind of record it is, its name,
/// and the buttons for what can be done with it.
#[component]
pub fn ProfileHeading(
    /// The list's address and the link's words, e.g. "Back to people".
    back: (&'static str, &'static str),
    /// What kind of record, e.g. "Person".
    caption: &'static str,
    /// The record's name.
    name: Signal<String>,
    /// The buttons.
    children: Children,
) -> impl IntoView {
    view! {
        <A href=back.0 attr:class="back-link">
            {back.1}
        </A>
        <span class="caption">{caption}</span>
        <h1>{move || name.get()}</h1>
        <div class="button-row">{children()}</div>
    }
}

/// Goals to link to: those `first` picks (e.g. the person's own), then the rest of the
/// organisation's, each under a heading.
pub fn goal_choices(
    ws: &Workspace,
    org: Option<Id>,
    first_label: &str,
    first: impl Fn(&Goal) -> bool,
) -> Vec<Choice> {
    let mut goals: Vec<&Goal> = ws
        .goals
        .iter()
        .filter(|g| org.is_none_or(|o| g.involves(o)))
        .collect();
    scorecard_core::order::sort_by_cached_key(&mut goals, |g| g.title.to_lowercase());
    let (mine, others): (Vec<&Goal>, Vec<&Goal>) = goals.into_iter().partition(|g| first(g));
    let choice = |g: &Goal, group: &str| {
        Choice::grouped(g.id.to_string(), g.title.clone(), group.to_string())
    };
    mine.into_iter()
        .map(|g| choice(g, first_label))
        .chain(others.into_iter().map(|g| choice(g, "Other goals")))
        .collect()
}
