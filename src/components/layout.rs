//! Header, navigation, banners and footer, in the NHS.UK style.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::download::{download_text, file_stem};
use crate::state::{AppState, SaveStatus};

/// Sets the browser tab's title: each page has its own (WCAG 2.4.2).
pub fn set_page_title(title: impl Fn() -> String + 'static) {
    Effect::new(move |_| {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(&format!("{} – Scorecard", title()));
        }
    });
}

/// The blue NHS-style header with the service name and the main navigation.
#[component]
pub fn Header() -> impl IntoView {
    let state = AppState::get();
    let name = move || state.workspace.read().name.clone();
    view! {
        <header class="header" role="banner">
            <div class="header-inner page-width">
                <a class="header-service" href="/">
                    <span class="header-logo" aria-hidden="true">"▦"</span>
                    <span>"Scorecard"</span>
                </a>
                <span class="header-workspace">{name}</span>
            </div>
            <nav class="nav" aria-label="Main">
                <ul class="nav-list page-width">
                    <li><A href="/" exact=true>"Scorecard"</A></li>
                    <li><A href="/cascade">"Cascade"</A></li>
                    <li><A href="/organisations">"Organisations"</A></li>
                    <li><A href="/teams">"Teams"</A></li>
                    <li><A href="/people">"People"</A></li>
                    <li><A href="/reviews">"Reviews"</A></li>
                    <li><A href="/my-work">"My work"</A></li>
                    <li><A href="/workspace">"Your data"</A></li>
                </ul>
            </nav>
        </header>
    }
}

/// Banners that apply on every page: save failures, start-up problems, the demo label, and the
/// last action's confirmation.
#[component]
pub fn Banners() -> impl IntoView {
    let state = AppState::get();
    let location = use_location();
    let download_error = RwSignal::new(None::<String>);

    let download_copy = move |_| {
        let name = state.workspace.with_untracked(|ws| file_stem(&ws.name));
        let stamp = crate::state::now().format("%Y-%m-%d");
        let result = download_text(
            &format!("scorecard-{name}-{stamp}.json"),
            "application/json",
            &state.workspace_json(),
        );
        download_error.set(result.err());
    };
    let download_quarantine = move |_| {
        if let Some(text) = state.quarantined_text() {
            download_error
                .set(download_text("scorecard-damaged-data.txt", "text/plain", &text).err());
        }
    };

    let save_failed = move || match state.save_status.get() {
        SaveStatus::Failed(reason) => Some(reason),
        SaveStatus::Saved => None,
    };
    let flash = move || {
        state
            .flash
            .get()
            .filter(|f| f.path == location.pathname.get())
            .map(|f| f.message)
    };

    view! {
        <div class="banner banner-error" role="alert" hidden=move || save_failed().is_none()>
            <h2 class="banner-title">"Your latest changes are not saved"</h2>
            <p>
                "The app could not save to this browser: " {move || save_failed().unwrap_or_default()}
                ". Your work is still here on screen. Download a copy now so nothing is lost, then free some space (for example, delete data this browser keeps for other sites) and try again."
            </p>
            <div class="button-row">
                <button type="button" class="button" on:click=download_copy>"Download a copy"</button>
                <button type="button" class="button button-secondary" on:click=move |_| state.save()>
                    "Try saving again"
                </button>
            </div>
        </div>
        {move || state.startup_notice.get().map(|notice| view! {
            <div class="banner banner-warning" role="alert">
                <h2 class="banner-title">"There is a problem with the saved data"</h2>
                <p>{notice.message}</p>
                <Show when=move || notice.quarantined>
                    <button type="button" class="button button-secondary" on:click=download_quarantine>
                        "Download the damaged data"
                    </button>
                </Show>
            </div>
        })}
        <Show when=move || download_error.get().is_some()>
            <p class="error-message" role="alert">{move || download_error.get()}</p>
        </Show>
        <Show when=move || state.workspace.read().is_demo>
            <div class="banner banner-demo">
                <p>
                    <strong>"Demo: "</strong>
                    "the organisations, people and goals here are fictional. Look around and change anything. "
                    <A href="/workspace">"Start an empty workspace"</A>
                    " when you are ready to use your own."
                </p>
            </div>
        </Show>
        <div role="status" class="flash-region">
            {move || flash().map(|message| view! { <p class="flash">{message}</p> })}
        </div>
    }
}

/// Footer with what the app is and where data lives.
#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="footer">
            <div class="page-width">
                <p>
                    "Scorecard keeps your data in this browser only. Nothing is sent to a server. Use "
                    <A href="/workspace">"Your data"</A>
                    " to download a copy."
                </p>
            </div>
        </footer>
    }
}
