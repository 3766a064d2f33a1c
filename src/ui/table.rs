//! A data table in the NHS.UK style: a caption for screen readers, a row of column headings,
//! and the rows a page gives.

use leptos::prelude::*;

/// A table with a visually hidden caption and one heading per column.
#[component]
pub fn DataTable(
    /// What the table holds, read by screen readers, e.g. "Reviews due or overdue".
    #[prop(into)]
    caption: Signal<String>,
    /// Column headings, in order.
    headers: &'static [&'static str],
    /// Classes beside `table`, e.g. "table-row-headers" when each row starts with a heading.
    #[prop(optional)]
    class: Option<&'static str>,
    /// The rows (`<tr>`s).
    children: Children,
) -> impl IntoView {
    let class = match class {
        Some(c) => format!("table {c}"),
        None => "table".to_string(),
    };
    view! {
        <table class=class>
            <caption class="visually-hidden">{move || caption.get()}</caption>
            <thead>
                <tr>
                    {headers.iter().map(|h| view! { <th scope="col">{*h}</th> }).collect_view()}
                </tr>
            </thead>
            <tbody>{children()}</tbody>
        </table>
    }
}
