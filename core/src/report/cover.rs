//! The report's cover: what it is, whom it covers, which quarter, and how fresh its data is.

use chrono::NaiveDate;

use super::quarter::Quarter;
use crate::format;

/// The cover page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cover {
    /// E.g. "Integrated performance report: Northshire partnership (fictional demo)".
    pub title: String,
    /// The organisations covered, full names.
    pub organisations: Vec<String>,
    /// The quarter.
    pub quarter: Quarter,
    /// The quarter in words: "Q1 2025/26, April to June 2025".
    pub period: String,
    /// The last day of the latest period with data in scope (by the quarter's end), if any.
    pub data_as_at: Option<NaiveDate>,
    /// That in words, or "No data yet".
    pub data_as_at_text: String,
    /// The day the report was prepared.
    pub prepared: NaiveDate,
    /// That in words.
    pub prepared_text: String,
}

impl Cover {
    /// The cover for a report on `subject`.
    pub(super) fn new(
        subject: &str,
        organisations: Vec<String>,
        quarter: Quarter,
        data_as_at: Option<NaiveDate>,
        prepared: NaiveDate,
    ) -> Cover {
        Cover {
            title: format!("Integrated performance report: {subject}"),
            organisations,
            quarter,
            period: quarter.label_in_words(),
            data_as_at,
            data_as_at_text: data_as_at
                .map_or_else(|| "No data yet".to_string(), format::long_date),
            prepared,
            prepared_text: format::long_date(prepared),
        }
    }
}
