//! The balance check. The seed warns that the NHS "does not always use the BSC in a balanced
//! holistic way": a scorecard with no strategic goal in a perspective is unbalanced, and we say so.

use crate::model::{GoalLevel, Id, Perspective};
use crate::workspace::Workspace;

/// How one perspective is covered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PerspectiveBalance {
    /// The perspective.
    pub perspective: Perspective,
    /// Strategic goals in it.
    pub strategic_goals: usize,
}

impl PerspectiveBalance {
    /// Whether the perspective has nothing in it.
    pub fn is_empty(&self) -> bool {
        self.strategic_goals == 0
    }
}

/// Coverage of each perspective by strategic goals, for the whole partnership or, with `org`,
/// for the goals one organisation owns or shares.
pub fn check(workspace: &Workspace, org: Option<Id>) -> Vec<PerspectiveBalance> {
    Perspective::ALL
        .into_iter()
        .map(|perspective| PerspectiveBalance {
            perspective,
            strategic_goals: workspace
                .goals
                .iter()
                .filter(|g| {
                    g.level == GoalLevel::Strategic
                        && g.perspective == perspective
                        && org.is_none_or(|o| g.involves(o))
                })
                .count(),
        })
        .collect()
}

/// A sentence for the user when the scorecard is unbalanced, else `None`.
pub fn summary(balance: &[PerspectiveBalance]) -> Option<String> {
    let empty: Vec<&str> = balance
        .iter()
        .filter(|b| b.is_empty())
        .map(|b| b.perspective.label())
        .collect();
    match empty.len() {
        0 => None,
        1 => Some(format!(
            "The scorecard is unbalanced: there is no strategic goal in {}.",
            empty[0]
        )),
        _ => Some(format!(
            "The scorecard is unbalanced: there is no strategic goal in {} or {}.",
            empty[..empty.len() - 1].join(", "),
            empty[empty.len() - 1]
        )),
    }
}
