//! Import a file from a partner: read it, check it, preview what would change, apply, undo.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use scorecard_core::exchange::{
    apply, parse_file, preview, Choices, ImportedFile, Outcome, Preview, RecordChange, UndoPoint,
};
use scorecard_core::Id;
use wasm_bindgen::JsCast;

use crate::app::state::{now, when, AppState};
use crate::ui::fields::{Choice, SelectField};
use crate::ui::layout::set_page_title;
use scorecard_core::storage::UNDO_KEY;

/// Files at least this big show "Reading…" (smaller ones are read at once).
const SHOW_READING_FROM: f64 = 256.0 * 1024.0;

/// Where the chosen file has got to.
#[derive(Clone)]
enum FileState {
    Nothing,
    Reading(String),
    Refused {
        name: String,
        message: String,
        problems: Vec<(String, String)>,
    },
    Ready {
        name: String,
        file: Arc<ImportedFile>,
    },
}

/// Reads `file` and checks it, setting `target` as it goes.
fn read_file(file: web_sys::File, target: RwSignal<FileState>) {
    let name = file.name();
    if file.size() >= SHOW_READING_FROM {
        target.set(FileState::Reading(name.clone()));
    }
    spawn_local(async move {
        let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
        let next = match buffer {
            Err(_) => FileState::Refused {
                name,
                message: "The file could not be read. Check that it is still there and try again."
                    .into(),
                problems: Vec::new(),
            },
            Ok(buffer) => {
                let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
                match parse_file(&bytes) {
                    Ok(file) => FileState::Ready {
                        name,
                        file: Arc::new(file),
                    },
                    Err(e) => FileState::Refused {
                        name,
                        message: e.to_string(),
                        problems: e
                            .problems()
                            .iter()
                            .map(|p| (p.path.clone(), p.message.clone()))
                            .collect(),
                    },
                }
            }
        };
        target.set(next);
    });
}

/// "Import a file from a partner".
#[component]
pub fn ImportPage() -> impl IntoView {
    set_page_title(|| "Import a file from a partner".into());
    let state = AppState::get();
    let file_state = RwSignal::new(FileState::Nothing);
    let choices = RwSignal::new(Choices::keep_mine());
    let undo = RwSignal::new(None::<UndoPoint>);
    leptos::task::spawn_local(async move {
        if let Some(text) = state.snapshot_text(UNDO_KEY).await {
            undo.set(UndoPoint::from_json(&text).ok());
        }
    });
    let done = RwSignal::new(None::<String>);
    let apply_error = RwSignal::new(None::<String>);
    let dragging = RwSignal::new(false);

    let imported = move || match file_state.get() {
        FileState::Ready { file, .. } => Some(file),
        _ => None,
    };
    // The preview follows the workspace, so after applying it says nothing would change.
    let the_preview = Memo::new(move |_| {
        let file = imported()?;
        Some(state.workspace.with(|ws| preview(ws, &file)))
    });

    let take = move |f: web_sys::File| {
        done.set(None);
        apply_error.set(None);
        choices.set(Choices::keep_mine());
        read_file(f, file_state);
    };
    let on_change = move |ev: leptos::ev::Event| {
        let input: Option<web_sys::HtmlInputElement> = ev.target().and_then(|t| t.dyn_into().ok());
        if let Some(f) = input.and_then(|i| i.files()).and_then(|l| l.get(0)) {
            take(f);
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(f) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|l| l.get(0))
        {
            take(f);
        }
    };

    let apply_now = move |_| {
        let (Some(file), Some(p)) = (imported(), the_preview.get_untracked()) else {
            return;
        };
        let chosen = choices.get_untracked();
        state.take_snapshot("Before importing a file");
        match state.edit(|ws| apply(ws, &file, &p, &chosen, now())) {
            Ok(applied) => {
                state.confirm(done, format!("Imported: {}.", applied.summary()));
                apply_error.set(None);
                let json = applied.undo.to_json();
                undo.set(Some(applied.undo));
                leptos::task::spawn_local(async move {
                    if let Err(e) = state.keep_undo_point(json).await {
                        // After the confirmation, which waits for the import's save.
                        state.after_save(move |_| {
                            done.update(|d| {
                                if let Some(d) = d {
                                    d.push_str(&format!(" The copy for undo could not be kept after you leave this page ({e}); download a copy of your work if you may want to undo."));
                                }
                            })
                        });
                    }
                });
            }
            Err(e) => apply_error.set(Some(e.to_string())),
        }
    };
    let undo_now = move |_| {
        if let Some(point) = undo.get_untracked() {
            state.replace(point.restore());
            leptos::task::spawn_local(async move { state.clear_undo_point().await });
            undo.set(None);
            done.set(Some(
                "The last import was undone: your data is as it was before it.".into(),
            ));
        }
    };

    let status = move || match file_state.get() {
        FileState::Nothing => ().into_any(),
        FileState::Reading(name) => view! {
            <p class="import-reading" role="status">{format!("Reading… {name}")}</p>
        }
        .into_any(),
        FileState::Refused {
            name,
            message,
            problems,
        } => view! {
            <div class="error-summary" role="alert" tabindex="-1">
                <h2 class="error-summary-title">{format!("{name} cannot be imported")}</h2>
                <p>{message}</p>
                {(!problems.is_empty()).then(|| view! {
                    <ul class="error-summary-list">
                        {problems.into_iter().map(|(path, message)| view! {
                            <li><code>{path}</code>": "{message}</li>
                        }).collect_view()}
                    </ul>
                })}
                <p>"Nothing has been changed."</p>
            </div>
        }
        .into_any(),
        FileState::Ready { name, file } => view! {
            <FileSummaryView name=name file=file/>
        }
        .into_any(),
    };

    let preview_view = move || {
        the_preview.get().map(|p| {
            view! { <PreviewView preview=p choices=choices/> }
        })
    };
    let can_apply = move || {
        the_preview.with(|p| {
            p.as_ref()
                .is_some_and(|p| p.has_changes() || p.conflicts().next().is_some())
        })
    };
    let nothing_to_do = move || {
        the_preview.with(|p| {
            p.as_ref()
                .is_some_and(|p| !p.has_changes() && p.conflicts().next().is_none())
        })
    };

    view! {
        <h1>"Import a file from a partner"</h1>
        <p>"Choose a Scorecard file a partner sent you, or a backup of your own. Reading it changes nothing: you see what would change first."</p>
        <p>"To enter a measure's data from a spreadsheet, "<A href="/import/actuals">"import actuals from a CSV file"</A>" instead."</p>
        <HomeOrganisation/>
        <div class="form-group">
            <label class="label" for="import-file">"Choose a JSON file"</label>
            <div class="hint" id="import-file-hint">"A .json file exported from Scorecard, at most 25 MB."</div>
            <input type="file" class="file-upload" id="import-file" accept=".json,application/json"
                aria-describedby="import-file-hint" on:change=on_change/>
        </div>
        <label for="import-file" class="drop-zone" class:drop-zone-active=move || dragging.get()
            on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop>
            "Or drag the file here and drop it"
        </label>
        <Show when=move || done.get().is_some()>
            <div class="flash" role="status">
                <p>{move || done.get()}</p>
            </div>
        </Show>
        {status}
        {preview_view}
        <Show when=nothing_to_do>
            <p class="inset">"Already imported: nothing would change."</p>
        </Show>
        <Show when=move || apply_error.get().is_some()>
            <p class="error-message" role="alert">{move || apply_error.get()}</p>
        </Show>
        <Show when=can_apply>
            <button type="button" class="button" on:click=apply_now>"Apply these changes"</button>
        </Show>
        <Show when=move || undo.read().is_some()>
            <div class="import-undo">
                <h2>"Undo"</h2>
                <p>{move || undo.with(|u| u.as_ref().map(|u| format!("{}, {}.", u.description, when(u.taken_at))))}</p>
                <button type="button" class="button button-secondary" on:click=undo_now>
                    "Undo the last import"
                </button>
            </div>
        </Show>
    }
}

/// "Set my organisation", when the workspace has not chosen one: the preview needs it.
#[component]
fn HomeOrganisation() -> impl IntoView {
    let state = AppState::get();
    let chosen = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let choices = Signal::derive(move || {
        state.workspace.with(|ws| {
            ws.organisations
                .iter()
                .map(|o| Choice::new(o.id.to_string(), o.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let save = move |_| {
        let Ok(id) = chosen.get_untracked().parse::<Id>() else {
            error.set(Some("Select your organisation".into()));
            return;
        };
        let _ = state.edit(|ws| {
            ws.home_organisation = Some(id);
            Ok::<(), ()>(())
        });
        error.set(None);
    };
    view! {
        <Show when=move || state.workspace.with(|ws| ws.home_organisation.is_none())>
            <div class="inset home-organisation">
                <p>"Say which organisation you work for. Records from other organisations then arrive read-only, and the preview can tell what is yours."</p>
                <SelectField id="home-organisation".into() label="Set my organisation"
                    choices=choices empty="Select an organisation" value=chosen error=error.into()/>
                <button type="button" class="button button-secondary" on:click=save>"Save my organisation"</button>
            </div>
        </Show>
    }
}

/// What the file says about itself.
#[component]
fn FileSummaryView(name: String, file: Arc<ImportedFile>) -> impl IntoView {
    let s = &file.summary;
    let from = s
        .exported_by_name
        .clone()
        .unwrap_or_else(|| "Not stated".into());
    let for_whom = s
        .partner_name
        .clone()
        .unwrap_or_else(|| "Not stated (a backup)".into());
    let at = s
        .exported_at
        .map(when)
        .unwrap_or_else(|| "Not stated".into());
    let digest = if s.digest.is_some() {
        "Checked: the file is as it was exported"
    } else {
        "None (an older copy, read without a check)"
    };
    let personal = if s.personal_included {
        "Included"
    } else {
        "Not included"
    };
    view! {
        <h2>"The file"</h2>
        <dl class="summary-list import-summary">
            <div class="summary-list-row"><dt>"File"</dt><dd>{name}</dd></div>
            <div class="summary-list-row"><dt>"Kind"</dt><dd>{s.kind.label()}</dd></div>
            <div class="summary-list-row"><dt>"From"</dt><dd>{from}</dd></div>
            <div class="summary-list-row"><dt>"For"</dt><dd>{for_whom}</dd></div>
            <div class="summary-list-row"><dt>"Exported"</dt><dd>{at}</dd></div>
            <div class="summary-list-row"><dt>"Digest"</dt><dd>{digest}</dd></div>
            <div class="summary-list-row"><dt>"Personal data"</dt><dd>{personal}</dd></div>
        </dl>
    }
}

/// The preview: a table of counts per kind, the notes, and a choice per conflict.
#[component]
fn PreviewView(preview: Preview, choices: RwSignal<Choices>) -> impl IntoView {
    let cols = [
        Outcome::New,
        Outcome::Updated,
        Outcome::Unchanged,
        Outcome::Deleted,
        Outcome::Conflict,
    ];
    let rows = preview
        .sections
        .iter()
        .map(|s| {
            view! {
                <tr>
                    <th scope="row">{s.kind.plural_label()}</th>
                    {cols.iter().map(|o| view! { <td class="numeric">{s.count(*o)}</td> }).collect_view()}
                </tr>
            }
        })
        .collect_view();
    let conflicts: Vec<RecordChange> = preview.conflicts().cloned().collect();
    let notes = preview.notes.clone();
    view! {
        <h2>"What would change"</h2>
        <table class="table preview-table">
            <caption class="visually-hidden">"Changes by kind of record"</caption>
            <thead><tr>
                <th scope="col">"Kind of record"</th>
                {cols.iter().map(|o| view! { <th scope="col" class="numeric">{o.label()}</th> }).collect_view()}
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
        {(!notes.is_empty()).then(|| view! {
            <ul class="list import-notes">{notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
        })}
        {(!conflicts.is_empty()).then(|| view! {
            <h2>"Changed on both sides"</h2>
            <p>"These records were changed by you and by the partner since the last exchange. Choose which copy to keep."</p>
            {conflicts.into_iter().map(|c| view! { <ConflictChoice change=c choices=choices/> }).collect_view()}
        })}
    }
}

/// "Keep mine" / "Take theirs" for one record.
#[component]
fn ConflictChoice(change: RecordChange, choices: RwSignal<Choices>) -> impl IntoView {
    let record = change.record;
    let name = format!(
        "conflict-{}-{}",
        record.kind.noun().replace(' ', "-"),
        record.id
    );
    let mine_id = format!("{name}-mine");
    let theirs_id = format!("{name}-theirs");
    let fields = if change.changed_fields.is_empty() {
        None
    } else {
        Some(format!("Changed: {}.", change.changed_fields.join(", ")))
    };
    view! {
        <fieldset class="fieldset conflict">
            <legend class="legend">{format!("{}: {}", record.kind.noun(), change.label)}</legend>
            {fields.map(|f| view! { <p class="hint">{f}</p> })}
            {change.note.map(|n| view! { <p class="hint">{n}</p> })}
            <div class="radios radios-inline">
                <div class="radio">
                    <input class="radio-input" type="radio" id=mine_id.clone() name=name.clone()
                        prop:checked=move || !choices.with(|c| c.takes_theirs(record))
                        on:change=move |_| choices.update(|c| c.choose(record, false))/>
                    <label class="radio-label" for=mine_id>"Keep mine"</label>
                </div>
                <div class="radio">
                    <input class="radio-input" type="radio" id=theirs_id.clone() name=name
                        prop:checked=move || choices.with(|c| c.takes_theirs(record))
                        on:change=move |_| choices.update(|c| c.choose(record, true))/>
                    <label class="radio-label" for=theirs_id>"Take theirs"</label>
                </div>
            </div>
        </fieldset>
    }
}
