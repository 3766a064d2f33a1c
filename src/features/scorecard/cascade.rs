use std::collections::{HashMap, HashSet};

use leptos::prelude::*;
use leptos_router::components::A;
use scorecard_core::alignment::{Cascade, NotAlignedReason};
use scorecard_core::analysis::RagStatus;
use scorecard_core::{Id, Workspace};

use crate::app::state::AppState;
use crate::ui::csv_button::CsvButton;
use crate::ui::layout::set_page_title;
use crate::ui::record::{org_short, person_name};
use crate::ui::tags::{LevelTag, PerspectiveTag, StatusBadge};

/// Above this many goals the tree opens collapsed, so a large system stays quick to scan.
const OPEN_BY_DEFAULT_UP_TO: usize = 200;

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

    let aligned = move || {
        let c = cascade.get();
        let st = statuses.get();
        state.workspace.with(|ws| {
            c.strategic
                .iter()
                .map(|id| node(ws, &c, *id, None, collapsed, &st))
                .collect_view()
        })
    };
    let unaligned = move || {
        let c = cascade.get();
        let st = statuses.get();
        state.workspace.with(|ws| {
            c.unaligned_roots
                .iter()
                .map(|(id, reason)| node(ws, &c, *id, Some(*reason), collapsed, &st))
                .collect_view()
        })
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

/// One goal and, below it, the goals that contribute to it.
fn node(
    ws: &Workspace,
    cascade: &Cascade,
    id: Id,
    reason: Option<NotAlignedReason>,
    collapsed: RwSignal<HashSet<Id>>,
    statuses: &HashMap<Id, RagStatus>,
) -> AnyView {
    let Some(goal) = ws.goal(id) else {
        return ().into_any();
    };
    let children = cascade.children_of(id);
    let (title, level, perspective) = (goal.title.clone(), goal.level, goal.perspective);
    let status = statuses.get(&id).copied().unwrap_or(RagStatus::NoDataYet);
    let owner = person_name(ws, goal.owner_id);
    let mut org = org_short(ws, goal.organisation_id);
    if goal.is_shared() {
        let partners: Vec<String> = goal.shared_with.iter().map(|o| org_short(ws, *o)).collect();
        org = format!("{org}, shared with {}", partners.join(", "));
    }
    let list_id = format!("children-{id}");
    let toggle = (!children.is_empty()).then(|| {
        let count = children.len();
        let label = if count == 1 {
            "1 goal below".to_string()
        } else {
            format!("{count} goals below")
        };
        view! {
            <button type="button" class="tree-toggle"
                aria-expanded=move || (!collapsed.read().contains(&id)).to_string()
                aria-controls=list_id.clone()
                on:click=move |_| collapsed.update(|set| {
                    if !set.remove(&id) {
                        set.insert(id);
                    }
                })
            >
                <span class="tree-toggle-icon" aria-hidden="true">
                    {move || if collapsed.read().contains(&id) { "▸" } else { "▾" }}
                </span>
                {label}
            </button>
        }
    });
    let child_nodes = children
        .iter()
        .map(|c| node(ws, cascade, *c, None, collapsed, statuses))
        .collect_view();
    view! {
        <li class="tree-node">
            <div class="tree-row">
                <LevelTag level=level/>
                " "
                <A href=format!("/goals/{id}") attr:class="tree-title">{title}</A>
                " "<StatusBadge status=status/>
                <p class="tree-meta">
                    <span>"Owner: " {owner.unwrap_or_else(|| "not named".into())}</span>
                    <span>"Organisation: " {org}</span>
                    <span>"Perspective: " <PerspectiveTag perspective=perspective/></span>
                </p>
                {reason.map(|r| view! { <p class="tree-reason"><strong>"Not aligned: "</strong>{r.label()}</p> })}
                {toggle}
            </div>
            {(!children.is_empty()).then(|| view! {
                <ul class="tree-children" id=format!("children-{id}")
                    hidden=move || collapsed.read().contains(&id)>
                    {child_nodes}
                </ul>
            })}
        </li>
    }
    .into_any()
}
