//! The strategy map as SVG, from the core's geometry: the bands, the arrows beneath, and the
//! goals' boxes on top, each a link to its goal that Tab reaches, with a yellow focus ring. The
//! status is in each box in words as well as in its colour, and a key says what each means.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use scorecard_core::analysis::RagStatus;
use scorecard_core::chart::coord;
use scorecard_core::chart::strategy_map::{MapBand, MapBox, StrategyMap};

/// Body text (NHS.UK), 14.7:1 on white.
const TEXT: &str = "#212b32";
/// Secondary text and the arrows, 6.4:1 on white.
const SECONDARY: &str = "#4c6272";
/// The bands' backgrounds, alternating.
const BAND_FILLS: [&str; 2] = ["#f0f4f5", "#ffffff"];
/// The focus yellow (NHS.UK).
const FOCUS: &str = "#ffeb3b";
const STATUS_ORDER: [RagStatus; 6] = [
    RagStatus::Green,
    RagStatus::Amber,
    RagStatus::Red,
    RagStatus::DataOverdue,
    RagStatus::NotYetDue,
    RagStatus::NoDataYet,
];

/// A box's fill, its edge (at least 3:1 on the bands), and its CSS class. The colour repeats
/// what the box says in words.
fn status_style(status: RagStatus) -> (&'static str, &'static str, &'static str) {
    match status {
        RagStatus::Green => ("#e6f2ec", "#007f3b", "status-green"),
        RagStatus::Amber => ("#fff4d6", "#8a5300", "status-amber"),
        RagStatus::Red => ("#fbe5e3", "#d5281b", "status-red"),
        RagStatus::DataOverdue => ("#f6e7dd", "#6b2c00", "status-overdue"),
        RagStatus::NoDataYet | RagStatus::NotYetDue => ("#ffffff", "#4c6272", "status-none"),
    }
}

fn band_view(band: MapBand, index: usize) -> impl IntoView {
    let r = band.rect;
    let label = band
        .label
        .into_iter()
        .map(|l| {
            view! {
                <text x=coord(l.x) y=coord(l.y) font-size="15" font-weight="bold" fill=TEXT>
                    {l.text}
                </text>
            }
        })
        .collect_view();
    let hint = band
        .hint
        .into_iter()
        .map(|l| {
            view! {
                <text x=coord(l.x) y=coord(l.y) font-size="12" fill=SECONDARY>
                    {l.text}
                </text>
            }
        })
        .collect_view();
    let empty = band.empty.map(|l| {
        view! {
            <text x=coord(l.x) y=coord(l.y) font-size="13" font-style="italic" fill=SECONDARY>
                {l.text}
            </text>
        }
    });
    view! {
        <g class="strategy-map-band">
            <rect
                x=coord(r.x)
                y=coord(r.y)
                width=coord(r.width)
                height=coord(r.height)
                fill=BAND_FILLS[index % 2]
            />
            {label}
            {hint}
            {empty}
        </g>
    }
}

fn box_view(
    b: MapBox,
    navigate: impl Fn(&str, NavigateOptions) + Clone + 'static,
) -> impl IntoView {
    let (fill, edge, class) = status_style(b.status);
    let r = b.rect;
    let href = format!("/goals/{}", b.id);
    let target = href.clone();
    // An SVG link is not one the router follows by itself: open the goal in the app, unless
    // the user asked for a new tab or window.
    let open = move |ev: leptos::ev::MouseEvent| {
        if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        ev.prevent_default();
        navigate(&target, NavigateOptions::default());
    };
    let lines = b
        .title_lines
        .into_iter()
        // A space after each line, so the box's text reads as words, not "A&Ewithin".
        .map(|l| {
            view! {
                <tspan x=coord(l.x) y=coord(l.y)>
                    {l.text}
                </tspan>
                " "
            }
        })
        .collect_view();
    view! {
        <g class="strategy-map-goal-box">
            <a class="strategy-map-goal" href=href aria-label=b.label on:click=open>
                <rect
                    class="strategy-map-focus"
                    x=coord(r.x - 5.0)
                    y=coord(r.y - 5.0)
                    width=coord(r.width + 10.0)
                    height=coord(r.height + 10.0)
                    rx="6"
                    fill=FOCUS
                    stroke=TEXT
                    stroke-width="3"
                    visibility="hidden"
                />
                <rect
                    class=format!("strategy-map-box {class}")
                    x=coord(r.x)
                    y=coord(r.y)
                    width=coord(r.width)
                    height=coord(r.height)
                    rx="4"
                    fill=fill
                    stroke=edge
                    stroke-width="2"
                />
                <rect x=coord(r.x) y=coord(r.y) width="6" height=coord(r.height) fill=edge />
                <text class="strategy-map-title" font-size="13" fill=TEXT>
                    {lines}
                </text>
                <text
                    class="strategy-map-status"
                    x=coord(b.meta.x)
                    y=coord(b.meta.y)
                    font-size="12"
                    font-weight="bold"
                    fill=TEXT
                >
                    {b.meta.text}
                </text>
            </a>
        </g>
    }
}

/// The map and its key.
#[component]
pub fn MapFigure(map: StrategyMap) -> impl IntoView {
    let navigate = use_navigate();
    let view_box = format!("0 0 {} {}", coord(map.width), coord(map.height));
    let summary = map.summary();
    let present: Vec<RagStatus> = STATUS_ORDER
        .into_iter()
        .filter(|s| map.boxes.iter().any(|b| b.status == *s))
        .collect();
    let bands = map
        .bands
        .into_iter()
        .enumerate()
        .map(|(i, band)| band_view(band, i))
        .collect_view();
    let links = map
        .links
        .into_iter()
        .map(|l| {
            view! {
                <path d=l.path fill="none" stroke=SECONDARY stroke-width="2" />
                <path d=l.arrow fill=SECONDARY />
            }
        })
        .collect_view();
    let boxes = map
        .boxes
        .into_iter()
        .map(|b| box_view(b, navigate.clone()))
        .collect_view();
    let title = leptos::svg::title()
        .id("strategy-map-title")
        .child("Strategy map");

    view! {
        <figure class="strategy-map">
            <div class="strategy-map-scroll">
                <svg
                    class="strategy-map-svg"
                    role="group"
                    viewBox=view_box
                    width="100%"
                    aria-labelledby="strategy-map-title strategy-map-desc"
                    font-family="Arial, Helvetica, sans-serif"
                >
                    {title}
                    <desc id="strategy-map-desc">{summary}</desc>
                    {bands}
                    <g class="strategy-map-links" aria-hidden="true">
                        {links}
                    </g>
                    <g class="strategy-map-goals">{boxes}</g>
                </svg>
            </div>
            <figcaption>
                <ul class="chart-legend strategy-map-key" aria-label="Key">
                    {present
                        .into_iter()
                        .map(|s| {
                            let (fill, edge, _) = status_style(s);
                            view! {
                                <li class="chart-legend-item">
                                    <svg
                                        class="chart-key"
                                        viewBox="0 0 36 16"
                                        width="36"
                                        height="16"
                                        aria-hidden="true"
                                        focusable="false"
                                    >
                                        <rect
                                            x="1"
                                            y="1"
                                            width="34"
                                            height="14"
                                            rx="2"
                                            fill=fill
                                            stroke=edge
                                            stroke-width="2"
                                        />
                                    </svg>
                                    <span>{format!("{} {}", s.symbol(), s.label())}</span>
                                </li>
                            }
                        })
                        .collect_view()}
                    <li class="chart-legend-item">
                        <svg
                            class="chart-key"
                            viewBox="0 0 36 16"
                            width="36"
                            height="16"
                            aria-hidden="true"
                            focusable="false"
                        >
                            <path d="M 2 8 L 26 8" fill="none" stroke=SECONDARY stroke-width="2" />
                            <path d="M 34 8 L 25 3 L 25 13 Z" fill=SECONDARY />
                        </svg>
                        <span>"Supports: the arrow points to the goal supported"</span>
                    </li>
                </ul>
            </figcaption>
        </figure>
    }
}
