//! Record (`/reviews/new`) or change (`/reviews/:id/edit`) a review: who, when, who took part,
//! the goals discussed with their measures as they stand, notes, ratings, agreed actions and the
//! next review date.
//!
//! The form's parts: `subject` (the kind of review and whom), `discussed` (who took part, the
//! goals and their measures), `ratings`, `actions` and `next_review`. `draft` keeps the fields
//! as signals and hands them to the core's `ReviewDraft`, which makes the review or says what is
//! wrong with it.

mod actions;
mod discussed;
mod draft;
mod ids;
mod next_review;
mod ratings;
mod subject;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use scorecard_core::reviews::ReviewDraft;
use scorecard_core::{Id, ValidationErrors, Workspace};

use crate::app::state::{now, AppState};
use crate::features::reviews::{REVIEW_GONE, TO_REVIEWS};
use crate::ui::fields::{error_for, focus_error_summary, ErrorSummary, TextField};
use crate::ui::layout::set_page_title;
use crate::ui::record_page::RecordPage;
use crate::ui::stale_notice::{refuse_stale, StaleNotice, StaleRecord};
use actions::AgreedActions;
use discussed::{chosen_goals, Discussed};
use draft::DraftFields;
use ids::{id_of, PREFIX};
use next_review::NextReviewField;
use ratings::RatingsField;
use subject::{subject_from_query, SubjectFields};

/// `/reviews/new`, with the subject from the address when it names one.
#[component]
pub fn NewReviewPage() -> impl IntoView {
    set_page_title(|| "Record a review".into());
    let state = AppState::get();
    let query = use_query_map();
    // The form is built again only when the address names another subject.
    let start = Memo::new(move |_| subject_from_query(|k| query.read().get(k)));
    move || {
        let (kind, who) = start.get();
        let draft = ReviewDraft::new(Id::new_v4(), kind, now().date_naive(), now());
        let draft = match who {
            Some(who) => state.workspace.with_untracked(|ws| draft.about(ws, who)),
            None => draft,
        };
        view! { <ReviewForm draft=draft is_new=true /> }
    }
}

/// `/reviews/:id/edit`.
#[component]
pub fn EditReviewPage() -> impl IntoView {
    let state = AppState::get();
    let page = move |id| match state
        .workspace
        .with_untracked(|ws| ws.review(id).map(ReviewDraft::from))
    {
        Some(draft) => view! { <ReviewForm draft=draft is_new=false /> }.into_any(),
        None => ().into_any(),
    };
    view! {
        <RecordPage
            name_of=|ws: &Workspace, id| ws.review(id).map(|_| "Change a review".to_string())
            missing="Review not found"
            gone=REVIEW_GONE
            list=TO_REVIEWS
            page=page
        />
    }
}

/// The form itself. Saving asks the core to make the review from the draft; every problem is
/// listed at once, and a review changed in another tab meanwhile is not overwritten.
#[component]
fn ReviewForm(draft: ReviewDraft, is_new: bool) -> impl IntoView {
    let state = AppState::get();
    let navigate = use_navigate();
    let review_id = draft.id;
    let opened_at = draft.stamps.updated_at;
    let fields = DraftFields::new(draft);
    let errors = RwSignal::new(ValidationErrors::default());
    let summary = NodeRef::new();
    let stale = RwSignal::new(None::<StaleRecord>);
    let subject = Memo::new(move |_| fields.subject());
    let org = Memo::new(move |_| {
        subject
            .get()
            .and_then(|s| state.workspace.with(|ws| ws.subject_organisation(&s)))
    });
    let chosen_goals = chosen_goals(org, fields.goals);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = fields.draft_untracked();
        let made = state
            .workspace
            .with_untracked(|ws| draft.into_record(ws, now().date_naive()));
        let review = match made {
            Ok(review) => review,
            Err(problems) => {
                errors.set(problems);
                focus_error_summary(summary);
                return;
            }
        };
        if !is_new {
            let refused = state.workspace.with_untracked(|ws| {
                let saved = ws.review(review_id).map(|r| (r, r.stamps.updated_at));
                refuse_stale("review", opened_at, &review, saved)
            });
            if refused.is_some() {
                stale.set(refused);
                return;
            }
        }
        match state.edit(|ws| ws.save_review(review, now())) {
            Ok(()) => {
                let path = format!("/reviews/{review_id}");
                let done = if is_new {
                    "Review recorded."
                } else {
                    "Review saved."
                };
                state.flash(path.clone(), done);
                navigate(&path, NavigateOptions::default());
            }
            Err(e) => {
                errors.set(e);
                focus_error_summary(summary);
            }
        }
    };

    let heading = if is_new {
        "Record a review"
    } else {
        "Change a review"
    };
    let cancel = if is_new {
        "/reviews".to_string()
    } else {
        format!("/reviews/{review_id}")
    };

    view! {
        <A href=cancel.clone() attr:class="back-link">
            {if is_new { "Back to reviews" } else { "Back to the review" }}
        </A>
        <h1>{heading}</h1>
        <StaleNotice stale=stale />
        <form class="form form-wide" novalidate on:submit=submit>
            <ErrorSummary prefix=PREFIX errors=errors node=summary />
            <SubjectFields fields=fields errors=errors />
            <TextField
                id=id_of("date")
                label="Date of the review"
                value=fields.date
                input_type="date"
                width="input-width-10"
                error=error_for(errors, "date")
            />
            <Discussed
                fields=fields
                subject=subject
                org=org
                chosen_goals=chosen_goals
                errors=errors
            />
            <TextField
                id=id_of("notes")
                label="Notes of the discussion (optional)"
                value=fields.notes
                multiline=true
                error=error_for(errors, "notes")
            />
            <RatingsField goals=chosen_goals ratings=fields.ratings errors=errors />
            <AgreedActions actions=fields.actions errors=errors />
            <NextReviewField fields=fields subject=subject errors=errors />
            <div class="button-row">
                <button type="submit" class="button">
                    {if is_new { "Save review" } else { "Save changes" }}
                </button>
                <A href=cancel attr:class="button button-secondary">
                    "Cancel"
                </A>
            </div>
        </form>
    }
}
