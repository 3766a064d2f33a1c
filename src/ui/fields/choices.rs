//! Radio buttons and checkboxes in a fieldset.

use leptos::prelude::*;

use super::{described_by, Choice, ErrorText};

/// A group of radio buttons in a fieldset.
#[component]
pub fn RadioField(
    /// Prefix of the radios' ids; the first radio's id is `{id}` so an error can link to it.
    id: String,
    /// The question, as the legend.
    legend: &'static str,
    /// Hint under the legend.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// The choices.
    choices: Vec<Choice>,
    /// The chosen value, two-way.
    value: RwSignal<String>,
    /// The field's error, if any.
    error: Signal<Option<String>>,
) -> impl IntoView {
    let describedby = {
        let id = id.clone();
        move || described_by(&id, hint.is_some(), error.read().is_some())
    };
    let radios = choices
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let radio_id = if i == 0 {
                id.clone()
            } else {
                format!("{id}-{i}")
            };
            let v = c.value.clone();
            let v2 = c.value.clone();
            view! {
                <div class="radio">
                    <input class="radio-input" type="radio" id=radio_id.clone() name=id.clone()
                        value=c.value
                        prop:checked=move || value.get() == v
                        on:change=move |_| value.set(v2.clone())
                    />
                    <label class="radio-label" for=radio_id>{c.label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="form-group" class:form-group-error=move || error.read().is_some()>
            <fieldset class="fieldset" aria-describedby=describedby>
                <legend class="legend">{legend}</legend>
                {hint.map(|h| view! { <div class="hint" id=format!("{id}-hint")>{h}</div> })}
                <ErrorText id=id.clone() error=error/>
                <div class="radios">{radios}</div>
            </fieldset>
        </div>
    }
}

/// A group of checkboxes in a fieldset.
#[component]
pub fn CheckboxField(
    /// Prefix of the checkboxes' ids; the first one's id is `{id}`.
    id: String,
    /// The question, as the legend.
    legend: &'static str,
    /// Hint under the legend.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// The choices.
    choices: Signal<Vec<Choice>>,
    /// The checked values, two-way.
    value: RwSignal<Vec<String>>,
    /// The field's error, if any.
    error: Signal<Option<String>>,
    /// What to say when there is nothing to choose.
    #[prop(optional)]
    none_text: Option<&'static str>,
) -> impl IntoView {
    let describedby = {
        let id = id.clone();
        move || described_by(&id, hint.is_some(), error.read().is_some())
    };
    let boxes = {
        let id = id.clone();
        move || {
            let list = choices.get();
            if list.is_empty() {
                return view! { <p class="hint">{none_text.unwrap_or("There is nothing to choose yet.")}</p> }
                    .into_any();
            }
            list.into_iter()
                .enumerate()
                .map(|(i, c)| {
                    let box_id = if i == 0 {
                        id.clone()
                    } else {
                        format!("{id}-{i}")
                    };
                    let v = c.value.clone();
                    let v2 = c.value.clone();
                    view! {
                        <div class="checkbox">
                            <input class="checkbox-input" type="checkbox" id=box_id.clone()
                                value=c.value
                                prop:checked=move || value.read().contains(&v)
                                on:change=move |ev| {
                                    let checked = event_target_checked(&ev);
                                    value.update(|list| {
                                        list.retain(|x| *x != v2);
                                        if checked {
                                            list.push(v2.clone());
                                        }
                                    });
                                }
                            />
                            <label class="checkbox-label" for=box_id>{c.label}</label>
                        </div>
                    }
                })
                .collect_view()
                .into_any()
        }
    };
    view! {
        <div class="form-group" class:form-group-error=move || error.read().is_some()>
            <fieldset class="fieldset" aria-describedby=describedby>
                <legend class="legend">{legend}</legend>
                {hint.map(|h| view! { <div class="hint" id=format!("{id}-hint")>{h}</div> })}
                <ErrorText id=id.clone() error=error/>
                <div class="checkboxes">{boxes}</div>
            </fieldset>
        </div>
    }
}
