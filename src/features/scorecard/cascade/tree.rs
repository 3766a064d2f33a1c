//! The tree's lists: the core gives the goals to show in order with their depths, and these
//! turn them into nested lists without recursing, folding and unfolding one goal at a time.

use std::collections::{HashMap, HashSet};

use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::custom_attribute;
use leptos::tachys::view::add_attr::AddAnyAttr;
use scorecard_core::alignment::{Cascade, CascadeRow, NotAlignedReason};
use scorecard_core::analysis::RagStatus;
use scorecard_core::{Id, Workspace};

use super::row::{goal_row, toggle};
use crate::app::state::AppState;

/// Goals nest at most this many levels deep; the goals below a goal at the last level are
/// listed flat in its list, each with its depth. Real cascades are 3 to 5 levels. Leptos builds
/// and drops nested views by recursing once per level, so a chain of 500 nested goals overflowed
/// the WebAssembly stack; this keeps that recursion short at any depth.
const MAX_NESTED_LEVELS: usize = 12;

/// What every goal in the tree reads: the goals, their statuses and which are folded away.
#[derive(Clone, Copy)]
pub(super) struct Tree {
    pub state: AppState,
    pub cascade: Memo<Cascade>,
    pub statuses: Memo<HashMap<Id, RagStatus>>,
    pub collapsed: RwSignal<HashSet<Id>>,
}

impl Tree {
    /// The goals `roots`, in the list `level` lists down (0 for the top one), and every unfolded
    /// goal below them, as list items. `reasons` says why a root is not aligned.
    ///
    /// Built without recursion: the core lists the rows in order with their depths, and a stack
    /// of goals still waiting for their children turns them into nested views, children first.
    /// Folded goals get nothing below them until they are unfolded.
    pub fn branch(
        self,
        roots: &[Id],
        reasons: &HashMap<Id, NotAlignedReason>,
        level: usize,
    ) -> Vec<AnyView> {
        let rows = self.cascade.with_untracked(|c| {
            self.collapsed.with_untracked(|collapsed| {
                c.visible_rows(roots, |id, depth| {
                    level + depth + 1 < MAX_NESTED_LEVELS && !collapsed.contains(&id)
                })
            })
        });
        self.state.workspace.with_untracked(|ws| {
            self.statuses.with_untracked(|statuses| {
                let mut done = Vec::new();
                let mut waiting: Vec<(CascadeRow, Vec<AnyView>)> = Vec::new();
                let mut finish = |waiting: &mut Vec<(CascadeRow, Vec<AnyView>)>| {
                    let Some((row, children)) = waiting.pop() else {
                        return;
                    };
                    let reason = if row.depth == 0 {
                        reasons.get(&row.id).copied()
                    } else {
                        None
                    };
                    let built = (!children.is_empty()).then_some(children);
                    let view = self.node(ws, statuses, row, level + row.depth, reason, built);
                    match waiting.last_mut() {
                        Some((_, siblings)) => siblings.push(view),
                        None => done.push(view),
                    }
                };
                for row in rows {
                    while waiting.len() > row.depth {
                        finish(&mut waiting);
                    }
                    waiting.push((row, Vec::new()));
                }
                while !waiting.is_empty() {
                    finish(&mut waiting);
                }
                done
            })
        })
    }

    /// One goal at `level` of the nested lists and, while it is unfolded, the goals below it:
    /// `built` when they were built with it, otherwise built when it is unfolded. Below the
    /// last nested level they are listed flat ([`Tree::flat_below`]).
    fn node(
        self,
        ws: &Workspace,
        statuses: &HashMap<Id, RagStatus>,
        row: CascadeRow,
        level: usize,
        reason: Option<NotAlignedReason>,
        built: Option<Vec<AnyView>>,
    ) -> AnyView {
        let id = row.id;
        let Some(goal) = ws.goal(id) else {
            return ().into_any();
        };
        let collapsed = self.collapsed;
        let open = Memo::new(move |_| !collapsed.read().contains(&id));
        let list_id = format!("children-{id}");
        let toggle = toggle(id, row.children, open, collapsed, Some(list_id.clone()));
        let children = (row.children > 0).then(|| {
            let tree = self;
            let mut built = built;
            // Runs when the goal is folded or unfolded, never for a change further down.
            let below = move || -> Vec<AnyView> {
                if !open.get() {
                    built = None;
                    return Vec::new();
                }
                if let Some(views) = built.take() {
                    return views;
                }
                if level + 1 < MAX_NESTED_LEVELS {
                    let children = tree.cascade.with_untracked(|c| c.children_of(id).to_vec());
                    tree.branch(&children, &HashMap::new(), level + 1)
                } else {
                    vec![tree.flat_below(id, level)]
                }
            };
            view! {
                <ul class="tree-children" id=list_id hidden=move || !open.get()>
                    {below}
                </ul>
            }
        });
        view! { <li class="tree-node">{goal_row(ws, statuses, goal, reason, None, toggle)} {children}</li> }
        .into_any()
    }

    /// The unfolded goals below `id`, which sits at the last nested `level`, as one flat list:
    /// each item carries its depth (`aria-level`, and in words), so the outline survives
    /// without nesting deeper. Keyed by goal, so folding one keeps the others, and its focus.
    fn flat_below(self, id: Id, level: usize) -> AnyView {
        let tree = self;
        let rows = Memo::new(move |_| {
            let collapsed = tree.collapsed.read();
            tree.cascade
                .with(|c| c.visible_rows(c.children_of(id), |goal, _| !collapsed.contains(&goal)))
        });
        view! {
            <For each=move || rows.get() key=|row| row.id let(row)>
                {tree.flat_node(row, level + 1 + row.depth)}
            </For>
        }
        .into_any()
    }

    /// One goal in a flat list at `level` of the cascade (0 at the top).
    fn flat_node(self, row: CascadeRow, level: usize) -> AnyView {
        let id = row.id;
        let collapsed = self.collapsed;
        let open = Memo::new(move |_| !collapsed.read().contains(&id));
        self.state.workspace.with_untracked(|ws| {
            self.statuses.with_untracked(|statuses| {
                let Some(goal) = ws.goal(id) else {
                    return ().into_any();
                };
                // The goals it controls are the items after it, not a list of their own.
                let toggle = toggle(id, row.children, open, collapsed, None);
                let depth = level + 1;
                // Leptos has no `aria-level` attribute of its own.
                view! {
                    <li class="tree-node tree-node-flat">
                        {goal_row(ws, statuses, goal, None, Some(depth), toggle)}
                    </li>
                }
                .add_any_attr(custom_attribute("aria-level", depth.to_string()))
                .into_any()
            })
        })
    }
}
