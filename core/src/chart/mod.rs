//! Chart geometry: everything needed to draw a chart as SVG, worked out without a browser.
//!
//! The app's chart components only turn these plain structs into SVG elements, so the maths
//! (scales, "nice" ticks, path strings, where each point and line goes) is tested natively.
//!
//! * [`frame`] — the size of the drawing and the plot area inside its margins.
//! * [`scale`] — linear mapping from data values to drawing coordinates.
//! * [`ticks`](mod@ticks) — "nice" tick values (1, 2 or 5 × 10ⁿ apart) and number formatting.
//! * [`path`] — SVG path strings: polylines with gaps, horizontal runs and point markers.
//! * [`axes`] — both axes of a time-series chart laid out together.
//! * [`xmr`] — an XmR (SPC) chart laid out for drawing, with its summary and data table.
//! * [`trajectory`] — planned against actual values laid out for drawing, with a data table.
//! * [`window`] — the latest part of a long series, for a chart drawn over a recent window.
//! * [`strategy_map`](mod@strategy_map) — the perspectives as bands, strategic goals as boxes and
//!   the cause-and-effect links between them as arrows, with the links in words.
//! * [`sparkline`](mod@sparkline) — a measure's recent values in a small fixed box, for a table cell.
//!
//! Coordinates are SVG user units (the `viewBox`), y growing downwards. Path strings round
//! coordinates to 2 decimals to keep the DOM small.

pub mod axes;
pub mod frame;
pub mod path;
pub mod scale;
pub mod sparkline;
pub mod strategy_map;
pub mod ticks;
pub mod trajectory;
pub mod window;
pub mod xmr;

pub use axes::{
    layout_axes, point_label, thin_indices, Axes, TextLabel, XTick, YTick, MAX_X_LABELS,
};
pub use frame::{ChartFrame, PlotArea};
pub use path::{coord, horizontal, marker, polyline, runs, HLine, MarkerShape};
pub use scale::{extent, LinearScale};
pub use sparkline::{
    sparkline, sparkline_description, Sparkline, SPARKLINE_HEIGHT, SPARKLINE_WIDTH,
};
pub use strategy_map::{
    layout_strategy_map, strategy_map, LinkLine, MapBand, MapBox, MapGoal, MapLink, Rect,
    StrategyMap, TextLine,
};
pub use ticks::{decimals_for_step, nice_step, nice_ticks, ticks, Tick, DEFAULT_TICK_COUNT};
pub use trajectory::{
    layout_trajectory, trajectory_summary, trajectory_table, SeriesPoint, TrajectoryLayout,
    TrajectoryRow,
};
pub use window::{recent_window, window_xmr};
pub use xmr::{
    layout_xmr, xmr_summary, xmr_table, PointKind, SegmentLines, XmrLayout, XmrPoint, XmrRow,
};
