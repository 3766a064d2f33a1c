//! Ids of the review form's fields, shared by its parts.

use crate::ui::fields::field_id;

/// Prefix of every field id in the review form.
pub(super) const PREFIX: &str = "review";

/// The DOM id of the review form's control for `field`, e.g. "review-next-review".
pub(super) fn id_of(field: &str) -> String {
    field_id(PREFIX, field)
}
