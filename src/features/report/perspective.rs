//! One section per Balanced Scorecard perspective: each strategic goal with its measures'
//! latest value, trajectory, target, status, SPC icons, trend, forecast and self-assessment.

use leptos::prelude::*;
use leptos_router::components::A;
use scorecard_core::chart::sparkline_description;
use scorecard_core::report::{
    GoalSection, MeasureRow, PerspectiveSection, Quarter, ReportScope, SelfAssessmentRow,
};
use scorecard_core::Perspective;

use super::icons::{icons_cells, SpcIconsView};
use super::narrative::SectionNarrative;
use super::sparkline::Sparkline;
use super::table::csv_rows;
use crate::ui::csv_button::CsvButton;
use crate::ui::tags::StatusBadge;

/// The table's columns, after the measure's name.
const COLUMNS: [&str; 8] = [
    "Latest value",
    "Trajectory for the period",
    "Target",
    "Status",
    "SPC icons",
    "Trend",
    "Year-end forecast",
    "Owner's self-assessment",
];

const CSV_HEADERS: &[&str] = &[
    "Goal",
    "Measure",
    "Latest value",
    "Period",
    "Trajectory for the period",
    "Target",
    "Status",
    "Variation",
    "Assurance",
    "Trend",
    "Year-end forecast",
    "Self-assessment",
    "Confidence (1 to 5)",
    "Owner's narrative",
];

/// The CSV file's name for a perspective's table.
fn csv_name(perspective: Perspective) -> &'static str {
    match perspective {
        Perspective::Financial => "report-financial",
        Perspective::Customer => "report-patients-and-service-users",
        Perspective::InternalProcess => "report-internal-business-process",
        Perspective::LearningGrowth => "report-learning-and-growth",
    }
}

/// "Off track (Sep 2026), confidence 4 of 5".
fn assessment_text(sa: &SelfAssessmentRow) -> String {
    format!(
        "{} ({}), confidence {} of 5",
        sa.rag.label(),
        sa.period_label,
        sa.confidence
    )
}

/// A measure as a spreadsheet row.
fn csv_row(goal: &str, m: &MeasureRow) -> Vec<String> {
    let [variation, assurance] = icons_cells(&m.icons);
    let latest = m.latest.as_ref();
    let sa = m.self_assessment.as_ref();
    vec![
        goal.to_string(),
        m.name.clone(),
        latest.map(|l| l.value_text.clone()).unwrap_or_default(),
        latest.map(|l| l.period_label.clone()).unwrap_or_default(),
        latest
            .and_then(|l| l.planned_text.clone())
            .unwrap_or_default(),
        m.target_text.clone().unwrap_or_default(),
        m.status.label().to_string(),
        variation,
        assurance,
        sparkline_description(&m.sparkline, &m.unit),
        m.forecast
            .as_ref()
            .map(|f| f.text.clone())
            .unwrap_or_default(),
        sa.map(|s| s.rag.label().to_string()).unwrap_or_default(),
        sa.map(|s| s.confidence.to_string()).unwrap_or_default(),
        sa.map(|s| s.narrative.clone()).unwrap_or_default(),
    ]
}

/// One measure's row.
fn measure_row(m: MeasureRow) -> impl IntoView {
    let latest = match &m.latest {
        Some(l) => {
            let stale = (!l.in_quarter).then(|| {
                view! { <span class="report-note">"No data for this quarter yet"</span> }
            });
            view! {
                {l.value_text.clone()}
                " "
                <span class="report-note">{l.period_label.clone()}</span>
                {stale}
            }
            .into_any()
        }
        None => view! { <span class="report-none">"No data yet"</span> }.into_any(),
    };
    let planned = m
        .latest
        .as_ref()
        .and_then(|l| l.planned_text.clone())
        .unwrap_or_else(|| "Not planned".into());
    let assessment = match &m.self_assessment {
        Some(sa) => view! {
            <p class="report-cell-text">{assessment_text(sa)}</p>
            {(!sa.narrative.trim().is_empty())
                .then(|| {
                    view! { <p class="report-cell-text preserve-lines">{sa.narrative.clone()}</p> }
                })}
            {sa.disagreement.clone().map(|d| view! { <p class="disagreement-note">{d}</p> })}
        }
        .into_any(),
        None => view! { <span class="report-none">"None recorded"</span> }.into_any(),
    };
    let notes = (!m.notes.is_empty()).then(|| {
        view! { <span class="report-note">{m.notes.join(" ")}</span> }
    });
    view! {
        <tr>
            <th scope="row">
                <A href=format!("/measures/{}", m.measure_id)>{m.name.clone()}</A>
                {notes}
            </th>
            <td>{latest}</td>
            <td>{planned}</td>
            <td>{m.target_text.clone().unwrap_or_else(|| "No target".into())}</td>
            <td>
                <StatusBadge status=m.status />
            </td>
            <td>
                <SpcIconsView icons=m.icons />
            </td>
            <td>
                <Sparkline points=m.sparkline unit=m.unit />
            </td>
            <td>{m.forecast.map(|f| f.text).unwrap_or_else(|| "No forecast".into())}</td>
            <td>{assessment}</td>
        </tr>
    }
}

/// A goal's heading row and its measures' rows.
fn goal_rows(goal: GoalSection) -> impl IntoView {
    let mut about = vec![format!("Owned by {}", goal.organisation)];
    if !goal.shared_with.is_empty() {
        about.push(format!("shared with {}", goal.shared_with.join(", ")));
    }
    if let Some(owner) = &goal.owner {
        about.push(format!("accountable: {owner}"));
    }
    let measures = if goal.measures.is_empty() {
        view! {
            <tr>
                <td colspan=(COLUMNS.len() + 1).to_string()>"No measures for this goal yet."</td>
            </tr>
        }
        .into_any()
    } else {
        goal.measures
            .into_iter()
            .map(measure_row)
            .collect_view()
            .into_any()
    };
    view! {
        <tbody>
            <tr class="report-goal-row">
                <th scope="rowgroup" colspan=(COLUMNS.len() + 1).to_string()>
                    "Goal: "
                    <A href=format!("/goals/{}", goal.goal_id)>{goal.title}</A>
                    <span class="report-note">{about.join("; ")}</span>
                </th>
            </tr>
            {measures}
        </tbody>
    }
}

/// A perspective's section: its strategic goals and their measures in one table.
#[component]
pub(super) fn PerspectiveReport(
    /// The perspective's goals and measures.
    section: PerspectiveSection,
    /// The report's quarter.
    quarter: Quarter,
    /// Whose performance the report covers.
    scope: ReportScope,
) -> impl IntoView {
    let perspective = section.perspective;
    let key = perspective.key();
    let heading_id = format!("report-perspective-{}", key.replace('_', "-"));
    let labelled_by = heading_id.clone();
    let label = section.label;
    let body = if section.goals.is_empty() {
        view! {
            <div class="inset inset-warning" role="note">
                <p>
                    "There is no strategic goal in this perspective, so the scorecard is unbalanced."
                </p>
            </div>
        }
        .into_any()
    } else {
        let csv = section
            .goals
            .iter()
            .flat_map(|g| g.measures.iter().map(|m| csv_row(&g.title, m)))
            .collect();
        let head = COLUMNS
            .iter()
            .map(|c| view! { <th scope="col">{*c}</th> })
            .collect_view();
        view! {
            <div class="report-table-wrap">
                <table class="table report-table report-measures">
                    <caption class="report-caption">
                        {format!("{label}: strategic goals and their measures")}
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">"Measure"</th>
                            {head}
                        </tr>
                    </thead>
                    {section.goals.into_iter().map(goal_rows).collect_view()}
                </table>
            </div>
            <CsvButton
                what=csv_name(perspective)
                headers=CSV_HEADERS
                rows=csv_rows(csv)
                context=label
            />
        }
        .into_any()
    };
    view! {
        <section class="report-section report-landscape" aria-labelledby=labelled_by>
            <h2 id=heading_id>{label}</h2>
            <p class="hint">{perspective.hint()}</p>
            {body}
            <SectionNarrative quarter=quarter scope=scope section=key />
        </section>
    }
}
