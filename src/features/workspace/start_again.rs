//! "Start again": replace the workspace with an empty one or with the demo, after a
//! confirmation.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use scorecard_core::{demo, Workspace};

use crate::app::state::{now, AppState};
use crate::ui::confirm_panel::ConfirmPanel;

/// What the workspace would be replaced with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fresh {
    Empty,
    Demo,
}

/// The two buttons, and the confirmation of the one pressed.
#[component]
pub(super) fn StartAgain() -> impl IntoView {
    let state = AppState::get();
    let navigate = use_navigate();
    let confirming = RwSignal::new(None::<Fresh>);
    let apply = move |()| {
        match confirming.get_untracked() {
            Some(Fresh::Empty) => {
                state.replace(Workspace::empty("My workspace"));
                state.flash(
                    "/organisations",
                    "Empty workspace started. Add your organisation first.",
                );
                navigate("/organisations", NavigateOptions::default());
            }
            Some(Fresh::Demo) => {
                state.replace(demo::partnership(now()));
                state.flash("/", "The demo partnership is back.");
                navigate("/", NavigateOptions::default());
            }
            None => {}
        }
        confirming.set(None);
    };
    let question = Signal::derive(move || {
        if confirming.get() == Some(Fresh::Empty) {
            "Start an empty workspace?"
        } else {
            "Replace this workspace with the demo?"
        }
        .to_string()
    });

    view! {
        <h2>"Start again"</h2>
        <div class="button-row">
            <button
                type="button"
                class="button button-warning"
                on:click=move |_| confirming.set(Some(Fresh::Empty))
            >
                "Start an empty workspace"
            </button>
            <button
                type="button"
                class="button button-secondary"
                on:click=move |_| confirming.set(Some(Fresh::Demo))
            >
                "Bring back the demo"
            </button>
        </div>
        <Show when=move || confirming.get().is_some()>
            <ConfirmPanel
                heading_id="start-again-title"
                question=question
                confirm="Yes, replace my workspace"
                on_confirm=apply.clone()
                on_cancel=move |()| confirming.set(None)
            >
                <p>
                    "Everything in the current workspace will be replaced. Download a copy first if you may want it again. You can bring the demo back at any time."
                </p>
            </ConfirmPanel>
        </Show>
    }
}
