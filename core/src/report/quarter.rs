//! An NHS financial quarter, the period a board report covers: Q1 is April to June, Q4 January
//! to March of the next calendar year. The dates come from [`Period`] with
//! [`Frequency::Quarterly`]; this adds the report's address key and its label in words.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, Months, NaiveDate};
use thiserror::Error;

use crate::analysis::{
    financial_month_index, financial_year_label, financial_year_start, Frequency, Period,
};
use crate::format;

/// One NHS financial quarter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Quarter {
    // Always a quarterly period.
    period: Period,
}

/// Why a quarter's key could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum QuarterKeyError {
    /// The text is not of the form "2025-26-q1".
    #[error("\"{0}\" is not a quarter: expected a financial year and quarter, e.g. 2025-26-q1")]
    Malformed(String),
    /// The two years are not consecutive, e.g. "2025-27-q1".
    #[error("\"{0}\" is not a financial year: the second year must follow the first")]
    NotConsecutive(String),
}

impl Quarter {
    /// Quarter `number` (1 to 4) of the financial year that starts in April of `year` (2025
    /// for 2025/26); `None` for another number or a year out of range.
    pub fn new(year: i32, number: u32) -> Option<Quarter> {
        if !(1..=4).contains(&number) {
            return None;
        }
        let april = NaiveDate::from_ymd_opt(year, 4, 1)?;
        let start = april.checked_add_months(Months::new((number - 1) * 3))?;
        Some(Quarter {
            period: Period::containing(Frequency::Quarterly, start),
        })
    }

    /// The quarter containing `date`.
    pub fn containing(date: NaiveDate) -> Quarter {
        Quarter {
            period: Period::containing(Frequency::Quarterly, date),
        }
    }

    /// The latest quarter that has ended before `today`: the one before the quarter `today` is
    /// in (on 30 June, Q1 is not over yet, so it is the previous Q4).
    pub fn latest_complete(today: NaiveDate) -> Option<Quarter> {
        Quarter::containing(today).previous()
    }

    /// The quarter as a reporting period.
    pub fn period(&self) -> Period {
        self.period
    }

    /// The year its financial year starts in: 2025 for any quarter of 2025/26.
    pub fn financial_year(&self) -> i32 {
        financial_year_start(self.period.start())
    }

    /// 1 for April to June, up to 4 for January to March.
    pub fn number(&self) -> u32 {
        financial_month_index(self.period.start().month()) as u32 / 3 + 1
    }

    /// The quarter before; `None` only beyond chrono's dates.
    pub fn previous(&self) -> Option<Quarter> {
        self.period.previous().map(|period| Quarter { period })
    }

    /// The quarter after; `None` only beyond chrono's dates.
    pub fn next(&self) -> Option<Quarter> {
        self.period.next().map(|period| Quarter { period })
    }

    /// First day.
    pub fn start(&self) -> NaiveDate {
        self.period.start()
    }

    /// Last day; for the last quarter chrono can hold, its start.
    pub fn end(&self) -> NaiveDate {
        self.period.end().unwrap_or(self.period.start())
    }

    /// Whether `date` falls in the quarter.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.period.contains(date)
    }

    /// Short label, as periods are written elsewhere: "Q1 2025/26".
    pub fn label(&self) -> String {
        self.period.label()
    }

    /// The label with its months: "Q1 2025/26, April to June 2025".
    pub fn label_in_words(&self) -> String {
        format!(
            "{}, {} to {}",
            self.label(),
            format::month_name(self.start()),
            format::month_year(self.end())
        )
    }

    /// The key for an address: "2025-26-q1". [`Quarter::from_str`] reads it back.
    pub fn key(&self) -> String {
        let year = self.financial_year();
        format!(
            "{}-{:02}-q{}",
            year,
            (year + 1).rem_euclid(100),
            self.number()
        )
    }

    /// The financial year's label: "2025/26".
    pub fn financial_year_label(&self) -> String {
        financial_year_label(self.financial_year())
    }
}

impl FromStr for Quarter {
    type Err = QuarterKeyError;

    /// Reads a key such as "2025-26-q1" (the "q" in either case).
    fn from_str(key: &str) -> Result<Quarter, QuarterKeyError> {
        let malformed = || QuarterKeyError::Malformed(key.to_string());
        let mut parts = key.trim().split('-');
        let (Some(year), Some(next), Some(q), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(malformed());
        };
        let digits = |s: &str, len: usize| s.len() == len && s.bytes().all(|b| b.is_ascii_digit());
        let number = q.strip_prefix(['q', 'Q']).ok_or_else(malformed)?;
        if !digits(year, 4) || !digits(next, 2) || !digits(number, 1) {
            return Err(malformed());
        }
        let year: i32 = year.parse().map_err(|_| malformed())?;
        let next: i32 = next.parse().map_err(|_| malformed())?;
        let number: u32 = number.parse().map_err(|_| malformed())?;
        if next != (year + 1).rem_euclid(100) {
            return Err(QuarterKeyError::NotConsecutive(key.to_string()));
        }
        Quarter::new(year, number).ok_or_else(malformed)
    }
}

impl fmt::Display for Quarter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}
