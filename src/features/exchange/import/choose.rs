//! Choosing the file: the workspace's own organisation (the preview needs it), the file input
//! and its drop zone, and reading the file chosen.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use scorecard_core::exchange::{parse_file, ImportedFile};
use scorecard_core::Id;

use crate::app::state::AppState;
use crate::ui::fields::{FileField, SelectField};
use crate::ui::record::organisation_choices;

/// Files at least this big show "Reading…" (smaller ones are read at once).
const SHOW_READING_FROM: f64 = 256.0 * 1024.0;

/// Where the chosen file has got to.
#[derive(Clone)]
pub(super) enum FileState {
    /// No file chosen yet.
    Nothing,
    /// A large file, named, being read.
    Reading(String),
    /// The file cannot be imported: why, and each problem with where in the file it is.
    Refused {
        name: String,
        message: String,
        problems: Vec<(String, String)>,
    },
    /// The file is read and checked.
    Ready {
        name: String,
        file: Arc<ImportedFile>,
    },
}

/// Reads `file` and checks it, setting `target` as it goes.
pub(super) fn read_file(file: web_sys::File, target: RwSignal<FileState>) {
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

/// The file input and, beside it, a zone to drop a file on; `on_file` is given the file.
#[component]
pub(super) fn FileChooser(on_file: Callback<web_sys::File>) -> impl IntoView {
    let dragging = RwSignal::new(false);
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(f) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|l| l.get(0))
        {
            on_file.run(f);
        }
    };
    view! {
        <FileField
            id="import-file"
            label="Choose a JSON file"
            accept=".json,application/json"
            hint="A .json file exported from Scorecard, at most 25 MB."
            on_file=on_file
        />
        <label
            for="import-file"
            class="drop-zone"
            class:drop-zone-active=move || dragging.get()
            on:dragover=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
        >
            "Or drag the file here and drop it"
        </label>
    }
}

/// "Set my organisation", when the workspace has not chosen one: the preview needs it.
#[component]
pub(super) fn HomeOrganisation() -> impl IntoView {
    let state = AppState::get();
    let chosen = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let choices = Signal::derive(move || state.workspace.with(organisation_choices));
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
                <p>
                    "Say which organisation you work for. Records from other organisations then arrive read-only, and the preview can tell what is yours."
                </p>
                <SelectField
                    id="home-organisation".into()
                    label="Set my organisation"
                    choices=choices
                    empty="Select an organisation"
                    value=chosen
                    error=error.into()
                />
                <button type="button" class="button button-secondary" on:click=save>
                    "Save my organisation"
                </button>
            </div>
        </Show>
    }
}
