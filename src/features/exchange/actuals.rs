//! Import actuals from a spreadsheet (CSV): choose the file, see each row's outcome and each bad
//! row's reason, then enter the good rows in one step (which can be undone).

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use scorecard_core::exchange::{apply_actuals, parse_actuals_csv, ActualsRowOutcome};
use scorecard_core::format::number;

use crate::app::state::{now, AppState};
use crate::ui::fields::{FileField, TextField};
use crate::ui::layout::set_page_title;

/// "1 row", "2 rows".
fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// "Import actuals from a spreadsheet".
#[component]
pub fn ImportActualsPage() -> impl IntoView {
    set_page_title(|| "Import actuals from a spreadsheet".into());
    let state = AppState::get();
    let bytes = RwSignal::new(None::<(String, Arc<Vec<u8>>)>);
    let reading = RwSignal::new(false);
    let by = RwSignal::new(String::new());
    let done = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);

    // The preview follows the workspace, so after entering it shows every row as unchanged.
    let parsed = Memo::new(move |_| {
        let (_, data) = bytes.get()?;
        Some(
            state
                .workspace
                .with(|ws| parse_actuals_csv(ws, &data))
                .map_err(|e| e.to_string()),
        )
    });

    let on_file = move |file: web_sys::File| {
        done.set(None);
        error.set(None);
        reading.set(true);
        spawn_local(async move {
            let name = file.name();
            match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => {
                    let data = js_sys::Uint8Array::new(&buffer).to_vec();
                    bytes.set(Some((name, Arc::new(data))));
                }
                Err(_) => {
                    bytes.set(None);
                    error.set(Some(
                        "The file could not be read. Check that it is still there and try again."
                            .into(),
                    ));
                }
            }
            reading.set(false);
        });
    };

    let enter = move |_| {
        let Some(Ok(import)) = parsed.get_untracked() else {
            return;
        };
        let who = by.get_untracked();
        match state.edit(|ws| apply_actuals(ws, &import, &who, now())) {
            Ok(applied) => {
                state.confirm(
                    done,
                    format!(
                        "{} entered. You can undo this on the “Import” page.",
                        plural(applied.entered, "value", "values")
                    ),
                );
                error.set(None);
                let json = applied.undo.to_json();
                leptos::task::spawn_local(async move {
                    if let Err(e) = state.keep_undo_point(json).await {
                        let entered = applied.entered;
                        state.after_save(move |_| {
                            done.set(Some(format!(
                                "{} entered. The copy for undo could not be kept ({e}), so this cannot be undone from the “Import” page.",
                                plural(entered, "value", "values")
                            )))
                        });
                    }
                });
            }
            Err(e) => error.set(Some(e.to_string())),
        }
    };
    let preview = move || {
        parsed.get().map(|result| match result {
            Err(message) => view! {
                <div class="error-summary" role="alert" tabindex="-1">
                    <h2 class="error-summary-title">"This file cannot be imported"</h2>
                    <p>{message}</p>
                    <p>"Nothing has been changed."</p>
                </div>
            }
            .into_any(),
            Ok(import) => {
                let can_enter = import.new_values() + import.corrections() > 0;
                let summary = format!(
                    "{}, {}, {} unchanged, {} with problems.",
                    plural(import.new_values(), "new value", "new values"),
                    plural(import.corrections(), "correction", "corrections"),
                    import.unchanged(),
                    plural(import.errors.len() + import.more_errors, "row", "rows"),
                );
                let errors = import.errors.clone();
                let more = import.more_errors;
                let rows = import
                    .rows
                    .iter()
                    .map(|r| {
                        let outcome = match r.outcome {
                            ActualsRowOutcome::New => "New".to_string(),
                            ActualsRowOutcome::Correction { previous } => {
                                format!("Correction (was {})", number(previous, 2))
                            }
                            ActualsRowOutcome::Unchanged => "Unchanged".to_string(),
                        };
                        view! {
                            <tr>
                                <td class="numeric">{r.row}</td>
                                <td>{r.measure_name.clone()}</td>
                                <td>{r.period.label()}</td>
                                <td class="numeric">{number(r.value, 2)}</td>
                                <td>{r.note.clone()}</td>
                                <td>{outcome}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <h2>"What would be entered"</h2>
                    <p>{summary}</p>
                    {(!errors.is_empty())
                        .then(|| {
                            view! {
                                <div class="error-summary" role="alert" tabindex="-1">
                                    <h3 class="error-summary-title">
                                        "Rows that will not be entered"
                                    </h3>
                                    <ul class="error-summary-list">
                                        {errors
                                            .into_iter()
                                            .map(|e| view! { <li>{e.to_string()}</li> })
                                            .collect_view()}
                                    </ul>
                                    {(more > 0)
                                        .then(|| view! { <p>{format!("And {more} more.")}</p> })}
                                </div>
                            }
                        })}
                    <table class="table preview-table">
                        <caption class="visually-hidden">"Rows that can be entered"</caption>
                        <thead>
                            <tr>
                                <th scope="col" class="numeric">
                                    "Row"
                                </th>
                                <th scope="col">"Measure"</th>
                                <th scope="col">"Period"</th>
                                <th scope="col" class="numeric">
                                    "Value"
                                </th>
                                <th scope="col">"Note"</th>
                                <th scope="col">"What happens"</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                    {if can_enter {
                        view! {
                            <TextField
                                id="actuals-by".into()
                                label="Your name (optional)"
                                value=by
                            />
                            <button type="button" class="button" on:click=enter>
                                "Enter these values"
                            </button>
                        }
                            .into_any()
                    } else {
                        view! {
                            <p class="inset">
                                "Nothing would change: every value is already entered."
                            </p>
                        }
                            .into_any()
                    }}
                }
                .into_any()
            }
        })
    };

    view! {
        <h1>"Import actuals from a spreadsheet"</h1>
        <p>
            "Save your spreadsheet as “CSV UTF-8” with the columns measure (the name or id), period (for example Apr 2026 or Q1 2026/27), value and, if you like, note. “Download as CSV” on a measure's page gives a file in this shape."
        </p>
        <FileField
            id="actuals-file"
            label="Choose a CSV file"
            accept=".csv,text/csv"
            on_file=on_file
        />
        <Show when=move || reading.get()>
            <p class="import-reading" role="status">
                "Reading…"
            </p>
        </Show>
        <Show when=move || done.get().is_some()>
            <div class="flash" role="status">
                <p>{move || done.get()}</p>
            </div>
        </Show>
        <Show when=move || error.get().is_some()>
            <p class="error-message" role="alert">
                {move || error.get()}
            </p>
        </Show>
        {preview}
    }
}
