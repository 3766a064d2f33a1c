//! A measure's trend in a table cell: the core lays the sparkline out; this draws it, with the
//! trend in words as its accessible name.

use leptos::prelude::*;
use scorecard_core::chart::{coord, sparkline, SPARKLINE_HEIGHT, SPARKLINE_WIDTH};
use scorecard_core::report::SparkPoint;

use crate::ui::charts::{DATA, PLAN_DASH, SECONDARY};

/// The latest values (solid) and the planned trajectory (dashed), with a dot on the latest.
#[component]
pub(super) fn Sparkline(
    /// The values, oldest first.
    points: Vec<SparkPoint>,
    /// Their unit, e.g. "%".
    unit: String,
) -> impl IntoView {
    let s = sparkline(&points, &unit);
    let planned = (!s.planned_path.is_empty()).then(|| {
        view! {
            <path
                d=s.planned_path
                fill="none"
                stroke=SECONDARY
                stroke-width="1.5"
                stroke-dasharray=PLAN_DASH
            />
        }
    });
    let latest = s.latest.map(|(x, y)| {
        view! { <circle cx=coord(x) cy=coord(y) r="2.5" fill=DATA /> }
    });
    view! {
        <svg
            class="sparkline"
            viewBox=s.view_box
            width=coord(SPARKLINE_WIDTH)
            height=coord(SPARKLINE_HEIGHT)
            role="img"
            aria-label=s.description
            focusable="false"
        >
            {planned}
            <path
                d=s.actual_path
                fill="none"
                stroke=DATA
                stroke-width="2"
                stroke-linejoin="round"
            />
            {latest}
        </svg>
    }
}
