//! `/reviews`: the reviews due for an organisation, and every review held, newest first.

use leptos::prelude::*;

use crate::ui::csv_button::CsvButton;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use scorecard_core::format::long_date;
use scorecard_core::reviews::WorkList;
use scorecard_core::Id;

use crate::app::state::{now, AppState};
use crate::ui::due_lists::DueReviewsList;
use crate::ui::fields::FilterSelect;
use crate::ui::layout::set_page_title;
use crate::ui::record::organisation_choices;
use crate::ui::tags::PersonalTag;

/// Reviews due (for the organisation in `?org=`, the first by default) and all reviews held.
#[component]
pub fn ReviewsPage() -> impl IntoView {
    set_page_title(|| "Reviews".into());
    let state = AppState::get();
    let query = use_query_map();
    let navigate = use_navigate();
    let org = Memo::new(move |_| {
        let chosen = query.read().get("org").and_then(|s| s.parse::<Id>().ok());
        state.workspace.with(|ws| {
            chosen
                .filter(|id| ws.organisation(*id).is_some())
                .or_else(|| ws.first_organisation())
        })
    });
    let orgs = Signal::derive(move || state.workspace.with(organisation_choices));
    let on_org_change = move |value: String| {
        navigate(&format!("/reviews?org={value}"), NavigateOptions::default());
    };
    // Only the reviews due: the shared list shows a work list, of which this page wants one part.
    let work = Memo::new(move |_| WorkList {
        reviews: org
            .get()
            .map(|id| {
                state
                    .workspace
                    .with(|ws| ws.organisation_reviews_due(id, now().date_naive()))
            })
            .unwrap_or_default(),
        ..WorkList::default()
    });
    let rows = Memo::new(move |_| state.workspace.with(|ws| ws.review_rows()));

    view! {
        <h1>"Reviews"</h1>
        <p class="lede">
            "One-to-ones, annual appraisals, team reviews and strategic (board) reviews: what is due, and what was discussed and agreed."
        </p>
        <div class="button-row">
            <A href="/reviews/new" attr:class="button">
                "Record a review"
            </A>
            <A href="/reviews/schedule" attr:class="button button-secondary">
                "Set how often reviews happen"
            </A>
        </div>
        <p>
            <A href="/exit-interviews">"Exit interviews"</A>
        </p>
        <Show
            when=move || orgs.with(|o| !o.is_empty())
            fallback=|| view! { <p>"Add an organisation first."</p> }
        >
            <FilterSelect
                id="reviews-org"
                label="Reviews due in"
                choices=orgs
                value=Signal::derive(move || org.get().map(|id| id.to_string()).unwrap_or_default())
                on_change=on_org_change.clone()
            />
        </Show>
        <DueReviewsList
            work=Signal::from(work)
            id="reviews-due"
            title="Reviews due"
            empty="No reviews are due in the next two weeks in this organisation, and none are overdue."
        />

        <section aria-labelledby="reviews-all">
            <h2 id="reviews-all">"All reviews"{move || format!(" ({})", rows.with(Vec::len))}</h2>
            {move || {
                let rows = rows.get();
                let csv_rows = rows.clone();
                if rows.is_empty() {
                    return view! { <p>"No reviews have been recorded yet."</p> }.into_any();
                }
                view! {
                    <table class="table">
                        <caption class="visually-hidden">"All reviews, newest first"</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Date"</th>
                                <th scope="col">"Review"</th>
                                <th scope="col">"Organisation"</th>
                                <th scope="col" class="numeric">
                                    "Actions open"
                                </th>
                            </tr>
                        </thead>
                        <tbody>
                            {rows
                                .into_iter()
                                .map(|r| {
                                    view! {
                                        <tr>
                                            <td>{long_date(r.date)}</td>
                                            <td>
                                                <A href=format!("/reviews/{}", r.id)>{r.title}</A>
                                                {r
                                                    .personal
                                                    .then(|| {
                                                        view! {
                                                            " "
                                                            <PersonalTag />
                                                        }
                                                    })}
                                            </td>
                                            <td>{r.organisation}</td>
                                            <td class="numeric">{r.open_actions}</td>
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                    <CsvButton
                        what="reviews"
                        headers=&["Date", "Review", "Organisation", "Actions open", "Personal"]
                        rows=Callback::new(move |_| {
                            csv_rows
                                .clone()
                                .into_iter()
                                .map(|r| {
                                    vec![
                                        r.date.to_string(),
                                        r.title,
                                        r.organisation,
                                        r.open_actions.to_string(),
                                        if r.personal {
                                            "Yes".to_string()
                                        } else {
                                            "No".to_string()
                                        },
                                    ]
                                })
                                .collect()
                        })
                    />
                }
                    .into_any()
            }}
        </section>
    }
}
