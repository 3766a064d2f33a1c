//! Reporting periods: a month, an NHS financial quarter or an NHS financial year.
//!
//! A period is identified by its first day plus its [`Frequency`]. NHS financial years run from
//! 1 April to 31 March, so quarters start in April, July, October and January, and Q1 2025/26 is
//! April to June 2025.

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Month abbreviations, January first, so labels never depend on a locale.
const MONTH_NAMES: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// How often a measure is reported.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
pub enum Frequency {
    /// Calendar months.
    Monthly,
    /// NHS financial quarters (April–June, July–September, October–December, January–March).
    Quarterly,
    /// NHS financial years (April–March).
    Annual,
}

impl Frequency {
    /// Number of calendar months in one period.
    pub fn months(self) -> u32 {
        match self {
            Frequency::Monthly => 1,
            Frequency::Quarterly => 3,
            Frequency::Annual => 12,
        }
    }

    /// Number of periods in one financial year.
    pub fn periods_per_year(self) -> u32 {
        12 / self.months()
    }

    /// Plain-language name, e.g. "Monthly".
    pub fn label(self) -> &'static str {
        match self {
            Frequency::Monthly => "Monthly",
            Frequency::Quarterly => "Quarterly",
            Frequency::Annual => "Annual",
        }
    }
}

/// Why a [`Period`] could not be made.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PeriodError {
    /// The date is not the first day of a period of this frequency.
    #[error("{date} is not the first day of a period ({kind})", kind = .frequency.label())]
    NotPeriodStart {
        /// The frequency asked for.
        frequency: Frequency,
        /// The date given.
        date: NaiveDate,
    },
}

/// One reporting period, identified by its first day.
///
/// The start is always aligned (1st of a month; 1 Apr/Jul/Oct/Jan for quarters; 1 April for
/// years), which [`Period::new`] and deserialisation both check. Periods order by start date.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(try_from = "PeriodParts")]
pub struct Period {
    // `start` first so the derived ordering is chronological.
    start: NaiveDate,
    frequency: Frequency,
}

/// Unchecked shape used only to validate deserialised periods.
#[derive(Deserialize, schemars::JsonSchema)]
struct PeriodParts {
    start: NaiveDate,
    frequency: Frequency,
}

impl TryFrom<PeriodParts> for Period {
    type Error = PeriodError;

    fn try_from(parts: PeriodParts) -> Result<Self, Self::Error> {
        Period::new(parts.frequency, parts.start)
    }
}

/// The year in which the NHS financial year containing `date` starts (2025 for 2025/26).
pub fn financial_year_start(date: NaiveDate) -> i32 {
    if date.month() >= 4 {
        date.year()
    } else {
        date.year() - 1
    }
}

/// Position of a calendar month (1–12) within the financial year: April is 0, March is 11.
pub fn financial_month_index(month: u32) -> usize {
    ((month + 8) % 12) as usize
}

/// Label for the financial year starting in `start_year`, e.g. "2025/26".
pub fn financial_year_label(start_year: i32) -> String {
    format!("{}/{:02}", start_year, (start_year + 1).rem_euclid(100))
}

impl Period {
    /// The period of `frequency` that starts on `start`; fails if `start` is not a period start.
    pub fn new(frequency: Frequency, start: NaiveDate) -> Result<Period, PeriodError> {
        let period = Period::containing(frequency, start);
        if period.start == start {
            Ok(period)
        } else {
            Err(PeriodError::NotPeriodStart {
                frequency,
                date: start,
            })
        }
    }

    /// The period of `frequency` that contains `date`.
    pub fn containing(frequency: Frequency, date: NaiveDate) -> Period {
        let fy = financial_year_start(date);
        let (year, month) = match frequency {
            Frequency::Monthly => (date.year(), date.month()),
            Frequency::Quarterly => {
                // Financial quarters begin in months 4, 7, 10 and 1.
                let index = financial_month_index(date.month()) as u32;
                let first_fy_month = index - index % 3;
                let month = (first_fy_month + 3) % 12 + 1;
                (if month >= 4 { fy } else { fy + 1 }, month)
            }
            Frequency::Annual => (fy, 4),
        };
        // Day 1 of a valid month of a year chrono already accepted always exists; fall back to
        // the date itself rather than panic.
        let start = NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(date);
        Period { start, frequency }
    }

    /// The month containing `date`.
    pub fn month_of(date: NaiveDate) -> Period {
        Period::containing(Frequency::Monthly, date)
    }

    /// First day of the period.
    pub fn start(&self) -> NaiveDate {
        self.start
    }

    /// How often periods of this kind come round.
    pub fn frequency(&self) -> Frequency {
        self.frequency
    }

    /// The period `steps` periods later (or earlier when negative); `None` beyond chrono's range.
    pub fn offset(&self, steps: i64) -> Option<Period> {
        let months = steps.checked_mul(i64::from(self.frequency.months()))?;
        let magnitude = u32::try_from(months.unsigned_abs()).ok()?;
        let start = if months >= 0 {
            self.start.checked_add_months(Months::new(magnitude))?
        } else {
            self.start.checked_sub_months(Months::new(magnitude))?
        };
        Some(Period {
            start,
            frequency: self.frequency,
        })
    }

    /// The following period; `None` only beyond chrono's date range.
    pub fn next(&self) -> Option<Period> {
        self.offset(1)
    }

    /// The preceding period; `None` only beyond chrono's date range.
    pub fn previous(&self) -> Option<Period> {
        self.offset(-1)
    }

    /// Last day of the period (inclusive).
    pub fn end(&self) -> Option<NaiveDate> {
        self.next()?.start.checked_sub_days(Days::new(1))
    }

    /// Whether `date` falls within this period.
    pub fn contains(&self, date: NaiveDate) -> bool {
        Period::containing(self.frequency, date).start == self.start
    }

    /// How many periods `later` is after `self` (negative if before); `None` if the
    /// frequencies differ.
    pub fn periods_until(&self, later: &Period) -> Option<i64> {
        if self.frequency != later.frequency {
            return None;
        }
        let month_number = |d: NaiveDate| i64::from(d.year()) * 12 + i64::from(d.month0());
        let months = month_number(later.start) - month_number(self.start);
        Some(months / i64::from(self.frequency.months()))
    }

    /// Plain label: "Apr 2025", "Q1 2025/26" or "2025/26".
    pub fn label(&self) -> String {
        let fy = financial_year_start(self.start);
        match self.frequency {
            Frequency::Monthly => {
                let name = MONTH_NAMES
                    .get(self.start.month0() as usize)
                    .copied()
                    .unwrap_or("?");
                format!("{} {}", name, self.start.year())
            }
            Frequency::Quarterly => {
                let quarter = financial_month_index(self.start.month()) / 3 + 1;
                format!("Q{} {}", quarter, financial_year_label(fy))
            }
            Frequency::Annual => financial_year_label(fy),
        }
    }

    /// The months (as month periods) that make up this period, in order.
    pub fn months(&self) -> Vec<Period> {
        let first = Period::month_of(self.start);
        (0..i64::from(self.frequency.months()))
            .filter_map(|i| first.offset(i))
            .collect()
    }
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label())
    }
}

/// A value recorded or planned for one period.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct PeriodValue {
    /// The period the value belongs to.
    pub period: Period,
    /// The value itself.
    pub value: f64,
}

impl PeriodValue {
    /// Pairs a period with a value.
    pub fn new(period: Period, value: f64) -> PeriodValue {
        PeriodValue { period, value }
    }
}
