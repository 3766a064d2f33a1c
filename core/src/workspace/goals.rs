//! Goals at every level of the cascade.

use super::{DeleteError, Workspace};
use crate::alignment;
use crate::model::{Goal, GoalLevel, Id, Stamps, Timestamp};
use crate::validation::{self as v, ValidationErrors};

/// What to do with the goals under a goal that is deleted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChildGoals {
    /// Delete every goal below it too.
    DeleteThem,
    /// Keep them; the goals directly below lose their parent and show as not aligned.
    KeepUnaligned,
}

impl Workspace {
    /// Problems with `goal` as it would be saved, including the cascade rules.
    pub fn validate_goal(&self, goal: &Goal) -> ValidationErrors {
        let mut errors = ValidationErrors::default();
        errors.required_text("title", "a title", &goal.title, v::MAX_TITLE);
        errors.max_len(
            "description",
            "the description",
            &goal.description,
            v::MAX_DESCRIPTION,
        );
        if self.organisation(goal.organisation_id).is_none() {
            errors.push("organisation", "Choose the organisation that owns the goal");
        }
        for partner in &goal.shared_with {
            if *partner == goal.organisation_id {
                errors.push(
                    "shared_with",
                    "The owning organisation cannot also be a partner it shares with",
                );
            } else if self.organisation(*partner).is_none() {
                errors.push(
                    "shared_with",
                    "A chosen partner organisation no longer exists",
                );
            }
        }
        if let Some(owner) = goal.owner_id {
            if self.person(owner).is_none() {
                errors.push("owner", "The chosen owner no longer exists");
            }
        }
        if let Some(team_id) = goal.team_id {
            match self.team(team_id) {
                None => errors.push("team", "The chosen team no longer exists"),
                Some(t) if t.organisation_id != goal.organisation_id => errors.push(
                    "team",
                    "Choose a team in the organisation that owns the goal",
                ),
                Some(_) => {}
            }
        }
        if let (Some(start), Some(due)) = (goal.start_date, goal.due_date) {
            if due < start {
                errors.push(
                    "due_date",
                    "The due date must be on or after the start date",
                );
            }
        }
        self.validate_parent(goal, &mut errors);
        self.validate_supports(goal, &mut errors);
        if self.goal(goal.id).is_none() {
            if let Some(t) = self.tombstone(crate::exchange::RecordKind::Goal, goal.id) {
                errors.push(
                    "title",
                    format!(
                        "This goal was deleted on {}, so it cannot be saved again. Add a new goal instead",
                        t.deleted_at.format("%-d %B %Y at %H:%M")
                    ),
                );
            }
        }
        errors
    }

    fn validate_parent(&self, goal: &Goal, errors: &mut ValidationErrors) {
        let Some(parent_id) = goal.parent_id else {
            return;
        };
        if goal.level == GoalLevel::Strategic {
            errors.push(
                "parent",
                "A strategic goal is at the top of the cascade, so it cannot have a parent goal",
            );
            return;
        }
        let Some(parent) = self.goal(parent_id) else {
            errors.push("parent", "The chosen parent goal no longer exists");
            return;
        };
        if parent_id == goal.id {
            errors.push("parent", "A goal cannot be its own parent");
            return;
        }
        if !goal.level.may_sit_under(parent.level) {
            errors.push(
                "parent",
                format!(
                    "A {} goal cannot sit under {} goal; choose a goal at the same level or above",
                    goal.level.label().to_lowercase(),
                    parent.level.with_article()
                ),
            );
            return;
        }
        if let Err(path) = alignment::check_new_parent(&self.goals, goal.id, parent_id) {
            let titles: Vec<String> = path
                .iter()
                .map(|id| {
                    if *id == goal.id {
                        format!("“{}”", goal.title.trim())
                    } else {
                        self.goal(*id)
                            .map(|g| format!("“{}”", g.title))
                            .unwrap_or_default()
                    }
                })
                .collect();
            errors.push(
                "parent",
                format!(
                    "This would make a loop ({}): choose a goal that is not below this one",
                    titles.join(" → ")
                ),
            );
        }
    }

    /// Adds or updates a goal.
    pub fn save_goal(&mut self, mut goal: Goal, now: Timestamp) -> Result<(), ValidationErrors> {
        self.validate_goal(&goal).into_result()?;
        goal.title = goal.title.trim().to_string();
        crate::order::sort(&mut goal.shared_with);
        goal.shared_with.dedup();
        goal.stamps = Stamps::saved(self.goal(goal.id).map(|g| g.stamps), now);
        self.goals.upsert(goal);
        Ok(())
    }

    /// Deletes a goal and, as chosen, the goals below it or just their link to it. Other goals'
    /// strategy-map links to the goals deleted go too (those goals are saved with them gone).
    /// Returns the ids deleted.
    pub fn delete_goal(
        &mut self,
        id: Id,
        children: ChildGoals,
        now: Timestamp,
    ) -> Result<Vec<Id>, DeleteError> {
        if self.goal(id).is_none() {
            return Err(DeleteError::NotFound);
        }
        let mut deleted = vec![id];
        match children {
            ChildGoals::DeleteThem => deleted.extend(self.cascade().descendants(id)),
            ChildGoals::KeepUnaligned => {
                self.goals.update_where(
                    |g| g.parent_id == Some(id),
                    |g| {
                        g.parent_id = None;
                        g.stamps.updated_at = now;
                    },
                );
            }
        }
        let gone: std::collections::HashSet<Id> = deleted.iter().copied().collect();
        self.unlink_deleted(&gone, now);
        // Tombstones travel to partners so a deletion is not undone by their next file. A
        // measure's owner comes from its goal, so measures are recorded first.
        let measures: Vec<Id> = self
            .measures
            .iter()
            .filter(|m| gone.contains(&m.goal_id))
            .map(|m| m.id)
            .collect();
        for m in measures {
            self.record_deletion(crate::exchange::RecordKind::Measure, m, now);
        }
        for g in &deleted {
            self.record_deletion(crate::exchange::RecordKind::Goal, *g, now);
        }
        self.goals.retain(|g| !gone.contains(&g.id));
        self.measures.retain(|m| !gone.contains(&m.goal_id));
        Ok(deleted)
    }

    /// Goals that may be chosen as `goal`'s parent: right level, and not `goal` or below it.
    pub fn possible_parents(&self, goal_id: Id, level: GoalLevel) -> Vec<&Goal> {
        if level == GoalLevel::Strategic {
            return Vec::new();
        }
        let below: std::collections::HashSet<Id> =
            self.cascade().descendants(goal_id).into_iter().collect();
        let mut out: Vec<&Goal> = self
            .goals
            .iter()
            .filter(|g| g.id != goal_id && !below.contains(&g.id) && level.may_sit_under(g.level))
            .collect();
        crate::order::sort_by_key(&mut out, |g| (g.level, g.title.to_lowercase()));
        out
    }
}
