//! "Nice" axis ticks. Their labels are written by [`crate::format`], as every number is.
//!
//! Ticks are 1, 2 or 5 × 10ⁿ apart and cover the data, so an axis from 3 to 968 reads
//! 0, 200, …, 1,000. Labels use thousands separators and only as many decimals as the step
//! needs.

/// About this many ticks are aimed for on a value axis.
pub const DEFAULT_TICK_COUNT: usize = 5;

/// Most ticks ever returned; a guard against pathological input.
const MAX_TICKS: usize = 100;

/// One tick on a value axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// The value the tick marks.
    pub value: f64,
    /// Its label, e.g. "1,000" or "12.5%".
    pub label: String,
}

/// A step of 1, 2 or 5 × 10ⁿ that splits `span` into about `count` intervals; `None` if the
/// span is not a positive finite number (or is too small to step through).
pub fn nice_step(span: f64, count: usize) -> Option<f64> {
    if !(span.is_finite() && span > 0.0) {
        return None;
    }
    let raw = span / count.max(1) as f64;
    let magnitude = 10f64.powf(raw.log10().floor());
    if !(magnitude.is_finite() && magnitude > 0.0) {
        return None;
    }
    let normalised = raw / magnitude;
    let nice = if normalised <= 1.0 {
        1.0
    } else if normalised <= 2.0 {
        2.0
    } else if normalised <= 5.0 {
        5.0
    } else {
        10.0
    };
    let step = nice * magnitude;
    (step.is_finite() && step > 0.0).then_some(step)
}

/// Decimals needed to write multiples of `step` exactly: 0 for 200, 1 for 0.5, 2 for 0.05.
pub fn decimals_for_step(step: f64) -> usize {
    if !(step.is_finite() && step > 0.0) {
        return 0;
    }
    let places = -step.log10().floor();
    if places <= 0.0 {
        0
    } else {
        (places as usize).min(crate::format::MAX_DECIMALS)
    }
}

/// Rounds `value` to `decimals` places (no-op when that would overflow).
fn round_to(value: f64, decimals: usize) -> f64 {
    let factor = 10f64.powi(decimals as i32);
    let rounded = (value * factor).round() / factor;
    if rounded.is_finite() {
        rounded
    } else {
        value
    }
}

/// The interval to put ticks over: ordered, finite, and never of zero width.
fn tick_interval(min: f64, max: f64) -> (f64, f64) {
    let (lo, hi) = match (min.is_finite(), max.is_finite()) {
        (true, true) => (min.min(max), min.max(max)),
        (true, false) => (min, min),
        (false, true) => (max, max),
        (false, false) => (0.0, 1.0),
    };
    if lo < hi {
        (lo, hi)
    } else if lo == 0.0 {
        // A flat series of zeros: show 0 to 1 rather than an axis of nothing.
        (0.0, 1.0)
    } else {
        let half = lo.abs() * 0.1;
        (lo - half, hi + half)
    }
}

/// Tick values and the step between them; no step when the interval had to be used as is.
fn ticks_with_step(min: f64, max: f64, count: usize) -> (Vec<f64>, Option<f64>) {
    let (lo, hi) = tick_interval(min, max);
    let Some(step) = nice_step(hi - lo, count) else {
        return (vec![lo, hi], None);
    };
    let first = (lo / step).floor();
    let last = (hi / step).ceil();
    let intervals = last - first;
    if !(intervals.is_finite() && intervals >= 1.0 && intervals <= MAX_TICKS as f64) {
        return (vec![lo, hi], None);
    }
    let decimals = decimals_for_step(step);
    let values = (0..=intervals as usize)
        .map(|i| round_to((first + i as f64) * step, decimals))
        .collect();
    (values, Some(step))
}

/// Tick values from a multiple of a nice step at or below `min` to one at or above `max`,
/// about `count` intervals apart. A flat or non-finite interval is widened first (a flat
/// series of 5 gets ticks around 4.5 to 5.5), so the result always has at least two ticks.
pub fn nice_ticks(min: f64, max: f64, count: usize) -> Vec<f64> {
    ticks_with_step(min, max, count).0
}

/// Labelled ticks covering `min` to `max` (see [`nice_ticks`]). `unit` is added to each label
/// only when it is compact (see [`is_compact_unit`]), e.g. "20%" or "£5m"; a wordy unit such
/// as "days" belongs in an axis title instead.
pub fn ticks(min: f64, max: f64, count: usize, unit: &str) -> Vec<Tick> {
    use crate::format::{decimal, is_compact_unit, number, with_unit};
    let (values, step) = ticks_with_step(min, max, count);
    let compact = is_compact_unit(unit);
    values
        .into_iter()
        .map(|value| {
            let number = match step {
                Some(step) => number(value, decimals_for_step(step)),
                None => decimal(value),
            };
            let label = if compact {
                with_unit(&number, unit)
            } else {
                number
            };
            Tick { value, label }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_steps() {
        assert_eq!(nice_step(1000.0, 5), Some(200.0));
        assert_eq!(nice_step(10.0, 5), Some(2.0));
        assert_eq!(nice_step(1.0, 5), Some(0.2));
        assert_eq!(nice_step(70.0, 5), Some(20.0));
        assert_eq!(nice_step(0.0, 5), None);
        assert_eq!(nice_step(f64::NAN, 5), None);
    }

    #[test]
    fn ticks_for_0_to_1000() {
        assert_eq!(
            nice_ticks(0.0, 1000.0, 5),
            vec![0.0, 200.0, 400.0, 600.0, 800.0, 1000.0]
        );
        let labels: Vec<String> = ticks(0.0, 1000.0, 5, "")
            .into_iter()
            .map(|t| t.label)
            .collect();
        assert_eq!(labels, ["0", "200", "400", "600", "800", "1,000"]);
    }

    #[test]
    fn ticks_cover_untidy_data() {
        let t = nice_ticks(3.0, 968.0, 5);
        assert_eq!(t.first(), Some(&0.0));
        assert_eq!(t.last(), Some(&1000.0));
    }

    #[test]
    fn decimal_ticks_have_no_float_noise() {
        let t = nice_ticks(0.1, 0.9, 5);
        assert_eq!(t, vec![0.0, 0.2, 0.4, 0.6, 0.8, 1.0]);
        let labels: Vec<String> = ticks(0.1, 0.9, 5, "%")
            .into_iter()
            .map(|t| t.label)
            .collect();
        assert_eq!(labels, ["0%", "0.2%", "0.4%", "0.6%", "0.8%", "1%"]);
    }

    #[test]
    fn flat_series_gets_a_real_axis() {
        let t = nice_ticks(5.0, 5.0, 5);
        assert!(t.len() >= 2);
        assert!(t[0] <= 5.0 && *t.last().unwrap() >= 5.0);
        assert!(t[0] < *t.last().unwrap());
        let zero = nice_ticks(0.0, 0.0, 5);
        assert_eq!(zero.first(), Some(&0.0));
        assert_eq!(zero.last(), Some(&1.0));
    }

    #[test]
    fn non_finite_input_does_not_panic() {
        assert_eq!(nice_ticks(f64::NAN, f64::NAN, 5).first(), Some(&0.0));
        assert!(nice_ticks(f64::NAN, 10.0, 5).len() >= 2);
        let huge = nice_ticks(-f64::MAX, f64::MAX, 5);
        assert_eq!(huge, vec![-f64::MAX, f64::MAX]);
        // A count of 0 is read as 1 interval.
        assert_eq!(nice_ticks(1.0, 2.0, 0), vec![1.0, 2.0]);
    }

    #[test]
    fn reversed_bounds_are_ordered() {
        assert_eq!(nice_ticks(10.0, 0.0, 5), nice_ticks(0.0, 10.0, 5));
    }

    #[test]
    fn negative_ticks() {
        assert_eq!(
            nice_ticks(-7.0, 3.0, 5),
            vec![-8.0, -6.0, -4.0, -2.0, 0.0, 2.0, 4.0]
        );
    }

    #[test]
    fn a_wordy_unit_is_left_off_the_tick_labels() {
        let labels: Vec<String> = ticks(0.0, 10.0, 5, "days")
            .into_iter()
            .map(|t| t.label)
            .collect();
        assert_eq!(labels[1], "2");
    }
}
