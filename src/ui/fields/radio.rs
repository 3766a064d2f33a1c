//! One radio button and its label.

use leptos::prelude::*;

/// A radio button with its label, for a group whose ids a page sets itself (a `RadioField`
/// names them after its own id).
#[component]
pub fn Radio(
    /// DOM id of the radio.
    #[prop(into)]
    id: String,
    /// The group's name, the same for every radio of the group.
    #[prop(into)]
    name: String,
    /// Form value, if the radio has one.
    #[prop(optional, into)]
    value: Option<String>,
    /// The words beside it.
    #[prop(into)]
    label: Signal<String>,
    /// Whether it is the one chosen.
    #[prop(into)]
    checked: Signal<bool>,
    /// Called when it is chosen.
    #[prop(into)]
    on_choose: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="radio">
            <input
                class="radio-input"
                type="radio"
                id=id.clone()
                name=name
                value=value
                prop:checked=move || checked.get()
                on:change=move |_| on_choose.run(())
            />
            <label class="radio-label" for=id>
                {move || label.get()}
            </label>
        </div>
    }
}
