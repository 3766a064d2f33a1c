//! Reading typed JSON. Every typed read of records, files and settings goes through [`read`], so
//! the browser build carries one copy of each type's reading code instead of one for each way of
//! reading (text, a parsed value, with or without a path): that cut the wasm by about a tenth.

use serde::de::DeserializeOwned;
use serde_json::Value;

pub use serde_path_to_error::Segment;

/// Why a text could not be read as a `T`: serde's message, and where the failure happened.
#[derive(Debug, thiserror::Error)]
#[error("{inner}")]
pub struct ReadError {
    path: Vec<Segment>,
    inner: serde_json::Error,
}

impl ReadError {
    /// The steps from the top of the text to the part that failed (`goals`, `3`, `title`);
    /// none when the whole text failed.
    pub fn path(&self) -> &[Segment] {
        &self.path
    }

    /// Serde's account of what failed.
    pub fn inner(&self) -> &serde_json::Error {
        &self.inner
    }

    /// Serde's message without its "at line 1 column 57" ending, for a reader who was given a
    /// path instead (or whose text was not theirs to begin with, as in [`read_value`]).
    pub fn message(&self) -> String {
        let text = self.inner.to_string();
        let position = format!(
            " at line {} column {}",
            self.inner.line(),
            self.inner.column()
        );
        match text.strip_suffix(&position) {
            Some(message) => message.to_string(),
            None => text,
        }
    }
}

/// Reads `text` as a `T`, noting where in it a failure happened.
pub fn read<T: DeserializeOwned>(text: &str) -> Result<T, ReadError> {
    let mut reader = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut reader).map_err(|e| ReadError {
        path: e.path().iter().cloned().collect(),
        inner: e.into_inner(),
    })?;
    // Only white space may follow, as `serde_json::from_str` requires.
    reader.end().map_err(|inner| ReadError {
        path: Vec::new(),
        inner,
    })?;
    Ok(value)
}

/// Reads an already parsed `value` as a `T`, through its text (see the module's note).
pub fn read_value<T: DeserializeOwned>(value: &Value) -> Result<T, ReadError> {
    read(&value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize, PartialEq)]
    struct Pair {
        name: String,
        values: Vec<f64>,
    }

    #[test]
    fn reads_a_type_and_refuses_trailing_text() {
        let pair: Pair = read(r#"{"name":"a","values":[1,2.5]}  "#).unwrap();
        assert_eq!(pair.values, vec![1.0, 2.5]);
        assert!(read::<Pair>(r#"{"name":"a","values":[]} x"#).is_err());
    }

    #[test]
    fn a_failure_names_its_path() {
        let e = read::<Pair>(r#"{"name":"a","values":[1,"two"]}"#).unwrap_err();
        assert!(
            matches!(e.path(), [Segment::Map { key }, Segment::Seq { index: 1 }] if key == "values")
        );
        assert_eq!(e.message(), r#"invalid type: string "two", expected f64"#);
    }

    #[test]
    fn a_parsed_value_reads_the_same_as_its_text() {
        let value: Value = serde_json::json!({"name": "b", "values": [3]});
        assert_eq!(
            read_value::<Pair>(&value).unwrap(),
            Pair {
                name: "b".into(),
                values: vec![3.0]
            }
        );
    }
}
