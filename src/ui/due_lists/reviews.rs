//! Reviews due soon or overdue.

use leptos::prelude::*;
use leptos_router::components::A;
use scorecard_core::format::long_date;
use scorecard_core::reviews::WorkList;

use super::{record_href, DueTag, WorkSection};
use crate::ui::csv_button::CsvButton;

/// Reviews due soon or overdue, with a link to record each.
#[component]
pub fn DueReviewsList(
    /// The work list.
    work: Signal<WorkList>,
    /// The heading's id, for the section's label.
    id: &'static str,
    /// The heading's words, before the count.
    #[prop(optional)]
    title: Option<&'static str>,
    /// Use an h3 (the lists sit under a heading of their own).
    #[prop(optional)]
    sub: bool,
    /// What to say when there are none.
    #[prop(optional)]
    empty: Option<&'static str>,
    /// Show only this many until the user asks for all.
    #[prop(optional)]
    limit: Option<usize>,
) -> impl IntoView {
    let total = Signal::derive(move || work.with(|w| w.reviews.len()));
    let table = Callback::new(move |n: usize| {
        let rows = work.with(|w| w.reviews.iter().take(n).cloned().collect::<Vec<_>>());
        view! {
            <table class="table">
                <caption class="visually-hidden">"Reviews due or overdue"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Review"</th>
                        <th scope="col">"Due"</th>
                        <th scope="col">"State"</th>
                        <th scope="col">"Last held"</th>
                        <th scope="col">
                            <span class="visually-hidden">"Action"</span>
                        </th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|r| {
                            let href = record_href(&r.subject);
                            let title = r.title.clone();
                            view! {
                                <tr>
                                    <td>{r.title}</td>
                                    <td>{long_date(r.due)}</td>
                                    <td>
                                        <DueTag state=r.state />
                                    </td>
                                    <td>
                                        {r.last.map(long_date).unwrap_or_else(|| "Never".into())}
                                    </td>
                                    <td>
                                        <A href=href attr:aria-label=format!("Record it: {title}")>
                                            "Record it"
                                        </A>
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        }
        .into_any()
    });
    let csv = move || {
        view! {
            <CsvButton
                what="reviews-due"
                context="reviews due"
                headers=&["Review", "Due", "State", "Last held"]
                rows=Callback::new(move |_| {
                    work.with_untracked(|w| {
                        w.reviews
                            .iter()
                            .map(|r| {
                                vec![
                                    r.title.clone(),
                                    r.due.to_string(),
                                    r.state.label().to_string(),
                                    r.last.map(|d| d.to_string()).unwrap_or_else(|| "Never".into()),
                                ]
                            })
                            .collect()
                    })
                })
            />
        }
    };
    view! {
        <WorkSection
            id=id
            title=title.unwrap_or("Reviews due")
            sub=sub
            total=total
            empty=empty.unwrap_or("No reviews are due in the next two weeks, and none are overdue.")
            limit=limit
            noun="reviews"
            table=table
            csv=csv
        />
    }
}
