//! The size of a chart drawing and the plot area inside its margins.

/// Overall size of a chart in SVG user units, and the font size its text is set in.
///
/// The app draws into a `viewBox` of this size and lets the browser scale it to the page
/// width, so the numbers are proportions rather than pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartFrame {
    /// Width of the drawing.
    pub width: f64,
    /// Height of the drawing.
    pub height: f64,
    /// Font size of axis labels, in the same units.
    pub font_size: f64,
}

impl Default for ChartFrame {
    /// 640 × 360 with 14-unit text: at 560 pixels wide the text is still 12 pixels.
    fn default() -> Self {
        ChartFrame {
            width: 640.0,
            height: 360.0,
            font_size: 14.0,
        }
    }
}

impl ChartFrame {
    /// The SVG `viewBox` attribute for this frame, e.g. "0 0 640 360".
    pub fn view_box(&self) -> String {
        format!(
            "0 0 {} {}",
            crate::chart::path::coord(self.width),
            crate::chart::path::coord(self.height)
        )
    }

    /// Rough width of `text` set in this frame's font (Arial averages about 0.6 em a
    /// character). Used to leave room for labels; never exact.
    pub fn text_width(&self, text: &str) -> f64 {
        text.chars().count() as f64 * self.font_size * 0.6
    }
}

/// The rectangle the data is drawn in; axis labels sit outside it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlotArea {
    /// Left edge (the y axis).
    pub left: f64,
    /// Top edge.
    pub top: f64,
    /// Right edge.
    pub right: f64,
    /// Bottom edge (the x axis).
    pub bottom: f64,
}

impl PlotArea {
    /// Width; never negative.
    pub fn width(&self) -> f64 {
        (self.right - self.left).max(0.0)
    }

    /// Height; never negative.
    pub fn height(&self) -> f64 {
        (self.bottom - self.top).max(0.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_view_box() {
        assert_eq!(ChartFrame::default().view_box(), "0 0 640 360");
    }

    #[test]
    fn plot_area_sizes_never_negative() {
        let area = PlotArea {
            left: 10.0,
            top: 50.0,
            right: 5.0,
            bottom: 20.0,
        };
        assert_eq!(area.width(), 0.0);
        assert_eq!(area.height(), 0.0);
    }

    #[test]
    fn text_width_counts_characters_not_bytes() {
        let frame = ChartFrame::default();
        assert_eq!(frame.text_width("££"), frame.text_width("ab"));
    }
}
