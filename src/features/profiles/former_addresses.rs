//! Addresses the person and team pages had before they moved to `/people/:id` and
//! `/teams/:id`, kept so bookmarks still open them.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

/// `/people/:id/profile` and `/teams/:id/profile`: opens the page at its address now, in place
/// of the old one in the history so Back does not return here.
#[component]
pub fn FormerProfileAddress() -> impl IntoView {
    let path = use_location().pathname.get_untracked();
    let page = path.strip_suffix("/profile").unwrap_or(&path).to_string();
    let navigate = use_navigate();
    // After this view is drawn: the router is not to be moved on while it draws.
    Effect::new(move |_| {
        navigate(
            &page,
            NavigateOptions {
                replace: true,
                ..NavigateOptions::default()
            },
        )
    });
}
