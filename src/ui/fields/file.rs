//! A labelled file chooser.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::frame::LabelledGroup;

/// A labelled file input. `on_file` is given the file chosen; reading it is the page's part.
#[component]
pub fn FileField(
    /// DOM id of the input.
    #[prop(into)]
    id: String,
    /// Visible label.
    #[prop(into)]
    label: Signal<String>,
    /// Hint under the label, which the input is described by.
    #[prop(optional, into)]
    hint: Option<Signal<String>>,
    /// The kinds of file offered, e.g. ".csv,text/csv".
    accept: &'static str,
    /// Called with the file chosen.
    #[prop(into)]
    on_file: Callback<web_sys::File>,
) -> impl IntoView {
    let describedby = hint.is_some().then(|| format!("{id}-hint"));
    let on_change = move |ev: leptos::ev::Event| {
        let input: Option<web_sys::HtmlInputElement> = ev.target().and_then(|t| t.dyn_into().ok());
        if let Some(file) = input.and_then(|i| i.files()).and_then(|l| l.get(0)) {
            on_file.run(file);
        }
    };
    view! {
        <LabelledGroup id=id.clone() label=label hint=hint error=Signal::default()>
            <input
                type="file"
                class="file-upload"
                id=id
                accept=accept
                aria-describedby=describedby
                on:change=on_change
            />
        </LabelledGroup>
    }
}
