use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use scorecard_core::{demo, Workspace};

use crate::app::browser_store;
use crate::app::state::{now, when, AppState, SaveStatus};
use crate::ui::layout::set_page_title;

/// A count as NHS documents write it: 2,000.
fn count(n: usize) -> String {
    scorecard_core::format::number(n as f64, 0)
}

/// A size in bytes as people read it: "850 bytes", "12 KB", "4.8 MB".
fn human_bytes(bytes: f64) -> String {
    const KB: f64 = 1024.0;
    const MB: f64 = KB * 1024.0;
    const GB: f64 = MB * 1024.0;
    if bytes < KB {
        format!("{bytes:.0} bytes")
    } else if bytes < MB {
        format!("{:.0} KB", bytes / KB)
    } else if bytes < GB {
        format!("{:.1} MB", bytes / MB)
    } else {
        format!("{:.1} GB", bytes / GB)
    }
}

/// Your data: where it is kept, download a copy, start empty or bring back the demo.
#[component]
pub fn WorkspacePage() -> impl IntoView {
    set_page_title(|| "Your data".into());
    let state = AppState::get();
    let navigate = use_navigate();
    let confirming = RwSignal::new(None::<&'static str>);
    let download_error = RwSignal::new(None::<String>);

    let counts = move || {
        state.workspace.with(|ws| {
            format!(
                "{} organisations, {} teams, {} people and {} goals.",
                count(ws.organisations.len()),
                count(ws.teams.len()),
                count(ws.people.len()),
                count(ws.goals.len())
            )
        })
    };
    let status = move || {
        match state.save_status.get() {
        SaveStatus::Saved => "Saved in this browser.".to_string(),
        SaveStatus::Failed(e) => format!("Not saved: {e}."),
        SaveStatus::Conflict => {
            "Not saved: a newer version was saved in another tab. Choose which to keep in the message at the top of the page.".to_string()
        }
    }
    };
    let download = move |_| download_error.set(state.download_workspace("").err());
    let last_download = move || {
        state.backup_log.with(|log| match log.last_download_at {
            Some(at) => {
                let days = (now() - at).num_days();
                let ago = match days {
                    0 => "today".to_string(),
                    1 => "yesterday".to_string(),
                    n => format!("{n} days ago"),
                };
                format!("{} ({ago}).", when(at))
            }
            None => "Never from this browser.".to_string(),
        })
    };
    let persisted = move || {
        match state.persisted.get() {
        Some(true) => "Yes. The browser has agreed to keep Scorecard's data until you delete it.",
        Some(false) => "Not yet. The browser may clear Scorecard's data if it runs short of space, so download copies often. Browsers decide this themselves, often by how much a site is used.",
        None => "This browser does not say. Download copies often.",
    }
    };
    let estimate = RwSignal::new(None::<(f64, f64)>);
    let estimate_text = move || {
        match estimate.get() {
        Some((usage, quota)) => format!(
            "{} of the {} the browser allows this site ({:.1}%), in the browser's own database (IndexedDB), including the snapshots below.",
            human_bytes(usage),
            human_bytes(quota),
            if quota > 0.0 { usage / quota * 100.0 } else { 0.0 }
        ),
        None => "This browser does not say how much it allows. Scorecard keeps your work in the browser's own database (IndexedDB).".to_string(),
    }
    };
    // The snapshots are listed from the store when the page opens (never at start-up).
    leptos::task::spawn_local(async move { state.refresh_snapshots().await });
    // Counted again after each save and snapshot.
    Effect::new(move |_| {
        state.saving.track();
        state.snapshots.track();
        leptos::task::spawn_local(async move {
            let found = browser_store::estimate().await;
            estimate.set(found);
        });
    });
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
                        <button type="button" class="button button-secondary"
                            on:click=move |_| download_error.set(state.download_quarantined(&k1).err())>
                            "Download"<span class="visually-hidden">{format!(" the {}", label.to_lowercase())}</span>
                        </button>
                        " "
                        <button type="button" class="button button-warning"
                            on:click=move |_| confirming_discard.set(Some(k2.clone()))>
                            "Delete"<span class="visually-hidden">{format!(" the {}", label.to_lowercase())}</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let restore_error = RwSignal::new(None::<String>);
    let confirming_restore = RwSignal::new(None::<String>);
    let restore = move |_| {
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
                        <button type="button" class="button button-secondary"
                            on:click=move |_| {
                                let key = k1.clone();
                                let name = download_label.clone();
                                leptos::task::spawn_local(async move {
                                    match state.snapshot_text(&key).await {
                                        Some(text) => restore_error.set(crate::app::download::download_text(
                                            &format!("scorecard-snapshot-{}.json", key.trim_start_matches("snapshot:").replace(':', "-")),
                                            "application/json",
                                            &text,
                                        ).err()),
                                        None => restore_error.set(Some(format!("The snapshot “{name}” is no longer there."))),
                                    }
                                });
                            }>
                            "Download"<span class="visually-hidden">{format!(" the snapshot of {label}")}</span>
                        </button>
                        " "
                        <button type="button" class="button button-warning"
                            on:click=move |_| confirming_restore.set(Some(k2.clone()))>
                            "Restore"<span class="visually-hidden">{format!(" the snapshot of {label}")}</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let discard = move |_| {
        if let Some(key) = confirming_discard.get_untracked() {
            discard_error.set(state.discard_quarantined(&key).err());
        }
        confirming_discard.set(None);
    };
    let apply = move |_| {
        match confirming.get_untracked() {
            Some("empty") => {
                state.replace(Workspace::empty("My workspace"));
                state.flash(
                    "/organisations",
                    "Empty workspace started. Add your organisation first.",
                );
                navigate("/organisations", NavigateOptions::default());
            }
            Some("demo") => {
                state.replace(demo::partnership(now()));
                state.flash("/", "The demo partnership is back.");
                navigate("/", NavigateOptions::default());
            }
            _ => {}
        }
        confirming.set(None);
    };

    view! {
        <h1>"Your data"</h1>
        <p class="lede">"Everything you enter is kept in this browser on this device, and nowhere else. Nothing is sent to a server."</p>
        <dl class="summary-list">
            <div class="summary-row"><dt>"Workspace"</dt><dd>{move || state.workspace.read().name.clone()}</dd></div>
            <div class="summary-row"><dt>"Contents"</dt><dd>{counts}</dd></div>
            <div class="summary-row"><dt>"Saving"</dt><dd>{status}</dd></div>
            <div class="summary-row"><dt>"Last downloaded"</dt><dd>{last_download}</dd></div>
            <div class="summary-row"><dt>"Kept until you delete it"</dt><dd>{persisted}</dd></div>
            <div class="summary-row">
                <dt>"Storage used"</dt>
                <dd>{estimate_text}</dd>
            </div>
        </dl>

        <h2>"Download a copy"</h2>
        <p>"Keep a copy of the whole workspace as a file, for example before clearing your browser."</p>
        <button type="button" class="button button-secondary" on:click=download>"Download a copy"</button>
        <Show when=move || download_error.get().is_some()>
            <p class="error-message" role="alert">{move || download_error.get()}</p>
        </Show>

        <Show when=move || !state.quarantined.read().is_empty() || !state.old_quarantined.read().is_empty()>
            <h2>"Damaged data kept aside"</h2>
            <p>"Saved data that could not be opened is kept here, exactly as it was found, so nothing is lost. Download it to keep it or to ask for help with it, then delete it here."</p>
            <ul class="plain-list">{damaged_rows}</ul>
            <Show when=move || confirming_discard.get().is_some()>
                <div class="confirm-panel" role="group" aria-labelledby="discard-title">
                    <h3 id="discard-title">"Delete this damaged data?"</h3>
                    <p>"It cannot be brought back. Download it first if you may need it."</p>
                    <div class="button-row">
                        <button type="button" class="button button-warning" on:click=discard>"Yes, delete it"</button>
                        <button type="button" class="button button-secondary" on:click=move |_| confirming_discard.set(None)>"Cancel"</button>
                    </div>
                </div>
            </Show>
            <Show when=move || discard_error.get().is_some()>
                <p class="error-message" role="alert">{move || discard_error.get()}</p>
            </Show>
        </Show>

        <h2>"Snapshots"</h2>
        <p>"A copy of the whole workspace is kept in this browser once a day, and before an import or anything that replaces the workspace. The last few are kept. Restoring one replaces the workspace (a snapshot of it is taken first)."</p>
        <Show when=move || !state.snapshots.read().is_empty()
            fallback=|| view! { <p>"No snapshot has been taken yet."</p> }>
            <ul class="plain-list">{snapshot_rows}</ul>
        </Show>
        <Show when=move || confirming_restore.get().is_some()>
            <div class="confirm-panel" role="group" aria-labelledby="restore-title">
                <h3 id="restore-title">"Replace your workspace with this snapshot?"</h3>
                <p>"Everything in the current workspace will be replaced by the snapshot. A snapshot of the current workspace is taken first."</p>
                <div class="button-row">
                    <button type="button" class="button button-warning" on:click=restore>"Yes, restore it"</button>
                    <button type="button" class="button button-secondary" on:click=move |_| confirming_restore.set(None)>"Cancel"</button>
                </div>
            </div>
        </Show>
        <Show when=move || restore_error.get().is_some()>
            <p class="error-message" role="alert">{move || restore_error.get()}</p>
        </Show>

        <h2>"Start again"</h2>
        <div class="button-row">
            <button type="button" class="button button-warning" on:click=move |_| confirming.set(Some("empty"))>
                "Start an empty workspace"
            </button>
            <button type="button" class="button button-secondary" on:click=move |_| confirming.set(Some("demo"))>
                "Bring back the demo"
            </button>
        </div>
        <Show when=move || confirming.get().is_some()>
            <div class="confirm-panel" role="group" aria-labelledby="start-again-title">
                <h3 id="start-again-title">
                    {move || if confirming.get() == Some("empty") {
                        "Start an empty workspace?"
                    } else {
                        "Replace this workspace with the demo?"
                    }}
                </h3>
                <p>"Everything in the current workspace will be replaced. Download a copy first if you may want it again. You can bring the demo back at any time."</p>
                <div class="button-row">
                    <button type="button" class="button button-warning" on:click=apply.clone()>"Yes, replace my workspace"</button>
                    <button type="button" class="button button-secondary" on:click=move |_| confirming.set(None)>"Cancel"</button>
                </div>
            </div>
        </Show>
    }
}
