//! A checkbox: one on its own for a yes-or-no question, or one of a group.

use leptos::prelude::*;

use super::Choice;

/// One checkbox of a group, ticked while `value` holds its choice's value; `on_change` hears of
/// the values checked after a change.
pub(super) fn group_checkbox(
    id: String,
    c: Choice,
    value: RwSignal<Vec<String>>,
    on_change: Option<Callback<Vec<String>>>,
) -> impl IntoView {
    let (v, v2) = (c.value.clone(), c.value.clone());
    view! {
        <div class="checkbox">
            <input
                class="checkbox-input"
                type="checkbox"
                id=id.clone()
                value=c.value
                prop:checked=move || value.read().contains(&v)
                on:change=move |ev| {
                    let checked = event_target_checked(&ev);
                    value
                        .update(|list| {
                            list.retain(|x| *x != v2);
                            if checked {
                                list.push(v2.clone());
                            }
                        });
                    if let Some(callback) = on_change {
                        callback.run(value.get_untracked());
                    }
                }
            />
            <label class="checkbox-label" for=id>
                {c.label}
            </label>
        </div>
    }
}

/// A single checkbox that says yes or no, e.g. "Include personal data".
#[component]
pub fn Checkbox(
    /// DOM id of the checkbox.
    #[prop(into)]
    id: String,
    /// The words beside it.
    #[prop(into)]
    label: Signal<String>,
    /// Whether it is ticked, two-way.
    value: RwSignal<bool>,
    /// Called with whether it is ticked, after `value` has it.
    #[prop(optional, into)]
    on_change: Option<Callback<bool>>,
) -> impl IntoView {
    view! {
        <div class="form-group">
            <div class="checkboxes">
                <div class="checkbox">
                    <input
                        class="checkbox-input"
                        type="checkbox"
                        id=id.clone()
                        prop:checked=move || value.get()
                        on:change=move |ev| {
                            let checked = event_target_checked(&ev);
                            value.set(checked);
                            if let Some(callback) = on_change {
                                callback.run(checked);
                            }
                        }
                    />
                    <label class="checkbox-label" for=id>
                        {move || label.get()}
                    </label>
                </div>
            </div>
        </div>
    }
}
