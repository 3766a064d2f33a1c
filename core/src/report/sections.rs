//! One section per Balanced Scorecard perspective: each strategic goal in scope with its
//! measures' figures.

use super::measure_row::MeasureRow;
use crate::model::{Goal, Id, Perspective};
use crate::workspace::Workspace;

/// A perspective's part of the report.
#[derive(Debug, Clone, PartialEq)]
pub struct PerspectiveSection {
    /// The perspective.
    pub perspective: Perspective,
    /// Its heading.
    pub label: &'static str,
    /// Its strategic goals in scope, in the cascade's order (empty when it has none: the
    /// summary's balance check says so).
    pub goals: Vec<GoalSection>,
}

/// A strategic goal with its measures.
#[derive(Debug, Clone, PartialEq)]
pub struct GoalSection {
    /// The goal.
    pub goal_id: Id,
    /// Its title.
    pub title: String,
    /// Its organisation's short name.
    pub organisation: String,
    /// Short names of the partners it is shared with.
    pub shared_with: Vec<String>,
    /// The person accountable, when named and recorded.
    pub owner: Option<String>,
    /// Its measures, in the order they were added.
    pub measures: Vec<MeasureRow>,
}

/// A goal's section, from its measures' rows.
pub(super) fn goal_section(ws: &Workspace, goal: &Goal, measures: Vec<MeasureRow>) -> GoalSection {
    GoalSection {
        goal_id: goal.id,
        title: goal.title.clone(),
        organisation: ws.organisation_short(goal.organisation_id),
        shared_with: goal
            .shared_with
            .iter()
            .map(|o| ws.organisation_short(*o))
            .collect(),
        owner: goal
            .owner_id
            .and_then(|p| ws.person(p))
            .map(|p| p.name.clone()),
        measures,
    }
}

/// The four sections, in Balanced Scorecard order, from the goal sections in report order.
pub(super) fn perspective_sections(
    goals: Vec<(Perspective, GoalSection)>,
) -> Vec<PerspectiveSection> {
    let mut sections: Vec<PerspectiveSection> = Perspective::ALL
        .into_iter()
        .map(|perspective| PerspectiveSection {
            perspective,
            label: perspective.label(),
            goals: Vec::new(),
        })
        .collect();
    for (perspective, goal) in goals {
        if let Some(section) = sections.iter_mut().find(|s| s.perspective == perspective) {
            section.goals.push(goal);
        }
    }
    sections
}
