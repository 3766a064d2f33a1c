//! A labelled text input or text area.

use leptos::prelude::*;

use super::described_by;
use super::frame::LabelledGroup;

/// A labelled text input or text area.
#[component]
pub fn TextField(
    /// DOM id of the control, also its name.
    id: String,
    /// Visible label.
    #[prop(into)]
    label: Signal<String>,
    /// Hint under the label.
    #[prop(optional, into)]
    hint: Option<Signal<String>>,
    /// The text, two-way.
    value: RwSignal<String>,
    /// The field's error, if any.
    #[prop(optional)]
    error: Signal<Option<String>>,
    /// A text area instead of a one-line input.
    #[prop(optional)]
    multiline: bool,
    /// Input type, e.g. "date"; "text" by default.
    #[prop(optional)]
    input_type: Option<&'static str>,
    /// Width class, e.g. "input-width-20".
    #[prop(optional)]
    width: Option<&'static str>,
    /// Called with the new text after `value` has it, when it differs from what it was.
    #[prop(optional, into)]
    on_change: Option<Callback<String>>,
) -> impl IntoView {
    let describedby = {
        let id = id.clone();
        let has_hint = hint.is_some();
        move || described_by(&id, has_hint, error.read().is_some())
    };
    let invalid = move || error.read().is_some().then_some("true");
    let class = match width {
        Some(w) => format!("input {w}"),
        None => "input".to_string(),
    };
    // A date input may say so only on `change`, a text box on each `input`: both set the value.
    let take = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let changed = value.with_untracked(|old| *old != text);
        value.set(text.clone());
        if let (true, Some(callback)) = (changed, on_change) {
            callback.run(text);
        }
    };
    let control = if multiline {
        view! {
            <textarea
                class="textarea"
                id=id.clone()
                name=id.clone()
                rows="4"
                aria-describedby=describedby
                aria-invalid=invalid
                prop:value=move || value.get()
                on:input=take
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                class=class
                id=id.clone()
                name=id.clone()
                type=input_type.unwrap_or("text")
                aria-describedby=describedby
                aria-invalid=invalid
                prop:value=move || value.get()
                on:input=take
                on:change=take
            />
        }
        .into_any()
    };
    view! {
        <LabelledGroup id=id label=label hint=hint error=error>
            {control}
        </LabelledGroup>
    }
}
