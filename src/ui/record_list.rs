//! A list page: its heading, what it lists, the button to add one, and the table with its CSV
//! download (the same rows), or what to say when there is nothing.

use leptos::prelude::*;
use leptos_router::components::A;
use scorecard_core::Workspace;

use crate::app::state::AppState;
use crate::ui::csv_button::CsvButton;
use crate::ui::layout::set_page_title;

/// A row of a list page: the address of the record's page, then its cells as shown and as
/// downloaded (the first is the link's text).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ListRow {
    /// The record's page.
    pub href: String,
    /// One string per column.
    pub cells: Vec<String>,
}

/// A list page over one core read-model: `rows` is read again when the workspace changes.
#[component]
pub fn RecordList(
    /// The page's title, heading and table caption, e.g. "People".
    title: &'static str,
    /// What the list holds, under the heading.
    lede: &'static str,
    /// The add button's address and words.
    add: (&'static str, &'static str),
    /// What to say when there is nothing to list.
    empty: &'static str,
    /// Column headings, of the table and the CSV file.
    headers: &'static [&'static str],
    /// Columns from this one on hold counts, aligned right.
    counts_from: usize,
    /// What the CSV file is named after, e.g. "people".
    csv_name: &'static str,
    /// The rows, in order, from the workspace.
    rows: fn(&Workspace) -> Vec<ListRow>,
) -> impl IntoView {
    set_page_title(move || title.into());
    let state = AppState::get();
    let rows = Memo::new(move |_| state.workspace.with(rows));
    let numeric = move |column: usize| (column >= counts_from).then_some("numeric");
    view! {
        <h1>{title}</h1>
        <p class="lede">{lede}</p>
        <A href=add.0 attr:class="button">
            {add.1}
        </A>
        <Show when=move || rows.with(|r| !r.is_empty()) fallback=move || view! { <p>{empty}</p> }>
            <table class="table">
                <caption class="visually-hidden">{title}</caption>
                <thead>
                    <tr>
                        {headers
                            .iter()
                            .enumerate()
                            .map(|(i, h)| {
                                view! {
                                    <th scope="col" class=numeric(i)>
                                        {*h}
                                    </th>
                                }
                            })
                            .collect_view()}
                    </tr>
                </thead>
                <tbody>
                    <For each=move || rows.get() key=|r| r.clone() let(ListRow { href, cells })>
                        <tr>
                            {cells
                                .into_iter()
                                .enumerate()
                                .map(|(i, cell)| match i {
                                    0 => {
                                        view! {
                                            <td>
                                                <A href=href.clone()>{cell}</A>
                                            </td>
                                        }
                                            .into_any()
                                    }
                                    _ => view! { <td class=numeric(i)>{cell}</td> }.into_any(),
                                })
                                .collect_view()}
                        </tr>
                    </For>
                </tbody>
            </table>
            <CsvButton
                what=csv_name
                headers=headers
                rows=Callback::new(move |_| {
                    rows.get_untracked().into_iter().map(|r| r.cells).collect()
                })
            />
        </Show>
    }
}
