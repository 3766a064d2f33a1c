//! A select that filters a page, e.g. "Show goals for": the label beside it, no error, and the
//! value taken from the page's address rather than typed into a form.

use leptos::prelude::*;

use super::select::options;
use super::Choice;

/// A labelled select on one line with its label (`form-group filter`). It shows `value` and
/// tells `on_change` what was chosen; the page decides what follows (usually a new address,
/// whose value then comes back here).
#[component]
pub fn FilterSelect(
    /// DOM id of the control.
    id: &'static str,
    /// Visible label.
    #[prop(into)]
    label: Signal<String>,
    /// The choices, in order; consecutive choices with the same group share a heading.
    #[prop(into)]
    choices: Signal<Vec<Choice>>,
    /// Text of the empty first choice, when the filter can be cleared.
    #[prop(optional, into)]
    empty: Option<Signal<String>>,
    /// The value shown.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the value chosen.
    #[prop(into)]
    on_change: Callback<String>,
    /// Hint after the control, `{id}-hint`, which the select is described by.
    #[prop(optional, into)]
    hint: Option<Signal<String>>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let describedby = hint.is_some().then(|| hint_id.clone());
    view! {
        <div class="form-group filter">
            <label class="label" for=id>
                {move || label.get()}
            </label>
            <select
                class="select"
                id=id
                aria-describedby=describedby
                prop:value=move || value.get()
                on:change=move |ev| on_change.run(event_target_value(&ev))
            >
                {options(choices, empty, value)}
            </select>
            {hint
                .map(|h| {
                    view! {
                        <span class="hint" id=hint_id>
                            {move || h.get()}
                        </span>
                    }
                })}
        </div>
    }
}
