//! SVG path strings: polylines with gaps, horizontal runs and point markers.
//!
//! Coordinates are written to at most 2 decimals with trailing zeros trimmed, which is far
//! finer than a screen pixel and keeps the DOM small.

/// One coordinate for a path: at most 2 decimals, trailing zeros trimmed, no "-0".
/// A value that is not a number is written as 0 rather than breaking the path.
pub fn coord(value: f64) -> String {
    if !value.is_finite() {
        return "0".to_string();
    }
    let text = format!("{value:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_string()
    } else {
        text.to_string()
    }
}

/// "x y" for a path command.
fn pair(x: f64, y: f64) -> String {
    format!("{} {}", coord(x), coord(y))
}

/// A line through `points` in order: "M x y L x y …". A `None` leaves a gap: the next point
/// starts a new "M". A point with no neighbours gives a lone "M" (nothing visible), so draw
/// markers for the points as well. No points gives an empty string.
pub fn polyline(points: &[Option<(f64, f64)>]) -> String {
    let mut out = String::new();
    let mut pen_down = false;
    for point in points {
        match point {
            Some((x, y)) if x.is_finite() && y.is_finite() => {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push(if pen_down { 'L' } else { 'M' });
                out.push(' ');
                out.push_str(&pair(*x, *y));
                pen_down = true;
            }
            _ => pen_down = false,
        }
    }
    out
}

/// A horizontal line from `x1` to `x2` at height `y`: "M x1 y L x2 y".
pub fn horizontal(x1: f64, x2: f64, y: f64) -> String {
    format!("M {} L {}", pair(x1, y), pair(x2, y))
}

/// Several horizontal runs `(x1, x2, y)` in one path, each its own sub-path, so the lines of
/// consecutive SPC segments step from one level to the next without a joining stroke.
pub fn runs(runs: &[(f64, f64, f64)]) -> String {
    runs.iter()
        .map(|&(x1, x2, y)| horizontal(x1, x2, y))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A horizontal reference line (mean, limit, target) ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct HLine {
    /// The data value the line marks.
    pub value: f64,
    /// Its height in the drawing.
    pub y: f64,
    /// Where it starts.
    pub x1: f64,
    /// Where it ends.
    pub x2: f64,
    /// The SVG path.
    pub path: String,
}

impl HLine {
    /// A line at `y` (marking `value`) from `x1` to `x2`.
    pub fn new(value: f64, x1: f64, x2: f64, y: f64) -> HLine {
        HLine {
            value,
            y,
            x1,
            x2,
            path: horizontal(x1, x2, y),
        }
    }
}

/// Shape of a point marker. Different kinds of point get different shapes so colour is never
/// the only cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MarkerShape {
    /// A circle.
    Circle,
    /// A square standing on a side.
    Square,
    /// A square standing on a corner.
    Diamond,
    /// A triangle pointing up.
    TriangleUp,
}

/// The outline of a marker of `shape` centred on (`x`, `y`); `size` is roughly its radius.
pub fn marker(shape: MarkerShape, x: f64, y: f64, size: f64) -> String {
    let r = if size.is_finite() { size.abs() } else { 0.0 };
    match shape {
        MarkerShape::Circle => format!(
            "M {} A {r} {r} 0 1 0 {} A {r} {r} 0 1 0 {} Z",
            pair(x - r, y),
            pair(x + r, y),
            pair(x - r, y),
            r = coord(r)
        ),
        MarkerShape::Square => {
            // The same area as a circle of radius r reads as the same weight.
            let s = r * 0.886;
            format!(
                "M {} L {} L {} L {} Z",
                pair(x - s, y - s),
                pair(x + s, y - s),
                pair(x + s, y + s),
                pair(x - s, y + s)
            )
        }
        MarkerShape::Diamond => {
            let d = r * 1.25;
            format!(
                "M {} L {} L {} L {} Z",
                pair(x, y - d),
                pair(x + d, y),
                pair(x, y + d),
                pair(x - d, y)
            )
        }
        MarkerShape::TriangleUp => {
            let t = r * 1.35;
            format!(
                "M {} L {} L {} Z",
                pair(x, y - t),
                pair(x + t * 0.866, y + t * 0.5),
                pair(x - t * 0.866, y + t * 0.5)
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinates_are_rounded_and_trimmed() {
        assert_eq!(coord(12.0), "12");
        assert_eq!(coord(12.5), "12.5");
        assert_eq!(coord(12.3456), "12.35");
        assert_eq!(coord(-0.001), "0");
        assert_eq!(coord(f64::NAN), "0");
        assert_eq!(coord(100.0), "100");
    }

    #[test]
    fn polyline_joins_points() {
        let p = polyline(&[Some((0.0, 10.0)), Some((5.0, 7.5)), Some((10.0, 2.126))]);
        assert_eq!(p, "M 0 10 L 5 7.5 L 10 2.13");
    }

    #[test]
    fn polyline_breaks_at_gaps() {
        let p = polyline(&[
            Some((0.0, 1.0)),
            Some((1.0, 2.0)),
            None,
            Some((3.0, 4.0)),
            Some((4.0, 5.0)),
        ]);
        assert_eq!(p, "M 0 1 L 1 2 M 3 4 L 4 5");
    }

    #[test]
    fn polyline_edge_cases() {
        assert_eq!(polyline(&[]), "");
        assert_eq!(polyline(&[None, None]), "");
        assert_eq!(polyline(&[None, Some((1.0, 1.0)), None]), "M 1 1");
        assert_eq!(
            polyline(&[Some((0.0, 0.0)), Some((f64::NAN, 1.0)), Some((2.0, 2.0))]),
            "M 0 0 M 2 2"
        );
    }

    #[test]
    fn horizontal_runs() {
        assert_eq!(horizontal(0.0, 10.0, 5.0), "M 0 5 L 10 5");
        assert_eq!(
            runs(&[(0.0, 10.0, 5.0), (10.0, 20.0, 8.0)]),
            "M 0 5 L 10 5 M 10 8 L 20 8"
        );
        assert_eq!(runs(&[]), "");
        assert_eq!(HLine::new(3.0, 0.0, 10.0, 5.0).path, "M 0 5 L 10 5");
    }

    #[test]
    fn markers_are_closed_paths_around_the_centre() {
        for shape in [
            MarkerShape::Circle,
            MarkerShape::Square,
            MarkerShape::Diamond,
            MarkerShape::TriangleUp,
        ] {
            let d = marker(shape, 50.0, 50.0, 4.0);
            assert!(d.starts_with("M "), "{d}");
            assert!(d.ends_with('Z'), "{d}");
        }
        assert_eq!(
            marker(MarkerShape::Diamond, 10.0, 10.0, 4.0),
            "M 10 5 L 15 10 L 10 15 L 5 10 Z"
        );
        assert_eq!(
            marker(MarkerShape::Circle, 10.0, 10.0, 3.0),
            "M 7 10 A 3 3 0 1 0 13 10 A 3 3 0 1 0 7 10 Z"
        );
    }
}
