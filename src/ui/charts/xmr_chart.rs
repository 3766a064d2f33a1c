//! An XmR (statistical process control) chart in the NHS "Making Data Count" style.

use leptos::prelude::*;

use crate::ui::csv_button::CsvButton;
use scorecard_core::analysis::{AssuranceIcon, Polarity, SpcChart};
use scorecard_core::chart::{
    coord, layout_xmr, xmr_summary, xmr_table, ChartFrame, PointKind, XmrLayout,
};

use super::{
    column_heading, kind_fill, kind_stroke, svg_title, target_legend, target_line, target_text,
    unique_id, AxesView, Key, LegendItem, DATA, LIMIT_DASH, SECONDARY, TARGET, TARGET_DASH, TEXT,
    TWO_SIGMA, TWO_SIGMA_DASH,
};

/// CSS key of an assurance icon's badge.
fn assurance_key(icon: AssuranceIcon) -> &'static str {
    match icon {
        AssuranceIcon::ConsistentlyPass => "pass",
        AssuranceIcon::ConsistentlyFail => "fail",
        AssuranceIcon::HitAndMiss => "hit-and-miss",
    }
}

/// The drawing itself: lines, target, data line and points.
fn plot_view(layout: XmrLayout) -> impl IntoView {
    let target = target_line(layout.target);
    let target_label = target_text(layout.target_label);
    let points = layout
        .points
        .into_iter()
        .map(|p| {
            let class = format!("chart-point chart-point-{}", p.kind.key());
            let width = if p.kind == PointKind::Common {
                "1"
            } else {
                "1.5"
            };
            view! {
                <path
                    class=class
                    d=p.marker
                    fill=kind_fill(p.kind)
                    stroke=kind_stroke(p.kind)
                    stroke-width=width
                >
                    <title>{p.description}</title>
                </path>
            }
        })
        .collect_view();
    view! {
        <AxesView axes=layout.axes />
        <path
            class="chart-two-sigma"
            d=layout.two_sigma_path
            fill="none"
            stroke=TWO_SIGMA
            stroke-width="1"
            stroke-dasharray=TWO_SIGMA_DASH
        />
        <path
            class="chart-limits"
            d=layout.limits_path
            fill="none"
            stroke=SECONDARY
            stroke-width="1.5"
            stroke-dasharray=LIMIT_DASH
        />
        <path class="chart-mean" d=layout.mean_path fill="none" stroke=TEXT stroke-width="1.5" />
        {target}
        <path
            class="chart-data"
            d=layout.data_path
            fill="none"
            stroke=DATA
            stroke-width="2"
            stroke-linejoin="round"
        />
        {points}
        {target_label}
    }
}

/// An XmR chart with its legend, Making Data Count icons as text badges, warnings, and a
/// table of the numbers.
///
/// Special-cause points are drawn in the Making Data Count colours *and* in their own shapes
/// (improvement ■, concern ◆, neither ▲; common cause ●), so colour is never the only cue.
#[component]
pub fn XmrChartView(
    /// What the chart shows, e.g. the measure's name. Visible caption and SVG `<title>`.
    #[prop(into)]
    title: String,
    /// The chart from `analysis::xmr_chart`.
    chart: SpcChart,
    /// Period label for each point, e.g. "Apr 2025"; missing labels become "Point n".
    labels: Vec<String>,
    /// Target drawn across the chart, if any.
    target: Option<f64>,
    /// Unit of the values, e.g. "%" or "days"; may be empty.
    #[prop(into)]
    unit: String,
    /// Which direction is good, for the description and the facts list.
    polarity: Option<Polarity>,
) -> impl IntoView {
    let figure_id = unique_id("xmr-chart");
    let title_id = format!("{figure_id}-title");
    let desc_id = format!("{figure_id}-desc");
    let frame = ChartFrame::default();

    let summary = xmr_summary(&chart, &labels, target, &unit, polarity.as_ref());
    let rows = xmr_table(&chart, &labels);
    let has_points = !chart.points.is_empty();
    let layout = layout_xmr(&chart, &labels, target, &unit, &frame);

    let legend = {
        let mut items = vec![view! { <LegendItem key=Key::LineWithMarker {
        colour: DATA, dash: None, fill: DATA, stroke: "#ffffff" } label="Values"/> }];
        items.push(view! {
            <LegendItem
                key=Key::Line {
                    colour: TEXT,
                    dash: None,
                    width: 1.5,
                }
                label="Mean"
            />
        });
        if !layout.limits_path.is_empty() {
            items.push(view! {
                <LegendItem
                    key=Key::Line {
                        colour: SECONDARY,
                        dash: Some(LIMIT_DASH),
                        width: 1.5,
                    }
                    label="Process limits"
                />
            });
            items.push(view! {
                <LegendItem
                    key=Key::Line {
                        colour: TWO_SIGMA,
                        dash: Some(TWO_SIGMA_DASH),
                        width: 1.0,
                    }
                    label="2-sigma lines"
                />
            });
        }
        if let Some(t) = &layout.target {
            items.push(view! {
                <LegendItem
                    key=Key::Line {
                        colour: TARGET,
                        dash: Some(TARGET_DASH),
                        width: 2.0,
                    }
                    label=target_legend(t.value, &unit)
                />
            });
        }
        for kind in layout.kinds() {
            items.push(view! { <LegendItem key=Key::Point(kind) label=kind.label() /> });
        }
        items
    };

    let withheld = chart.icons().reason();
    let badge = |key: &str, symbol: &'static str, label: &'static str| {
        view! {
            <span class=format!("chart-badge chart-badge-{key}")>
                <span class="chart-badge-symbol" aria-hidden="true">
                    {symbol}
                </span>
                <span>{label}</span>
            </span>
        }
        .into_any()
    };
    let hint = |text: String| view! { <span class="hint">{text}</span> }.into_any();
    let variation = match chart.variation {
        Some(icon) => badge(
            PointKind::from_variation(icon).key(),
            icon.symbol(),
            icon.label(),
        ),
        None => hint(withheld.clone().unwrap_or_default()),
    };
    let assurance = match (chart.assurance, withheld) {
        (Some(icon), _) => badge(assurance_key(icon), icon.symbol(), icon.label()),
        (None, Some(reason)) => hint(reason),
        (None, None) => hint(
            "Not shown: it needs a target, a direction (higher or lower is better) and process limits."
                .into(),
        ),
    };
    let direction = polarity.map(|p| {
        view! {
            <dt>"Direction"</dt>
            <dd>{p.label()}</dd>
        }
    });
    let run_length = format!(
        "Runs of {} points count as a trend or a shift",
        chart.run_length.points()
    );

    let warnings = (!chart.warnings.is_empty()).then(|| {
        let items = chart
            .warnings
            .iter()
            .map(|w| view! { <li>{w.message()}</li> })
            .collect_view();
        view! {
            <div class="inset inset-warning chart-warnings" role="note">
                <ul class="chart-warning-list">{items}</ul>
            </div>
        }
    });

    let table = has_points.then(|| {
        let csv: Vec<Vec<String>> = rows
            .iter()
            .map(|r| {
                vec![
                    r.label.clone(),
                    r.value.clone(),
                    r.mean.clone(),
                    r.lower.clone(),
                    r.upper.clone(),
                    r.special_cause.clone(),
                ]
            })
            .collect();
        let body = rows
            .into_iter()
            .map(|r| {
                view! {
                    <tr>
                        <td>{r.label}</td>
                        <td class="numeric">{r.value}</td>
                        <td class="numeric">{r.mean}</td>
                        <td class="numeric">{r.lower}</td>
                        <td class="numeric">{r.upper}</td>
                        <td>{r.special_cause}</td>
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
                            {format!("{title}: values, mean and process limits")}
                        </caption>
                        <thead>
                            <tr>
                                <th scope="col">"Period"</th>
                                <th scope="col" class="numeric">
                                    {column_heading("Value", &unit)}
                                </th>
                                <th scope="col" class="numeric">
                                    "Mean"
                                </th>
                                <th scope="col" class="numeric">
                                    "Lower limit"
                                </th>
                                <th scope="col" class="numeric">
                                    "Upper limit"
                                </th>
                                <th scope="col">"Special cause"</th>
                            </tr>
                        </thead>
                        <tbody>{body}</tbody>
                    </table>
                </div>
                <CsvButton
                    what="spc"
                    context="SPC numbers"
                    headers=&[
                        "Period",
                        "Value",
                        "Mean",
                        "Lower limit",
                        "Upper limit",
                        "Special cause",
                    ]
                    rows=Callback::new(move |_| csv.clone())
                />
            </details>
        }
    });

    let drawing = has_points.then(|| {
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
                {legend}
            </ul>
        }
    });

    view! {
        <figure class="chart chart-xmr" id=figure_id>
            <figcaption class="chart-title">{title.clone()}</figcaption>
            {drawing}
            {has_points
                .then(|| {
                    view! {
                        <dl class="chart-facts">
                            <dt>"Variation"</dt>
                            <dd>{variation}</dd>
                            <dt>"Assurance"</dt>
                            <dd>{assurance}</dd>
                            {direction}
                            <dt>"How limits are set"</dt>
                            <dd>{chart.screening.label()}". "{run_length}"."</dd>
                        </dl>
                    }
                })}
            {warnings}
            {table}
        </figure>
    }
}
