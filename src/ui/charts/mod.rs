//! Charts drawn as SVG by the app itself (no JavaScript charting library).
//!
//! All the geometry comes from [`scorecard_core::chart`]; these components only turn its plain
//! layouts into SVG elements, with text always as text nodes. Every chart has a `<title>` and
//! a `<desc>` summary, a legend, and a table of the numbers, so nothing depends on seeing the
//! drawing, and point kinds differ by shape as well as colour.
//!
//! Styles are in `style/charts.css`. Colours are also set as SVG presentation attributes so a
//! chart still reads correctly if that stylesheet is missing.

// Pages start using these charts later; until then they are unused.

pub mod trajectory_chart;
pub mod xmr_chart;

pub use trajectory_chart::TrajectoryChartView;
pub use xmr_chart::XmrChartView;

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;
use scorecard_core::chart::{coord, horizontal, Axes, HLine, MarkerShape, PointKind, TextLabel};

/// Body text (NHS.UK), 14.7:1 on white.
pub(crate) const TEXT: &str = "#212b32";
/// Secondary text, 6.4:1 on white: axis labels, limits.
pub(crate) const SECONDARY: &str = "#4c6272";
/// Light grey for gridlines (decorative, not relied on).
pub(crate) const GRID: &str = "#d8dde0";
/// NHS blue, 5.1:1 on white: the data line and common-cause points.
pub(crate) const DATA: &str = "#005eb8";
/// Mid grey for the 2-sigma lines, 3.8:1 on white.
pub(crate) const TWO_SIGMA: &str = "#768692";
/// NHS red for targets, 4.9:1 on white.
pub(crate) const TARGET: &str = "#d5281b";
/// Making Data Count improvement blue (outlined in [`TEXT`], so the shape has 3:1 contrast).
pub(crate) const IMPROVEMENT: &str = "#41b6e6";
/// Making Data Count concern orange (outlined in [`TEXT`]).
pub(crate) const CONCERN: &str = "#ed8b00";
/// Making Data Count "neither" purple.
pub(crate) const NEITHER: &str = "#7c2855";

/// Dash patterns: process limits dashed, 2-sigma dotted, target long-dashed, plan dashed.
pub(crate) const LIMIT_DASH: &str = "6 4";
pub(crate) const TWO_SIGMA_DASH: &str = "2 3";
pub(crate) const TARGET_DASH: &str = "10 5";
pub(crate) const PLAN_DASH: &str = "7 4";

/// Fill colour of a point of `kind`.
pub(crate) fn kind_fill(kind: PointKind) -> &'static str {
    match kind {
        PointKind::Common => DATA,
        PointKind::Improvement => IMPROVEMENT,
        PointKind::Concern => CONCERN,
        PointKind::Neither => NEITHER,
    }
}

/// Outline of a point of `kind`: a white ring for common points (separating them from the
/// line), dark for special-cause points so light fills still stand out from the page.
pub(crate) fn kind_stroke(kind: PointKind) -> &'static str {
    match kind {
        PointKind::Common => "#ffffff",
        _ => TEXT,
    }
}

/// A table column heading with the unit, e.g. "Value (%)"; just the text when there is none.
pub(crate) fn column_heading(text: &str, unit: &str) -> String {
    let unit = unit.trim();
    if unit.is_empty() {
        text.to_string()
    } else {
        format!("{text} ({unit})")
    }
}

/// An SVG-namespace `<title>` element. Built directly because `view!` (leptos_macro 0.8)
/// makes a `<title>` with sibling elements an *HTML* title even inside `<svg>`.
pub(crate) fn svg_title(id: String, text: String) -> impl IntoView {
    leptos::svg::title().id(id).child(text)
}

/// Legend text for the target line, e.g. "Target (78%)".
pub(crate) fn target_legend(value: f64, unit: &str) -> String {
    format!("Target ({})", scorecard_core::format::value(value, unit))
}

/// A DOM id unique on the page, e.g. "xmr-chart-3".
pub(crate) fn unique_id(prefix: &str) -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(1);
    format!("{prefix}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// Gridlines, y tick labels, the x axis with its labels, and the unit title, as an SVG group.
#[component]
pub(crate) fn AxesView(
    /// The laid-out axes.
    axes: Axes,
) -> impl IntoView {
    let plot = axes.plot;
    let grid = axes
        .y_ticks
        .iter()
        .map(|t| horizontal(plot.left, plot.right, t.y))
        .collect::<Vec<_>>()
        .join(" ");
    let tick_marks = axes
        .x_ticks
        .iter()
        .map(|t| {
            format!(
                "M {x} {} L {x} {}",
                coord(plot.bottom),
                coord(plot.bottom + 5.0),
                x = coord(t.x)
            )
        })
        .collect::<Vec<_>>()
        .join(" ");
    let y_label_x = coord(axes.y_label_x);
    let y_labels = axes
        .y_ticks
        .into_iter()
        .map(|t| {
            view! {
                <text
                    class="chart-tick-label"
                    x=y_label_x.clone()
                    y=coord(t.y)
                    dy="0.35em"
                    text-anchor="end"
                    fill=SECONDARY
                >
                    {t.label}
                </text>
            }
        })
        .collect_view();
    let slanted = axes.x_label_angle != 0.0;
    let label_y = axes.x_label_y;
    let x_labels = axes
        .x_ticks
        .into_iter()
        .map(|t| {
            let transform = slanted.then(|| {
                format!(
                    "rotate({} {} {})",
                    coord(axes.x_label_angle),
                    coord(t.x),
                    coord(label_y)
                )
            });
            view! {
                <text
                    class="chart-tick-label"
                    x=coord(t.x)
                    y=coord(label_y)
                    text-anchor=if slanted { "end" } else { "middle" }
                    transform=transform
                    fill=SECONDARY
                >
                    {t.label}
                </text>
            }
        })
        .collect_view();
    let unit = axes.unit_label.map(|u| {
        view! {
            <text class="chart-unit-label" x=coord(u.x) y=coord(u.y) fill=SECONDARY>
                {u.text}
            </text>
        }
    });
    view! {
        <g class="chart-axes">
            <path class="chart-grid" d=grid fill="none" stroke=GRID stroke-width="1" />
            <path
                class="chart-axis"
                d=horizontal(plot.left, plot.right, plot.bottom)
                fill="none"
                stroke=SECONDARY
                stroke-width="1"
            />
            <path class="chart-axis" d=tick_marks fill="none" stroke=SECONDARY stroke-width="1" />
            {y_labels}
            {x_labels}
            {unit}
        </g>
    }
}

/// How a legend key is drawn.
#[derive(Clone, Copy)]
pub enum Key {
    /// A line in `colour`, optionally dashed, `width` thick.
    Line {
        colour: &'static str,
        dash: Option<&'static str>,
        width: f64,
    },
    /// A line with a marker on it.
    LineWithMarker {
        colour: &'static str,
        dash: Option<&'static str>,
        fill: &'static str,
        stroke: &'static str,
    },
    /// A point marker of this kind.
    Point(PointKind),
}

/// A small sample of a line or marker for the legend; hidden from assistive technology
/// because the text beside it says what it is.
#[component]
pub(crate) fn LegendKey(key: Key) -> impl IntoView {
    let line = |colour: &'static str, dash: Option<&'static str>, width: f64| {
        view! {
            <path
                d="M 2 8 L 34 8"
                fill="none"
                stroke=colour
                stroke-width=coord(width)
                stroke-dasharray=dash
            />
        }
    };
    let body = match key {
        Key::Line {
            colour,
            dash,
            width,
        } => line(colour, dash, width).into_any(),
        Key::LineWithMarker {
            colour,
            dash,
            fill,
            stroke,
        } => view! {
            {line(colour, dash, 2.0)}
            <path
                d=scorecard_core::chart::marker(MarkerShape::Circle, 18.0, 8.0, 4.0)
                fill=fill
                stroke=stroke
                stroke-width="1.5"
            />
        }
        .into_any(),
        Key::Point(kind) => view! {
            <path
                d=scorecard_core::chart::marker(kind.shape(), 18.0, 8.0, kind.marker_size())
                fill=kind_fill(kind)
                stroke=kind_stroke(kind)
                stroke-width="1.5"
            />
        }
        .into_any(),
    };
    view! {
        <svg
            class="chart-key"
            viewBox="0 0 36 16"
            width="36"
            height="16"
            aria-hidden="true"
            focusable="false"
        >
            {body}
        </svg>
    }
}

/// One legend entry: key and text.
#[component]
pub(crate) fn LegendItem(key: Key, #[prop(into)] label: String) -> impl IntoView {
    view! {
        <li class="chart-legend-item">
            <LegendKey key=key />
            <span>{label}</span>
        </li>
    }
}

/// The target line, drawn beneath the data (red, dashed), shared by both charts.
fn target_line(target: Option<HLine>) -> impl IntoView {
    target.map(|t| {
        view! {
            <path
                class="chart-target"
                d=t.path
                fill="none"
                stroke=TARGET
                stroke-width="2"
                stroke-dasharray=TARGET_DASH
            />
        }
    })
}

/// The target's "Target" label, drawn on top of the data, shared by both charts.
fn target_text(label: Option<TextLabel>) -> impl IntoView {
    label.map(|l| {
        view! {
            <text class="chart-line-label" x=coord(l.x) y=coord(l.y) fill=TARGET font-weight="bold">
                {l.text}
            </text>
        }
    })
}
