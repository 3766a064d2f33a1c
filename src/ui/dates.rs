//! Dates as pages show them and as date inputs give them.

use chrono::NaiveDate;

/// A date as NHS style writes it: 3 March 2027.
pub(crate) fn day(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

/// A date typed in a date input, if it is one.
pub(crate) fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}
