//! Reading a file a user picked: every check happens here, in order, and the first failure is
//! reported in plain words that say what is wrong and where. Nothing is changed by reading.
//!
//! 1. Size: at most [`ImportLimits::max_bytes`].
//! 2. Text: UTF-8 (a byte-order mark is allowed), not empty.
//! 3. Depth: no deeper than [`ImportLimits::max_depth`], checked before parsing.
//! 4. JSON syntax, with line and column.
//! 5. Kind of file: a Scorecard exchange file (or a bare workspace from before the format).
//! 6. Version: newer than this app reads → refused; older → migrated.
//! 7. Digest: the payload must match the digest written at export.
//! 8. Text lengths, then types, with the path of the problem (`goals[3].title: …`).
//! 9. References, ids and ownership (see `validate.rs`).

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::canonical::digest_of_value;
use super::format::{FileHeader, FileKind, PartnerPack};
use super::messages::{data_message, shorten, syntax_message};
use super::migrate::{looks_like_bare_workspace, upgrade, BARE_WORKSPACE_VERSION};
use super::scan::check_depth;
use super::summary::{FileSummary, Problem};
use super::validate::validate;
use super::{EXCHANGE_FORMAT, EXCHANGE_SCHEMA_VERSION};
use crate::model::Id;
use crate::storage::ENVELOPE_FORMAT;
use crate::workspace::Workspace;

/// Limits on what is imported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportLimits {
    /// Largest file, in bytes.
    pub max_bytes: usize,
    /// Deepest nesting of lists and objects.
    pub max_depth: usize,
    /// Longest piece of text, in characters.
    pub max_text_chars: usize,
    /// Most problems listed at once.
    pub max_problems: usize,
}

impl Default for ImportLimits {
    /// 25 MB (a browser keeps about 5 million characters, under 15 MB as an indented backup),
    /// 32 levels (the format uses about 10), 20,000 characters of text (three times the
    /// longest field), 20 problems.
    fn default() -> Self {
        ImportLimits {
            max_bytes: 25 * 1000 * 1000,
            max_depth: 32,
            max_text_chars: 20_000,
            max_problems: 20,
        }
    }
}

/// A size in bytes in plain words, e.g. "12.5 MB".
fn size_words(bytes: usize) -> String {
    if bytes >= 1_000_000 {
        format!("{:.1} MB", bytes as f64 / 1_000_000.0)
    } else if bytes >= 1_000 {
        format!("{:.1} kB", bytes as f64 / 1_000.0)
    } else {
        format!("{bytes} bytes")
    }
}

fn problems_words(problems: &[Problem], more: usize) -> String {
    match (problems, more) {
        ([one], 0) => one.to_string(),
        _ => {
            let listed: Vec<String> = problems.iter().map(Problem::to_string).collect();
            let total = problems.len() + more;
            let mut text = format!("{total} problems: {}", listed.join("; "));
            if more > 0 {
                text.push_str(&format!("; and {more} more"));
            }
            text
        }
    }
}

/// Why a file cannot be imported. Every message says what is wrong and, where it can, where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// The file is larger than the limit.
    #[error("The file is too large to import ({}); the largest file Scorecard can import is {}.", size_words(*.bytes), size_words(*.max))]
    TooLarge {
        /// Its size.
        bytes: usize,
        /// The limit.
        max: usize,
    },
    /// The file is empty or only spaces.
    #[error("The file is empty.")]
    Empty,
    /// The file is not UTF-8 text.
    #[error("The file is not text: line {line}, column {column} has bytes that are not UTF-8 text. Is it a spreadsheet, a PDF or a zip file?")]
    NotText {
        /// Line of the first bad byte, from 1.
        line: usize,
        /// Column, from 1.
        column: usize,
    },
    /// Lists and objects are nested deeper than the limit.
    #[error("The file is nested too deeply: line {line}, column {column} opens level {}, but a Scorecard file never goes deeper than {max} levels.", .max + 1)]
    TooDeep {
        /// Line of the bracket that goes too deep.
        line: usize,
        /// Its column.
        column: usize,
        /// The limit.
        max: usize,
    },
    /// A number too large for a 64-bit float (such as 1e400).
    #[error("This is not a usable file: line {line}, column {column} has a number too large to use (numbers must be between about -1.7e308 and 1.7e308).")]
    NumberOutOfRange {
        /// Line.
        line: usize,
        /// Column.
        column: usize,
    },
    /// The JSON syntax is broken.
    #[error("This is not valid JSON: line {line}, column {column}: {message}.")]
    Syntax {
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        column: usize,
        /// What is wrong there.
        message: String,
    },
    /// Valid JSON, but not a Scorecard exchange file.
    #[error("{0}")]
    NotExchangeFile(String),
    /// A file from a newer version of the format.
    #[error("This file was made by a newer version of Scorecard (file format version {found}; this app reads versions up to {supported}). Open it with the latest version of Scorecard.")]
    NewerVersion {
        /// The file's version.
        found: u32,
        /// The newest version this app reads.
        supported: u32,
    },
    /// A version number that never existed.
    #[error("This file has an unknown format version ({found}); Scorecard file format versions start at 1.")]
    UnknownVersion {
        /// The file's version.
        found: u32,
    },
    /// The payload does not match its digest.
    #[error("This file was changed or damaged since export: its contents do not match the digest written when it was exported. Ask the sender for a fresh copy.")]
    DigestMismatch,
    /// Problems at places in the file.
    #[error("{}", problems_words(.problems, *.more))]
    Invalid {
        /// The first problems found, in file order.
        problems: Vec<Problem>,
        /// How many more were found but not listed.
        more: usize,
    },
}

impl ImportError {
    /// One problem at `path`.
    pub(crate) fn at(path: impl Into<String>, message: impl Into<String>) -> ImportError {
        ImportError::Invalid {
            problems: vec![Problem::new(path, message)],
            more: 0,
        }
    }

    /// The problems listed, if the error is about places in the file.
    pub fn problems(&self) -> &[Problem] {
        match self {
            ImportError::Invalid { problems, .. } => problems,
            _ => &[],
        }
    }
}

/// A file that passed every check, ready to preview.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedFile {
    /// What the file says about itself.
    pub summary: FileSummary,
    /// Its records, one list per kind (for a backup, the workspace's records).
    pub records: PartnerPack,
    /// For a backup, the whole workspace it holds.
    pub backup: Option<Box<Workspace>>,
}

/// Reads and checks a file with the default [`ImportLimits`].
pub fn parse_file(bytes: &[u8]) -> Result<ImportedFile, ImportError> {
    parse_file_with(bytes, &ImportLimits::default())
}

/// Line and column (from 1, in characters) of byte offset `at` in `bytes`.
fn position(bytes: &[u8], at: usize) -> (usize, usize) {
    let before = &bytes[..at.min(bytes.len())];
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, column)
}

/// serde_json reports an error just after a line break as column 0 of the next line; people
/// expect the end of the line before (where the line break is), so move it there.
fn fix_position(text: &str, line: usize, column: usize) -> (usize, usize) {
    if column > 0 || line < 2 {
        return (line, column.max(1));
    }
    let previous = text.split('\n').nth(line - 2).unwrap_or("");
    (
        line - 1,
        previous.trim_end_matches('\r').chars().count() + 1,
    )
}

/// Reads and checks a file; see the module documentation for the order of checks.
pub fn parse_file_with(bytes: &[u8], limits: &ImportLimits) -> Result<ImportedFile, ImportError> {
    if bytes.len() > limits.max_bytes {
        return Err(ImportError::TooLarge {
            bytes: bytes.len(),
            max: limits.max_bytes,
        });
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let (line, column) = position(bytes, e.valid_up_to());
            return Err(ImportError::NotText { line, column });
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    if let Err(deep) = check_depth(text, limits.max_depth) {
        return Err(ImportError::TooDeep {
            line: deep.line,
            column: deep.column,
            max: limits.max_depth,
        });
    }
    let root: Value = serde_json::from_str(text).map_err(|e| {
        let message = syntax_message(&e);
        let (line, column) = fix_position(text, e.line(), e.column());
        if e.to_string().starts_with("number out of range") {
            ImportError::NumberOutOfRange { line, column }
        } else {
            ImportError::Syntax {
                line,
                column,
                message,
            }
        }
    })?;
    let Value::Object(mut root) = root else {
        return Err(ImportError::NotExchangeFile(format!(
            "This is not a Scorecard file: it is JSON, but {} rather than an object starting with {{\"format\": \"{EXCHANGE_FORMAT}\", …}}.",
            kind_of_value(&root)
        )));
    };

    if looks_like_bare_workspace(&root) {
        return read_bare_workspace(Value::Object(root), limits);
    }
    check_format(&root)?;
    let version = read_version(&root)?;
    let digest = read_digest(&root)?;
    let Some(payload) = root.get("payload") else {
        return Err(ImportError::at("payload", "this field is missing"));
    };
    if digest_of_value(payload) != digest {
        return Err(ImportError::DigestMismatch);
    }
    check_text_lengths(payload, limits)?;
    let migrated_from = (version < EXCHANGE_SCHEMA_VERSION).then_some(version);
    upgrade(version, &mut root);

    let payload = root.remove("payload").unwrap_or(Value::Null);
    let header: FileHeader = typed(&Value::Object(root), "", limits)?;
    let (records, backup) = match header.kind {
        FileKind::PartnerPack => (typed::<PartnerPack>(&payload, "", limits)?, None),
        FileKind::Workspace => {
            let ws: Workspace = typed(&payload, "", limits)?;
            (PartnerPack::from_workspace(&ws), Some(Box::new(ws)))
        }
    };
    let name_of = |org: Option<Id>| {
        org.and_then(|id| records.organisations.iter().find(|o| o.id == id))
            .map(|o| o.name.clone())
    };
    let summary = FileSummary {
        kind: header.kind,
        schema_version: version,
        migrated_from,
        app_version: Some(header.app_version),
        exported_at: Some(header.exported_at),
        exported_by_name: name_of(header.exported_by_org),
        exported_by_org: header.exported_by_org,
        partner_name: name_of(header.partner_org),
        partner_org: header.partner_org,
        personal_included: header.personal_included,
        digest: Some(header.digest),
    };
    finish(summary, records, backup, limits)
}

fn finish(
    summary: FileSummary,
    records: PartnerPack,
    backup: Option<Box<Workspace>>,
    limits: &ImportLimits,
) -> Result<ImportedFile, ImportError> {
    let problems = validate(&summary, &records, backup.as_deref());
    if !problems.is_empty() {
        let more = problems.len().saturating_sub(limits.max_problems);
        return Err(ImportError::Invalid {
            problems: problems.into_iter().take(limits.max_problems).collect(),
            more,
        });
    }
    Ok(ImportedFile {
        summary,
        records,
        backup,
    })
}

/// A bare workspace from "Download a copy" before the exchange format: a backup of version 0.
fn read_bare_workspace(root: Value, limits: &ImportLimits) -> Result<ImportedFile, ImportError> {
    check_text_lengths(&root, limits)?;
    let ws: Workspace = typed(&root, "", limits)?;
    let records = PartnerPack::from_workspace(&ws);
    let exported_by_name = ws
        .home_organisation
        .and_then(|id| ws.organisation(id))
        .map(|o| o.name.clone());
    let summary = FileSummary {
        kind: FileKind::Workspace,
        schema_version: BARE_WORKSPACE_VERSION,
        migrated_from: Some(BARE_WORKSPACE_VERSION),
        app_version: None,
        exported_at: None,
        exported_by_org: ws.home_organisation,
        exported_by_name,
        partner_org: None,
        partner_name: None,
        personal_included: true,
        digest: None,
    };
    finish(summary, records, Some(Box::new(ws)), limits)
}

fn kind_of_value(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "a piece of text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

fn check_format(root: &Map<String, Value>) -> Result<(), ImportError> {
    match root.get("format") {
        Some(Value::String(f)) if f == EXCHANGE_FORMAT => Ok(()),
        Some(Value::String(f)) if f == ENVELOPE_FORMAT => Err(ImportError::NotExchangeFile(
            "This is Scorecard's own saved data from a browser's storage, not an exported file. \
             Open Scorecard in the browser it came from and export a backup from “Your data”."
                .to_string(),
        )),
        Some(Value::String(f)) => Err(ImportError::NotExchangeFile(format!(
            "This is not a Scorecard exchange file: its format is “{}”, not “{EXCHANGE_FORMAT}”.",
            shorten(f, 60)
        ))),
        Some(other) => Err(ImportError::at(
            "format",
            format!(
                "expected the text \"{EXCHANGE_FORMAT}\", found {}",
                kind_of_value(other)
            ),
        )),
        None => Err(ImportError::NotExchangeFile(format!(
            "This is not a Scorecard exchange file: it is JSON, but it has no \"format\": \"{EXCHANGE_FORMAT}\" field."
        ))),
    }
}

fn read_version(root: &Map<String, Value>) -> Result<u32, ImportError> {
    let value = root
        .get("schema_version")
        .ok_or_else(|| ImportError::at("schema_version", "this field is missing"))?;
    let Some(n) = value.as_u64() else {
        return Err(ImportError::at(
            "schema_version",
            format!(
                "expected a whole number such as {EXCHANGE_SCHEMA_VERSION}, found {}",
                match value {
                    Value::String(s) => format!("the text \"{}\"", shorten(s, 20)),
                    Value::Number(n) => format!("the number {n}"),
                    other => kind_of_value(other).to_string(),
                }
            ),
        ));
    };
    let found = u32::try_from(n).unwrap_or(u32::MAX);
    if found > EXCHANGE_SCHEMA_VERSION {
        return Err(ImportError::NewerVersion {
            found,
            supported: EXCHANGE_SCHEMA_VERSION,
        });
    }
    if found < 1 {
        return Err(ImportError::UnknownVersion { found });
    }
    Ok(found)
}

fn read_digest(root: &Map<String, Value>) -> Result<String, ImportError> {
    match root.get("digest") {
        None => Err(ImportError::at("digest", "this field is missing")),
        Some(Value::String(d)) if d.len() == 64 && d.chars().all(|c| c.is_ascii_hexdigit()) => {
            Ok(d.to_ascii_lowercase())
        }
        Some(_) => Err(ImportError::at(
            "digest",
            "expected 64 hexadecimal characters (a SHA-256 digest)",
        )),
    }
}

/// Refuses any text longer than the limit, naming where it is.
fn check_text_lengths(value: &Value, limits: &ImportLimits) -> Result<(), ImportError> {
    fn walk(value: &Value, path: &mut String, limits: &ImportLimits, out: &mut Vec<Problem>) {
        match value {
            // Bytes bound characters from above, so most strings need no count.
            Value::String(s) if s.len() > limits.max_text_chars => {
                let n = s.chars().count();
                if n > limits.max_text_chars {
                    out.push(Problem::new(
                        path.clone(),
                        format!(
                            "this text is {n} characters long; no text in a Scorecard file may be longer than {} characters",
                            limits.max_text_chars
                        ),
                    ));
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    let len = path.len();
                    path.push_str(&format!("[{i}]"));
                    walk(item, path, limits, out);
                    path.truncate(len);
                }
            }
            Value::Object(map) => {
                for (key, item) in map {
                    let len = path.len();
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(&shorten(key, 40));
                    walk(item, path, limits, out);
                    path.truncate(len);
                }
            }
            _ => {}
        }
    }
    let mut problems = Vec::new();
    walk(value, &mut String::new(), limits, &mut problems);
    if problems.is_empty() {
        Ok(())
    } else {
        let more = problems.len().saturating_sub(limits.max_problems);
        problems.truncate(limits.max_problems);
        Err(ImportError::Invalid { problems, more })
    }
}

/// Reads `value` as a `T`, reporting the first type error at its path.
fn typed<T: DeserializeOwned>(
    value: &Value,
    prefix: &str,
    _limits: &ImportLimits,
) -> Result<T, ImportError> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let mut path = prefix.to_string();
        let mut last_field = None;
        for segment in e.path().iter() {
            use serde_path_to_error::Segment;
            match segment {
                Segment::Seq { index } => path.push_str(&format!("[{index}]")),
                Segment::Map { key } | Segment::Enum { variant: key } => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(&shorten(key, 40));
                    last_field = Some(key.clone());
                }
                Segment::Unknown => {}
            }
        }
        let (message, missing) = data_message(&e.inner().to_string(), last_field.as_deref());
        if let Some(field) = missing {
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(&field);
        }
        ImportError::at(path, message)
    })
}
