//! `/workspace`, "Your data": where the work is kept and how much room it takes, a download of
//! it, and its parts: damaged data kept aside (`damaged`), snapshots (`snapshots`) and starting
//! again (`start_again`).

mod damaged;
mod snapshots;
mod start_again;

use leptos::prelude::*;

use crate::app::browser_store;
use crate::app::state::{now, when, AppState, SaveStatus};
use crate::ui::layout::set_page_title;
use damaged::DamagedData;
use snapshots::Snapshots;
use start_again::StartAgain;

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
    view! {
        <h1>"Your data"</h1>
        <p class="lede">
            "Everything you enter is kept in this browser on this device, and nowhere else. Nothing is sent to a server."
        </p>
        <dl class="summary-list">
            <div class="summary-row">
                <dt>"Workspace"</dt>
                <dd>{move || state.workspace.read().name.clone()}</dd>
            </div>
            <div class="summary-row">
                <dt>"Contents"</dt>
                <dd>{counts}</dd>
            </div>
            <div class="summary-row">
                <dt>"Saving"</dt>
                <dd>{status}</dd>
            </div>
            <div class="summary-row">
                <dt>"Last downloaded"</dt>
                <dd>{last_download}</dd>
            </div>
            <div class="summary-row">
                <dt>"Kept until you delete it"</dt>
                <dd>{persisted}</dd>
            </div>
            <div class="summary-row">
                <dt>"Storage used"</dt>
                <dd>{estimate_text}</dd>
            </div>
        </dl>

        <h2>"Download a copy"</h2>
        <p>
            "Keep a copy of the whole workspace as a file, for example before clearing your browser."
        </p>
        <button type="button" class="button button-secondary" on:click=download>
            "Download a copy"
        </button>
        <Show when=move || download_error.get().is_some()>
            <p class="error-message" role="alert">
                {move || download_error.get()}
            </p>
        </Show>

        <DamagedData download_error=download_error />
        <Snapshots />
        <StartAgain />
    }
}
