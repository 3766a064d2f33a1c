//! Header, navigation, banners and footer, in the NHS.UK style.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use scorecard_core::storage::Reminder;

use crate::app::state::{AppState, SaveStatus};

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
                    <span class="header-logo" aria-hidden="true">
                        "▦"
                    </span>
                    <span>"Scorecard"</span>
                </a>
                <span class="header-workspace">{name}</span>
            </div>
            <nav class="nav" aria-label="Main">
                <ul class="nav-list page-width">
                    <li>
                        <A href="/" exact=true>
                            "Scorecard"
                        </A>
                    </li>
                    <li>
                        <A href="/cascade">"Cascade"</A>
                    </li>
                    <li>
                        <A href="/strategy-map">"Strategy map"</A>
                    </li>
                    <li>
                        <A href="/organisations">"Organisations"</A>
                    </li>
                    <li>
                        <A href="/teams">"Teams"</A>
                    </li>
                    <li>
                        <A href="/people">"People"</A>
                    </li>
                    <li>
                        <A href="/reviews">"Reviews"</A>
                    </li>
                    <li>
                        <A href="/my-work">"My work"</A>
                    </li>
                    <li>
                        <A href="/report">"Board report"</A>
                    </li>
                    <li>
                        <A href="/export">"Share"</A>
                    </li>
                    <li>
                        <A href="/import">"Import"</A>
                    </li>
                    <li>
                        <A href="/workspace">"Your data"</A>
                    </li>
                </ul>
            </nav>
        </header>
    }
}

/// Banners that apply on every page: save failures, a newer version saved in another tab,
/// problems with the saved data, storage nearly full, the backup reminder, the demo label, and the
/// last action's confirmation.
#[component]
pub fn Banners() -> impl IntoView {
    let state = AppState::get();
    let location = use_location();
    let download_error = RwSignal::new(None::<String>);
    let conflict_error = RwSignal::new(None::<String>);

    let download_copy = move |_| download_error.set(state.download_workspace("").err());
    let download_damaged = move |key: String| {
        download_error.set(state.download_quarantined(&key).err());
    };
    let here = move || location.pathname.get_untracked();
    let load_newer = move |_| match state.load_newer_version() {
        Ok(()) => {
            conflict_error.set(None);
            state.flash(
                here(),
                "The newer version from the other tab is shown. Your version was downloaded as a file first.",
            );
        }
        Err(e) => conflict_error.set(Some(e)),
    };
    let keep_mine = move |_| match state.keep_my_version() {
        Ok(()) => {
            conflict_error.set(None);
            if state.save_status.get_untracked() == SaveStatus::Saved {
                state.flash(
                    here(),
                    "Your version is saved. The version from the other tab was downloaded as a file first.",
                );
            }
        }
        Err(e) => conflict_error.set(Some(e)),
    };

    let save_failed = move || match state.save_status.get() {
        SaveStatus::Failed(reason) => Some(reason),
        SaveStatus::Saved | SaveStatus::Conflict => None,
    };
    let conflict = move || state.save_status.get() == SaveStatus::Conflict;
    let reminder = move || {
        state
            .backup_log
            .with(|log| log.reminder(crate::app::state::now()))
            .map(|r| match r {
                Reminder::LastDownloadDaysAgo(days) => {
                    format!("You last downloaded a copy of your work {days} days ago, and have made changes since.")
                }
                Reminder::NeverDownloaded(days) => format!(
                    "You have not downloaded a copy of your work yet, and you started making changes {days} days ago."
                ),
            })
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
                "The app could not save to this browser: "
                {move || save_failed().unwrap_or_default()}
                ". Your work is still here on screen. Download a copy now so nothing is lost, then free some space (for example, delete data this browser keeps for other sites) and try again."
            </p>
            <div class="button-row">
                <button type="button" class="button" on:click=download_copy>
                    "Download a copy"
                </button>
                <button
                    type="button"
                    class="button button-secondary"
                    on:click=move |_| state.save()
                >
                    "Try saving again"
                </button>
            </div>
        </div>
        <Show when=conflict>
            <div class="banner banner-error" role="alert">
                <h2 class="banner-title">"This workspace was changed in another tab"</h2>
                <p>
                    "Scorecard is open in another tab or window too, and a newer version of this workspace was saved there. Your latest change here has not been saved, so that neither version is lost. Choose which version to keep:"
                </p>
                <ul>
                    <li>
                        <strong>"Load the newer version"</strong>
                        ": your version is downloaded as a file first, then the newer version is shown here."
                    </li>
                    <li>
                        <strong>"Keep my version"</strong>
                        ": the newer version is downloaded as a file first, then your version is saved in its place."
                    </li>
                </ul>
                <div class="button-row">
                    <button type="button" class="button" on:click=load_newer>
                        "Load the newer version"
                    </button>
                    <button type="button" class="button button-secondary" on:click=keep_mine>
                        "Keep my version"
                    </button>
                </div>
                <Show when=move || conflict_error.get().is_some()>
                    <p class="error-message">{move || conflict_error.get()}</p>
                </Show>
            </div>
        </Show>
        {move || {
            state
                .startup_notice
                .get()
                .map(|notice| {
                    let key = notice.download_key.clone();
                    view! {
                        <div class="banner banner-warning" role="alert">
                            <h2 class="banner-title">"There is a problem with the saved data"</h2>
                            <p>{notice.message}</p>
                            {key
                                .map(|key| {
                                    view! {
                                        <button
                                            type="button"
                                            class="button button-secondary"
                                            on:click=move |_| download_damaged(key.clone())
                                        >
                                            "Download the damaged data"
                                        </button>
                                    }
                                })}
                        </div>
                    }
                })
        }}
        {move || {
            reminder()
                .map(|text| {
                    view! {
                        <div class="banner banner-warning">
                            <h2 class="banner-title">"Download a copy of your work"</h2>
                            <p>
                                {text}
                                " Your work is kept only in this browser, which may clear it (for example when browsing data is cleared). A downloaded copy keeps it safe."
                            </p>
                            <button
                                type="button"
                                class="button button-secondary"
                                on:click=download_copy
                            >
                                "Download a copy now"
                            </button>
                        </div>
                    }
                })
        }}
        <Show when=move || download_error.get().is_some()>
            <p class="error-message" role="alert">
                {move || download_error.get()}
            </p>
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
                    <A href="/workspace">"Your data"</A> " to download a copy."
                </p>
            </div>
        </footer>
    }
}
