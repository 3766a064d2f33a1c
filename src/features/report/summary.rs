//! The summary page: measures by perspective and status, the Making Data Count grid, goals not
//! aligned, the scorecard's balance, and what changed since the quarter before.

use std::sync::LazyLock;

use leptos::prelude::*;
use leptos_router::components::A;
use scorecard_core::report::{
    Quarter, ReportScope, StatusChange, StatusTally, Summary, UnalignedGoal, STATUS_ORDER,
};

use super::narrative::SectionNarrative;
use super::summary_grid::IconGridTable;
use super::table::{csv_rows, ReportTable};
use crate::ui::csv_button::CsvButton;
use crate::ui::tags::StatusBadge;

/// Headings of the counts table: the perspective, each status, the total.
static COUNT_HEADERS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    std::iter::once("Perspective")
        .chain(STATUS_ORDER.iter().map(|s| s.label()))
        .chain(std::iter::once("Total"))
        .collect()
});

const UNALIGNED_HEADERS: &[&str] = &["Goal", "Level", "Organisation", "Why it is not aligned"];
const BALANCE_HEADERS: &[&str] = &["Perspective", "Strategic goals"];
const CHANGE_HEADERS: &[&str] = &["Measure", "Perspective", "Status before", "Status now"];

/// A row of counts: the heading cell's text, then one count a status and the total.
fn count_cells(tally: &StatusTally) -> Vec<String> {
    STATUS_ORDER
        .iter()
        .map(|s| tally.count(*s).to_string())
        .chain(std::iter::once(tally.total().to_string()))
        .collect()
}

/// Measures counted by perspective and status, with a total row.
#[component]
fn CountsTable(summary: Summary) -> impl IntoView {
    let mut rows: Vec<(String, Vec<String>)> = summary
        .by_perspective
        .iter()
        .map(|p| (p.label.to_string(), count_cells(&p.tally)))
        .collect();
    rows.push(("All perspectives".to_string(), count_cells(&summary.totals)));
    let csv = rows
        .iter()
        .map(|(h, cells)| std::iter::once(h.clone()).chain(cells.clone()).collect())
        .collect();
    let head = STATUS_ORDER
        .iter()
        .map(|s| {
            view! {
                <th scope="col" class="numeric">
                    <StatusBadge status=*s />
                </th>
            }
        })
        .collect_view();
    let body = rows
        .into_iter()
        .map(|(heading, cells)| {
            view! {
                <tr>
                    <th scope="row">{heading}</th>
                    {cells
                        .into_iter()
                        .map(|c| view! { <td class="numeric">{c}</td> })
                        .collect_view()}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="report-table-wrap">
            <table class="table report-table">
                <caption class="report-caption">"Measures by perspective and status"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Perspective"</th>
                        {head}
                        <th scope="col" class="numeric">
                            "Total"
                        </th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
        <CsvButton
            what="report-status-counts"
            headers=COUNT_HEADERS.as_slice()
            rows=csv_rows(csv)
            context="measures by status"
        />
    }
}

/// Goals that do not trace up to a strategic goal.
#[component]
fn UnalignedTable(goals: Vec<UnalignedGoal>) -> impl IntoView {
    if goals.is_empty() {
        return view! { <p>"Every goal in scope traces up to a strategic goal."</p> }.into_any();
    }
    let csv = goals
        .iter()
        .map(|g| {
            vec![
                g.title.clone(),
                g.level.label().to_string(),
                g.organisation.clone(),
                g.reason.to_string(),
            ]
        })
        .collect();
    let body = goals
        .into_iter()
        .map(|g| {
            view! {
                <tr>
                    <th scope="row">
                        <A href=format!("/goals/{}", g.goal_id)>{g.title}</A>
                    </th>
                    <td>{g.level.label()}</td>
                    <td>{g.organisation}</td>
                    <td>{g.reason}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <ReportTable
            caption="Goals not aligned to a strategic goal"
            headers=UNALIGNED_HEADERS
            rows=body.into_any()
            csv=csv
            what="report-goals-not-aligned"
            context="goals not aligned"
        />
    }
    .into_any()
}

/// Strategic goals in each perspective, with a warning when one has none.
#[component]
fn BalanceTable(summary: Summary) -> impl IntoView {
    let csv = summary
        .balance
        .iter()
        .map(|b| {
            vec![
                b.perspective.label().to_string(),
                b.strategic_goals.to_string(),
            ]
        })
        .collect();
    let body = summary
        .balance
        .into_iter()
        .map(|b| {
            view! {
                <tr>
                    <th scope="row">{b.perspective.label()}</th>
                    <td class="numeric">{b.strategic_goals}</td>
                </tr>
            }
        })
        .collect_view();
    let verdict = match summary.balance_warning {
        Some(warning) => view! {
            <div class="inset inset-warning" role="note">
                <p>
                    <strong>"Warning: "</strong>
                    {warning}
                </p>
            </div>
        }
        .into_any(),
        None => view! { <p>"Balanced: every perspective has at least one strategic goal."</p> }
            .into_any(),
    };
    view! {
        {verdict}
        <table class="table report-table report-table-narrow">
            <caption class="report-caption">"Strategic goals by perspective"</caption>
            <thead>
                <tr>
                    <th scope="col">"Perspective"</th>
                    <th scope="col" class="numeric">
                        "Strategic goals"
                    </th>
                </tr>
            </thead>
            <tbody>{body}</tbody>
        </table>
        <CsvButton
            what="report-scorecard-balance"
            headers=BALANCE_HEADERS
            rows=csv_rows(csv)
            context="scorecard balance"
        />
    }
}

/// Measures whose status changed since the end of the quarter before.
#[component]
fn ChangesTable(changes: Vec<StatusChange>, previous: Quarter) -> impl IntoView {
    if changes.is_empty() {
        return view! { <p>{format!("No measure's status changed since the end of {}.", previous.label())}</p> }
        .into_any();
    }
    let csv = changes
        .iter()
        .map(|c| {
            vec![
                c.name.clone(),
                c.perspective.label().to_string(),
                c.previous.label().to_string(),
                c.current.label().to_string(),
            ]
        })
        .collect();
    let body = changes
        .into_iter()
        .map(|c| {
            view! {
                <tr>
                    <th scope="row">
                        <A href=format!("/measures/{}", c.measure_id)>{c.name}</A>
                    </th>
                    <td>{c.perspective.label()}</td>
                    <td>
                        <StatusBadge status=c.previous />
                    </td>
                    <td>
                        <StatusBadge status=c.current />
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="table report-table">
            <caption class="report-caption">
                {format!("Status changes since the end of {}", previous.label())}
            </caption>
            <thead>
                <tr>
                    <th scope="col">"Measure"</th>
                    <th scope="col">"Perspective"</th>
                    <th scope="col">{format!("Status at the end of {}", previous.label())}</th>
                    <th scope="col">"Status now"</th>
                </tr>
            </thead>
            <tbody>{body}</tbody>
        </table>
        <CsvButton
            what="report-status-changes"
            headers=CHANGE_HEADERS
            rows=csv_rows(csv)
            context="status changes"
        />
    }
    .into_any()
}

/// The summary page.
#[component]
pub(super) fn SummarySection(
    /// Its figures.
    summary: Summary,
    /// The report's quarter.
    quarter: Quarter,
    /// Whose performance the report covers.
    scope: ReportScope,
) -> impl IntoView {
    let changes = summary.previous_quarter.map(|previous| {
        view! {
            <h3>"What changed since last quarter"</h3>
            <ChangesTable changes=summary.changes.clone() previous=previous />
        }
    });
    view! {
        <section class="report-section" aria-labelledby="report-summary">
            <h2 id="report-summary">"Summary"</h2>
            <CountsTable summary=summary.clone() />
            <h3>"Making Data Count summary"</h3>
            <IconGridTable grid=summary.icon_grid.clone() />
            <h3>"Goals not aligned"</h3>
            <UnalignedTable goals=summary.unaligned_goals.clone() />
            <h3>"Scorecard balance"</h3>
            <BalanceTable summary=summary.clone() />
            {changes}
            <SectionNarrative quarter=quarter scope=scope section="summary" />
        </section>
    }
}
