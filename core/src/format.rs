//! Numbers and periods as NHS documents write them.

use crate::analysis::{Frequency, Period};

/// A number with thousands separators and at most `places` decimals, trailing zeros trimmed:
/// 1000 → "1,000", 72.50 → "72.5".
pub fn number(value: f64, places: usize) -> String {
    if !value.is_finite() {
        return "–".into();
    }
    let text = format!("{:.*}", places, value.abs());
    let (whole, fraction) = match text.split_once('.') {
        Some((w, f)) => (w.to_string(), f.trim_end_matches('0').to_string()),
        None => (text.clone(), String::new()),
    };
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if value < 0.0 && (whole != "0" || !fraction.is_empty()) {
        "-"
    } else {
        ""
    };
    if fraction.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{fraction}")
    }
}

/// A value with its unit: "72.5%", "£16.74m", "515 quits".
pub fn value(v: f64, unit: &str) -> String {
    let n = number(v, 2);
    let unit = unit.trim();
    if unit.is_empty() {
        n
    } else if unit == "%" {
        format!("{n}%")
    } else if let Some(rest) = unit.strip_prefix('£') {
        format!("£{n}{rest}")
    } else {
        format!("{n} {unit}")
    }
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
