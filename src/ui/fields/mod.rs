//! Form fields in the GOV.UK / NHS.UK pattern: a label, an optional hint, an inline error above
//! the control, and an error summary at the top that links to each field. One widget a file;
//! what they share (ids, the inline error, the frames around a control or a group, a choice) is
//! here and in `frame`.
//!
//! Every widget takes its label (or legend) and hint as anything that becomes a
//! `Signal<String>` (a `&str`, a `String`, a signal or a closure), and an optional `on_change`
//! called with the new value after the widget has set it.

mod cell_select;
mod checkbox;
mod choices;
mod file;
mod filter;
mod frame;
mod grouped;
mod radio;
mod select;
mod summary;
mod text;

pub use cell_select::CellSelect;
pub use checkbox::Checkbox;
pub use choices::{CheckboxField, RadioField};
pub use file::FileField;
pub use filter::FilterSelect;
pub use frame::Fieldset;
pub use grouped::GroupedCheckboxes;
pub use radio::Radio;
pub use select::SelectField;
pub use summary::{error_for, focus_error_summary, ErrorSummary};
pub use text::TextField;

/// The DOM id of the control for `field` in a form whose ids start with `prefix`.
pub fn field_id(prefix: &str, field: &str) -> String {
    format!("{prefix}-{}", field.replace('_', "-"))
}

/// The ids a control or fieldset is described by: its hint and its error, when shown.
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

/// The id of the `i`th control of a group whose ids start with `id`: the first is `id` itself,
/// so the error summary's link lands on it; the others are `id-1`, `id-2`, …
fn nth_id(id: &str, i: usize) -> String {
    if i == 0 {
        id.to_string()
    } else {
        format!("{id}-{i}")
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
