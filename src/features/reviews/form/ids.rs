//! Ids of the review form's fields, shared by its parts (subject, actions, ratings).

/// Prefix of every field id in the review form.
pub(crate) const PREFIX: &str = "review";
