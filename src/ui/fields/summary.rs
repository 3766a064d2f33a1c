//! "There is a problem": the error summary at the top of a form, and each field's error.

use leptos::html;
use leptos::prelude::*;
use scorecard_core::ValidationErrors;

use super::field_id;

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
                        <a
                            href=href
                            on:click=move |ev| {
                                ev.prevent_default();
                                if let Some(el) = document().get_element_by_id(&target) {
                                    use wasm_bindgen::JsCast;
                                    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                                        let _ = el.focus();
                                    }
                                }
                            }
                        >
                            {e.message}
                        </a>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div
            class="error-summary"
            node_ref=node
            tabindex="-1"
            aria-labelledby="error-summary-title"
            hidden=move || errors.read().is_empty()
        >
            <h2 class="error-summary-title" id="error-summary-title">
                "There is a problem"
            </h2>
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
