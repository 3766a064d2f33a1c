//! A select in a table cell: its label is read only by screen readers, since the row and
//! column headings say what it is for on screen.

use leptos::prelude::*;

use super::select::options;
use super::Choice;

/// A select with a visually hidden label, for a table of rows each with a choice to make.
#[component]
pub fn CellSelect(
    /// DOM id of the control, also its name.
    id: String,
    /// The label screen readers read, e.g. "How often for Ward 7".
    #[prop(into)]
    label: Signal<String>,
    /// The choices, in order.
    #[prop(into)]
    choices: Signal<Vec<Choice>>,
    /// Text of the empty first choice, when it may be left empty.
    #[prop(optional, into)]
    empty: Option<Signal<String>>,
    /// The value shown.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the value chosen.
    #[prop(into)]
    on_change: Callback<String>,
    /// Extra classes of the select, e.g. "select-narrow".
    #[prop(optional)]
    class: Option<&'static str>,
) -> impl IntoView {
    let class = match class {
        Some(c) => format!("select {c}"),
        None => "select".to_string(),
    };
    view! {
        <label class="visually-hidden" for=id.clone()>
            {move || label.get()}
        </label>
        <select
            class=class
            id=id.clone()
            name=id
            prop:value=move || value.get()
            on:change=move |ev| on_change.run(event_target_value(&ev))
        >
            {options(choices, empty, value)}
        </select>
    }
}
