use std::collections::{HashMap, HashSet};

use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::custom_attribute;
use leptos::tachys::view::add_attr::AddAnyAttr;
use leptos_router::components::A;
use scorecard_core::alignment::{Cascade, CascadeRow, NotAlignedReason};
use scorecard_core::analysis::RagStatus;
use scorecard_core::{Goal, Id, Workspace};

use crate::app::state::AppState;
use crate::ui::csv_button::CsvButton;
use crate::ui::layout::set_page_title;
use crate::ui::record::{org_short, person_name};
use crate::ui::tags::{LevelTag, PerspectiveTag, StatusBadge};

/// Above this many goals the tree opens collapsed, so a large system stays quick to scan.
const OPEN_BY_DEFAULT_UP_TO: usize = 200;

/// Goals nest at most this many levels deep; the goals below a goal at the last level are
/// listed flat in its list, each with its depth. Real cascades are 3 to 5 levels. Leptos builds
/// and drops nested views by recursing once per level, so a chain of 500 nested goals overflowed
/// the WebAssembly stack; this keeps that recursion short at any depth.
const MAX_NESTED_LEVELS: usize = 12;

/// The cascade: strategic → team → individual goals as an expandable tree, and the goals that do
/// not trace up to a strategic goal listed under "Not aligned".
#[component]
pub fn CascadePage() -> impl IntoView {
    set_page_title(|| "Goal cascade".into());
    let state = AppState::get();
    let cascade = Memo::new(move |_| state.workspace.with(Workspace::cascade));
    let statuses = Memo::new(move |_| {
        state
            .workspace
            .with(|ws| ws.all_goal_statuses(crate::app::state::now().date_naive(), &ws.rollup))
    });

    // Which goals are collapsed, kept outside the tree so it survives re-rendering.
    let all_parents = move || {
        state.workspace.with(|ws| {
            let c = cascade.get();
            ws.goals
                .iter()
                .map(|g| g.id)
                .filter(|id| !c.children_of(*id).is_empty())
                .collect::<HashSet<Id>>()
        })
    };
    let start_collapsed = state
        .workspace
        .with_untracked(|ws| ws.goals.len() > OPEN_BY_DEFAULT_UP_TO);
    let collapsed = RwSignal::new(if start_collapsed {
        all_parents()
    } else {
        HashSet::new()
    });

    // A printed cascade shows every goal: the tree opens for printing and folds back after.
    let folded_before_print = StoredValue::new(None::<HashSet<Id>>);
    let opening = window_event_listener(leptos::ev::beforeprint, move |_| {
        folded_before_print.set_value(Some(collapsed.get_untracked()));
        collapsed.set(HashSet::new());
    });
    let closing = window_event_listener(leptos::ev::afterprint, move |_| {
        if let Some(folded) = folded_before_print.try_update_value(Option::take).flatten() {
            collapsed.set(folded);
        }
    });
    on_cleanup(move || {
        opening.remove();
        closing.remove();
    });

    // Each list is rebuilt when the goals change; folding or unfolding a goal changes only the
    // goals below it (see `Tree::node`), so the toggle keeps its place and focus.
    let tree = Tree {
        state,
        cascade,
        statuses,
        collapsed,
    };
    let aligned = move || {
        state.workspace.track();
        statuses.track();
        let roots = cascade.with(|c| c.strategic.clone());
        tree.branch(&roots, &HashMap::new(), 0)
    };
    let unaligned = move || {
        state.workspace.track();
        statuses.track();
        let reasons: HashMap<Id, NotAlignedReason> =
            cascade.with(|c| c.unaligned_roots.iter().copied().collect());
        let roots: Vec<Id> =
            cascade.with(|c| c.unaligned_roots.iter().map(|(id, _)| *id).collect());
        tree.branch(&roots, &reasons, 0)
    };
    let unaligned_count = move || cascade.read().unaligned_count();
    let strategic_count = move || cascade.read().strategic.len();

    view! {
        <h1>"Goal cascade"</h1>
        <p class="lede">
            "How team and individual goals link up to the strategic goals. All personal goals should link back to a strategic goal, directly or through a team goal."
        </p>
        <div class="button-row">
            <A href="/goals/new" attr:class="button">"Add a goal"</A>
            <button type="button" class="button button-secondary" on:click=move |_| collapsed.set(HashSet::new())>
                "Expand all"
            </button>
            <button type="button" class="button button-secondary" on:click=move |_| collapsed.set(all_parents())>
                "Collapse all"
            </button>
        </div>

        <CsvButton what="cascade"
            headers=&["Goal", "Level", "Perspective", "Organisation", "Owner", "Contributes to", "Aligned", "Status"]
            rows=Callback::new(move |_| {
                let c = cascade.get_untracked();
                let st = statuses.get_untracked();
                state.workspace.with_untracked(|ws| ws.goals.iter().map(|g| vec![
                    g.title.clone(),
                    g.level.label().to_string(),
                    g.perspective.label().to_string(),
                    org_short(ws, g.organisation_id),
                    person_name(ws, g.owner_id).unwrap_or_default(),
                    g.parent_id.and_then(|p| ws.goal(p)).map(|p| p.title.clone()).unwrap_or_default(),
                    if c.is_aligned(g.id) { "Yes".to_string() } else { "No".to_string() },
                    st.get(&g.id).copied().unwrap_or(RagStatus::NoDataYet).label().to_string(),
                ]).collect())
            })/>

        <h2 id="aligned-heading">"Aligned to strategic goals"</h2>
        <Show when=move || strategic_count() == 0>
            <p>"There are no strategic goals yet. "<A href="/goals/new?level=strategic">"Add a strategic goal"</A>" first."</p>
        </Show>
        <ul class="tree" aria-labelledby="aligned-heading">{aligned}</ul>

        <section class="not-aligned" aria-labelledby="not-aligned-heading">
            <h2 id="not-aligned-heading">"Not aligned (" {unaligned_count} ")"</h2>
            <Show
                when=move || { unaligned_count() > 0 }
                fallback=|| view! { <p>"Every goal traces up to a strategic goal."</p> }
            >
                <p>"These goals do not trace up to a strategic goal. Link each one to the goal it contributes to, or delete it."</p>
                <ul class="tree" aria-labelledby="not-aligned-heading">{unaligned}</ul>
            </Show>
        </section>
    }
}

/// What every goal in the tree reads: the goals, their statuses and which are folded away.
#[derive(Clone, Copy)]
struct Tree {
    state: AppState,
    cascade: Memo<Cascade>,
    statuses: Memo<HashMap<Id, RagStatus>>,
    collapsed: RwSignal<HashSet<Id>>,
}

impl Tree {
    /// The goals `roots`, in the list `level` lists down (0 for the top one), and every unfolded
    /// goal below them, as list items. `reasons` says why a root is not aligned.
    ///
    /// Built without recursion: the core lists the rows in order with their depths, and a stack
    /// of goals still waiting for their children turns them into nested views, children first.
    /// Folded goals get nothing below them until they are unfolded.
    fn branch(
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
        view! {
            <li class="tree-node">
                {goal_row(ws, statuses, goal, reason, None, toggle)}
                {children}
            </li>
        }
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

/// The button that folds and unfolds the goals below `id`, if it has any.
fn toggle(
    id: Id,
    children: usize,
    open: Memo<bool>,
    collapsed: RwSignal<HashSet<Id>>,
    controls: Option<String>,
) -> Option<AnyView> {
    (children > 0).then(|| {
        let label = if children == 1 {
            "1 goal below".to_string()
        } else {
            format!("{children} goals below")
        };
        view! {
            <button type="button" class="tree-toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls=controls
                on:click=move |_| collapsed.update(|set| {
                    if !set.remove(&id) {
                        set.insert(id);
                    }
                })
            >
                <span class="tree-toggle-icon" aria-hidden="true">
                    {move || if open.get() { "▾" } else { "▸" }}
                </span>
                {label}
            </button>
        }
        .into_any()
    })
}

/// A goal's line in the tree: level, title, status, owner, organisation, perspective, why it is
/// not aligned, its depth when the list is flat, and its toggle.
fn goal_row(
    ws: &Workspace,
    statuses: &HashMap<Id, RagStatus>,
    goal: &Goal,
    reason: Option<NotAlignedReason>,
    depth: Option<usize>,
    toggle: Option<AnyView>,
) -> impl IntoView {
    let id = goal.id;
    let (title, level, perspective) = (goal.title.clone(), goal.level, goal.perspective);
    let status = statuses.get(&id).copied().unwrap_or(RagStatus::NoDataYet);
    let owner = person_name(ws, goal.owner_id);
    let mut org = org_short(ws, goal.organisation_id);
    if goal.is_shared() {
        let partners: Vec<String> = goal.shared_with.iter().map(|o| org_short(ws, *o)).collect();
        org = format!("{org}, shared with {}", partners.join(", "));
    }
    view! {
        <div class="tree-row">
            <LevelTag level=level/>
            " "
            <A href=format!("/goals/{id}") attr:class="tree-title">{title}</A>
            " "<StatusBadge status=status/>
            <p class="tree-meta">
                <span>"Owner: " {owner.unwrap_or_else(|| "not named".into())}</span>
                <span>"Organisation: " {org}</span>
                <span>"Perspective: " <PerspectiveTag perspective=perspective/></span>
                {depth.map(|d| view! { <span>"Cascade depth: " {d}</span> })}
            </p>
            {reason.map(|r| view! { <p class="tree-reason"><strong>"Not aligned: "</strong>{r.label()}</p> })}
            {toggle}
        </div>
    }
}
