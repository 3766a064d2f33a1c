//! The status of a goal and of a Balanced Scorecard perspective, rolled up from measures.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use crate::analysis::{roll_up, RagStatus, RollupMethod};
use crate::model::{GoalLevel, Id, Measure, Perspective};
use crate::workspace::Workspace;

use super::status::{data_status, period_values};

impl Workspace {
    /// A goal's status on `today`, rolled up from its measures (by their weights) and the
    /// goals below it (weight 1 each), all the way down the cascade.
    ///
    /// "Below" follows the cascade as drawn ([`crate::alignment::Cascade`]), which cuts a loop
    /// in imported parents so that no goal in it sits under another. Never fails: a goal that
    /// does not exist, or has nothing below it, is "No data yet"; see
    /// [`Workspace::perspective_status`] for how bad weights and thresholds are handled.
    pub fn goal_status(&self, goal_id: Id, today: NaiveDate, method: &RollupMethod) -> RagStatus {
        if self.goal(goal_id).is_none() {
            return RagStatus::NoDataYet;
        }
        let statuses = self.rolled_up_statuses(&[goal_id], today, method);
        statuses
            .get(&goal_id)
            .copied()
            .unwrap_or(RagStatus::NoDataYet)
    }

    /// A Balanced Scorecard perspective's status on `today`: the roll-up of the strategic goals
    /// in `perspective` (each weight 1), limited to goals that `organisation` owns or shares
    /// when one is given.
    ///
    /// Imported data is not trusted: a measure weight that is negative or not a number counts
    /// as 1 (so it cannot hide a red), weighted thresholds that are not usable fall back to
    /// worst-of, and a loop in the goals' parents is cut where it closes.
    pub fn perspective_status(
        &self,
        perspective: Perspective,
        organisation: Option<Id>,
        today: NaiveDate,
        method: &RollupMethod,
    ) -> RagStatus {
        let roots: Vec<Id> = self
            .goals
            .iter()
            .filter(|g| {
                g.level == GoalLevel::Strategic
                    && g.perspective == perspective
                    && organisation.is_none_or(|org| g.involves(org))
            })
            .map(|g| g.id)
            .collect();
        let statuses = self.rolled_up_statuses(&roots, today, method);
        let items: Vec<(RagStatus, f64)> = roots
            .iter()
            .filter_map(|id| statuses.get(id).map(|&s| (s, 1.0)))
            .collect();
        safe_roll_up(&items, method)
    }

    /// The status of every goal, in one pass: for pages that show many goals at once (the
    /// scorecard, the cascade), where calling [`Workspace::goal_status`] per goal would redo the
    /// shared work below each one.
    pub fn all_goal_statuses(
        &self,
        today: NaiveDate,
        method: &RollupMethod,
    ) -> HashMap<Id, RagStatus> {
        let ids: Vec<Id> = self.goals.iter().map(|g| g.id).collect();
        self.rolled_up_statuses(&ids, today, method)
    }

    /// Statuses of `roots` and every goal below them, computed bottom-up without recursion so
    /// a very deep (imported) cascade cannot overflow the stack.
    fn rolled_up_statuses(
        &self,
        roots: &[Id],
        today: NaiveDate,
        method: &RollupMethod,
    ) -> HashMap<Id, RagStatus> {
        self.rolled_up_statuses_in(&self.cascade(), roots, today, method)
    }

    /// [`rolled_up_statuses`](Self::rolled_up_statuses) over a cascade already built.
    pub(crate) fn rolled_up_statuses_in(
        &self,
        cascade: &crate::alignment::Cascade,
        roots: &[Id],
        today: NaiveDate,
        method: &RollupMethod,
    ) -> HashMap<Id, RagStatus> {
        let mut by_goal: HashMap<Id, Vec<&Measure>> = HashMap::new();
        for m in &self.measures {
            by_goal.entry(m.goal_id).or_default().push(m);
        }
        let mut done: HashMap<Id, RagStatus> = HashMap::new();
        let mut visited: HashSet<Id> = HashSet::new();
        let mut stack: Vec<(Id, bool)> = roots.iter().rev().map(|&id| (id, false)).collect();
        while let Some((id, children_done)) = stack.pop() {
            if children_done {
                let own = by_goal.get(&id).into_iter().flatten().map(|m| {
                    (
                        data_status(m, &period_values(m), today, &mut Vec::new()).0,
                        safe_weight(m.weight),
                    )
                });
                // A child not yet done is an ancestor reached through a loop: leave it out.
                let children: Vec<(RagStatus, f64)> = cascade
                    .children_of(id)
                    .iter()
                    .filter_map(|c| done.get(c).map(|&s| (s, 1.0)))
                    .collect();
                let all: Vec<(RagStatus, f64)> = own.chain(children).collect();
                done.insert(id, safe_roll_up(&all, method));
            } else if visited.insert(id) {
                stack.push((id, true));
                stack.extend(
                    cascade
                        .children_of(id)
                        .iter()
                        .rev()
                        .filter(|c| !visited.contains(*c))
                        .map(|&c| (c, false)),
                );
            }
        }
        done
    }
}

/// A weight the roll-up accepts: a bad one counts fully, so it cannot hide a red.
fn safe_weight(weight: f64) -> f64 {
    if weight.is_finite() && weight >= 0.0 {
        weight
    } else {
        1.0
    }
}

/// Rolls up with `method`, falling back to worst-of if the method's thresholds are unusable.
fn safe_roll_up(items: &[(RagStatus, f64)], method: &RollupMethod) -> RagStatus {
    roll_up(items, method)
        .or_else(|_| roll_up(items, &RollupMethod::WorstOf))
        .unwrap_or(RagStatus::NoDataYet)
}
