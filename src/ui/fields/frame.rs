//! What is around a field's control: the form group (marked while the field is in error), the
//! label or the fieldset and legend, the hint, and the inline error above the control.

use leptos::prelude::*;

use super::described_by;

/// Inline error text for a field; `{id}-error`, which the control is described by.
#[component]
pub(super) fn ErrorText(id: String, error: Signal<Option<String>>) -> impl IntoView {
    view! {
        <Show when=move || error.read().is_some()>
            <p class="error-message" id=format!("{id}-error")>
                <span class="visually-hidden">"Error: "</span>
                {move || error.get()}
            </p>
        </Show>
    }
}

/// The hint under a label or legend, `{id}-hint`, if there is one.
pub(super) fn hint_text(id: &str, hint: Option<Signal<String>>) -> Option<impl IntoView> {
    let hint_id = format!("{id}-hint");
    hint.map(|h| {
        view! {
            <div class="hint" id=hint_id>
                {move || h.get()}
            </div>
        }
    })
}

/// A field with one control: the group, the label, the hint, the error, then the control.
#[component]
pub(super) fn LabelledGroup(
    id: String,
    label: Signal<String>,
    hint: Option<Signal<String>>,
    error: Signal<Option<String>>,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="form-group" class:form-group-error=move || error.read().is_some()>
            <label class="label" for=id.clone()>
                {move || label.get()}
            </label>
            {hint_text(&id, hint)}
            <ErrorText id=id.clone() error=error />
            {children()}
        </div>
    }
}

/// A group of controls under one question: a fieldset described by its hint and error, with the
/// question as its legend.
#[component]
pub fn Fieldset(
    /// The id the hint and error are named after (`{id}-hint`, `{id}-error`); the first control's
    /// id, or the legend's when `focus_legend` is set.
    #[prop(into)]
    id: String,
    /// The question, as the legend.
    #[prop(into)]
    legend: Signal<String>,
    /// Hint under the legend.
    #[prop(optional, into)]
    hint: Option<Signal<String>>,
    /// The group's error, if any.
    #[prop(optional)]
    error: Signal<Option<String>>,
    /// The legend takes the id and can take focus: for a group with no single control for the
    /// error summary's link to land on.
    #[prop(optional)]
    focus_legend: bool,
    /// The controls.
    children: Children,
) -> impl IntoView {
    fieldset(id, legend, hint, error, focus_legend, children())
}

/// What [`Fieldset`] draws, for the widgets that are fieldsets themselves.
pub(super) fn fieldset(
    id: String,
    legend: Signal<String>,
    hint: Option<Signal<String>>,
    error: Signal<Option<String>>,
    focus_legend: bool,
    controls: impl IntoView,
) -> impl IntoView {
    let describedby = {
        let id = id.clone();
        let has_hint = hint.is_some();
        move || described_by(&id, has_hint, error.read().is_some())
    };
    let legend_id = focus_legend.then(|| id.clone());
    view! {
        <div class="form-group" class:form-group-error=move || error.read().is_some()>
            <fieldset class="fieldset" aria-describedby=describedby>
                <legend class="legend" id=legend_id tabindex=focus_legend.then_some("-1")>
                    {move || legend.get()}
                </legend>
                {hint_text(&id, hint)}
                <ErrorText id=id.clone() error=error />
                {controls}
            </fieldset>
        </div>
    }
}
