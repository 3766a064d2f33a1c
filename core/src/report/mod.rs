//! The quarterly board report (an integrated performance report) as a read-model: every figure
//! the report page shows, worked out in the core and tested natively.
//!
//! [`board_report`] covers one organisation or the whole partnership ([`ReportScope`]) for one
//! NHS financial quarter ([`Quarter`]). It reports on the strategic goals in scope and their
//! measures: each measure's figures are worked out once, as at the end of the quarter
//! ([`MeasureRow`]), and the summary, the perspective sections and the exception pages all read
//! them. One concept a file:
//!
//! * `quarter`, `scope` — which quarter, whose performance;
//! * `cover` — title, organisations, period, data as at, prepared;
//! * `measure_row` — a measure's figures as at the quarter's end;
//! * `summary` — counts by perspective and status, alignment, balance, changes;
//! * `icon_grid` — the Making Data Count grid of variation × assurance icons;
//! * `sections` — one section per perspective, goal by goal;
//! * `exceptions` — off track or special cause concern, with narrative, actions and forecast;
//! * `exception_charts` — an exception's XmR and trajectory charts as at the quarter's end;
//! * `partnership` — shared goals, who owns which measure, when data last arrived;
//! * `people` — reviews, development plans, recognition and exits, in aggregate only.
//!
//! The cost is proportional to the workspace: goals come from the id index, measures are
//! grouped by goal and reviews by goal and measure once, and each measure's data is read a
//! fixed number of times.

mod commentary;
mod cover;
mod exception_charts;
mod exceptions;
mod icon_grid;
mod measure_row;
mod partnership;
mod people;
mod quarter;
mod scope;
mod sections;
mod summary;

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

pub use commentary::MAX_COMMENTARY;
pub use cover::Cover;
pub use exception_charts::ExceptionCharts;
pub use exceptions::{Exception, ExceptionReason, RecoveryAction};
pub use icon_grid::{IconGrid, IconGridCell, IconGridRow, ASSURANCE_COLUMNS};
pub use measure_row::{
    ForecastRow, LatestValue, MeasureRef, MeasureRow, SelfAssessmentRow, SparkPoint,
    SPARKLINE_POINTS,
};
pub use partnership::{OrganisationData, Partnership, SharedGoal};
pub use people::{
    AwardCount, ExitReasonCount, PeopleCount, PeopleShare, PeopleSummary, TeamReviews,
};
pub use quarter::{Quarter, QuarterKeyError};
pub use scope::ReportScope;
pub use sections::{GoalSection, PerspectiveSection};
pub use summary::{
    PerspectiveCounts, StatusChange, StatusTally, Summary, UnalignedGoal, STATUS_ORDER,
};

use crate::model::{Goal, Id, Measure};
use crate::workspace::Workspace;

/// Everything the board report shows.
#[derive(Debug, Clone, PartialEq)]
pub struct BoardReport {
    /// Whose performance.
    pub scope: ReportScope,
    /// Which quarter.
    pub quarter: Quarter,
    /// The day the figures are as at: the quarter's last day, or `today` if that is earlier
    /// (a quarter still under way).
    pub as_at: NaiveDate,
    /// The cover.
    pub cover: Cover,
    /// The summary page.
    pub summary: Summary,
    /// One section per perspective, in Balanced Scorecard order.
    pub perspectives: Vec<PerspectiveSection>,
    /// One page per measure off track or showing special cause concern, in report order.
    pub exceptions: Vec<Exception>,
    /// Shared goals, measure owners, data arrival.
    pub partnership: Partnership,
    /// People, in aggregate only.
    pub people: PeopleSummary,
}

/// The board report for `scope` and `quarter`, prepared on `today`.
///
/// Statuses, values, icons and forecasts are as at the end of the quarter (or `today`, if that
/// is earlier): only actuals for periods ended by then count. "What changed" compares them
/// with the same figures as at the end of the quarter before.
pub fn board_report(
    ws: &Workspace,
    scope: ReportScope,
    quarter: Quarter,
    today: NaiveDate,
) -> BoardReport {
    let as_at = quarter.end().min(today);
    let previous_as_at = quarter.previous().map(|q| q.end().min(today));
    let cascade = ws.cascade();
    let goals: Vec<&Goal> = cascade
        .strategic
        .iter()
        .filter_map(|id| ws.goal(*id))
        .filter(|g| scope.reports_on(g))
        .collect();
    let reported: HashSet<Id> = goals.iter().map(|g| g.id).collect();
    let mut measures_of: HashMap<Id, Vec<&Measure>> = HashMap::new();
    for m in ws.measures.iter().filter(|m| reported.contains(&m.goal_id)) {
        measures_of.entry(m.goal_id).or_default().push(m);
    }

    let goal_rows: Vec<(&Goal, Vec<(&Measure, MeasureRow)>)> = goals
        .iter()
        .map(|goal| {
            let rows = measures_of
                .remove(&goal.id)
                .unwrap_or_default()
                .into_iter()
                .map(|m| {
                    let row = measure_row::measure_row(
                        ws,
                        m,
                        goal.perspective,
                        goal.organisation_id,
                        &quarter,
                        as_at,
                        previous_as_at,
                    );
                    (m, row)
                })
                .collect();
            (*goal, rows)
        })
        .collect();
    let all_rows: Vec<(&Goal, &Measure, &MeasureRow)> = goal_rows
        .iter()
        .flat_map(|(g, rows)| rows.iter().map(move |(m, r)| (*g, *m, r)))
        .collect();

    let data_as_at = all_rows
        .iter()
        .filter_map(|(_, _, r)| r.latest.as_ref()?.period.end())
        .max();
    let cover = Cover::new(
        &scope.name(ws),
        scope.organisation_names(ws),
        quarter,
        data_as_at,
        today,
    );
    let rows: Vec<&MeasureRow> = all_rows.iter().map(|(_, _, r)| *r).collect();
    let summary = summary::summary(ws, scope, &cascade, &quarter, &rows);
    let reviews = exceptions::ReviewIndex::new(ws, as_at);
    let exceptions = all_rows
        .iter()
        .filter_map(|(g, m, r)| exceptions::exception(ws, &reviews, m, r, &g.title, as_at))
        .collect();
    let owned: Vec<(&Measure, Id, &MeasureRow)> = all_rows
        .iter()
        .map(|(g, m, r)| (*m, g.organisation_id, *r))
        .collect();
    let partnership = partnership::partnership(ws, scope, &owned);
    let people = people::people_summary(ws, scope, &quarter);

    let perspectives = sections::perspective_sections(
        goal_rows
            .into_iter()
            .map(|(goal, rows)| {
                let rows = rows.into_iter().map(|(_, r)| r).collect();
                (goal.perspective, sections::goal_section(ws, goal, rows))
            })
            .collect(),
    );

    BoardReport {
        scope,
        quarter,
        as_at,
        cover,
        summary,
        perspectives,
        exceptions,
        partnership,
        people,
    }
}
