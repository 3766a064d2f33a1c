//! The Making Data Count summary grid: each measure placed by its variation icon (rows) and
//! its assurance icon (columns); measures with too few points for icons in a row of their own.

use std::sync::LazyLock;

use leptos::prelude::*;
use leptos_router::components::A;
use scorecard_core::analysis::{AssuranceIcon, MIN_POINTS_FOR_ICONS};
use scorecard_core::format;
use scorecard_core::report::{IconGrid, MeasureRef, ASSURANCE_COLUMNS};

use super::table::csv_rows;
use crate::ui::csv_button::CsvButton;
use crate::ui::tags::{AssuranceBadge, VariationBadge};

/// A column's heading: the assurance icon's words, or that there is none.
fn column_label(column: Option<AssuranceIcon>) -> &'static str {
    column.map_or("No assurance icon", AssuranceIcon::label)
}

/// Headings of the grid: the variation icon, then one a column.
static GRID_HEADERS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    std::iter::once("Variation")
        .chain(ASSURANCE_COLUMNS.iter().map(|c| column_label(*c)))
        .collect()
});

/// The heading of the row of measures without icons.
fn not_enough_label() -> String {
    format!(
        "Not enough data points for SPC icons (fewer than {})",
        format::number(MIN_POINTS_FOR_ICONS as f64, 0)
    )
}

/// The measures in a cell, for a spreadsheet.
fn names(measures: &[MeasureRef]) -> String {
    measures
        .iter()
        .map(|m| m.name.as_str())
        .collect::<Vec<_>>()
        .join("; ")
}

/// The measures in a cell, each linked to its page.
fn cell_list(measures: Vec<MeasureRef>) -> impl IntoView {
    if measures.is_empty() {
        return view! { <span class="report-none">"None"</span> }.into_any();
    }
    let items = measures
        .into_iter()
        .map(|m| {
            view! {
                <li>
                    <A href=format!("/measures/{}", m.measure_id)>{m.name}</A>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="plain-list report-cell-list">{items}</ul> }.into_any()
}

/// The grid as a table, with its CSV button.
#[component]
pub(super) fn IconGridTable(grid: IconGrid) -> impl IntoView {
    let mut csv: Vec<Vec<String>> = grid
        .rows
        .iter()
        .map(|row| {
            std::iter::once(row.variation.label().to_string())
                .chain(row.cells.iter().map(|c| names(&c.measures)))
                .collect()
        })
        .collect();
    csv.push(vec![not_enough_label(), names(&grid.not_enough_data)]);
    let head = ASSURANCE_COLUMNS
        .into_iter()
        .map(|column| match column {
            Some(icon) => view! {
                <th scope="col">
                    <AssuranceBadge icon=Some(icon) />
                </th>
            }
            .into_any(),
            None => view! { <th scope="col">{column_label(None)}</th> }.into_any(),
        })
        .collect_view();
    let body = grid
        .rows
        .into_iter()
        .map(|row| {
            let cells = row
                .cells
                .into_iter()
                .map(|c| view! { <td>{cell_list(c.measures)}</td> })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">
                        <VariationBadge icon=Some(row.variation) />
                    </th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <p class="hint">
            "Each measure is placed by the variation its latest point shows (rows) and by whether the process can be relied on to meet its target (columns)."
        </p>
        <div class="report-table-wrap">
            <table class="table report-table report-grid">
                <caption class="report-caption">"Measures by variation and assurance icon"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Variation"</th>
                        {head}
                    </tr>
                </thead>
                <tbody>
                    {body} <tr>
                        <th scope="row">{not_enough_label()}</th>
                        <td colspan=ASSURANCE_COLUMNS
                            .len()
                            .to_string()>{cell_list(grid.not_enough_data)}</td>
                    </tr>
                </tbody>
            </table>
        </div>
        <CsvButton
            what="report-icon-grid"
            headers=GRID_HEADERS.as_slice()
            rows=csv_rows(csv)
            context="Making Data Count summary"
        />
    }
}
