use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use scorecard_core::{demo, Workspace};

use crate::components::layout::set_page_title;
use crate::download::{download_text, file_stem};
use crate::state::{now, AppState, SaveStatus};

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
                ws.organisations.len(),
                ws.teams.len(),
                ws.people.len(),
                ws.goals.len()
            )
        })
    };
    let status = move || match state.save_status.get() {
        SaveStatus::Saved => "Saved in this browser.".to_string(),
        SaveStatus::Failed(e) => format!("Not saved: {e}."),
    };
    let download = move |_| {
        let name = state.workspace.with_untracked(|ws| file_stem(&ws.name));
        let stamp = now().format("%Y-%m-%d");
        download_error.set(
            download_text(
                &format!("scorecard-{name}-{stamp}.json"),
                "application/json",
                &state.workspace_json(),
            )
            .err(),
        );
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
        </dl>

        <h2>"Download a copy"</h2>
        <p>"Keep a copy of the whole workspace as a file, for example before clearing your browser."</p>
        <button type="button" class="button button-secondary" on:click=download>"Download a copy"</button>
        <Show when=move || download_error.get().is_some()>
            <p class="error-message" role="alert">{move || download_error.get()}</p>
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
