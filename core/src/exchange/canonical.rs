//! Canonical JSON and SHA-256 digests.
//!
//! The canonical form of a JSON value is compact (no spaces or line breaks) with every object's
//! keys in ascending byte order, strings escaped as `serde_json` escapes them, and numbers as
//! `serde_json` prints them. It does not depend on how a file was indented or in which order its
//! keys were written, nor on whether `serde_json` keeps insertion order in this build, so the
//! exporting and the importing app always agree on a digest.

use serde_json::Value;
use sha2::{Digest, Sha256};

/// `value` as canonical JSON text.
pub fn canonical_json(value: &Value) -> String {
    let mut out = String::new();
    write_value(value, &mut out);
    out
}

fn write_value(value: &Value, out: &mut String) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&n.to_string()),
        Value::String(s) => write_string(s, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(item, out);
            }
            out.push(']');
        }
        Value::Object(map) => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            crate::order::sort_by(&mut entries, |a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
            out.push('{');
            for (i, (key, item)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(key, out);
                out.push(':');
                write_value(item, out);
            }
            out.push('}');
        }
    }
}

fn write_string(s: &str, out: &mut String) {
    // Serialising a string cannot fail.
    out.push_str(&serde_json::to_string(s).unwrap_or_default());
}

/// `value` as indented JSON (two spaces) with object keys in ascending order and a final line
/// break: a stable text for files kept in the repository, whatever order the keys were built in.
pub fn pretty_sorted_json(value: &Value) -> String {
    let mut out = String::new();
    write_pretty(value, 0, &mut out);
    out.push('\n');
    out
}

fn write_pretty(value: &Value, indent: usize, out: &mut String) {
    let pad = |n: usize, out: &mut String| out.extend(std::iter::repeat_n(' ', n));
    match value {
        Value::Array(items) if !items.is_empty() => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                pad(indent + 2, out);
                write_pretty(item, indent + 2, out);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            pad(indent, out);
            out.push(']');
        }
        Value::Object(map) if !map.is_empty() => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            crate::order::sort_by(&mut entries, |a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
            out.push_str("{\n");
            let n = entries.len();
            for (i, (key, item)) in entries.into_iter().enumerate() {
                pad(indent + 2, out);
                write_string(key, out);
                out.push_str(": ");
                write_pretty(item, indent + 2, out);
                out.push_str(if i + 1 < n { ",\n" } else { "\n" });
            }
            pad(indent, out);
            out.push('}');
        }
        other => write_value(other, out),
    }
}

/// SHA-256 of `text`, as 64 lowercase hexadecimal characters.
pub fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Digest of a value: SHA-256 of its canonical JSON.
pub(crate) fn digest_of_value(value: &Value) -> String {
    sha256_hex(&canonical_json(value))
}

/// Digest of anything serialisable, through its JSON value. Plain data with string keys always
/// serialises; should it ever fail, the digest of `null` is used, which only makes a record look
/// changed.
pub(crate) fn digest_of<T: serde::Serialize>(item: &T) -> String {
    digest_of_value(&serde_json::to_value(item).unwrap_or(Value::Null))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_form_sorts_keys_and_drops_spaces() {
        let v: Value =
            serde_json::from_str(r#"{ "b": [1, 2.5, "x"], "a": {"d": null, "c": true} }"#).unwrap();
        assert_eq!(
            canonical_json(&v),
            r#"{"a":{"c":true,"d":null},"b":[1,2.5,"x"]}"#
        );
    }

    #[test]
    fn digest_is_lowercase_hex_sha256() {
        assert_eq!(
            sha256_hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
