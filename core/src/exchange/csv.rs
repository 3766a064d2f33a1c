//! CSV for tables: any table in the app (headers and rows of text) as a CSV file that opens
//! cleanly in a spreadsheet, and the actuals table that [`super::parse_actuals_csv`] reads back.
//!
//! Files start with a UTF-8 byte-order mark so Excel shows "£" and accented names correctly,
//! and use CRLF line ends (RFC 4180). A cell that a spreadsheet would run as a formula (it
//! starts with `=`, `+`, `-`, `@`, a tab or a carriage return and is not a plain number) is
//! written with a leading apostrophe, so opening an export can never run anything.

use crate::model::{Id, Timestamp};
use crate::workspace::Workspace;

/// The byte-order mark written at the start of every CSV file.
pub const BOM: &str = "\u{feff}";

/// A table: column headings and rows of cells.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    /// Column headings.
    pub headers: Vec<String>,
    /// Rows; each should have one cell per heading (short rows are padded, long ones kept).
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// A table with `headers` and no rows yet.
    pub fn new<S: AsRef<str>>(headers: &[S]) -> Table {
        Table {
            headers: headers.iter().map(|h| h.as_ref().to_string()).collect(),
            rows: Vec::new(),
        }
    }

    /// Adds a row.
    pub fn push<S: AsRef<str>>(&mut self, row: &[S]) {
        self.rows
            .push(row.iter().map(|c| c.as_ref().to_string()).collect());
    }

    /// The table as CSV text (see [`to_csv`]).
    pub fn to_csv(&self) -> String {
        to_csv(&self.headers, &self.rows)
    }
}

/// A cell made safe to open in a spreadsheet: text that would start a formula gets a leading
/// apostrophe; numbers such as `-5` are left alone.
pub fn safe_cell(cell: &str) -> String {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && cell.trim().parse::<f64>().is_err() {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// `headers` and `rows` as CSV text: byte-order mark, CRLF line ends, quoting where needed,
/// formula-like cells made safe, short rows padded to the number of headers.
pub fn to_csv<S: AsRef<str>>(headers: &[S], rows: &[Vec<String>]) -> String {
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .flexible(true)
        .from_writer(Vec::new());
    let width = headers.len();
    // Writing to a Vec cannot fail; a failed record is left out rather than panicking.
    let _ = writer.write_record(headers.iter().map(|h| safe_cell(h.as_ref())));
    for row in rows {
        let mut cells: Vec<String> = row.iter().map(|c| safe_cell(c)).collect();
        while cells.len() < width {
            cells.push(String::new());
        }
        let _ = writer.write_record(&cells);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    format!("{BOM}{}", String::from_utf8_lossy(&bytes))
}

/// A file name for a CSV export of `what`, e.g. `scorecard-measures-2026-11-26.csv`.
pub fn csv_file_name(what: &str, now: Timestamp) -> String {
    let mut stem = String::new();
    for c in what.chars() {
        if c.is_ascii_alphanumeric() {
            stem.push(c.to_ascii_lowercase());
        } else if !stem.is_empty() && !stem.ends_with('-') {
            stem.push('-');
        }
    }
    let stem = stem.trim_end_matches('-');
    let stem = if stem.is_empty() { "table" } else { stem };
    format!("scorecard-{stem}-{}.csv", now.format("%Y-%m-%d"))
}

/// Headings of the actuals table, which [`super::parse_actuals_csv`] reads back.
pub const ACTUALS_HEADERS: [&str; 5] = ["measure", "measure_id", "period", "value", "note"];

/// The actuals of `measures` (every measure when empty), one row per period: measure name,
/// measure id, period (e.g. "Apr 2026"), value and note. Values are written in full precision
/// so a round trip through the file changes nothing.
pub fn actuals_table(ws: &Workspace, measures: &[Id]) -> Table {
    let mut table = Table::new(&ACTUALS_HEADERS);
    for m in ws
        .measures
        .iter()
        .filter(|m| measures.is_empty() || measures.contains(&m.id))
    {
        for a in &m.actuals {
            table.push(&[
                m.name.clone(),
                m.id.to_string(),
                a.period.label(),
                a.value.to_string(),
                a.note.clone(),
            ]);
        }
    }
    table
}
