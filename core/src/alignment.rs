//! The cascade: every team and individual goal should trace up to a strategic goal. A goal that
//! does not is "not aligned": a finding to show, never an error to hide.

use std::collections::{HashMap, HashSet};

use crate::model::{Goal, GoalLevel, Id};
use crate::workspace::{Records, Workspace};

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

/// One goal as a listing of the cascade shows it: see [`Cascade::visible_rows`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CascadeRow {
    /// The goal.
    pub id: Id,
    /// How many levels below the listing's roots it sits (0 for a root).
    pub depth: usize,
    /// How many goals sit directly below it, listed or not.
    pub children: usize,
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

impl Workspace {
    /// The cascade of all goals.
    pub fn cascade(&self) -> Cascade {
        Cascade::build(&self.goals)
    }
}

impl Cascade {
    /// Builds the cascade in O(n log n) over the goals (sorting each goal's children), with no
    /// recursion, however deep the goals go.
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
        // Cached keys: one lower-cased title per goal, not one per comparison.
        let sort_key = |id: &Id| {
            let g = by_id[id];
            (g.level, g.perspective, g.title.to_lowercase())
        };
        for list in children.values_mut() {
            crate::order::sort_by_cached_key(list, sort_key);
        }

        let mut strategic: Vec<Id> = goals
            .iter()
            .filter(|g| g.level == GoalLevel::Strategic)
            .map(|g| g.id)
            .collect();
        crate::order::sort_by_cached_key(&mut strategic, sort_key);

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
        let mut under_a_parent = Vec::new();
        for goal in goals.iter().filter(|g| unaligned.contains(&g.id)) {
            match goal.parent_id {
                None => unaligned_roots.push((goal.id, NotAlignedReason::NoParent)),
                Some(p) if !by_id.contains_key(&p) => {
                    unaligned_roots.push((goal.id, NotAlignedReason::ParentMissing))
                }
                Some(_) => under_a_parent.push(goal.id),
            }
        }
        let in_loops = goals_in_loops(&under_a_parent, &by_id);
        // A loop has no top, so each goal in it is listed as a root of its own.
        let mut loop_roots: Vec<(Id, NotAlignedReason)> = in_loops
            .iter()
            .map(|id| (*id, NotAlignedReason::InLoop))
            .collect();
        unaligned_roots.append(&mut loop_roots);
        crate::order::sort_by_cached_key(&mut unaligned_roots, |(id, _)| sort_key(id));
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

    /// The goals `roots` and, below each goal for which `open(goal, depth)` is true, its
    /// children, in display order (depth first, as the page lists them). `depth` is 0 for the
    /// roots. A goal that is not open is listed but nothing below it is visited, so the cost is
    /// that of the rows returned, at any depth: the walk keeps its own stack instead of
    /// recursing.
    pub fn visible_rows(
        &self,
        roots: &[Id],
        mut open: impl FnMut(Id, usize) -> bool,
    ) -> Vec<CascadeRow> {
        let mut rows = Vec::new();
        let mut listed = HashSet::new();
        let mut stack: Vec<(Id, usize)> = roots.iter().rev().map(|&id| (id, 0)).collect();
        while let Some((id, depth)) = stack.pop() {
            if !listed.insert(id) {
                continue; // already listed: never draw a goal twice
            }
            let children = self.children_of(id);
            rows.push(CascadeRow {
                id,
                depth,
                children: children.len(),
            });
            if !children.is_empty() && open(id, depth) {
                stack.extend(children.iter().rev().map(|&c| (c, depth + 1)));
            }
        }
        rows
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

/// The goals among `starts` and above them whose chain of parents comes back to themselves.
///
/// One walk up from each goal, stopping where an earlier walk went, so every goal is stepped on
/// once: a chain of n goals costs n steps, not the n² of walking up from each goal in turn.
fn goals_in_loops(starts: &[Id], by_id: &HashMap<Id, &Goal>) -> HashSet<Id> {
    #[derive(Clone, Copy, PartialEq)]
    enum Walk {
        OnThisPath,
        Finished,
    }
    let mut walked: HashMap<Id, Walk> = HashMap::new();
    let mut in_loops = HashSet::new();
    for &start in starts {
        let mut path = Vec::new();
        let mut current = Some(start);
        while let Some(id) = current {
            match walked.get(&id) {
                Some(Walk::Finished) => break,
                Some(Walk::OnThisPath) => {
                    // Back on this walk's own path: it loops from `id` to the end of the path.
                    let from = path.iter().position(|p| *p == id).unwrap_or(0);
                    in_loops.extend(path[from..].iter().copied());
                    break;
                }
                None => {
                    walked.insert(id, Walk::OnThisPath);
                    path.push(id);
                    current = by_id.get(&id).and_then(|g| g.parent_id);
                }
            }
        }
        for id in path {
            walked.insert(id, Walk::Finished);
        }
    }
    in_loops
}

/// The chain of goals from `goal` upwards if `goal` were given `new_parent`: `Err` with the loop
/// (starting at `goal`) when that would make a goal its own ancestor. Steps up the chain only,
/// so it costs the chain's length, not the number of goals.
pub fn check_new_parent(goals: &Records<Goal>, goal: Id, new_parent: Id) -> Result<(), Vec<Id>> {
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
        current = goals.get(id).and_then(|g| g.parent_id);
    }
    Ok(())
}

/// The goals above `goal`, nearest first, stopping at the top or at a loop. Steps up the chain
/// only, so it costs the chain's length, not the number of goals.
pub fn ancestors(goals: &Records<Goal>, goal: Id) -> Vec<Id> {
    let mut out = Vec::new();
    let mut seen = HashSet::from([goal]);
    let mut current = goals.get(goal).and_then(|g| g.parent_id);
    while let Some(id) = current {
        if !seen.insert(id) || !goals.contains(id) {
            break;
        }
        out.push(id);
        current = goals.get(id).and_then(|g| g.parent_id);
    }
    out
}
