//! Field-level validation. Every message says what is wrong and names the field it belongs to, so
//! the UI can show it inline and in an error summary; nothing invalid is saved.

use std::fmt;

/// Longest organisation, team or person name.
pub const MAX_NAME: usize = 120;
/// Longest short name of an organisation.
pub const MAX_SHORT_NAME: usize = 20;
/// Longest goal title.
pub const MAX_TITLE: usize = 150;
/// Longest job title.
pub const MAX_JOB_TITLE: usize = 120;
/// Longest free-text description.
pub const MAX_DESCRIPTION: usize = 2000;
/// Longest job description (they run long in the NHS).
pub const MAX_JOB_DESCRIPTION: usize = 6000;

/// One problem with one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The field's key, e.g. `"title"`; the UI maps it to an input.
    pub field: &'static str,
    /// What is wrong, in plain words, e.g. "Enter a title".
    pub message: String,
}

/// All the problems found with a record. Empty means valid.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ValidationErrors(pub Vec<FieldError>);

impl ValidationErrors {
    /// Adds a problem with `field`.
    pub fn push(&mut self, field: &'static str, message: impl Into<String>) {
        self.0.push(FieldError {
            field,
            message: message.into(),
        });
    }

    /// Whether nothing is wrong.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The first message for `field`, if any.
    pub fn for_field(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }

    /// `Ok(())` when empty, else `Err(self)`.
    pub fn into_result(self) -> Result<(), ValidationErrors> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(self)
        }
    }

    /// Checks a required text field: not blank and at most `max` characters.
    pub fn required_text(&mut self, field: &'static str, label: &str, value: &str, max: usize) {
        if value.trim().is_empty() {
            self.push(field, format!("Enter {label}"));
        } else {
            self.max_len(field, label, value, max);
        }
    }

    /// Checks an optional text field is at most `max` characters.
    pub fn max_len(&mut self, field: &'static str, label: &str, value: &str, max: usize) {
        let len = value.chars().count();
        if len > max {
            let mut label = label.to_string();
            // "a title" -> "Title": the message starts a sentence with the bare noun.
            for article in ["a ", "an ", "the "] {
                if let Some(rest) = label.strip_prefix(article) {
                    label = rest.to_string();
                }
            }
            let mut chars = label.chars();
            let capitalised = match chars.next() {
                Some(first) => first.to_uppercase().collect::<String>() + chars.as_str(),
                None => String::new(),
            };
            self.push(
                field,
                format!("{capitalised} must be {max} characters or fewer (it has {len})"),
            );
        }
    }
}

impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self
            .0
            .iter()
            .map(|e| format!("{}: {}", e.field, e.message))
            .collect();
        f.write_str(&parts.join("; "))
    }
}

impl std::error::Error for ValidationErrors {}
