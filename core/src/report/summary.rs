//! The report's summary page: measures counted by perspective and status, the Making Data Count
//! grid of variation × assurance icons (`icon_grid`), goals not aligned, the scorecard's
//! balance, and what changed since the quarter before.

use super::icon_grid::IconGrid;
use super::measure_row::MeasureRow;
use super::quarter::Quarter;
use super::scope::ReportScope;
use crate::alignment::{Cascade, NotAlignedReason};
use crate::analysis::RagStatus;
use crate::balance::{self, PerspectiveBalance};
use crate::model::{GoalLevel, Id, Perspective};
use crate::workspace::Workspace;

/// The statuses a summary counts, in the order its columns show them.
pub const STATUS_ORDER: [RagStatus; 6] = [
    RagStatus::Green,
    RagStatus::Amber,
    RagStatus::Red,
    RagStatus::NoDataYet,
    RagStatus::NotYetDue,
    RagStatus::DataOverdue,
];

/// Measures counted by status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StatusTally {
    /// On track.
    pub on_track: usize,
    /// At risk.
    pub at_risk: usize,
    /// Off track.
    pub off_track: usize,
    /// No data yet.
    pub no_data_yet: usize,
    /// Not yet due.
    pub not_yet_due: usize,
    /// Data overdue.
    pub data_overdue: usize,
}

impl StatusTally {
    /// Counts one more measure with `status`.
    pub fn add(&mut self, status: RagStatus) {
        *self.slot(status) += 1;
    }

    /// How many have `status`.
    pub fn count(&self, status: RagStatus) -> usize {
        let mut copy = *self;
        *copy.slot(status)
    }

    /// How many in all.
    pub fn total(&self) -> usize {
        STATUS_ORDER.iter().map(|s| self.count(*s)).sum()
    }

    fn slot(&mut self, status: RagStatus) -> &mut usize {
        match status {
            RagStatus::Green => &mut self.on_track,
            RagStatus::Amber => &mut self.at_risk,
            RagStatus::Red => &mut self.off_track,
            RagStatus::NoDataYet => &mut self.no_data_yet,
            RagStatus::NotYetDue => &mut self.not_yet_due,
            RagStatus::DataOverdue => &mut self.data_overdue,
        }
    }
}

/// One perspective's measures counted by status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PerspectiveCounts {
    /// The perspective.
    pub perspective: Perspective,
    /// Its heading.
    pub label: &'static str,
    /// Its measures by status.
    pub tally: StatusTally,
}

/// A goal in scope that does not trace up to a strategic goal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnalignedGoal {
    /// The goal.
    pub goal_id: Id,
    /// Its title.
    pub title: String,
    /// Team or individual.
    pub level: GoalLevel,
    /// Its organisation's short name.
    pub organisation: String,
    /// Why it is not aligned, in words.
    pub reason: &'static str,
}

/// A measure whose status differs from the quarter before.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusChange {
    /// The measure.
    pub measure_id: Id,
    /// Its name.
    pub name: String,
    /// Its perspective.
    pub perspective: Perspective,
    /// Its status at the end of the quarter before.
    pub previous: RagStatus,
    /// Its status at the end of this quarter.
    pub current: RagStatus,
}

/// The summary page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// Measures by status, one entry per perspective in Balanced Scorecard order.
    pub by_perspective: Vec<PerspectiveCounts>,
    /// Every measure by status.
    pub totals: StatusTally,
    /// The Making Data Count grid.
    pub icon_grid: IconGrid,
    /// Goals in scope that do not trace up to a strategic goal, in the cascade's order.
    pub unaligned_goals: Vec<UnalignedGoal>,
    /// Strategic goals in each perspective.
    pub balance: Vec<PerspectiveBalance>,
    /// A sentence when a perspective has no strategic goal.
    pub balance_warning: Option<String>,
    /// The quarter the changes are measured from.
    pub previous_quarter: Option<Quarter>,
    /// Measures whose status changed since the end of the quarter before, in report order.
    pub changes: Vec<StatusChange>,
}

/// The summary of `rows` (every measure in the report, in report order).
pub(super) fn summary(
    ws: &Workspace,
    scope: ReportScope,
    cascade: &Cascade,
    quarter: &Quarter,
    rows: &[&MeasureRow],
) -> Summary {
    let mut by_perspective: Vec<PerspectiveCounts> = Perspective::ALL
        .into_iter()
        .map(|perspective| PerspectiveCounts {
            perspective,
            label: perspective.label(),
            tally: StatusTally::default(),
        })
        .collect();
    let mut totals = StatusTally::default();
    let mut icon_grid = IconGrid::new();
    let mut changes = Vec::new();
    for row in rows {
        totals.add(row.status);
        if let Some(counts) = by_perspective
            .iter_mut()
            .find(|c| c.perspective == row.perspective)
        {
            counts.tally.add(row.status);
        }
        icon_grid.place(row);
        if let Some(previous) = row.previous_status.filter(|p| *p != row.status) {
            changes.push(StatusChange {
                measure_id: row.measure_id,
                name: row.name.clone(),
                perspective: row.perspective,
                previous,
                current: row.status,
            });
        }
    }
    let balance = balance::check(ws, scope.organisation());
    Summary {
        by_perspective,
        totals,
        icon_grid,
        unaligned_goals: unaligned_goals(ws, scope, cascade),
        balance_warning: balance::summary(&balance),
        balance,
        previous_quarter: quarter.previous(),
        changes,
    }
}

/// The goals in scope that are not aligned: each chain's top with its reason, then the goals
/// hanging under it.
fn unaligned_goals(ws: &Workspace, scope: ReportScope, cascade: &Cascade) -> Vec<UnalignedGoal> {
    let mut out = Vec::new();
    for &(root, reason) in &cascade.unaligned_roots {
        let chain = std::iter::once((root, reason)).chain(
            cascade
                .descendants(root)
                .into_iter()
                .map(|id| (id, NotAlignedReason::UnderUnalignedGoal)),
        );
        for (id, reason) in chain {
            let Some(goal) = ws.goal(id).filter(|g| scope.includes_goal(g)) else {
                continue;
            };
            out.push(UnalignedGoal {
                goal_id: goal.id,
                title: goal.title.clone(),
                level: goal.level,
                organisation: ws.organisation_short(goal.organisation_id),
                reason: reason.label(),
            });
        }
    }
    out
}
