//! Form fields in the GOV.UK / NHS.UK pattern: a label, an optional hint, an inline error above
//! the control, and an error summary at the top that links to each field. One widget a file;
//! what they share (ids, the inline error, a choice) is here.

mod choices;
mod select;
mod summary;
mod text;

pub use choices::{CheckboxField, RadioField};
pub use select::SelectField;
pub use summary::{error_for, focus_error_summary, ErrorSummary};
pub use text::TextField;

use leptos::prelude::*;

/// The DOM id of the control for `field` in a form whose ids start with `prefix`.
pub fn field_id(prefix: &str, field: &str) -> String {
    format!("{prefix}-{}", field.replace('_', "-"))
}

pub(super) fn described_by(id: &str, has_hint: bool, has_error: bool) -> Option<String> {
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
