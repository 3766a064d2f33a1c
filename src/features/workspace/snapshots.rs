//! "Snapshots": the copies of the whole workspace this browser keeps, each to download or to
//! restore (after a confirmation; a snapshot of what it replaces is taken first).

use leptos::prelude::*;

use super::human_bytes;
use crate::app::download::download_text;
use crate::app::state::{when, AppState};
use crate::ui::confirm_panel::ConfirmPanel;

/// The snapshots, newest first, and what restoring one or downloading it gave.
#[component]
pub(super) fn Snapshots() -> impl IntoView {
    let state = AppState::get();
    let restore_error = RwSignal::new(None::<String>);
    let confirming_restore = RwSignal::new(None::<String>);
    let restore = move |()| {
        let Some(key) = confirming_restore.get_untracked() else {
            return;
        };
        confirming_restore.set(None);
        leptos::task::spawn_local(async move {
            let Some(text) = state.snapshot_text(&key).await else {
                restore_error.set(Some("That snapshot is no longer there.".into()));
                return;
            };
            match scorecard_core::exchange::parse_file(text.as_bytes()) {
                Ok(file) => match file.backup {
                    Some(ws) => {
                        restore_error.set(None);
                        state.replace(*ws);
                        state.flash("/workspace", "The snapshot is restored. A snapshot of the workspace it replaced was taken first.");
                    }
                    None => {
                        restore_error.set(Some("That snapshot is not a whole workspace.".into()))
                    }
                },
                Err(e) => restore_error.set(Some(format!("That snapshot cannot be read: {e}"))),
            }
        });
    };
    let snapshot_rows = move || {
        state
            .snapshots
            .get()
            .into_iter()
            .rev()
            .map(|snap| {
                let label = format!("{} — {} ({})", when(snap.taken_at), snap.reason, human_bytes(snap.bytes as f64));
                let (k1, k2) = (snap.key.clone(), snap.key.clone());
                let download_label = label.clone();
                view! {
                    <li>
                        {format!("{label} ")}
                        <button
                            type="button"
                            class="button button-secondary"
                            on:click=move |_| {
                                let key = k1.clone();
                                let name = download_label.clone();
                                leptos::task::spawn_local(async move {
                                    match state.snapshot_text(&key).await {
                                        Some(text) => {
                                            restore_error
                                                .set(
                                                    download_text(
                                                            &format!(
                                                                "scorecard-snapshot-{}.json",
                                                                key.trim_start_matches("snapshot:").replace(':', "-"),
                                                            ),
                                                            "application/json",
                                                            &text,
                                                        )
                                                        .err(),
                                                )
                                        }
                                        None => {
                                            restore_error
                                                .set(
                                                    Some(
                                                        format!("The snapshot “{name}” is no longer there."),
                                                    ),
                                                )
                                        }
                                    }
                                });
                            }
                        >
                            "Download"
                            <span class="visually-hidden">
                                {format!(" the snapshot of {label}")}
                            </span>
                        </button> " "
                        <button
                            type="button"
                            class="button button-warning"
                            on:click=move |_| confirming_restore.set(Some(k2.clone()))
                        >
                            "Restore"
                            <span class="visually-hidden">
                                {format!(" the snapshot of {label}")}
                            </span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };

    view! {
        <h2>"Snapshots"</h2>
        <p>
            "A copy of the whole workspace is kept in this browser once a day, and before an import or anything that replaces the workspace. The last few are kept. Restoring one replaces the workspace (a snapshot of it is taken first)."
        </p>
        <Show
            when=move || !state.snapshots.read().is_empty()
            fallback=|| view! { <p>"No snapshot has been taken yet."</p> }
        >
            <ul class="plain-list">{snapshot_rows}</ul>
        </Show>
        <Show when=move || confirming_restore.get().is_some()>
            <ConfirmPanel
                heading_id="restore-title"
                question="Replace your workspace with this snapshot?"
                confirm="Yes, restore it"
                on_confirm=restore
                on_cancel=move |()| confirming_restore.set(None)
            >
                <p>
                    "Everything in the current workspace will be replaced by the snapshot. A snapshot of the current workspace is taken first."
                </p>
            </ConfirmPanel>
        </Show>
        <Show when=move || restore_error.get().is_some()>
            <p class="error-message" role="alert">
                {move || restore_error.get()}
            </p>
        </Show>
    }
}
