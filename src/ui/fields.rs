//! Form fields in the GOV.UK / NHS.UK pattern: a label, an optional hint, an inline error above
//! the control, and an error summary at the top that links to each field.

use leptos::html;
use leptos::prelude::*;
use scorecard_core::ValidationErrors;

/// The DOM id of the control for `field` in a form whose ids start with `prefix`.
pub fn field_id(prefix: &str, field: &str) -> String {
    format!("{prefix}-{}", field.replace('_', "-"))
}

fn described_by(id: &str, has_hint: bool, has_error: bool) -> Option<String> {
    let mut parts = Vec::new();
    if has_hint {
        parts.push(format!("{id}-hint"));
    }
    if has_error {
        parts.push(format!("{id}-error"));
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// Inline error text for a field.
#[component]
fn ErrorText(id: String, error: Signal<Option<String>>) -> impl IntoView {
    view! {
        <Show when=move || error.read().is_some()>
            <p class="error-message" id=format!("{id}-error")>
                <span class="visually-hidden">"Error: "</span>
                {move || error.get()}
            </p>
        </Show>
    }
}

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

/// One choice in a select, radio group or checkbox group.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    /// Form value.
    pub value: String,
    /// What the user sees.
    pub label: String,
    /// Group heading (selects only), e.g. the organisation.
    pub group: Option<String>,
}

impl Choice {
    /// A choice with no group.
    pub fn new(value: impl Into<String>, label: impl Into<String>) -> Self {
        Choice {
            value: value.into(),
            label: label.into(),
            group: None,
        }
    }

    /// A choice under a group heading.
    pub fn grouped(value: impl Into<String>, label: impl Into<String>, group: String) -> Self {
        Choice {
            value: value.into(),
            label: label.into(),
            group: Some(group),
        }
    }
}

/// A labelled select. Choices with a group are shown under that heading.
#[component]
pub fn SelectField(
    /// DOM id of the control.
    id: String,
    /// Visible label.
    label: &'static str,
    /// Hint under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// The choices, in order; consecutive choices with the same group share a heading.
    choices: Signal<Vec<Choice>>,
    /// Text of the empty first choice, when the field may be left empty.
    #[prop(optional)]
    empty: Option<&'static str>,
    /// The chosen value, two-way.
    value: RwSignal<String>,
    /// The field's error, if any.
    error: Signal<Option<String>>,
) -> impl IntoView {
    let describedby = {
        let id = id.clone();
        move || described_by(&id, hint.is_some(), error.read().is_some())
    };
    let invalid = move || error.read().is_some().then_some("true");
    // The choice is marked when the options are drawn, and the select's own value follows later
    // changes: one watcher for the field, not one per option, in a list of every goal or person.
    let option = move |c: Choice| {
        let chosen = value.with_untracked(|v| *v == c.value);
        view! { <option value=c.value selected=chosen>{c.label}</option> }
    };
    let options = move || {
        // Group consecutive choices under <optgroup> headings.
        let mut groups: Vec<(Option<String>, Vec<Choice>)> = Vec::new();
        for c in choices.get() {
            match groups.last_mut() {
                Some((g, list)) if *g == c.group => list.push(c),
                _ => groups.push((c.group.clone(), vec![c])),
            }
        }
        groups
            .into_iter()
            .map(|(group, list)| match group {
                Some(g) => view! {
                    <optgroup label=g>{list.into_iter().map(option).collect_view()}</optgroup>
                }
                .into_any(),
                None => list.into_iter().map(option).collect_view().into_any(),
            })
            .collect_view()
    };
    view! {
        <div class="form-group" class:form-group-error=move || error.read().is_some()>
            <label class="label" for=id.clone()>{label}</label>
            {hint.map(|h| view! { <div class="hint" id=format!("{id}-hint")>{h}</div> })}
            <ErrorText id=id.clone() error=error/>
            <select class="select" id=id.clone() name=id.clone()
                aria-describedby=describedby aria-invalid=invalid
                prop:value=move || value.get()
                on:change=move |ev| value.set(event_target_value(&ev))
            >
                {empty.map(|text| view! {
                    <option value="" selected=value.with_untracked(String::is_empty)>{text}</option>
                })}
                {options}
            </select>
        </div>
    }
}

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

/// "There is a problem" at the top of a form, linking to each field in error. It takes focus
/// when it appears so keyboard and screen reader users hear what went wrong.
#[component]
pub fn ErrorSummary(
    /// Prefix of the form's field ids.
    prefix: &'static str,
    /// The errors to list.
    errors: RwSignal<ValidationErrors>,
    /// Set by the form after a failed submit; the summary focuses itself.
    node: NodeRef<html::Div>,
) -> impl IntoView {
    let items = move || {
        errors
            .get()
            .0
            .into_iter()
            .map(|e| {
                let target = field_id(prefix, e.field);
                let href = format!("#{target}");
                view! {
                    <li>
                        <a href=href on:click=move |ev| {
                            // Focus the field without leaving the page (the router would treat
                            // the fragment as a navigation).
                            ev.prevent_default();
                            if let Some(el) = document().get_element_by_id(&target) {
                                use wasm_bindgen::JsCast;
                                if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                                    let _ = el.focus();
                                }
                            }
                        }>{e.message}</a>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="error-summary" node_ref=node tabindex="-1" aria-labelledby="error-summary-title"
            hidden=move || errors.read().is_empty()>
            <h2 class="error-summary-title" id="error-summary-title">"There is a problem"</h2>
            <ul class="error-summary-list">{items}</ul>
        </div>
    }
}

/// Focuses the error summary once the DOM has the new errors.
pub fn focus_error_summary(node: NodeRef<html::Div>) {
    request_animation_frame(move || {
        if let Some(el) = node.get_untracked() {
            let _ = el.focus();
        }
    });
}

/// A derived signal with the first error for `field`.
pub fn error_for(
    errors: RwSignal<ValidationErrors>,
    field: &'static str,
) -> Signal<Option<String>> {
    Signal::derive(move || errors.read().for_field(field).map(String::from))
}
