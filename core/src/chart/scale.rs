//! Linear scales: data values to drawing coordinates.

/// Coordinates are kept within this distance of zero so a wild value never produces an
/// enormous path string.
const COORD_LIMIT: f64 = 1e6;

/// Maps a data interval (the domain) onto a drawing interval (the range) in a straight line.
///
/// Either interval may run backwards (a y axis maps low values to the bottom, which has the
/// larger coordinate). A domain of zero width maps every value to the middle of the range, so
/// a flat series never divides by zero.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinearScale {
    domain: (f64, f64),
    range: (f64, f64),
}

/// Replaces a non-finite bound with `fallback`.
fn finite_or(value: f64, fallback: f64) -> f64 {
    if value.is_finite() {
        value
    } else {
        fallback
    }
}

impl LinearScale {
    /// A scale from `domain` onto `range`. Bounds that are not finite numbers are replaced
    /// (domain by 0 and 1, range by 0 and 1) rather than poisoning every coordinate.
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> LinearScale {
        LinearScale {
            domain: (finite_or(domain.0, 0.0), finite_or(domain.1, 1.0)),
            range: (finite_or(range.0, 0.0), finite_or(range.1, 1.0)),
        }
    }

    /// The same scale with `padding` units taken off each end of the range, so lines at the
    /// ends of the domain do not touch the edges of the plot. The padding is capped at a
    /// quarter of the range so the range never collapses or turns round.
    pub fn with_padding(self, padding: f64) -> LinearScale {
        let (r0, r1) = self.range;
        let span = (r1 - r0).abs();
        let pad = finite_or(padding, 0.0).clamp(0.0, span / 4.0);
        let direction = if r1 >= r0 { 1.0 } else { -1.0 };
        LinearScale {
            domain: self.domain,
            range: (r0 + pad * direction, r1 - pad * direction),
        }
    }

    /// The data interval.
    pub fn domain(&self) -> (f64, f64) {
        self.domain
    }

    /// The drawing interval.
    pub fn range(&self) -> (f64, f64) {
        self.range
    }

    /// Where `value` goes; `None` if it is not a finite number (a gap in the line).
    ///
    /// Values outside the domain map outside the range in proportion, but coordinates are
    /// clamped to ±1,000,000 so an absurd value cannot blow up the drawing.
    pub fn map(&self, value: f64) -> Option<f64> {
        if !value.is_finite() {
            return None;
        }
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        // Halving first keeps the arithmetic finite even for domains near f64::MAX.
        let span = d1 / 2.0 - d0 / 2.0;
        let position = if span == 0.0 || !span.is_finite() {
            (r0 + r1) / 2.0
        } else {
            let t = (value / 2.0 - d0 / 2.0) / span;
            r0 + t * (r1 - r0)
        };
        position
            .is_finite()
            .then(|| position.clamp(-COORD_LIMIT, COORD_LIMIT))
    }
}

/// Smallest and largest finite values in `values`; `None` if there are none.
pub fn extent(values: impl IntoIterator<Item = f64>) -> Option<(f64, f64)> {
    values
        .into_iter()
        .filter(|v| v.is_finite())
        .fold(None, |acc, v| match acc {
            None => Some((v, v)),
            Some((lo, hi)) => Some((lo.min(v), hi.max(v))),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_the_ends_of_the_domain_to_the_ends_of_the_range() {
        let scale = LinearScale::new((0.0, 100.0), (300.0, 20.0));
        assert_eq!(scale.map(0.0), Some(300.0));
        assert_eq!(scale.map(100.0), Some(20.0));
        assert_eq!(scale.map(50.0), Some(160.0));
    }

    #[test]
    fn values_outside_the_domain_extrapolate() {
        let scale = LinearScale::new((0.0, 10.0), (0.0, 100.0));
        assert!((scale.map(-1.0).unwrap() + 10.0).abs() < 1e-9);
        assert!((scale.map(11.0).unwrap() - 110.0).abs() < 1e-9);
    }

    #[test]
    fn padding_moves_both_ends_inwards() {
        let up = LinearScale::new((0.0, 1.0), (0.0, 100.0)).with_padding(5.0);
        assert_eq!(up.range(), (5.0, 95.0));
        assert_eq!(up.map(0.0), Some(5.0));
        let down = LinearScale::new((0.0, 1.0), (100.0, 0.0)).with_padding(5.0);
        assert_eq!(down.range(), (95.0, 5.0));
        assert_eq!(down.map(1.0), Some(5.0));
    }

    #[test]
    fn padding_never_turns_the_range_round() {
        let scale = LinearScale::new((0.0, 1.0), (0.0, 10.0)).with_padding(50.0);
        let (r0, r1) = scale.range();
        assert!(r0 < r1);
    }

    #[test]
    fn flat_domain_maps_to_the_middle() {
        let scale = LinearScale::new((5.0, 5.0), (0.0, 100.0));
        assert_eq!(scale.map(5.0), Some(50.0));
        assert_eq!(scale.map(7.0), Some(50.0));
    }

    #[test]
    fn non_finite_values_are_gaps() {
        let scale = LinearScale::new((0.0, 1.0), (0.0, 100.0));
        assert_eq!(scale.map(f64::NAN), None);
        assert_eq!(scale.map(f64::INFINITY), None);
    }

    #[test]
    fn non_finite_bounds_are_replaced() {
        let scale = LinearScale::new((f64::NAN, f64::INFINITY), (0.0, f64::NAN));
        assert_eq!(scale.domain(), (0.0, 1.0));
        assert_eq!(scale.range(), (0.0, 1.0));
        assert_eq!(scale.map(0.5), Some(0.5));
    }

    #[test]
    fn huge_domain_stays_finite() {
        let scale = LinearScale::new((-f64::MAX, f64::MAX), (0.0, 100.0));
        assert_eq!(scale.map(0.0), Some(50.0));
        assert_eq!(scale.map(f64::MAX), Some(100.0));
    }

    #[test]
    fn absurd_values_are_clamped() {
        let scale = LinearScale::new((0.0, 1.0), (0.0, 100.0));
        assert_eq!(scale.map(1e300), Some(1e6));
    }

    #[test]
    fn extent_skips_non_finite() {
        assert_eq!(extent([3.0, f64::NAN, -1.0, 7.0]), Some((-1.0, 7.0)));
        assert_eq!(extent([f64::NAN]), None);
        assert_eq!(extent(std::iter::empty()), None);
    }
}
