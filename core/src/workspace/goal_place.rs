//! Where one goal sits in the cascade, for its page: built over one cascade, not one per
//! question, so the page costs one pass over the goals however much it shows.

use chrono::NaiveDate;

use super::Workspace;
use crate::alignment::NotAlignedReason;
use crate::analysis::RagStatus;
use crate::model::{GoalLevel, Id};

/// A goal's place in the cascade: what is above it, below it, and its rolled-up status.
#[derive(Debug, Clone, PartialEq)]
pub struct GoalPlace {
    /// The goals above it, top first, as (id, title); stops at a loop.
    pub chain: Vec<(Id, String)>,
    /// Why it does not trace up to a strategic goal, if it does not.
    pub not_aligned: Option<NotAlignedReason>,
    /// The goals directly below it, in cascade order.
    pub children: Vec<(Id, String, GoalLevel)>,
    /// How many goals are below it at any depth.
    pub descendants: usize,
    /// Its status on the day asked for, from its measures and the goals below it.
    pub status: RagStatus,
}

impl Workspace {
    /// Where goal `id` sits in the cascade on `today`; `None` if there is no such goal.
    pub fn goal_place(&self, id: Id, today: NaiveDate) -> Option<GoalPlace> {
        self.goal(id)?;
        let cascade = self.cascade();
        let mut chain = Vec::new();
        let mut seen = std::collections::HashSet::from([id]);
        let mut above = self.goal(id).and_then(|g| g.parent_id);
        while let Some(parent) = above.and_then(|p| self.goal(p)) {
            if !seen.insert(parent.id) {
                break;
            }
            chain.push((parent.id, parent.title.clone()));
            above = parent.parent_id;
        }
        chain.reverse();
        let not_aligned = (!cascade.is_aligned(id)).then(|| {
            cascade
                .unaligned_roots
                .iter()
                .find(|(root, _)| *root == id)
                .map(|(_, reason)| *reason)
                .unwrap_or(NotAlignedReason::UnderUnalignedGoal)
        });
        let children = cascade
            .children_of(id)
            .iter()
            .filter_map(|c| self.goal(*c).map(|g| (g.id, g.title.clone(), g.level)))
            .collect();
        let status = self
            .rolled_up_statuses_in(&cascade, &[id], today, &self.rollup)
            .get(&id)
            .copied()
            .unwrap_or(RagStatus::NoDataYet);
        Some(GoalPlace {
            chain,
            not_aligned,
            children,
            descendants: cascade.descendants(id).len(),
            status,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo;

    /// The place agrees with the separate questions it replaces, for every goal of the demo.
    #[test]
    fn agrees_with_the_cascade_and_the_status_asked_separately() {
        let ws = demo::partnership("2026-11-30T09:00:00Z".parse().unwrap());
        let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let cascade = ws.cascade();
        assert!(!ws.goals.is_empty());
        for goal in ws.goals.iter() {
            let place = ws.goal_place(goal.id, today).unwrap();
            let chain: Vec<Id> = crate::alignment::ancestors(&ws.goals, goal.id)
                .into_iter()
                .rev()
                .collect();
            assert_eq!(place.chain.iter().map(|c| c.0).collect::<Vec<_>>(), chain);
            assert_eq!(place.not_aligned.is_none(), cascade.is_aligned(goal.id));
            assert_eq!(
                place.children.iter().map(|c| c.0).collect::<Vec<_>>(),
                cascade.children_of(goal.id).to_vec()
            );
            assert_eq!(place.descendants, cascade.descendants(goal.id).len());
            assert_eq!(place.status, ws.goal_status(goal.id, today, &ws.rollup));
        }
        assert_eq!(ws.goal_place(Id::new_v4(), today), None);
    }
}
