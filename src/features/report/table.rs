//! A table of the report: one set of headings for the page and its CSV.

use leptos::prelude::*;

use crate::ui::csv_button::CsvButton;

/// The rows of a CSV button, as worked out when the table was drawn.
pub(super) fn csv_rows(rows: Vec<Vec<String>>) -> Callback<(), Vec<Vec<String>>> {
    Callback::new(move |_| rows.clone())
}

/// A report table with its caption, a heading row written from `headers`, the rows drawn by
/// the caller, and under it a CSV button that downloads `csv` under the same headings.
#[component]
pub(super) fn ReportTable(
    /// What the table shows, as its caption.
    caption: &'static str,
    /// Column headings, on the page and in the CSV.
    headers: &'static [&'static str],
    /// The body's rows, drawn by the section.
    rows: AnyView,
    /// The same rows as text, for the CSV.
    csv: Vec<Vec<String>>,
    /// What the table lists, for the CSV's file name.
    what: &'static str,
    /// Which table, for screen readers, on the CSV button.
    context: &'static str,
) -> impl IntoView {
    let head = headers
        .iter()
        .map(|h| view! { <th scope="col">{*h}</th> })
        .collect_view();
    view! {
        <table class="table report-table">
            <caption class="report-caption">{caption}</caption>
            <thead>
                <tr>{head}</tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        <CsvButton what=what headers=headers rows=csv_rows(csv) context=context />
    }
}
