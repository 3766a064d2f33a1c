//! What a person's page and a team's page share, so each is written once: finding the record
//! the address names, the top of the page, the list of goals, the "Personal" tag, and the goals
//! the development plan and recognition forms offer.
//!
//! `RecordPage`, `GoalList` and `PersonalTag` are widgets other features could use; they would
//! belong in `crate::ui` once that folder is free to change.

use leptos::prelude::*;
use leptos_router::components::A;
use scorecard_core::profiles::GoalItem;
use scorecard_core::{Goal, Id, Workspace};

use crate::app::state::AppState;
use crate::ui::fields::Choice;
use crate::ui::layout::set_page_title;
use crate::ui::record::id_param;
use crate::ui::tags::LevelTag;

/// What a record page says when its address names no such record.
#[derive(Debug, Clone, Copy)]
pub struct Missing {
    /// Heading and title, e.g. "Person not found".
    pub title: &'static str,
    /// Why, e.g. "There is no one at this address. They may have been deleted."
    pub text: &'static str,
    /// The list to go to instead, and the link's words.
    pub list: (&'static str, &'static str),
}

/// A record's page at `/people/:id` or `/teams/:id`, titled with its name. `page` builds it
/// again only when the address names another record, so the forms on it keep what is typed
/// while the workspace changes.
#[component]
pub fn RecordPage(
    /// The name of the record with an id, if there is one.
    name_of: fn(&Workspace, Id) -> Option<String>,
    /// What to say when there is none.
    missing: Missing,
    /// The page of the record with an id.
    page: fn(Id) -> AnyView,
) -> impl IntoView {
    let state = AppState::get();
    let id = id_param();
    let name = Memo::new(move |_| {
        id.get()
            .and_then(|id| state.workspace.with(|ws| name_of(ws, id)))
    });
    set_page_title(move || name.get().unwrap_or_else(|| missing.title.into()));
    let shown = Memo::new(move |_| id.get().filter(|_| name.with(Option::is_some)));
    move || match shown.get() {
        Some(id) => page(id),
        None => view! {
            <h1>{missing.title}</h1>
            <p>{missing.text}</p>
            <p><A href=missing.list.0>{missing.list.1}</A></p>
        }
        .into_any(),
    }
}

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
        <A href=back.0 attr:class="back-link">{back.1}</A>
        <span class="caption">{caption}</span>
        <h1>{move || name.get()}</h1>
        <div class="button-row">{children()}</div>
    }
}

/// Goals, each with its level and a link to its page; `empty` when there are none.
#[component]
pub fn GoalList(goals: Vec<GoalItem>, empty: &'static str) -> impl IntoView {
    if goals.is_empty() {
        return view! { <p>{empty}</p> }.into_any();
    }
    view! {
        <ul class="plain-list">
            {goals.into_iter().map(|g| view! {
                <li><LevelTag level=g.level/>" "<A href=format!("/goals/{}", g.id)>{g.title}</A></li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// The "Personal" tag: this section is personal data.
#[component]
pub fn PersonalTag() -> impl IntoView {
    view! { <span class="tag tag-personal">"Personal"</span> }
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
    goals.sort_by_cached_key(|g| g.title.to_lowercase());
    let (mine, others): (Vec<&Goal>, Vec<&Goal>) = goals.into_iter().partition(|g| first(g));
    let choice = |g: &Goal, group: &str| {
        Choice::grouped(g.id.to_string(), g.title.clone(), group.to_string())
    };
    mine.into_iter()
        .map(|g| choice(g, first_label))
        .chain(others.into_iter().map(|g| choice(g, "Other goals")))
        .collect()
}
