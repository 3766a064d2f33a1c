//! Turns the terse messages of the JSON parser and of serde into plain English.
//!
//! serde's messages follow a small number of fixed patterns ("invalid type: string \"x\",
//! expected f64", "missing field `title`", "unknown variant `x`, expected one of …"); each is
//! recognised and reworded. Anything not recognised is passed through unchanged, so a message is
//! never lost.

/// Cuts `text` to at most `max` characters, marking the cut.
pub(crate) fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let cut: String = text.chars().take(max).collect();
        format!("{cut}…")
    }
}

/// A JSON syntax error's message without serde_json's " at line L column C" suffix, reworded.
pub(crate) fn syntax_message(error: &serde_json::Error) -> String {
    let raw = error.to_string();
    let message = match raw.rfind(" at line ") {
        Some(i) => &raw[..i],
        None => raw.as_str(),
    };
    match message {
        "EOF while parsing an object" => {
            "the file ends before an object is closed (a } is missing)".into()
        }
        "EOF while parsing a list" => "the file ends before a list is closed (a ] is missing)".into(),
        "EOF while parsing a string" => {
            "the file ends inside a piece of text (a closing \" is missing)".into()
        }
        "EOF while parsing a value" => "the file ends where a value was expected".into(),
        "expected `,` or `}`" => "expected a comma or a closing } here".into(),
        "expected `,` or `]`" => "expected a comma or a closing ] here".into(),
        "expected `:`" => "expected a colon after the name".into(),
        "expected value" => {
            "expected a value here (text in double quotes, a number, true, false, null, a list or an object)"
                .into()
        }
        "expected ident" => "expected true, false or null here".into(),
        "trailing comma" => "there is a comma just before a closing bracket".into(),
        "trailing characters" => "there is more text after the end of the JSON".into(),
        "key must be a string" => "a name in an object must be in double quotes".into(),
        "invalid escape" => "a backslash in a piece of text starts an unknown escape".into(),
        "invalid number" => "a number is written wrongly".into(),
        "number out of range" => "a number is too large to use".into(),
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            "a piece of text contains a line break or other control character (write it as \\n)"
                .into()
        }
        "recursion limit exceeded" => "the file is nested too deeply".into(),
        other if other.starts_with("invalid unicode code point")
            || other.starts_with("lone leading surrogate")
            || other.contains("surrogate") =>
        {
            "a \\u escape in a piece of text is not a valid character".into()
        }
        other => other.to_string(),
    }
}

/// Plain words for what serde expected, e.g. "f64" → "a number".
fn expected_words(expected: &str) -> String {
    let e = expected.trim();
    match e {
        "f64" | "f32" => "a number".into(),
        "u8" => "a whole number from 0 to 255".into(),
        "u16" => "a whole number from 0 to 65535".into(),
        "u32" => "a whole number from 0 to 4294967295".into(),
        "u64" | "usize" | "u128" => "a whole number of 0 or more".into(),
        "i8" | "i16" | "i32" | "i64" | "isize" | "i128" => "a whole number".into(),
        "a string" | "string" | "a borrowed string" => "text in double quotes".into(),
        "a boolean" | "bool" => "true or false".into(),
        "a sequence" => "a list ([…])".into(),
        "a map" | "a tuple" => "an object ({…})".into(),
        "a formatted date string" | "a formatted date" => "a date such as 2026-04-01".into(),
        _ if e.contains("UUID") => {
            "an id (a UUID such as 5c0eca4d-0000-4000-8000-000000000301)".into()
        }
        _ if e.contains("date and time") || e.contains("RFC 3339") => {
            "a date and time such as 2026-11-26T09:00:00Z".into()
        }
        _ if e.starts_with("struct ") || e.starts_with("struct variant") => {
            "an object ({…})".into()
        }
        _ if e.starts_with("tuple struct") || e.starts_with("tuple of size") => {
            "a list ([…])".into()
        }
        _ if e.starts_with("enum ") || e.starts_with("unit variant") => {
            "one of the allowed values".into()
        }
        _ if e.starts_with("an array of length ") => {
            format!("a list of {} items", &e["an array of length ".len()..])
        }
        other => other.to_string(),
    }
}

/// Plain words for what serde found, e.g. "string \"x\"" → "the text \"x\"".
fn found_words(found: &str) -> String {
    let f = found.trim();
    if let Some(rest) = f.strip_prefix("string ") {
        return format!("the text {}", shorten(rest, 60));
    }
    for prefix in ["integer `", "floating point `"] {
        if let Some(rest) = f.strip_prefix(prefix) {
            return format!("the number {}", rest.trim_end_matches('`'));
        }
    }
    if let Some(rest) = f.strip_prefix("boolean `") {
        return rest.trim_end_matches('`').to_string();
    }
    match f {
        "null" | "unit value" => "null".into(),
        "sequence" => "a list".into(),
        "map" => "an object".into(),
        other => other.to_string(),
    }
}

/// Words for a date or time that did not parse, by the field's name.
fn date_words(last_field: Option<&str>) -> String {
    match last_field {
        Some(f) if f.ends_with("_at") => {
            "expected a date and time such as 2026-11-26T09:00:00Z".into()
        }
        _ => "expected a date such as 2026-04-01".into(),
    }
}

/// Backticked items of a serde list such as "`a`, `b` or `c`", without the backticks.
fn ticked(list: &str) -> Vec<String> {
    list.split('`')
        .enumerate()
        .filter(|(i, _)| i % 2 == 1)
        .map(|(_, s)| s.to_string())
        .collect()
}

/// A serde data error's message, reworded. `last_field` is the name of the field the error is
/// about, when known. Returns the message and, for a missing field, the field's name (so the
/// caller can name it in the path).
pub(crate) fn data_message(raw: &str, last_field: Option<&str>) -> (String, Option<String>) {
    if let Some(rest) = raw.strip_prefix("missing field `") {
        let field = rest.trim_end_matches('`').to_string();
        return ("this field is missing".into(), Some(field));
    }
    if let Some(rest) = raw.strip_prefix("invalid type: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            return (
                format!(
                    "expected {}, found {}",
                    expected_words(expected),
                    found_words(found)
                ),
                None,
            );
        }
    }
    if let Some(rest) = raw.strip_prefix("invalid value: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            let expected = expected_words(expected);
            let found = found_words(found);
            if found.starts_with("the number") {
                return (
                    format!("{found} is out of range: expected {expected}"),
                    None,
                );
            }
            if expected.starts_with("an id") || expected.starts_with("a date") {
                return (format!("expected {expected}, found {found}"), None);
            }
            return (
                format!("{found} is not allowed here: expected {expected}"),
                None,
            );
        }
    }
    if let Some(rest) = raw.strip_prefix("unknown variant `") {
        if let Some((variant, allowed)) = rest.split_once("`, expected ") {
            let allowed = ticked(allowed);
            let list = if allowed.is_empty() {
                "none".to_string()
            } else {
                allowed.join(", ")
            };
            return (
                format!(
                    "“{}” is not one of the allowed values ({list})",
                    shorten(variant, 40)
                ),
                None,
            );
        }
    }
    if let Some(rest) = raw.strip_prefix("invalid length ") {
        if let Some((n, expected)) = rest.split_once(", expected ") {
            return (
                format!(
                    "has {n} items, but {} was expected",
                    expected_words(expected)
                ),
                None,
            );
        }
    }
    if raw.starts_with("UUID parsing failed") || raw.starts_with("invalid character") {
        return (format!("expected {}", expected_words("UUID")), None);
    }
    const CHRONO: [&str; 7] = [
        "input contains invalid characters",
        "premature end of input",
        "input is out of range",
        "trailing input",
        "input is not enough for unique date and time",
        "no possible date and time matching input",
        "bad or unsupported format string",
    ];
    if CHRONO.contains(&raw) {
        return (date_words(last_field), None);
    }
    (raw.to_string(), None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rewords_common_serde_messages() {
        assert_eq!(
            data_message("invalid type: string \"abc\", expected f64", Some("value")).0,
            "expected a number, found the text \"abc\""
        );
        assert_eq!(
            data_message("missing field `title`", None),
            (
                "this field is missing".to_string(),
                Some("title".to_string())
            )
        );
        assert_eq!(
            data_message(
                "unknown variant `Sideways`, expected one of `HigherIsBetter`, `LowerIsBetter`",
                None
            )
            .0,
            "“Sideways” is not one of the allowed values (HigherIsBetter, LowerIsBetter)"
        );
        assert_eq!(
            data_message("invalid value: integer `300`, expected u8", None).0,
            "the number 300 is out of range: expected a whole number from 0 to 255"
        );
        assert_eq!(
            data_message("input contains invalid characters", Some("updated_at")).0,
            "expected a date and time such as 2026-11-26T09:00:00Z"
        );
        assert_eq!(data_message("something new", None).0, "something new");
    }
}
