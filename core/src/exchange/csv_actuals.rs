//! Importing actuals from a spreadsheet saved as CSV: one row per measure and period, with a
//! value and an optional note. The measure is found by its id or its name. Nothing changes
//! until the preview ([`ActualsImport`]) is confirmed with [`apply_actuals`]; each bad row is
//! reported as "row 4, column value: …" and left out, and the good rows can still be entered.
//!
//! Columns (first row; any order, case and spacing ignored):
//! - `measure` (name or id) or `measure_id`; both may be present, the id wins;
//! - `period`: a month as `2026-04`, `Apr 2026` or `April 2026`; a quarter as `Q1 2026/27`;
//!   a year as `2026/27`; or any date inside the period, such as `2026-04-01`;
//! - `value`: a number; thousands separators, a leading `£` and a trailing `%` are allowed;
//! - `note` (optional).

use std::collections::HashMap;
use std::fmt;

use chrono::{Datelike, NaiveDate};

use super::apply::ApplyError;
use super::kind::RecordKind;
use super::messages::shorten;
use super::plan::fingerprint;
use super::undo::UndoPoint;
use crate::analysis::{Frequency, Period};
use crate::measures::MAX_NOTE;
use crate::model::{Actual, Id, Measure, Timestamp};
use crate::workspace::Workspace;

/// Largest CSV file accepted, in bytes.
pub const MAX_CSV_BYTES: usize = 5 * 1000 * 1000;
/// Most data rows accepted in one file.
pub const MAX_CSV_ROWS: usize = 20_000;
/// Most row errors listed.
pub const MAX_ROW_ERRORS: usize = 200;

/// A problem with one row, and the column it is in when it is about one cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvRowError {
    /// The row as a spreadsheet numbers it (the heading row is row 1).
    pub row: usize,
    /// The column's heading as written in the file, when the problem is in one cell.
    pub column: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for CsvRowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.column {
            Some(c) => write!(f, "row {}, column {}: {}", self.row, c, self.message),
            None => write!(f, "row {}: {}", self.row, self.message),
        }
    }
}

/// Why a CSV file cannot be read at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CsvFileError {
    /// Larger than [`MAX_CSV_BYTES`].
    #[error("The file is too large to import ({bytes} bytes); the largest CSV file Scorecard can import is {max} bytes.")]
    TooLarge {
        /// Its size.
        bytes: usize,
        /// The limit.
        max: usize,
    },
    /// Not UTF-8 text.
    #[error("The file is not text saved as UTF-8. In your spreadsheet, save it as “CSV UTF-8”.")]
    NotText,
    /// No heading row or no data rows.
    #[error("The file is empty: it needs a heading row (measure, period, value, note) and at least one row of data.")]
    Empty,
    /// A required column is missing.
    #[error("The file has no “{column}” column. The first row must name the columns: measure (or measure_id), period, value and, if you like, note. It has: {found}.")]
    MissingColumn {
        /// The missing column.
        column: &'static str,
        /// The headings found, joined.
        found: String,
    },
    /// More than [`MAX_CSV_ROWS`] rows.
    #[error("The file has more than {max} rows; split it into smaller files.")]
    TooManyRows {
        /// The limit.
        max: usize,
    },
    /// The CSV itself is broken (e.g. an unclosed quote).
    #[error("The file cannot be read as CSV: row {row}: {message}.")]
    Unreadable {
        /// The row, as a spreadsheet numbers it.
        row: usize,
        /// What is wrong.
        message: String,
    },
}

/// What entering a row would do.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ActualsRowOutcome {
    /// No value yet for that period.
    New,
    /// Corrects the value (or note) entered before; the earlier one goes into the history.
    Correction {
        /// The value it replaces.
        previous: f64,
    },
    /// The same value and note are already there.
    Unchanged,
}

/// A good row, ready to enter.
#[derive(Debug, Clone, PartialEq)]
pub struct ActualsRow {
    /// The row as a spreadsheet numbers it.
    pub row: usize,
    /// The measure.
    pub measure_id: Id,
    /// Its name.
    pub measure_name: String,
    /// The period.
    pub period: Period,
    /// The value.
    pub value: f64,
    /// The note (trimmed).
    pub note: String,
    /// What entering it would do.
    pub outcome: ActualsRowOutcome,
}

/// The preview of a CSV import of actuals.
#[derive(Debug, Clone, PartialEq)]
pub struct ActualsImport {
    /// Rows that can be entered, in file order.
    pub rows: Vec<ActualsRow>,
    /// Rows that cannot, each with its reason (at most [`MAX_ROW_ERRORS`]).
    pub errors: Vec<CsvRowError>,
    /// How many more row errors there were than are listed.
    pub more_errors: usize,
    fingerprint: String,
}

impl ActualsImport {
    /// How many rows would have `outcome`-like effects: new values.
    pub fn new_values(&self) -> usize {
        self.rows
            .iter()
            .filter(|r| r.outcome == ActualsRowOutcome::New)
            .count()
    }

    /// How many rows correct an earlier value.
    pub fn corrections(&self) -> usize {
        self.rows
            .iter()
            .filter(|r| matches!(r.outcome, ActualsRowOutcome::Correction { .. }))
            .count()
    }

    /// How many rows change nothing.
    pub fn unchanged(&self) -> usize {
        self.rows
            .iter()
            .filter(|r| r.outcome == ActualsRowOutcome::Unchanged)
            .count()
    }
}

/// What entering the rows did.
#[derive(Debug, Clone, PartialEq)]
pub struct ActualsApplied {
    /// The workspace as it was, to undo in one step.
    pub undo: UndoPoint,
    /// Values entered or corrected.
    pub entered: usize,
}

fn normalise_heading(h: &str) -> String {
    h.trim_start_matches('\u{feff}')
        .trim()
        .to_lowercase()
        .replace([' ', '-'], "_")
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

fn month_number(word: &str) -> Option<u32> {
    let w = word.to_lowercase();
    if w.len() < 3 {
        return None;
    }
    const FULL: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    MONTHS
        .iter()
        .zip(FULL)
        .position(|(short, full)| {
            w == *short || w == full || (w.len() == 4 && w == "sept" && *short == "sep")
        })
        .map(|i| i as u32 + 1)
}

/// A period of `frequency` from a spreadsheet cell.
pub(crate) fn parse_period(text: &str, frequency: Frequency) -> Result<Period, String> {
    let t = text.trim();
    let hint = "write a month as 2026-04 or Apr 2026, a quarter as Q1 2026/27, a year as 2026/27, or a date in the period such as 2026-04-01";
    if t.is_empty() {
        return Err(format!("enter the period ({hint})"));
    }
    let not_period = || format!("“{}” is not a period: {hint}", shorten(t, 30));
    let wrong_frequency = |found: &str| {
        format!(
            "“{}” is {found}, but the measure is reported {}",
            shorten(t, 30),
            match frequency {
                Frequency::Monthly => "monthly",
                Frequency::Quarterly => "quarterly",
                Frequency::Annual => "yearly",
            }
        )
    };
    // Financial year: 2026/27 or 2026-27.
    let fy = |s: &str| -> Option<i32> {
        let (a, b) = s.split_once(['/', '-'])?;
        let year: i32 = a.trim().parse().ok()?;
        let next: i32 = b.trim().parse().ok()?;
        (a.trim().len() == 4 && b.trim().len() == 2 && (year + 1).rem_euclid(100) == next)
            .then_some(year)
    };
    let upper = t.to_uppercase();
    if let Some(rest) = upper.strip_prefix('Q') {
        let (q, year) = rest.split_once(' ').ok_or_else(not_period)?;
        let q: u32 = q.trim().parse().map_err(|_| not_period())?;
        let year = fy(year.trim()).ok_or_else(not_period)?;
        if !(1..=4).contains(&q) {
            return Err(not_period());
        }
        if frequency != Frequency::Quarterly {
            return Err(wrong_frequency("a quarter"));
        }
        let month = (q - 1) * 3 + 4;
        let (y, m) = if month > 12 {
            (year + 1, month - 12)
        } else {
            (year, month)
        };
        let date = NaiveDate::from_ymd_opt(y, m, 1).ok_or_else(not_period)?;
        return Ok(Period::containing(Frequency::Quarterly, date));
    }
    if let Some(year) = fy(t) {
        if frequency != Frequency::Annual {
            return Err(wrong_frequency("a financial year"));
        }
        let date = NaiveDate::from_ymd_opt(year, 4, 1).ok_or_else(not_period)?;
        return Ok(Period::containing(Frequency::Annual, date));
    }
    // A full date: any day in the period.
    for format in ["%Y-%m-%d", "%d/%m/%Y"] {
        if let Ok(date) = NaiveDate::parse_from_str(t, format) {
            return Ok(Period::containing(frequency, date));
        }
    }
    // A month: 2026-04, 04/2026, Apr 2026, April 2026, Apr-26.
    let month = if let Some((y, m)) = t.split_once('-').filter(|(y, _)| y.len() == 4) {
        match (y.parse::<i32>(), m.parse::<u32>()) {
            (Ok(y), Ok(m)) => Some((y, m)),
            _ => None,
        }
    } else if let Some((m, y)) = t.split_once('/').filter(|(_, y)| y.len() == 4) {
        match (y.parse::<i32>(), m.parse::<u32>()) {
            (Ok(y), Ok(m)) => Some((y, m)),
            _ => None,
        }
    } else if let Some((word, y)) = t.split_once([' ', '-']) {
        let year = match y.trim().len() {
            4 => y.trim().parse::<i32>().ok(),
            2 => y.trim().parse::<i32>().ok().map(|y| 2000 + y),
            _ => None,
        };
        match (month_number(word.trim()), year) {
            (Some(m), Some(y)) => Some((y, m)),
            _ => None,
        }
    } else {
        None
    };
    let (y, m) = month.ok_or_else(not_period)?;
    let date = NaiveDate::from_ymd_opt(y, m, 1).ok_or_else(not_period)?;
    if frequency != Frequency::Monthly {
        return Err(wrong_frequency("a month"));
    }
    debug_assert_eq!(date.day(), 1);
    Ok(Period::month_of(date))
}

/// A number from a spreadsheet cell: `1,234.5`, `£1,200`, `78.5%`.
pub(crate) fn parse_value(text: &str) -> Result<f64, String> {
    let t = text.trim();
    if t.is_empty() {
        return Err("enter a value".to_string());
    }
    let cleaned: String = t
        .trim_start_matches('£')
        .trim_end_matches('%')
        .trim()
        .chars()
        .filter(|c| *c != ',')
        .collect();
    match cleaned.parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(v),
        Ok(_) => Err(format!("“{}” is too large to use", shorten(t, 30))),
        Err(_) => Err(format!("“{}” is not a number", shorten(t, 30))),
    }
}

/// Reads a CSV of actuals and works out what entering each row would do. Changes nothing.
pub fn parse_actuals_csv(ws: &Workspace, bytes: &[u8]) -> Result<ActualsImport, CsvFileError> {
    if bytes.len() > MAX_CSV_BYTES {
        return Err(CsvFileError::TooLarge {
            bytes: bytes.len(),
            max: MAX_CSV_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| CsvFileError::NotText)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(CsvFileError::Empty);
    }
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes());
    let unreadable = |row: usize, e: ::csv::Error| CsvFileError::Unreadable {
        row,
        message: match e.kind() {
            ::csv::ErrorKind::Utf8 { .. } => "it is not UTF-8 text".to_string(),
            _ => e.to_string(),
        },
    };
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| unreadable(1, e))?
        .iter()
        .map(str::to_string)
        .collect();
    let keys: Vec<String> = headers.iter().map(|h| normalise_heading(h)).collect();
    let find = |names: &[&str]| keys.iter().position(|k| names.contains(&k.as_str()));
    let measure_col = find(&["measure", "measure_name", "name"]);
    let id_col = find(&["measure_id", "id"]);
    let period_col = find(&["period", "month"]);
    let value_col = find(&["value", "actual"]);
    let note_col = find(&["note", "notes", "comment"]);
    let found = headers.join(", ");
    if measure_col.is_none() && id_col.is_none() {
        return Err(CsvFileError::MissingColumn {
            column: "measure",
            found,
        });
    }
    let Some(period_col) = period_col else {
        return Err(CsvFileError::MissingColumn {
            column: "period",
            found,
        });
    };
    let Some(value_col) = value_col else {
        return Err(CsvFileError::MissingColumn {
            column: "value",
            found,
        });
    };

    let by_id: HashMap<Id, &Measure> = ws.measures.iter().map(|m| (m.id, m)).collect();
    let mut by_name: HashMap<String, Vec<&Measure>> = HashMap::new();
    for m in &ws.measures {
        by_name
            .entry(m.name.trim().to_lowercase())
            .or_default()
            .push(m);
    }

    let mut rows = Vec::new();
    let mut errors = Vec::new();
    let mut more_errors = 0;
    let mut seen: HashMap<(Id, Period), usize> = HashMap::new();
    // Each measure's actuals by period, indexed the first time a row names the measure, so a
    // long file for a long measure costs their sum, not their product.
    let mut entered: HashMap<Id, HashMap<Period, &Actual>> = HashMap::new();
    let mut any = false;
    for (index, record) in reader.records().enumerate() {
        let row = index + 2;
        if index >= MAX_CSV_ROWS {
            return Err(CsvFileError::TooManyRows { max: MAX_CSV_ROWS });
        }
        let record = record.map_err(|e| unreadable(row, e))?;
        let cell = |col: Option<usize>| col.and_then(|c| record.get(c)).unwrap_or("").trim();
        if record.iter().all(|c| c.trim().is_empty()) {
            continue; // blank lines at the end of a spreadsheet
        }
        any = true;
        let mut row_errors: Vec<CsvRowError> = Vec::new();
        let err = |col: Option<usize>, message: String| CsvRowError {
            row,
            column: col.map(|c| headers[c].trim().to_string()),
            message,
        };

        // The measure.
        let id_text = cell(id_col);
        let name_text = cell(measure_col);
        let (col, measure) = if !id_text.is_empty() {
            match id_text.parse::<Id>() {
                Ok(id) => match by_id.get(&id) {
                    Some(m) => (id_col, Ok(*m)),
                    None => (id_col, Err(format!("no measure has the id {id}"))),
                },
                Err(_) => (
                    id_col,
                    Err(format!("“{}” is not a measure id", shorten(id_text, 40))),
                ),
            }
        } else if !name_text.is_empty() {
            if let Some(m) = name_text.parse::<Id>().ok().and_then(|id| by_id.get(&id)) {
                (measure_col, Ok(*m))
            } else {
                match by_name
                    .get(&name_text.to_lowercase())
                    .map(Vec::as_slice)
                    .unwrap_or(&[])
                {
                    [m] => (measure_col, Ok(*m)),
                    [] => (
                        measure_col,
                        Err(format!("no measure is called “{}”", shorten(name_text, 60))),
                    ),
                    many => (
                        measure_col,
                        Err(format!(
                            "{} measures are called “{}”; use the measure's id instead",
                            many.len(),
                            shorten(name_text, 60)
                        )),
                    ),
                }
            }
        } else {
            (
                measure_col.or(id_col),
                Err("enter the measure's name or id".to_string()),
            )
        };
        let measure = match measure {
            Ok(m) if ws.is_record_read_only(RecordKind::Measure, m.id) => {
                let owner = ws
                    .owner_of(RecordKind::Measure, m.id)
                    .and_then(|o| ws.organisation(o))
                    .map_or("a partner".to_string(), |o| o.name.clone());
                row_errors.push(err(
                    col,
                    format!(
                        "“{}” belongs to {owner}, so only they can enter its data",
                        shorten(&m.name, 60)
                    ),
                ));
                None
            }
            Ok(m) => Some(m),
            Err(message) => {
                row_errors.push(err(col, message));
                None
            }
        };

        let period = measure.map(|m| parse_period(cell(Some(period_col)), m.frequency));
        let period = match period {
            Some(Ok(p)) => Some(p),
            Some(Err(message)) => {
                row_errors.push(err(Some(period_col), message));
                None
            }
            None => None,
        };
        let value = match parse_value(cell(Some(value_col))) {
            Ok(v) => Some(v),
            Err(message) => {
                row_errors.push(err(Some(value_col), message));
                None
            }
        };
        let note = cell(note_col).to_string();
        let note_len = note.chars().count();
        if note_len > MAX_NOTE {
            row_errors.push(err(
                note_col,
                format!("the note must be {MAX_NOTE} characters or fewer (it has {note_len})"),
            ));
        }
        if let (Some(m), Some(p)) = (measure, period) {
            if let Some(first) = seen.get(&(m.id, p)) {
                row_errors.push(err(
                    None,
                    format!(
                        "the same measure and period as row {first} ({}, {})",
                        shorten(&m.name, 60),
                        p.label()
                    ),
                ));
            } else {
                seen.insert((m.id, p), row);
            }
        }

        match (measure, period, value) {
            (Some(m), Some(period), Some(value)) if row_errors.is_empty() => {
                let by_period = entered.entry(m.id).or_insert_with(|| {
                    let mut index = HashMap::with_capacity(m.actuals.len());
                    for a in &m.actuals {
                        index.entry(a.period).or_insert(a);
                    }
                    index
                });
                let outcome = match by_period.get(&period) {
                    None => ActualsRowOutcome::New,
                    Some(a) if a.value == value && a.note == note => ActualsRowOutcome::Unchanged,
                    Some(a) => ActualsRowOutcome::Correction { previous: a.value },
                };
                rows.push(ActualsRow {
                    row,
                    measure_id: m.id,
                    measure_name: m.name.clone(),
                    period,
                    value,
                    note,
                    outcome,
                });
            }
            _ => {
                for e in row_errors {
                    if errors.len() < MAX_ROW_ERRORS {
                        errors.push(e);
                    } else {
                        more_errors += 1;
                    }
                }
            }
        }
    }
    if !any {
        return Err(CsvFileError::Empty);
    }
    Ok(ActualsImport {
        rows,
        errors,
        more_errors,
        fingerprint: fingerprint(ws),
    })
}

/// Enters the good rows of `import` (corrections keep the earlier value in the history), as
/// `by` at `now`. Either every row is entered or none is.
pub fn apply_actuals(
    ws: &mut Workspace,
    import: &ActualsImport,
    by: &str,
    now: Timestamp,
) -> Result<ActualsApplied, ApplyError> {
    if fingerprint(ws) != import.fingerprint {
        return Err(ApplyError::Stale);
    }
    // Entered a measure at a time, so each measure's actuals are searched and sorted once for
    // all its rows rather than once per row.
    let mut by_measure: Vec<(Id, Vec<&ActualsRow>)> = Vec::new();
    let mut place: HashMap<Id, usize> = HashMap::new();
    for row in import
        .rows
        .iter()
        .filter(|r| r.outcome != ActualsRowOutcome::Unchanged)
    {
        let at = *place.entry(row.measure_id).or_insert_with(|| {
            by_measure.push((row.measure_id, Vec::new()));
            by_measure.len() - 1
        });
        by_measure[at].1.push(row);
    }
    let mut next = ws.clone();
    let mut entered = 0;
    for (measure_id, rows) in &by_measure {
        let entries = rows.iter().map(|r| (r.period, r.value, r.note.as_str()));
        next.record_actuals(*measure_id, entries, by, now)
            .map_err(|(position, e)| {
                ApplyError::Refused(format!(
                    "row {}: {}",
                    rows.get(position).map_or(0, |r| r.row),
                    e.0.first()
                        .map_or("it could not be entered", |f| f.message.as_str())
                ))
            })?;
        entered += rows.len();
    }
    let undo = UndoPoint {
        taken_at: now,
        description: format!("Import of {entered} actuals from a CSV file"),
        workspace: std::mem::replace(ws, next),
    };
    Ok(ActualsApplied { undo, entered })
}
