//! A labelled text input or text area.

use leptos::prelude::*;

use super::{described_by, ErrorText};

/// A labelled text input or text area.
#[component]
pub fn TextField(
    /// DOM id of the control.
    id: String,
    /// Visible label.
    label: &'static str,
    /// Hint under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// The text, two-way.
    value: RwSignal<String>,
    /// The field's error, if any.
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
) -> impl IntoView {
    let describedby = {
        let id = id.clone();
        move || described_by(&id, hint.is_some(), error.read().is_some())
    };
    let invalid = move || error.read().is_some().then_some("true");
    let class = format!("input {}", width.unwrap_or(""));
    let control = if multiline {
        view! {
            <textarea class="textarea" id=id.clone() name=id.clone() rows="4"
                aria-describedby=describedby aria-invalid=invalid
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input class=class id=id.clone() name=id.clone() type=input_type.unwrap_or("text")
                aria-describedby=describedby aria-invalid=invalid
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
                on:change=move |ev| value.set(event_target_value(&ev))
            />
        }
        .into_any()
    };
    view! {
        <div class="form-group" class:form-group-error=move || error.read().is_some()>
            <label class="label" for=id.clone()>{label}</label>
            {hint.map(|h| view! { <div class="hint" id=format!("{id}-hint")>{h}</div> })}
            <ErrorText id=id.clone() error=error/>
            {control}
        </div>
    }
}
