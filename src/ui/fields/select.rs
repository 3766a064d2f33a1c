//! A labelled select, with choices grouped under headings.

use leptos::prelude::*;

use super::{described_by, Choice, ErrorText};

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
