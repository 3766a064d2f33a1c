//! The cascade: every team and individual goal should trace up to a strategic goal. A goal that
//! does not is "not aligned": a finding to show, never an error to hide.

use std::collections::{HashMap, HashSet};

use crate::model::{Goal, GoalLevel, Id};

/// Why a goal does not trace up to a strategic goal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotAlignedReason {
    /// It has no parent goal and is not strategic.
    NoParent,
    /// Its parent goal is not in this workspace (deleted, or not shared with us).
    ParentMissing,
    /// It sits under a goal that is itself not aligned.
    UnderUnalignedGoal,
    /// Its chain of parents loops back on itself (only possible in imported data).
    InLoop,
}

impl NotAlignedReason {
    /// Plain-words explanation.
    pub fn label(self) -> &'static str {
        match self {
            NotAlignedReason::NoParent => "Not linked to any goal above it",
            NotAlignedReason::ParentMissing => "Its parent goal is missing",
            NotAlignedReason::UnderUnalignedGoal => "Sits under a goal that is not aligned",
            NotAlignedReason::InLoop => "Its parent goals loop back on themselves",
        }
    }
}

/// The cascade as a forest: strategic goals at the roots, and the goals that do not reach one.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cascade {
    children: HashMap<Id, Vec<Id>>,
    /// Strategic goals, in display order.
    pub strategic: Vec<Id>,
    /// The top of each chain that does not reach a strategic goal, with why. Their descendants
    /// are not aligned either and hang under them in [`Cascade::children_of`].
    pub unaligned_roots: Vec<(Id, NotAlignedReason)>,
    unaligned: HashSet<Id>,
}

impl Cascade {
    /// Builds the cascade in O(n) over the goals.
    pub fn build(goals: &[Goal]) -> Cascade {
        let by_id: HashMap<Id, &Goal> = goals.iter().map(|g| (g.id, g)).collect();
        let mut children: HashMap<Id, Vec<Id>> = HashMap::new();
        for goal in goals {
            if goal.level != GoalLevel::Strategic {
                if let Some(parent) = goal.parent_id.filter(|p| by_id.contains_key(p)) {
                    children.entry(parent).or_default().push(goal.id);
                }
            }
        }
        let sort_key = |id: &Id| {
            let g = by_id[id];
            (g.level, g.perspective, g.title.to_lowercase())
        };
        for list in children.values_mut() {
            list.sort_by_key(sort_key);
        }

        let mut strategic: Vec<Id> = goals
            .iter()
            .filter(|g| g.level == GoalLevel::Strategic)
            .map(|g| g.id)
            .collect();
        strategic.sort_by_key(sort_key);

        let mut aligned = HashSet::new();
        let mut stack: Vec<Id> = strategic.clone();
        while let Some(id) = stack.pop() {
            if aligned.insert(id) {
                stack.extend(children.get(&id).into_iter().flatten().copied());
            }
        }

        let unaligned: HashSet<Id> = goals
            .iter()
            .map(|g| g.id)
            .filter(|id| !aligned.contains(id))
            .collect();
        let mut unaligned_roots: Vec<(Id, NotAlignedReason)> = Vec::new();
        let mut in_loops = HashSet::new();
        for goal in goals.iter().filter(|g| unaligned.contains(&g.id)) {
            match goal.parent_id {
                None => unaligned_roots.push((goal.id, NotAlignedReason::NoParent)),
                Some(p) if !by_id.contains_key(&p) => {
                    unaligned_roots.push((goal.id, NotAlignedReason::ParentMissing))
                }
                Some(_) => {
                    if find_loop(goal.id, &by_id).is_some() {
                        in_loops.insert(goal.id);
                    }
                }
            }
        }
        // A loop has no top, so each goal in it is listed as a root of its own.
        let mut loop_roots: Vec<(Id, NotAlignedReason)> = in_loops
            .iter()
            .map(|id| (*id, NotAlignedReason::InLoop))
            .collect();
        unaligned_roots.append(&mut loop_roots);
        unaligned_roots.sort_by_key(|(id, _)| sort_key(id));
        for id in &in_loops {
            // Do not draw a loop as an endless tree.
            if let Some(list) = children.get_mut(id) {
                list.retain(|c| !in_loops.contains(c));
            }
        }

        Cascade {
            children,
            strategic,
            unaligned_roots,
            unaligned,
        }
    }

    /// Goals directly under `id`, in display order.
    pub fn children_of(&self, id: Id) -> &[Id] {
        self.children.get(&id).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Whether the goal traces up to a strategic goal.
    pub fn is_aligned(&self, id: Id) -> bool {
        !self.unaligned.contains(&id)
    }

    /// How many goals do not trace up to a strategic goal.
    pub fn unaligned_count(&self) -> usize {
        self.unaligned.len()
    }

    /// Every goal below `id`, depth first, not including `id`.
    pub fn descendants(&self, id: Id) -> Vec<Id> {
        let mut out = Vec::new();
        let mut seen = HashSet::from([id]);
        let mut stack: Vec<Id> = self.children_of(id).iter().rev().copied().collect();
        while let Some(next) = stack.pop() {
            if seen.insert(next) {
                out.push(next);
                stack.extend(self.children_of(next).iter().rev());
            }
        }
        out
    }
}

/// If following parents from `start` comes back to `start`, the loop in order from `start`.
fn find_loop(start: Id, by_id: &HashMap<Id, &Goal>) -> Option<Vec<Id>> {
    let mut path = vec![start];
    let mut seen = HashSet::from([start]);
    let mut current = start;
    while let Some(parent) = by_id.get(&current).and_then(|g| g.parent_id) {
        if parent == start {
            return Some(path);
        }
        if !seen.insert(parent) {
            return None; // a loop further up that does not include `start`
        }
        path.push(parent);
        current = parent;
    }
    None
}

/// The chain of goals from `goal` upwards if `goal` were given `new_parent`: `Err` with the loop
/// (starting at `goal`) when that would make a goal its own ancestor.
pub fn check_new_parent(goals: &[Goal], goal: Id, new_parent: Id) -> Result<(), Vec<Id>> {
    let by_id: HashMap<Id, &Goal> = goals.iter().map(|g| (g.id, g)).collect();
    let mut path = vec![goal];
    let mut current = Some(new_parent);
    let mut seen = HashSet::from([goal]);
    while let Some(id) = current {
        path.push(id);
        if id == goal {
            return Err(path);
        }
        if !seen.insert(id) {
            return Ok(()); // an existing loop above that does not pass through `goal`
        }
        current = by_id.get(&id).and_then(|g| g.parent_id);
    }
    Ok(())
}

/// The goals above `goal`, nearest first, stopping at the top or at a loop.
pub fn ancestors(goals: &[Goal], goal: Id) -> Vec<Id> {
    let by_id: HashMap<Id, &Goal> = goals.iter().map(|g| (g.id, g)).collect();
    let mut out = Vec::new();
    let mut seen = HashSet::from([goal]);
    let mut current = by_id.get(&goal).and_then(|g| g.parent_id);
    while let Some(id) = current {
        if !seen.insert(id) || !by_id.contains_key(&id) {
            break;
        }
        out.push(id);
        current = by_id.get(&id).and_then(|g| g.parent_id);
    }
    out
}
