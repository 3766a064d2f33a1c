//! A confirmation beside what it confirms, announced to screen readers.

use leptos::prelude::*;

/// A status region (`role="status"`) that shows `message` when there is one: what a form or a
/// button next to it has just done, or why it could not.
#[component]
pub fn InlineStatus(
    /// The message, if any.
    #[prop(into)]
    message: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <div role="status" class="inline-status">
            {move || message.get().map(|m| view! { <p class="flash">{m}</p> })}
        </div>
    }
}
