use leptos::prelude::*;
use leptos_router::components::A;

use crate::ui::layout::set_page_title;

/// Shown for any address the app does not know.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    set_page_title(|| "Page not found".into());
    view! {
        <h1>"Page not found"</h1>
        <p>
            "If you typed the web address, check it is correct. If you followed a link to a record, it may have been deleted."
        </p>
        <p>
            <A href="/">"Go to the scorecard"</A>
        </p>
    }
}
