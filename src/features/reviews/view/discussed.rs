//! What the review discussed: the goals with their ratings and the gap between them, and the
//! measures as they stood, each table with its CSV download.

use leptos::prelude::*;
use leptos_router::components::A;
use scorecard_core::reviews::{gap_words, rating_words, ReviewDetails};

use crate::features::reviews::tables::{MeasuresSeen, RATING_HEADERS};
use crate::ui::csv_button::CsvButton;
use crate::ui::table::DataTable;

/// The columns of the measures, on screen and in the CSV file.
const MEASURE_HEADERS: [&str; 3] = ["Measure", "Status then", "Latest data then"];

/// What a goal deleted since the review is called.
const DELETED_GOAL: &str = "A goal that has since been deleted";

fn rating_text(rating: Option<u8>) -> &'static str {
    rating.map(rating_words).unwrap_or("Not rated")
}

/// The goals discussed, each with the self and manager ratings and the gap between them.
#[component]
pub(super) fn GoalsTable(details: Memo<Option<ReviewDetails>>) -> impl IntoView {
    let goals = Memo::new(move |_| details.with(|d| d.as_ref().map(|d| d.goals.clone())));
    move || {
        let rows = goals.get()?;
        if rows.is_empty() {
            return Some(view! { <p>"No goals were recorded as discussed."</p> }.into_any());
        }
        let csv: Vec<Vec<String>> = rows
            .iter()
            .map(|g| {
                vec![
                    g.title.clone().unwrap_or_else(|| DELETED_GOAL.into()),
                    rating_text(g.self_rating).to_string(),
                    rating_text(g.manager_rating).to_string(),
                    gap_words(g.gap),
                ]
            })
            .collect();
        Some(view! {
            <DataTable
                caption="Goals discussed, with ratings"
                class="table-row-headers"
                headers=&RATING_HEADERS
            >
                {rows
                    .into_iter()
                    .map(|g| {
                        view! {
                            <tr>
                                <th scope="row">
                                    {match g.title {
                                        Some(t) => {
                                            view! { <A href=format!("/goals/{}", g.goal_id)>{t}</A> }
                                                .into_any()
                                        }
                                        None => view! { {DELETED_GOAL} }.into_any(),
                                    }}
                                </th>
                                <td>{rating_text(g.self_rating)}</td>
                                <td>{rating_text(g.manager_rating)}</td>
                                <td>{gap_words(g.gap)}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </DataTable>
            <CsvButton
                what="review-ratings"
                context="goals and ratings"
                headers=&RATING_HEADERS
                rows=Callback::new(move |_| csv.clone())
            />
        }
        .into_any())
    }
}

/// The measures of the goals as they stood at the review.
#[component]
pub(super) fn MeasuresTable(details: Memo<Option<ReviewDetails>>) -> impl IntoView {
    let measures = Memo::new(move |_| details.with(|d| d.as_ref().map(|d| d.measures.clone())));
    move || {
        let rows = measures.get()?;
        if rows.is_empty() {
            return Some(view! { <p>"No measures were recorded."</p> }.into_any());
        }
        let csv: Vec<Vec<String>> = rows
            .iter()
            .map(|m| vec![m.name.clone(), m.status.clone(), m.latest.clone()])
            .collect();
        Some(
            view! {
                <MeasuresSeen
                    rows=rows
                    caption="Measures as they stood at the review"
                    headers=&MEASURE_HEADERS
                />
                <CsvButton
                    what="review-measures"
                    context="measures at the review"
                    headers=&MEASURE_HEADERS
                    rows=Callback::new(move |_| csv.clone())
                />
            }
            .into_any(),
        )
    }
}
