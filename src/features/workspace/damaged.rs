//! "Damaged data kept aside": saved data that could not be opened, each piece to download or
//! delete (after a confirmation).

use leptos::prelude::*;

use super::human_bytes;
use crate::app::state::{when, AppState};
use crate::ui::confirm_panel::ConfirmPanel;

/// The damaged records and earlier copies, when there are any. A download that fails says so
/// in `download_error`, under "Download a copy".
#[component]
pub(super) fn DamagedData(download_error: RwSignal<Option<String>>) -> impl IntoView {
    let state = AppState::get();
    let confirming_discard = RwSignal::new(None::<String>);
    let discard_error = RwSignal::new(None::<String>);
    let damaged_rows = move || {
        let records = state.quarantined.get().into_iter().map(|q| {
            let label = format!(
                "Damaged {} record found {} ({})",
                q.store_name.replace('_', " "),
                when(q.found_at),
                human_bytes(q.raw.len() as f64)
            );
            (q.key, label)
        });
        let old = state
            .old_quarantined
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, key)| {
                let size = state
                    .quarantined_text(&key)
                    .map(|t| human_bytes((t.encode_utf16().count() * 2) as f64))
                    .unwrap_or_default();
                (
                    key,
                    format!("Damaged copy {} from an earlier version ({size})", i + 1),
                )
            });
        records
            .chain(old)
            .map(|(key, label)| {
                let (k1, k2) = (key.clone(), key);
                view! {
                    <li>
                        {format!("{label} ")}
                        <button
                            type="button"
                            class="button button-secondary"
                            on:click=move |_| {
                                download_error.set(state.download_quarantined(&k1).err())
                            }
                        >
                            "Download"
                            <span class="visually-hidden">
                                {format!(" the {}", label.to_lowercase())}
                            </span>
                        </button> " "
                        <button
                            type="button"
                            class="button button-warning"
                            on:click=move |_| confirming_discard.set(Some(k2.clone()))
                        >
                            "Delete"
                            <span class="visually-hidden">
                                {format!(" the {}", label.to_lowercase())}
                            </span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let discard = move |()| {
        if let Some(key) = confirming_discard.get_untracked() {
            discard_error.set(state.discard_quarantined(&key).err());
        }
        confirming_discard.set(None);
    };

    view! {
        <Show when=move || {
            !state.quarantined.read().is_empty() || !state.old_quarantined.read().is_empty()
        }>
            <h2>"Damaged data kept aside"</h2>
            <p>
                "Saved data that could not be opened is kept here, exactly as it was found, so nothing is lost. Download it to keep it or to ask for help with it, then delete it here."
            </p>
            <ul class="plain-list">{damaged_rows}</ul>
            <Show when=move || confirming_discard.get().is_some()>
                <ConfirmPanel
                    heading_id="discard-title"
                    question="Delete this damaged data?"
                    confirm="Yes, delete it"
                    on_confirm=discard
                    on_cancel=move |()| confirming_discard.set(None)
                >
                    <p>"It cannot be brought back. Download it first if you may need it."</p>
                </ConfirmPanel>
            </Show>
            <Show when=move || discard_error.get().is_some()>
                <p class="error-message" role="alert">
                    {move || discard_error.get()}
                </p>
            </Show>
        </Show>
    }
}
