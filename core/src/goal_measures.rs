//! Read-model for the measures table on a goal's page: each measure of the goal with its
//! status, its latest value against plan and its SPC icons, written as the page and its CSV
//! file show them.

use chrono::NaiveDate;

use crate::analysis::{AssuranceIcon, RagStatus, VariationIcon};
use crate::format::value;
use crate::measures::measure_status;
use crate::model::Id;
use crate::workspace::Workspace;

/// One measure of a goal, as the goal's page lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct GoalMeasureRow {
    /// The measure.
    pub id: Id,
    /// Its name.
    pub name: String,
    /// Its status today.
    pub status: RagStatus,
    /// The latest value with its period, e.g. "72.5% (Mar 2027)", or "No data".
    pub latest: String,
    /// What was planned for that period, e.g. "75%", or "–" when nothing was.
    pub planned: String,
    /// The Making Data Count variation icon, when there is enough data.
    pub variation: Option<VariationIcon>,
    /// The assurance icon, when there is a target and limits.
    pub assurance: Option<AssuranceIcon>,
    /// Why there are no SPC icons although there is data to chart (too few points).
    pub icons_withheld: Option<String>,
    /// Why the latest self-assessment and the data disagree, when they do.
    pub disagreement: Option<String>,
}

impl Workspace {
    /// The measures of goal `goal_id` in the workspace's order, as they stand on `today`.
    pub fn goal_measure_rows(&self, goal_id: Id, today: NaiveDate) -> Vec<GoalMeasureRow> {
        self.measures_of_goal(goal_id)
            .into_iter()
            .map(|m| {
                let s = measure_status(m, today);
                GoalMeasureRow {
                    id: m.id,
                    name: m.name.clone(),
                    status: s.status,
                    latest: s.latest.map_or_else(
                        || "No data".into(),
                        |l| format!("{} ({})", value(l.value, &m.unit), l.period.label()),
                    ),
                    planned: s.planned.map_or_else(|| "–".into(), |p| value(p, &m.unit)),
                    variation: s.variation,
                    assurance: s.assurance,
                    icons_withheld: s.icons_withheld,
                    disagreement: s.disagreement.map(|d| d.message),
                }
            })
            .collect()
    }
}
