//! `/import`: import a file from a partner. Read it, check it, preview what would change, apply,
//! undo. The page keeps the file and the choices; its parts are `choose` (the file and the
//! workspace's own organisation), `result` (what reading the file gave) and `preview`.

mod choose;
mod preview;
mod result;

use leptos::prelude::*;
use leptos_router::components::A;
use scorecard_core::exchange::{apply, preview, Choices, UndoPoint};
use scorecard_core::storage::UNDO_KEY;

use crate::app::state::{now, when, AppState};
use crate::ui::layout::set_page_title;
use choose::{read_file, FileChooser, FileState, HomeOrganisation};
use preview::PreviewView;
use result::ReadResult;

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

    let imported = move || match file_state.get() {
        FileState::Ready { file, .. } => Some(file),
        _ => None,
    };
    // The preview follows the workspace, so after applying it says nothing would change.
    let the_preview = Memo::new(move |_| {
        let file = imported()?;
        Some(state.workspace.with(|ws| preview(ws, &file)))
    });

    let take = Callback::new(move |f: web_sys::File| {
        done.set(None);
        apply_error.set(None);
        choices.set(Choices::keep_mine());
        read_file(f, file_state);
    });

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

    let preview_view = move || {
        the_preview.get().map(|p| {
            view! { <PreviewView preview=p choices=choices /> }
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
        <p>
            "Choose a Scorecard file a partner sent you, or a backup of your own. Reading it changes nothing: you see what would change first."
        </p>
        <p>
            "To enter a measure's data from a spreadsheet, "
            <A href="/import/actuals">"import actuals from a CSV file"</A>" instead."
        </p>
        <HomeOrganisation />
        <FileChooser on_file=take />
        <Show when=move || done.get().is_some()>
            <div class="flash" role="status">
                <p>{move || done.get()}</p>
            </div>
        </Show>
        <ReadResult file_state=file_state />
        {preview_view}
        <Show when=nothing_to_do>
            <p class="inset">"Already imported: nothing would change."</p>
        </Show>
        <Show when=move || apply_error.get().is_some()>
            <p class="error-message" role="alert">
                {move || apply_error.get()}
            </p>
        </Show>
        <Show when=can_apply>
            <button type="button" class="button" on:click=apply_now>
                "Apply these changes"
            </button>
        </Show>
        <Show when=move || undo.read().is_some()>
            <div class="import-undo">
                <h2>"Undo"</h2>
                <p>
                    {move || {
                        undo.with(|u| {
                            u.as_ref().map(|u| format!("{}, {}.", u.description, when(u.taken_at)))
                        })
                    }}
                </p>
                <button type="button" class="button button-secondary" on:click=undo_now>
                    "Undo the last import"
                </button>
            </div>
        </Show>
    }
}
