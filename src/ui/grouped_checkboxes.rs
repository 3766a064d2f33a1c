//! Form pieces the review form needs beyond the shared fields: checkboxes under group headings
//! (people by team, goals by level) and an inline error with a dynamic id.

use leptos::prelude::*;

use crate::ui::fields::Choice;

/// The ids a control is described by: its hint and its error, when shown.
pub(crate) fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    let mut parts = Vec::new();
    if hint {
        parts.push(format!("{id}-hint"));
    }
    if error {
        parts.push(format!("{id}-error"));
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// Inline error text.
#[component]
pub(crate) fn InlineError(id: String, error: Signal<Option<String>>) -> impl IntoView {
    view! {
        <Show when=move || error.read().is_some()>
            <p class="error-message" id=format!("{id}-error")>
                <span class="visually-hidden">"Error: "</span>{move || error.get()}
            </p>
        </Show>
    }
}

/// Checkboxes under group headings (teams, goal levels), in one fieldset.
#[component]
pub(crate) fn GroupedCheckboxes(
    id: String,
    legend: &'static str,
    hint: &'static str,
    groups: Signal<Vec<(String, Vec<Choice>)>>,
    value: RwSignal<Vec<String>>,
    error: Signal<Option<String>>,
    none_text: Signal<String>,
) -> impl IntoView {
    let describedby = {
        let id = id.clone();
        move || described_by(&id, true, error.read().is_some())
    };
    let boxes = {
        let id = id.clone();
        move || {
            let groups = groups.get();
            if groups.is_empty() {
                return view! { <p class="hint">{none_text.get()}</p> }.into_any();
            }
            let mut n = 0usize;
            groups
                .into_iter()
                .map(|(group, choices)| {
                    let items = choices
                        .into_iter()
                        .map(|c| {
                            let box_id = if n == 0 { id.clone() } else { format!("{id}-{n}") };
                            n += 1;
                            let (v, v2) = (c.value.clone(), c.value.clone());
                            view! {
                                <div class="checkbox">
                                    <input class="checkbox-input" type="checkbox" id=box_id.clone() value=c.value
                                        prop:checked=move || value.read().contains(&v)
                                        on:change=move |ev| {
                                            let checked = event_target_checked(&ev);
                                            value.update(|list| {
                                                list.retain(|x| *x != v2);
                                                if checked {
                                                    list.push(v2.clone());
                                                }
                                            });
                                        }/>
                                    <label class="checkbox-label" for=box_id>{c.label}</label>
                                </div>
                            }
                        })
                        .collect_view();
                    view! {
                        <fieldset class="fieldset checkbox-group">
                            <legend class="legend legend-small">{group}</legend>
                            <div class="checkboxes">{items}</div>
                        </fieldset>
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
                <div class="hint" id=format!("{id}-hint")>{hint}</div>
                <InlineError id=id.clone() error=error/>
                {boxes}
            </fieldset>
        </div>
    }
}
