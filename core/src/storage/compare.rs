//! Two versions of one record side by side, field by field: what a form shows when the record
//! it was opened on was changed (or deleted) in another tab meanwhile.

use serde::Serialize;
use serde_json::Value;

/// One field whose two versions differ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldDifference {
    /// The field, in words ("due date").
    pub field: String,
    /// This form's value, as text.
    pub yours: String,
    /// The saved value, as text.
    pub saved: String,
}

fn words(field: &str) -> String {
    let text = field.strip_suffix("_id").unwrap_or(field).replace('_', " ");
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => text,
    }
}

fn text(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => "(none)".into(),
        Some(Value::String(s)) if s.is_empty() => "(empty)".into(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// The top-level fields in which `yours` and `saved` differ, leaving out when each was changed
/// (`stamps`), which always differs.
pub fn differences<T: Serialize>(yours: &T, saved: &T) -> Vec<FieldDifference> {
    let (Ok(Value::Object(a)), Ok(Value::Object(b))) =
        (serde_json::to_value(yours), serde_json::to_value(saved))
    else {
        return Vec::new();
    };
    let mut fields: Vec<&String> = a.keys().chain(b.keys()).collect();
    crate::order::sort(&mut fields);
    fields.dedup();
    fields
        .into_iter()
        .filter(|f| f.as_str() != "stamps" && a.get(*f) != b.get(*f))
        .map(|f| FieldDifference {
            field: words(f),
            yours: text(a.get(f)),
            saved: text(b.get(f)),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Goal {
        title: String,
        description: String,
        owner_id: Option<u32>,
        stamps: u32,
    }

    #[test]
    fn only_the_fields_that_differ_are_listed_in_words() {
        let mine = Goal {
            title: "A".into(),
            description: "same".into(),
            owner_id: None,
            stamps: 1,
        };
        let saved = Goal {
            title: "B".into(),
            description: "same".into(),
            owner_id: Some(7),
            stamps: 2,
        };
        assert_eq!(
            differences(&mine, &saved),
            vec![
                FieldDifference {
                    field: "Owner".into(),
                    yours: "(none)".into(),
                    saved: "7".into()
                },
                FieldDifference {
                    field: "Title".into(),
                    yours: "A".into(),
                    saved: "B".into()
                },
            ]
        );
    }
}
