//! A labelled select, with choices grouped under headings; and the options every select draws.

use leptos::prelude::*;

use super::frame::LabelledGroup;
use super::{described_by, Choice};

/// The options of a select: `empty` first when the field may be left empty, then the choices,
/// consecutive choices with the same group under one `<optgroup>` heading.
///
/// The chosen option is marked when the options are drawn, and the select's own `prop:value`
/// follows later changes: one watcher for the field, not one per option, in a list of every goal
/// or person.
pub(super) fn options(
    choices: Signal<Vec<Choice>>,
    empty: Option<Signal<String>>,
    value: Signal<String>,
) -> impl IntoView {
    let option = move |c: Choice| {
        let chosen = value.with_untracked(|v| *v == c.value);
        view! {
            <option value=c.value selected=chosen>
                {c.label}
            </option>
        }
    };
    let empty = empty.map(|text| {
        view! {
            <option value="" selected=value.with_untracked(String::is_empty)>
                {move || text.get()}
            </option>
        }
    });
    let choices = move || {
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
                Some(g) => view! { <optgroup label=g>{list.into_iter().map(option).collect_view()}</optgroup> }
                .into_any(),
                None => list.into_iter().map(option).collect_view().into_any(),
            })
            .collect_view()
    };
    view! {
        {empty}
        {choices}
    }
}

/// A labelled select. Choices with a group are shown under that heading.
#[component]
pub fn SelectField(
    /// DOM id of the control, also its name.
    id: String,
    /// Visible label.
    #[prop(into)]
    label: Signal<String>,
    /// Hint under the label.
    #[prop(optional, into)]
    hint: Option<Signal<String>>,
    /// The choices, in order; consecutive choices with the same group share a heading.
    #[prop(into)]
    choices: Signal<Vec<Choice>>,
    /// Text of the empty first choice, when the field may be left empty.
    #[prop(optional, into)]
    empty: Option<Signal<String>>,
    /// The chosen value, two-way.
    value: RwSignal<String>,
    /// The field's error, if any.
    #[prop(optional)]
    error: Signal<Option<String>>,
    /// Called with the value chosen, after `value` has it.
    #[prop(optional, into)]
    on_change: Option<Callback<String>>,
) -> impl IntoView {
    let describedby = {
        let id = id.clone();
        let has_hint = hint.is_some();
        move || described_by(&id, has_hint, error.read().is_some())
    };
    let invalid = move || error.read().is_some().then_some("true");
    view! {
        <LabelledGroup id=id.clone() label=label hint=hint error=error>
            <select
                class="select"
                id=id.clone()
                name=id.clone()
                aria-describedby=describedby
                aria-invalid=invalid
                prop:value=move || value.get()
                on:change=move |ev| {
                    let chosen = event_target_value(&ev);
                    value.set(chosen.clone());
                    if let Some(callback) = on_change {
                        callback.run(chosen);
                    }
                }
            >
                {options(choices, empty, value.into())}
            </select>
        </LabelledGroup>
    }
}
