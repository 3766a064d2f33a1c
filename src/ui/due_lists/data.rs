//! Measures whose next data is due soon or overdue.

use leptos::prelude::*;
use leptos_router::components::A;
use scorecard_core::format::long_date;
use scorecard_core::reviews::WorkList;

use super::{DueTag, WorkSection};
use crate::ui::csv_button::CsvButton;
use crate::ui::table::DataTable;

/// The columns of the table and of its CSV file.
const HEADERS: [&str; 4] = ["Measure", "Period", "Due by", "State"];

/// Measures whose next data is due soon or overdue, each linking to its page.
#[component]
pub fn DueDataList(
    /// The work list.
    work: Signal<WorkList>,
    /// The heading's id.
    id: &'static str,
    /// Use an h3.
    #[prop(optional)]
    sub: bool,
    /// What to say when there is none.
    #[prop(optional)]
    empty: Option<&'static str>,
    /// Show only this many until the user asks for all.
    #[prop(optional)]
    limit: Option<usize>,
) -> impl IntoView {
    let total = Signal::derive(move || work.with(|w| w.data.len()));
    let table = Callback::new(move |n: usize| {
        let rows = work.with(|w| w.data.iter().take(n).cloned().collect::<Vec<_>>());
        view! {
            <DataTable caption="Data due or overdue" headers=&HEADERS>
                {rows
                    .into_iter()
                    .map(|d| {
                        view! {
                            <tr>
                                <td>
                                    <A href=format!("/measures/{}", d.measure_id)>{d.name}</A>
                                </td>
                                <td>{d.period.label()}</td>
                                <td>{long_date(d.due)}</td>
                                <td>
                                    <DueTag state=d.state />
                                </td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </DataTable>
        }
        .into_any()
    });
    let csv = move || {
        view! {
            <CsvButton
                what="data-due"
                context="data due"
                headers=&HEADERS
                rows=Callback::new(move |_| {
                    work.with_untracked(|w| {
                        w.data
                            .iter()
                            .map(|d| {
                                vec![
                                    d.name.clone(),
                                    d.period.label(),
                                    d.due.to_string(),
                                    d.state.label().to_string(),
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
            title="Data due"
            sub=sub
            total=total
            empty=empty.unwrap_or("No data is due in the next two weeks, and none is overdue.")
            limit=limit
            noun="measures"
            table=table
            csv=csv
        />
    }
}
