//! Numbers, dates and periods as NHS documents write them: the one place pages, charts,
//! tables, CSV files and reports take them from, so they always agree.

use crate::analysis::{Frequency, Period};

/// Most decimals any number shows.
pub(crate) const MAX_DECIMALS: usize = 10;

/// Numbers this large or larger are written in exponent form ("1.2e15").
const EXPONENT_FROM: f64 = 1e15;

/// Groups the digits of a whole number in threes: "1234567" → "1,234,567".
fn group_thousands(digits: &str) -> String {
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    grouped
}

/// `value` with thousands separators and at most `max_decimals` decimals, trailing zeros
/// trimmed: 1000 → "1,000", 72.50 → "72.5", -0.001 to 2 places → "0".
///
/// A value that is not a number gives "–"; one of 10¹⁵ or more is written in exponent form.
pub fn number(value: f64, max_decimals: usize) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    if value.abs() >= EXPONENT_FROM {
        return format!("{value:.2e}");
    }
    let text = format!("{:.*}", max_decimals.min(MAX_DECIMALS), value.abs());
    let (whole, fraction) = match text.split_once('.') {
        Some((w, f)) => (w, f.trim_end_matches('0')),
        None => (text.as_str(), ""),
    };
    let is_zero = whole.bytes().all(|b| b == b'0') && fraction.is_empty();
    let sign = if value < 0.0 && !is_zero { "-" } else { "" };
    let grouped = group_thousands(whole);
    if fraction.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{fraction}")
    }
}

/// A number for pages, tables, charts and descriptions: 2 decimals from 1 upwards, 4 below 1, trimmed.
/// 1234.5678 → "1,234.57"; 0.123456 → "0.1235"; 12.0 → "12".
pub fn decimal(value: f64) -> String {
    let decimals = if value.abs() >= 1.0 { 2 } else { 4 };
    number(value, decimals)
}

/// Like [`decimal`] but with a "+" on positive numbers, for differences: "+3.5", "-2".
pub fn signed(value: f64) -> String {
    let text = decimal(value);
    if value > 0.0 && text != "0" && value.is_finite() {
        format!("+{text}")
    } else {
        text
    }
}

/// Whether `unit` is short enough to print after every number on an axis: "%" or a currency
/// symbol with at most two letters ("£", "£m", "£k").
pub fn is_compact_unit(unit: &str) -> bool {
    let unit = unit.trim();
    unit == "%"
        || unit
            .strip_prefix(['£', '$', '€'])
            .is_some_and(|rest| rest.chars().count() <= 2)
}

/// A formatted number with its unit: "72.5%", "£16.74m", "-£3", "515 quits".
pub fn with_unit(number: &str, unit: &str) -> String {
    let unit = unit.trim();
    if unit.is_empty() {
        return number.to_string();
    }
    if unit == "%" {
        return format!("{number}%");
    }
    if let Some(symbol) = unit.chars().next().filter(|c| matches!(c, '£' | '$' | '€')) {
        let rest = &unit[symbol.len_utf8()..];
        return match number.strip_prefix('-') {
            Some(positive) => format!("-{symbol}{positive}{rest}"),
            None => format!("{symbol}{number}{rest}"),
        };
    }
    format!("{number} {unit}")
}

/// A value with its unit, as every page, table and chart writes it: "72.5%", "£16.74m", "-£3",
/// "0.1235", "515 quits".
pub fn value(v: f64, unit: &str) -> String {
    with_unit(&decimal(v), unit)
}

/// A date as NHS style writes it: "3 March 2027".
pub fn long_date(date: chrono::NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

/// A month's name: "April".
pub fn month_name(date: chrono::NaiveDate) -> String {
    date.format("%B").to_string()
}

/// A month and its year: "June 2025".
pub fn month_year(date: chrono::NaiveDate) -> String {
    date.format("%B %Y").to_string()
}

/// Counts about people below this are shown as "fewer than 5", so a small team's or a
/// quarter's figures cannot point at one person.
pub const PEOPLE_COUNT_SHOWN_FROM: usize = 5;

/// Whether a count about people is too small to show as it is (1 to 4; none is shown as 0).
pub fn people_count_hidden(count: usize) -> bool {
    (1..PEOPLE_COUNT_SHOWN_FROM).contains(&count)
}

/// A count about people as reports write it: "fewer than 5" from 1 to 4, else the number.
pub fn people_count(count: usize) -> String {
    if people_count_hidden(count) {
        format!("fewer than {}", number(PEOPLE_COUNT_SHOWN_FROM as f64, 0))
    } else {
        number(count as f64, 0)
    }
}

/// A date as a date input gives it ("2027-03-31"), if it is a real one.
pub fn parse_input_date(text: &str) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

/// Parses a number typed by a person: allows spaces, thousands commas, a trailing % or leading £.
pub fn parse_number(text: &str) -> Option<f64> {
    let cleaned: String = text
        .trim()
        .trim_end_matches('%')
        .trim_start_matches('£')
        .chars()
        .filter(|c| *c != ',' && !c.is_whitespace())
        .collect();
    if cleaned.is_empty() {
        return None;
    }
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Periods a form offers for a measure: from `back` periods before `around` to `ahead` after.
pub fn period_choices(frequency: Frequency, around: Period, back: i64, ahead: i64) -> Vec<Period> {
    let around = Period::containing(frequency, around.start());
    (-back..=ahead).filter_map(|i| around.offset(i)).collect()
}

/// Stable form value of a period: its start date.
pub fn period_key(p: &Period) -> String {
    p.start().to_string()
}

/// Inverse of [`period_key`] for a measure of `frequency`.
pub fn parse_period(frequency: Frequency, key: &str) -> Option<Period> {
    let date = chrono::NaiveDate::parse_from_str(key, "%Y-%m-%d").ok()?;
    Period::new(frequency, date).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_round_and_group_as_nhs_documents_write_them() {
        assert_eq!(number(1000.0, 0), "1,000");
        assert_eq!(number(1234567.891, 2), "1,234,567.89");
        assert_eq!(number(72.50, 2), "72.5");
        assert_eq!(number(-1234.0, 0), "-1,234");
        assert_eq!(number(-0.001, 2), "0");
        assert_eq!(number(0.0, 2), "0");
        assert_eq!(number(999.999, 2), "1,000");
        assert_eq!(number(f64::NAN, 2), "–");
        assert_eq!(number(1e20, 2), "1.00e20");
    }

    #[test]
    fn decimals_follow_one_rule_for_pages_and_charts() {
        assert_eq!(decimal(1234.5678), "1,234.57");
        assert_eq!(decimal(0.123456), "0.1235");
        assert_eq!(decimal(12.0), "12");
        assert_eq!(signed(3.5), "+3.5");
        assert_eq!(signed(-2.0), "-2");
        assert_eq!(signed(0.0), "0");
        assert_eq!(signed(0.00001), "0");
    }

    #[test]
    fn units_go_where_a_reader_expects_them() {
        assert_eq!(with_unit("72.5", "%"), "72.5%");
        assert_eq!(with_unit("16.74", "£m"), "£16.74m");
        assert_eq!(with_unit("-3", "£"), "-£3");
        assert_eq!(with_unit("515", "quits"), "515 quits");
        assert_eq!(with_unit("5", " "), "5");
        assert!(is_compact_unit("%"));
        assert!(is_compact_unit("£m"));
        assert!(!is_compact_unit("days"));
        assert!(!is_compact_unit(""));
    }

    #[test]
    fn dates_read_as_nhs_documents_write_them() {
        let d = chrono::NaiveDate::from_ymd_opt(2027, 3, 3).unwrap();
        assert_eq!(long_date(d), "3 March 2027");
        assert_eq!(parse_input_date(" 2027-03-03 "), Some(d));
        assert_eq!(parse_input_date("2027-02-30"), None);
        assert_eq!(parse_input_date("03/03/2027"), None);
    }

    #[test]
    fn numbers_have_separators_and_trimmed_decimals() {
        assert_eq!(number(1000.0, 2), "1,000");
        assert_eq!(number(1234567.891, 2), "1,234,567.89");
        assert_eq!(number(72.50, 2), "72.5");
        assert_eq!(number(-0.001, 2), "0");
        assert_eq!(number(-1500.5, 1), "-1,500.5");
        assert_eq!(number(f64::NAN, 2), "–");
    }

    #[test]
    fn values_carry_their_unit() {
        assert_eq!(value(72.5, "%"), "72.5%");
        assert_eq!(value(16.74, "£m"), "£16.74m");
        assert_eq!(value(515.0, "quits"), "515 quits");
        assert_eq!(value(3.0, ""), "3");
        // The page and the chart agree: negative money, and small numbers to four places.
        assert_eq!(value(-3.0, "£"), "-£3");
        assert_eq!(value(0.123456, ""), "0.1235");
    }

    #[test]
    fn months_and_small_counts_about_people() {
        let d = chrono::NaiveDate::from_ymd_opt(2025, 6, 30).unwrap();
        assert_eq!(month_name(d), "June");
        assert_eq!(month_year(d), "June 2025");
        assert_eq!(people_count(0), "0");
        assert_eq!(people_count(1), "fewer than 5");
        assert_eq!(people_count(4), "fewer than 5");
        assert_eq!(people_count(5), "5");
        assert_eq!(people_count(1200), "1,200");
        assert!(!people_count_hidden(0) && people_count_hidden(3) && !people_count_hidden(5));
    }

    #[test]
    fn typed_numbers_are_forgiving_but_never_nan() {
        assert_eq!(parse_number(" 1,000 "), Some(1000.0));
        assert_eq!(parse_number("72.5%"), Some(72.5));
        assert_eq!(parse_number("£18"), Some(18.0));
        assert_eq!(parse_number("NaN"), None);
        assert_eq!(parse_number("inf"), None);
        assert_eq!(parse_number("1e400"), None);
        assert_eq!(parse_number("seven"), None);
        assert_eq!(parse_number(""), None);
    }

    #[test]
    fn period_keys_round_trip() {
        let p = Period::month_of(chrono::NaiveDate::from_ymd_opt(2026, 10, 9).unwrap());
        assert_eq!(period_key(&p), "2026-10-01");
        assert_eq!(parse_period(Frequency::Monthly, "2026-10-01"), Some(p));
        assert_eq!(parse_period(Frequency::Monthly, "2026-10-09"), None);
        let choices = period_choices(Frequency::Monthly, p, 2, 1);
        assert_eq!(choices.len(), 4);
        assert_eq!(choices[2], p);
    }
}
