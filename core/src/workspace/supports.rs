//! Strategy-map links: a strategic goal supports another by cause and effect (staff training →
//! shorter waits → patient satisfaction → lower cost per case). The link is kept on the
//! supporting goal ([`Goal::supports`]), is added and removed one at a time on the goal's page,
//! and is drawn by [`crate::chart::strategy_map`].

use std::collections::HashSet;

use super::{plural, Workspace};
use crate::model::{Goal, GoalLevel, Id, Perspective, Stamps, Timestamp};
use crate::validation::ValidationErrors;

/// A goal named by a link, as the goal's page lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkedGoal {
    /// The goal.
    pub id: Id,
    /// Its title, or `None` when it is not in this workspace (not shared with this
    /// organisation, or deleted).
    pub title: Option<String>,
    /// The short name of the organisation that owns it; empty when it is not here.
    pub organisation: String,
    /// Its perspective, when it is here.
    pub perspective: Option<Perspective>,
}

/// The "This goal supports" section of a goal's page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SupportsSection {
    /// Whether links may be added: only strategic goals are on the strategy map.
    pub strategic: bool,
    /// The goals it supports, in the order they were linked.
    pub supports: Vec<LinkedGoal>,
    /// The goals that support it, in workspace order.
    pub supported_by: Vec<LinkedGoal>,
    /// The strategic goals it could be linked to (not itself, not already linked), top band of
    /// the map first, then by title.
    pub choices: Vec<LinkedGoal>,
}

impl Workspace {
    /// The rules for `goal`'s links, under the field `supports` (and `level`, for a goal leaving
    /// the strategic level with links). A link kept from the saved version is not checked
    /// again: the goal it names may have been deleted by a partner, or not be shared here yet,
    /// and an unrelated edit must still save. Its page lists it so it can be removed.
    pub(super) fn validate_supports(&self, goal: &Goal, errors: &mut ValidationErrors) {
        let saved = self.goal(goal.id);
        let kept: HashSet<Id> = saved
            .map(|g| g.supports.iter().copied().collect())
            .unwrap_or_default();
        let mut seen = HashSet::new();
        for &target in &goal.supports {
            if target == goal.id {
                errors.push("supports", "A goal cannot support itself");
            } else if !seen.insert(target) {
                let title = self.goal(target).map_or("that goal", |g| g.title.as_str());
                errors.push("supports", format!("This goal already supports “{title}”"));
            } else if !kept.contains(&target) {
                match self.goal(target) {
                    None => errors.push("supports", "The chosen goal no longer exists"),
                    Some(_) if goal.level != GoalLevel::Strategic => errors.push(
                        "supports",
                        "Only a strategic goal can support other goals on the strategy map",
                    ),
                    Some(t) if t.level != GoalLevel::Strategic => errors.push(
                        "supports",
                        "Choose a strategic goal: the strategy map links strategic goals only",
                    ),
                    Some(_) => {}
                }
            }
        }
        let leaving_the_map = goal.level != GoalLevel::Strategic
            && saved.is_some_and(|g| g.level == GoalLevel::Strategic);
        if leaving_the_map {
            let linked = goal.supports.len()
                + self
                    .goals
                    .iter()
                    .filter(|g| g.id != goal.id && g.supports.contains(&goal.id))
                    .count();
            if linked > 0 {
                errors.push(
                    "level",
                    format!(
                        "This goal has {} on the strategy map, which shows strategic goals only. Remove them on the goal's page before changing its level",
                        plural(linked, "link", "links")
                    ),
                );
            }
        }
    }

    /// Links goal `goal_id` to `target`: it supports `target`. One edit, saved on its own.
    pub fn add_support(
        &mut self,
        goal_id: Id,
        target: Id,
        now: Timestamp,
    ) -> Result<(), ValidationErrors> {
        let Some(goal) = self.goal(goal_id) else {
            return Err(gone());
        };
        let mut linked = goal.clone();
        linked.supports.push(target);
        let mut errors = ValidationErrors::default();
        self.validate_supports(&linked, &mut errors);
        errors.into_result()?;
        linked.stamps = Stamps::saved(Some(goal.stamps), now);
        self.goals.upsert(linked);
        Ok(())
    }

    /// Removes the link from goal `goal_id` to `target`, whether or not `target` is here.
    pub fn remove_support(
        &mut self,
        goal_id: Id,
        target: Id,
        now: Timestamp,
    ) -> Result<(), ValidationErrors> {
        let Some(goal) = self.goal(goal_id) else {
            return Err(gone());
        };
        if !goal.supports.contains(&target) {
            let mut errors = ValidationErrors::default();
            errors.push(
                "supports",
                "This goal no longer supports that goal: the link was already removed",
            );
            return Err(errors);
        }
        let goal = self.goals.get_mut(goal_id).expect("found above");
        goal.supports.retain(|t| *t != target);
        goal.stamps.updated_at = now;
        Ok(())
    }

    /// Removes the links to the goals in `gone` from every other goal, marking those goals to
    /// be saved. Returns how many goals changed.
    pub(super) fn unlink_deleted(&mut self, gone: &HashSet<Id>, now: Timestamp) -> usize {
        self.goals.update_where(
            |g| !gone.contains(&g.id) && g.supports.iter().any(|t| gone.contains(t)),
            |g| {
                g.supports.retain(|t| !gone.contains(t));
                g.stamps.updated_at = now;
            },
        )
    }

    /// The "This goal supports" section of goal `goal_id`'s page; `None` when there is no such
    /// goal, or it is not strategic and has no links either way.
    pub fn supports_section(&self, goal_id: Id) -> Option<SupportsSection> {
        let goal = self.goal(goal_id)?;
        let strategic = goal.level == GoalLevel::Strategic;
        let linked = |id: Id| match self.goal(id) {
            Some(g) => LinkedGoal {
                id,
                title: Some(g.title.clone()),
                organisation: self.organisation_short(g.organisation_id),
                perspective: Some(g.perspective),
            },
            None => LinkedGoal {
                id,
                title: None,
                organisation: String::new(),
                perspective: None,
            },
        };
        let supports: Vec<LinkedGoal> = goal.supports.iter().map(|id| linked(*id)).collect();
        let supported_by: Vec<LinkedGoal> = self
            .goals
            .iter()
            .filter(|g| g.id != goal_id && g.supports.contains(&goal_id))
            .map(|g| linked(g.id))
            .collect();
        if !strategic && supports.is_empty() && supported_by.is_empty() {
            return None;
        }
        let mut choices: Vec<(usize, String, LinkedGoal)> = if strategic {
            self.goals
                .iter()
                .filter(|g| {
                    g.level == GoalLevel::Strategic
                        && g.id != goal_id
                        && !goal.supports.contains(&g.id)
                })
                .map(|g| {
                    (
                        band_order(g.perspective),
                        g.title.to_lowercase(),
                        linked(g.id),
                    )
                })
                .collect()
        } else {
            Vec::new()
        };
        choices.sort_by(|a, b| (a.0, &a.1, a.2.id).cmp(&(b.0, &b.1, b.2.id)));
        Some(SupportsSection {
            strategic,
            supports,
            supported_by,
            choices: choices.into_iter().map(|(_, _, c)| c).collect(),
        })
    }
}

/// Where a perspective's band is on the map, from the top.
fn band_order(p: Perspective) -> usize {
    Perspective::ALL.iter().position(|q| *q == p).unwrap_or(0)
}

fn gone() -> ValidationErrors {
    let mut errors = ValidationErrors::default();
    errors.push("supports", "This goal no longer exists");
    errors
}
