//! The three lists of a work list (reviews, actions and data due or overdue), shared by
//! "My work", the reviews page and the scorecard page: each a `WorkSection` (heading with its
//! count, the first rows, "Show all", the CSV download) around a table of its own.

mod actions;
mod data;
mod reviews;

pub use actions::DueActionsList;
pub use data::DueDataList;
pub use reviews::DueReviewsList;

use leptos::prelude::*;
use scorecard_core::reviews::DueState;
use scorecard_core::{ActionStatus, Id, IndividualReviewKind, ReviewSubject};

use crate::app::state::{now, AppState};

/// Where to record a review of `subject`.
pub(crate) fn record_href(subject: &ReviewSubject) -> String {
    match subject {
        ReviewSubject::Individual { person_id, kind } => format!(
            "/reviews/new?person={person_id}&kind={}",
            match kind {
                IndividualReviewKind::OneToOne => "one_to_one",
                IndividualReviewKind::Appraisal => "appraisal",
            }
        ),
        ReviewSubject::Team { team_id } => format!("/reviews/new?team={team_id}"),
        ReviewSubject::Strategic { organisation_id } => {
            format!("/reviews/new?org={organisation_id}")
        }
    }
}

/// A tag saying where something stands against its due date: the words carry the meaning.
/// `no_date` says "No date" for something with no due date.
#[component]
pub fn DueTag(state: DueState, #[prop(optional)] no_date: bool) -> impl IntoView {
    let (class, words) = match (state, no_date) {
        (_, true) => ("due-tag due-none", "No date"),
        (DueState::Overdue, _) => ("due-tag due-overdue", state.label()),
        (DueState::DueSoon, _) => ("due-tag due-soon", state.label()),
        (DueState::Upcoming, _) => ("due-tag due-upcoming", state.label()),
    };
    view! { <span class=class>{words}</span> }
}

/// Sets where an agreed action stands, and says so in `message` (or why it could not).
pub(crate) fn set_action_status(
    state: AppState,
    review_id: Id,
    action_id: Id,
    status: ActionStatus,
    description: &str,
    message: RwSignal<Option<String>>,
) {
    match state.edit(|ws| ws.set_action_status(review_id, action_id, status, now())) {
        Ok(()) => state.confirm(
            message,
            match status {
                ActionStatus::Done => format!("Action marked as done: {description}."),
                ActionStatus::Open => format!("Action reopened: {description}."),
                ActionStatus::Dropped => format!("Action dropped: {description}."),
            },
        ),
        Err(e) => message.set(Some(format!("The action could not be changed: {e}."))),
    }
}

/// "Show all N" / "Show the first N" under a list cut short; the button stays put so focus does.
#[component]
fn MoreButton(
    total: Signal<usize>,
    limit: Option<usize>,
    expanded: RwSignal<bool>,
    noun: &'static str,
) -> impl IntoView {
    let shown = move || limit.is_some_and(|l| total.get() > l);
    view! {
        <Show when=shown>
            <button
                type="button"
                class="button button-secondary"
                aria-expanded=move || expanded.get().to_string()
                on:click=move |_| expanded.update(|e| *e = !*e)
            >
                {move || {
                    if expanded.get() {
                        format!("Show the first {} {noun} only", limit.unwrap_or_default())
                    } else {
                        format!("Show all {} {noun}", total.get())
                    }
                }}
            </button>
        </Show>
    }
}

/// A section heading with the count: h2, or h3 when the lists sit under a heading of their own.
fn heading(sub: bool, id: &'static str, text: &'static str, n: Signal<usize>) -> AnyView {
    let content = move || format!("{text} ({})", n.get());
    if sub {
        view! {
            <h3 id=id tabindex="-1">
                {content}
            </h3>
        }
        .into_any()
    } else {
        view! {
            <h2 id=id tabindex="-1">
                {content}
            </h2>
        }
        .into_any()
    }
}

/// What the three lists share: the section labelled by its heading (with the count), what
/// to say when there is nothing, the table of the first rows, "Show all", and the CSV file of
/// every row.
#[component]
fn WorkSection(
    /// The heading's id, which labels the section.
    id: &'static str,
    /// The heading's words, before the count.
    title: &'static str,
    /// An h3 rather than an h2.
    sub: bool,
    /// How many rows there are.
    total: Signal<usize>,
    /// What to say when there are none.
    empty: &'static str,
    /// Show only this many until the user asks for all.
    limit: Option<usize>,
    /// What "Show all …" counts, e.g. "reviews".
    noun: &'static str,
    /// The table of the first `n` rows.
    table: Callback<usize, AnyView>,
    /// The CSV download of every row.
    #[prop(into)]
    csv: ViewFn,
    /// What comes between the heading and the table, if anything.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let expanded = RwSignal::new(false);
    let shown = move || match limit {
        Some(l) if !expanded.get() => l,
        _ => usize::MAX,
    };
    view! {
        <section class="work-section" aria-labelledby=id>
            {heading(sub, id, title, total)}
            {children.map(|c| c())}
            {move || {
                if total.get() == 0 {
                    view! { <p>{empty}</p> }.into_any()
                } else {
                    table.run(shown())
                }
            }}
            <MoreButton total=total limit=limit expanded=expanded noun=noun />
            <Show when=move || { total.get() > 0 }>{csv.run()}</Show>
        </section>
    }
}
