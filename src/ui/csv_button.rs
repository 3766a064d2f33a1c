//! "Download as CSV" under a table: the same rows as on screen, as a spreadsheet file (UTF-8
//! with a byte-order mark, CRLF, formula-like cells neutralised by the core).

use leptos::prelude::*;
use scorecard_core::exchange::csv::{csv_file_name, to_csv};

use crate::app::download::download_text;
use crate::app::state::now;

/// A button that downloads `headers` and the rows `rows` gives when pressed, as
/// `scorecard-<what>-<date>.csv`.
#[component]
pub fn CsvButton(
    /// What the table lists, for the file name, e.g. "organisations".
    what: &'static str,
    /// Column headings.
    headers: &'static [&'static str],
    /// The rows, read when the button is pressed.
    rows: Callback<(), Vec<Vec<String>>>,
    /// Which table, for screen readers when a page has several, e.g. "reviews due".
    #[prop(optional)]
    context: Option<&'static str>,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let download = move |_| {
        let text = to_csv(headers, &rows.run(()));
        error.set(download_text(&csv_file_name(what, now()), "text/csv", &text).err());
    };
    view! {
        <div class="csv-button">
            <button type="button" class="button button-secondary" on:click=download>
                "Download as CSV"
                {context.map(|c| view! { <span class="visually-hidden">{format!(": {c}")}</span> })}
            </button>
            <Show when=move || error.get().is_some()>
                <p class="error-message" role="alert">
                    {move || error.get()}
                </p>
            </Show>
        </div>
    }
}
