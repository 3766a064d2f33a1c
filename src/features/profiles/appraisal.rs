//! The annual appraisal summary on a person's page: the year's appraisals and one-to-ones with
//! their ratings and actions. The core chooses and counts them (`Workspace::appraisal_year`).

use leptos::prelude::*;
use leptos_router::components::A;
use scorecard_core::format::long_date;
use scorecard_core::profiles::{AgreedAction, AppraisalYear};

/// One sentence of counts, then each review with its ratings and actions.
#[component]
pub fn AppraisalSummary(year: AppraisalYear) -> impl IntoView {
    if year.reviews.is_empty() {
        return view! { <p>"No appraisals or one-to-ones have been recorded in the last 12 months."</p> }
            .into_any();
    }
    let summary = year.summary();
    view! {
        <p>{summary}</p>
        <ol class="plain-list appraisal-list">
            {year
                .reviews
                .into_iter()
                .map(|r| {
                    view! {
                        <li class="appraisal-item">
                            <h3 class="appraisal-title">
                                <A href=format!(
                                    "/reviews/{}",
                                    r.review_id,
                                )>{format!("{}, {}", r.kind, long_date(r.date))}</A>
                            </h3>
                            {if r.ratings.is_empty() {
                                view! { <p>"No ratings recorded."</p> }.into_any()
                            } else {
                                view! {
                                    <p class="label-text">"Ratings"</p>
                                    <ul class="bulleted">
                                        {r
                                            .ratings
                                            .into_iter()
                                            .map(|x| view! { <li>{x}</li> })
                                            .collect_view()}
                                    </ul>
                                }
                                    .into_any()
                            }}
                            {if r.actions.is_empty() {
                                view! { <p>"No actions agreed."</p> }.into_any()
                            } else {
                                view! {
                                    <p class="label-text">"Actions"</p>
                                    <ul class="bulleted">
                                        {r
                                            .actions
                                            .iter()
                                            .map(|a| view! { <li>{action_words(a)}</li> })
                                            .collect_view()}
                                    </ul>
                                }
                                    .into_any()
                            }}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
    .into_any()
}

/// E.g. "Lead a huddle (open, due 3 March 2027)".
fn action_words(a: &AgreedAction) -> String {
    let due = a
        .due
        .map(|d| format!(", due {}", long_date(d)))
        .unwrap_or_default();
    format!(
        "{} ({}{due})",
        a.description,
        a.status.label().to_lowercase()
    )
}
