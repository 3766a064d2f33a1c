//! "Are you sure?": a panel that asks before something that cannot be undone, with the button
//! that does it and Cancel.

use leptos::html;
use leptos::prelude::*;

/// A question, what it means (the children), the button that goes ahead and Cancel, in a group
/// labelled by the question.
#[component]
pub fn ConfirmPanel(
    /// The id of the question's heading, which labels the panel.
    #[prop(into)]
    heading_id: String,
    /// The question, e.g. "Delete this damaged data?".
    #[prop(into)]
    question: Signal<String>,
    /// The button that goes ahead, e.g. "Yes, delete it".
    #[prop(into)]
    confirm: Signal<String>,
    /// Called when the user goes ahead.
    #[prop(into)]
    on_confirm: Callback<()>,
    /// Called on Cancel.
    #[prop(into)]
    on_cancel: Callback<()>,
    /// The panel takes focus when it appears: for a panel opened by a button it replaces.
    #[prop(optional)]
    take_focus: bool,
    /// What going ahead means.
    children: Children,
) -> impl IntoView {
    let panel = NodeRef::<html::Div>::new();
    if take_focus {
        request_animation_frame(move || {
            if let Some(el) = panel.get_untracked() {
                let _ = el.focus();
            }
        });
    }
    let labelled_by = heading_id.clone();
    view! {
        <div
            class="confirm-panel"
            node_ref=panel
            tabindex=take_focus.then_some("-1")
            role="group"
            aria-labelledby=labelled_by
        >
            <h3 id=heading_id>{move || question.get()}</h3>
            {children()}
            <div class="button-row">
                <button
                    type="button"
                    class="button button-warning"
                    on:click=move |_| on_confirm.run(())
                >
                    {move || confirm.get()}
                </button>
                <button
                    type="button"
                    class="button button-secondary"
                    on:click=move |_| on_cancel.run(())
                >
                    "Cancel"
                </button>
            </div>
        </div>
    }
}
