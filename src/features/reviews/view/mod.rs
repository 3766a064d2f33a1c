//! `/reviews/:id`: one review — who, when, the goals and measures discussed, ratings with their
//! gaps, the actions agreed (each can be marked done or reopened), and delete.
//!
//! The page reads one `Memo` over the core's `Workspace::review_details`; its parts render it:
//! `summary`, `discussed` (goals with ratings, and measures) and `actions`.

mod actions;
mod discussed;
mod links;
mod summary;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use scorecard_core::format::long_date;
use scorecard_core::{Id, ReviewSubject, Workspace};

use crate::app::state::{now, AppState};
use crate::features::reviews::{REVIEW_GONE, TO_REVIEWS};
use crate::ui::delete_panel::DeletePanel;
use crate::ui::due_lists::record_href;
use crate::ui::record_page::RecordPage;
use crate::ui::tags::PersonalTag;
use actions::ActionsSection;
use discussed::{GoalsTable, MeasuresTable};
use summary::Summary;

/// The review at `/reviews/:id`.
#[component]
pub fn ReviewPage() -> impl IntoView {
    let name_of = |ws: &Workspace, id| {
        ws.review(id)
            .map(|r| format!("{}, {}", ws.subject_title(&r.subject), long_date(r.date)))
    };
    view! {
        <RecordPage
            name_of=name_of
            missing="Review not found"
            gone=REVIEW_GONE
            list=TO_REVIEWS
            page=|id| view! { <Details id=id /> }.into_any()
        />
    }
}

/// The review that exists at `id`, with its parts kept up to date as it changes.
#[component]
fn Details(id: Id) -> impl IntoView {
    let state = AppState::get();
    let navigate = use_navigate();
    let details = Memo::new(move |_| {
        state
            .workspace
            .with(|ws| ws.review_details(id, now().date_naive()))
    });
    let first = details
        .get_untracked()
        .expect("the review exists when this is shown");
    let name = format!("{}, {}", first.title, long_date(first.date));
    let subject_page = match first.subject {
        ReviewSubject::Individual { person_id, .. } => {
            Some((format!("/people/{person_id}"), "Their page"))
        }
        ReviewSubject::Team { team_id } => Some((format!("/teams/{team_id}"), "The team's page")),
        ReviewSubject::Strategic { .. } => None,
    };
    let on_delete = Callback::new(move |_| {
        match state.edit(|ws| ws.delete_review(id, now())) {
            Ok(()) => state.flash("/reviews", "Review deleted."),
            Err(e) => state.flash("/reviews", e.to_string()),
        }
        state.open_when_sent(&navigate, "/reviews");
    });
    let consequences = match first.actions.len() {
        0 => Vec::new(),
        1 => vec!["The action agreed at it will be deleted too.".to_string()],
        n => vec![format!("The {n} actions agreed at it will be deleted too.")],
    };

    view! {
        <A href="/reviews" attr:class="back-link">
            "Back to reviews"
        </A>
        <span class="caption">{first.subject.kind_label()}</span>
        <h1>{name.clone()}</h1>
        {subject_page
            .map(|(href, words)| {
                view! {
                    <p>
                        <A href=href>{words}</A>
                    </p>
                }
            })}
        {first
            .personal
            .then(|| {
                view! {
                    <p>
                        <PersonalTag />
                        " "
                        <span class="hint">
                            "One-to-ones and appraisals are personal data. Exports leave them out unless you choose otherwise."
                        </span>
                    </p>
                }
            })}
        <Summary details=details />
        <div class="button-row">
            <A href=format!("/reviews/{id}/edit") attr:class="button">
                "Change this review"
            </A>
            <A href=record_href(&first.subject) attr:class="button button-secondary">
                "Record the next one"
            </A>
        </div>

        <h2>"Goals discussed and ratings"</h2>
        <GoalsTable details=details />

        <h2>"Measures as they stood"</h2>
        <MeasuresTable details=details />

        <ActionsSection review_id=id details=details />

        <DeletePanel
            noun="review"
            name=name
            consequences=consequences
            blocked=None
            on_confirm=on_delete
        />
    }
}
