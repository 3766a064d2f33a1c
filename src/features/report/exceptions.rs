//! The exception pages: each measure off track or showing special cause concern, with its XmR
//! and trajectory charts, the owner's narrative, the recovery actions agreed at reviews, and
//! the forecast.

use leptos::prelude::*;
use leptos_router::components::A;
use scorecard_core::format;
use scorecard_core::report::{Exception, Quarter, RecoveryAction, ReportScope};

use super::icons::SpcIconsView;
use super::narrative::SectionNarrative;
use super::table::ReportTable;
use crate::ui::charts::{TrajectoryChartView, XmrChartView};
use crate::ui::tags::StatusBadge;

const ACTION_HEADERS: &[&str] = &[
    "Action",
    "Owner",
    "Due",
    "Status at the end of the quarter",
    "Agreed at review on",
];

/// An action's status at the quarter's end, "Overdue" for an open one past its date.
fn action_status(a: &RecoveryAction) -> &'static str {
    if a.overdue {
        "Overdue"
    } else {
        a.status.label()
    }
}

/// The anchor of an exception's page.
fn anchor(e: &Exception) -> String {
    format!("exception-{}", e.measure.measure_id)
}

/// The recovery actions agreed at reviews of the measure or its goal.
fn actions_table(actions: Vec<RecoveryAction>) -> impl IntoView {
    if actions.is_empty() {
        return view! { <p>"No recovery actions were agreed at reviews of this measure or its goal."</p> }
            .into_any();
    }
    let csv = actions
        .iter()
        .map(|a| {
            vec![
                a.description.clone(),
                a.owner.clone().unwrap_or_default(),
                a.due.map(|d| d.to_string()).unwrap_or_default(),
                action_status(a).to_string(),
                a.review_date.to_string(),
            ]
        })
        .collect();
    let body = actions
        .into_iter()
        .map(|a| {
            let status = action_status(&a);
            let class = if a.overdue { "report-overdue" } else { "" };
            view! {
                <tr>
                    <td>{a.description}</td>
                    <td>{a.owner.unwrap_or_else(|| "Not named".into())}</td>
                    <td>{a.due_text.unwrap_or_else(|| "No date".into())}</td>
                    <td class=class>{status}</td>
                    <td>
                        <A href=format!(
                            "/reviews/{}",
                            a.review_id,
                        )>{format::long_date(a.review_date)}</A>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <ReportTable
            caption="Recovery actions"
            headers=ACTION_HEADERS
            rows=body.into_any()
            csv=csv
            what="report-recovery-actions"
            context="recovery actions"
        />
    }
    .into_any()
}

/// One measure's exception page.
fn exception_page(e: Exception) -> impl IntoView {
    let id = anchor(&e);
    let heading_id = format!("{id}-title");
    let labelled_by = heading_id.clone();
    let m = e.measure;
    let charts = e.charts;
    let reasons = e
        .reasons
        .iter()
        .map(|r| r.label())
        .collect::<Vec<_>>()
        .join(" and ");
    let latest = m.latest.as_ref().map_or_else(
        || "No data yet".to_string(),
        |l| format!("{} ({})", l.value_text, l.period_label),
    );
    let note = |n: Option<String>| n.map(|n| view! { <p class="hint">{n}</p> });
    let spc = match charts.spc {
        Some(spc) => view! {
            {note(spc.note)}
            <XmrChartView
                title=charts.spc_title
                chart=spc.chart
                labels=spc.labels
                target=charts.spc_target
                unit=m.unit.clone()
                polarity=Some(charts.polarity)
            />
        }
        .into_any(),
        None => view! { <p>"The SPC chart needs at least two periods of data."</p> }.into_any(),
    };
    let trajectory = charts.trajectory;
    view! {
        <article class="report-exception" id=id aria-labelledby=labelled_by>
            <h3 id=heading_id>"Exception: "{m.name.clone()}</h3>
            <p class="report-reasons">
                <strong>"Why: "</strong>
                {reasons}
            </p>
            <dl class="summary-list">
                <div class="summary-row">
                    <dt>"Strategic goal"</dt>
                    <dd>{e.goal_title}</dd>
                </div>
                <div class="summary-row">
                    <dt>"Status"</dt>
                    <dd>
                        <StatusBadge status=m.status />
                    </dd>
                </div>
                <div class="summary-row">
                    <dt>"Latest value"</dt>
                    <dd>{latest}</dd>
                </div>
                <div class="summary-row">
                    <dt>"Trajectory for the period"</dt>
                    <dd>
                        {m
                            .latest
                            .and_then(|l| l.planned_text)
                            .unwrap_or_else(|| "Not planned".into())}
                    </dd>
                </div>
                <div class="summary-row">
                    <dt>"Target"</dt>
                    <dd>{m.target_text.unwrap_or_else(|| "No target".into())}</dd>
                </div>
                <div class="summary-row">
                    <dt>"SPC icons"</dt>
                    <dd>
                        <SpcIconsView icons=m.icons />
                    </dd>
                </div>
                <div class="summary-row">
                    <dt>"Year-end forecast"</dt>
                    <dd>{m.forecast.map(|f| f.text).unwrap_or_else(|| "No forecast".into())}</dd>
                </div>
            </dl>
            <h4>"The owner's narrative"</h4>
            {match e.narrative {
                Some(n) => {
                    view! { <blockquote class="report-quote preserve-lines">{n}</blockquote> }
                        .into_any()
                }
                None => {
                    view! { <p>"The owner has not written a narrative for this period."</p> }
                        .into_any()
                }
            }}
            <h4>"Recovery actions"</h4>
            {actions_table(e.actions)}
            <div class="report-chart">
                {note(trajectory.note)}
                <TrajectoryChartView
                    title=charts.trajectory_title
                    labels=trajectory.labels
                    planned=trajectory.planned
                    actual=trajectory.actual
                    target=charts.target
                    unit=m.unit.clone()
                />
            </div>
            <div class="report-chart">{spc}</div>
        </article>
    }
}

/// The exceptions: a list of them, the author's commentary, then a page for each.
#[component]
pub(super) fn ExceptionsSection(
    /// One per measure off track or showing special cause concern.
    exceptions: Vec<Exception>,
    /// The report's quarter.
    quarter: Quarter,
    /// Whose performance the report covers.
    scope: ReportScope,
) -> impl IntoView {
    let intro = if exceptions.is_empty() {
        view! {
            <p>
                "No measure was off track or showed special cause concern at the end of the quarter."
            </p>
        }
            .into_any()
    } else {
        let items = exceptions
            .iter()
            .map(|e| {
                let reasons = e
                    .reasons
                    .iter()
                    .map(|r| r.label())
                    .collect::<Vec<_>>()
                    .join(", ");
                view! {
                    <li>
                        <a href=format!("#{}", anchor(e))>{e.measure.name.clone()}</a>
                        " ("
                        {reasons}
                        ")"
                    </li>
                }
            })
            .collect_view();
        view! {
            <p>
                "Measures off track or showing special cause concern at the end of the quarter, each with its charts, the owner's narrative and the recovery actions agreed at reviews:"
            </p>
            <ul class="bulleted">{items}</ul>
        }
        .into_any()
    };
    view! {
        <section class="report-section" aria-labelledby="report-exceptions">
            <h2 id="report-exceptions">"Exceptions"</h2>
            {intro}
            <SectionNarrative quarter=quarter scope=scope section="exceptions" />
            {exceptions.into_iter().map(exception_page).collect_view()}
        </section>
    }
}
