//! Checkboxes under group headings (people by team, goals by level), in one fieldset.

use leptos::prelude::*;

use super::checkbox::group_checkbox;
use super::frame::fieldset;
use super::{nth_id, Choice};

/// Checkboxes under group headings, each group a fieldset of its own within the question's.
/// Ids run on across the groups: the first box is `{id}`, then `{id}-1`, `{id}-2`, …
#[component]
pub fn GroupedCheckboxes(
    /// Prefix of the checkboxes' ids.
    id: String,
    /// The question, as the legend.
    #[prop(into)]
    legend: Signal<String>,
    /// Hint under the legend.
    #[prop(into)]
    hint: Signal<String>,
    /// The groups, in order: each heading and its choices.
    #[prop(into)]
    groups: Signal<Vec<(String, Vec<Choice>)>>,
    /// The checked values, two-way.
    value: RwSignal<Vec<String>>,
    /// The field's error, if any.
    #[prop(optional)]
    error: Signal<Option<String>>,
    /// What to say when there is nothing to choose.
    #[prop(into)]
    none_text: Signal<String>,
    /// Called with the checked values after `value` has them.
    #[prop(optional, into)]
    on_change: Option<Callback<Vec<String>>>,
) -> impl IntoView {
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
                            let box_id = nth_id(&id, n);
                            n += 1;
                            group_checkbox(box_id, c, value, on_change)
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
    fieldset(id, legend, Some(hint), error, false, boxes)
}
