//! Planned trajectory against actual values.

use leptos::prelude::*;

use crate::ui::csv_button::CsvButton;
use scorecard_core::chart::{
    coord, layout_trajectory, trajectory_summary, trajectory_table, ChartFrame, TrajectoryLayout,
};

use super::{
    column_heading, svg_title, target_legend, target_line, target_text, unique_id, AxesView, Key,
    LegendItem, DATA, PLAN_DASH, SECONDARY, TARGET, TARGET_DASH,
};

/// The drawing itself: target, plan (dashed), actual (solid) and their points.
fn plot_view(layout: TrajectoryLayout) -> impl IntoView {
    let target = target_line(layout.target);
    let target_label = target_text(layout.target_label);
    let planned_points = layout
        .planned_points
        .into_iter()
        .map(|p| {
            view! {
                <path
                    class="chart-point chart-point-planned"
                    d=p.marker
                    fill="#ffffff"
                    stroke=SECONDARY
                    stroke-width="1.5"
                >
                    <title>{p.description}</title>
                </path>
            }
        })
        .collect_view();
    let actual_points = layout
        .actual_points
        .into_iter()
        .map(|p| {
            view! {
                <path
                    class="chart-point chart-point-actual"
                    d=p.marker
                    fill=DATA
                    stroke="#ffffff"
                    stroke-width="1"
                >
                    <title>{p.description}</title>
                </path>
            }
        })
        .collect_view();
    view! {
        <AxesView axes=layout.axes />
        {target}
        <path
            class="chart-planned"
            d=layout.planned_path
            fill="none"
            stroke=SECONDARY
            stroke-width="2"
            stroke-dasharray=PLAN_DASH
        />
        {planned_points}
        <path
            class="chart-actual"
            d=layout.actual_path
            fill="none"
            stroke=DATA
            stroke-width="2.5"
            stroke-linejoin="round"
        />
        {actual_points}
        {target_label}
    }
}

/// Planned values (dashed) against actual values (solid, with points) over the same periods,
/// with a legend and a table of the numbers.
#[component]
pub fn TrajectoryChartView(
    /// What the chart shows. Visible caption and SVG `<title>`.
    #[prop(into)]
    title: String,
    /// Period labels, e.g. "Apr 2025".
    labels: Vec<String>,
    /// Planned value for each period; `None` where nothing is planned.
    planned: Vec<Option<f64>>,
    /// Actual value for each period; `None` where nothing is recorded yet.
    actual: Vec<Option<f64>>,
    /// Target drawn across the chart, if any.
    target: Option<f64>,
    /// Unit of the values, e.g. "%" or "quits"; may be empty.
    #[prop(into)]
    unit: String,
) -> impl IntoView {
    let figure_id = unique_id("trajectory-chart");
    let title_id = format!("{figure_id}-title");
    let desc_id = format!("{figure_id}-desc");
    let frame = ChartFrame::default();

    let summary = trajectory_summary(&labels, &planned, &actual, target, &unit);
    let rows = trajectory_table(&labels, &planned, &actual);
    let has_values = planned
        .iter()
        .chain(&actual)
        .any(|v| v.is_some_and(f64::is_finite));
    let layout = layout_trajectory(&labels, &planned, &actual, target, &unit, &frame);
    let target_text = layout
        .target
        .as_ref()
        .map(|t| target_legend(t.value, &unit));

    let drawing = if has_values {
        let view_box = frame.view_box();
        let labelledby = format!("{title_id} {desc_id}");
        let scroll_label = format!("{title} chart");
        view! {
            <div class="chart-scroll" tabindex="0" role="group" aria-label=scroll_label>
                <svg
                    class="chart-svg"
                    role="img"
                    aria-labelledby=labelledby
                    viewBox=view_box
                    width="100%"
                    preserveAspectRatio="xMidYMid meet"
                    focusable="false"
                    font-family="Arial, Helvetica, sans-serif"
                    font-size=coord(frame.font_size)
                >
                    {svg_title(title_id, title.clone())}
                    <desc id=desc_id>{summary}</desc>
                    {plot_view(layout)}
                </svg>
            </div>
            <ul class="chart-legend" aria-label="Key">
                <LegendItem
                    key=Key::LineWithMarker {
                        colour: SECONDARY,
                        dash: Some(PLAN_DASH),
                        fill: "#ffffff",
                        stroke: SECONDARY,
                    }
                    label="Planned"
                />
                <LegendItem
                    key=Key::LineWithMarker {
                        colour: DATA,
                        dash: None,
                        fill: DATA,
                        stroke: "#ffffff",
                    }
                    label="Actual"
                />
                {target_text
                    .map(|text| {
                        view! {
                            <LegendItem
                                key=Key::Line {
                                    colour: TARGET,
                                    dash: Some(TARGET_DASH),
                                    width: 2.0,
                                }
                                label=text
                            />
                        }
                    })}
            </ul>
        }
        .into_any()
    } else {
        view! { <p class="inset">"There is no data to chart yet."</p> }.into_any()
    };

    let table = has_values.then(|| {
        let csv: Vec<Vec<String>> = rows
            .iter()
            .map(|r| {
                vec![
                    r.label.clone(),
                    r.planned.clone(),
                    r.actual.clone(),
                    r.difference.clone(),
                ]
            })
            .collect();
        let body = rows
            .into_iter()
            .map(|r| {
                view! {
                    <tr>
                        <td>{r.label}</td>
                        <td class="numeric">{r.planned}</td>
                        <td class="numeric">{r.actual}</td>
                        <td class="numeric">{r.difference}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <details class="chart-details">
                <summary class="chart-details-summary">"Show the numbers in a table"</summary>
                <div class="chart-table-wrap">
                    <table class="table chart-table">
                        <caption class="chart-table-caption">
                            {format!("{title}: planned and actual values")}
                        </caption>
                        <thead>
                            <tr>
                                <th scope="col">"Period"</th>
                                <th scope="col" class="numeric">
                                    {column_heading("Planned", &unit)}
                                </th>
                                <th scope="col" class="numeric">
                                    {column_heading("Actual", &unit)}
                                </th>
                                <th scope="col" class="numeric">
                                    "Difference (actual minus planned)"
                                </th>
                            </tr>
                        </thead>
                        <tbody>{body}</tbody>
                    </table>
                </div>
                <CsvButton
                    what="trajectory"
                    context="planned and actual numbers"
                    headers=&["Period", "Planned", "Actual", "Difference (actual minus planned)"]
                    rows=Callback::new(move |_| csv.clone())
                />
            </details>
        }
    });

    view! {
        <figure class="chart chart-trajectory" id=figure_id>
            <figcaption class="chart-title">{title.clone()}</figcaption>
            {drawing}
            {table}
        </figure>
    }
}
