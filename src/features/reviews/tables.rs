//! What a review and its form show alike: the measures of its goals as the review records
//! them, and the columns of the ratings.

use leptos::prelude::*;
use leptos_router::components::A;
use scorecard_core::MeasureSnapshot;

use crate::ui::table::DataTable;

/// The columns of the ratings table, on the form, on the review and in its CSV file.
pub(super) const RATING_HEADERS: [&str; 4] = ["Goal", "Self rating", "Manager rating", "Gap"];

/// A table of measures as they stood: each name links to its page, then its status and latest
/// data. `headers` name those three columns.
#[component]
pub(super) fn MeasuresSeen(
    /// The measures, in order.
    rows: Vec<MeasureSnapshot>,
    /// What the table holds, for screen readers.
    caption: &'static str,
    /// The three column headings.
    headers: &'static [&'static str; 3],
) -> impl IntoView {
    view! {
        <DataTable caption=caption headers=headers>
            {rows
                .into_iter()
                .map(|m| {
                    view! {
                        <tr>
                            <td>
                                <A href=format!("/measures/{}", m.measure_id)>{m.name}</A>
                            </td>
                            <td>{m.status}</td>
                            <td>{m.latest}</td>
                        </tr>
                    }
                })
                .collect_view()}
        </DataTable>
    }
}
