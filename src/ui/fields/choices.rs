//! Radio buttons and checkboxes in a fieldset.

use leptos::prelude::*;

use super::checkbox::group_checkbox;
use super::frame::fieldset;
use super::{nth_id, Choice, Radio};

/// A group of radio buttons in a fieldset.
#[component]
pub fn RadioField(
    /// Prefix of the radios' ids, and their name; the first radio's id is `{id}` so an error can
    /// link to it.
    id: String,
    /// The question, as the legend.
    #[prop(into)]
    legend: Signal<String>,
    /// Hint under the legend.
    #[prop(optional, into)]
    hint: Option<Signal<String>>,
    /// The choices.
    choices: Vec<Choice>,
    /// The chosen value, two-way.
    value: RwSignal<String>,
    /// The field's error, if any.
    #[prop(optional)]
    error: Signal<Option<String>>,
    /// Called with the value chosen, after `value` has it.
    #[prop(optional, into)]
    on_change: Option<Callback<String>>,
) -> impl IntoView {
    let radios = choices
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let (v, v2) = (c.value.clone(), c.value.clone());
            view! {
                <Radio
                    id=nth_id(&id, i)
                    name=id.clone()
                    value=c.value
                    label=c.label
                    checked=Signal::derive(move || value.get() == v)
                    on_choose=move |()| {
                        value.set(v2.clone());
                        if let Some(callback) = on_change {
                            callback.run(v2.clone());
                        }
                    }
                />
            }
        })
        .collect_view();
    fieldset(
        id,
        legend,
        hint,
        error,
        false,
        view! { <div class="radios">{radios}</div> },
    )
}

/// A group of checkboxes in a fieldset.
#[component]
pub fn CheckboxField(
    /// Prefix of the checkboxes' ids; the first one's id is `{id}`.
    id: String,
    /// The question, as the legend.
    #[prop(into)]
    legend: Signal<String>,
    /// Hint under the legend.
    #[prop(optional, into)]
    hint: Option<Signal<String>>,
    /// The choices.
    #[prop(into)]
    choices: Signal<Vec<Choice>>,
    /// The checked values, two-way.
    value: RwSignal<Vec<String>>,
    /// The field's error, if any.
    #[prop(optional)]
    error: Signal<Option<String>>,
    /// What to say when there is nothing to choose.
    #[prop(optional, into)]
    none_text: Option<Signal<String>>,
    /// Called with the checked values after `value` has them.
    #[prop(optional, into)]
    on_change: Option<Callback<Vec<String>>>,
) -> impl IntoView {
    let boxes = {
        let id = id.clone();
        move || {
            let list = choices.get();
            if list.is_empty() {
                let text = move || {
                    none_text.map_or_else(
                        || "There is nothing to choose yet.".to_string(),
                        |t| t.get(),
                    )
                };
                return view! { <p class="hint">{text}</p> }.into_any();
            }
            list.into_iter()
                .enumerate()
                .map(|(i, c)| group_checkbox(nth_id(&id, i), c, value, on_change))
                .collect_view()
                .into_any()
        }
    };
    fieldset(
        id,
        legend,
        hint,
        error,
        false,
        view! { <div class="checkboxes">{boxes}</div> },
    )
}
