//! `/cascade`: the goal cascade as a tree that folds, with the goals that do not trace up to a
//! strategic goal under "Not aligned". The page keeps what is folded; `tree` turns the core's
//! rows into nested lists, and `row` draws one goal and its toggle.

mod row;
mod tree;

use std::collections::{HashMap, HashSet};

use leptos::prelude::*;
use leptos_router::components::A;
use scorecard_core::alignment::NotAlignedReason;
use scorecard_core::analysis::RagStatus;
use scorecard_core::{Id, Workspace};

use crate::app::state::AppState;
use crate::ui::csv_button::CsvButton;
use crate::ui::layout::set_page_title;
use crate::ui::record::{org_short, person_name};
use tree::Tree;

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
            <A href="/goals/new" attr:class="button">
                "Add a goal"
            </A>
            <button
                type="button"
                class="button button-secondary"
                on:click=move |_| collapsed.set(HashSet::new())
            >
                "Expand all"
            </button>
            <button
                type="button"
                class="button button-secondary"
                on:click=move |_| collapsed.set(all_parents())
            >
                "Collapse all"
            </button>
        </div>

        <CsvButton
            what="cascade"
            headers=&[
                "Goal",
                "Level",
                "Perspective",
                "Organisation",
                "Owner",
                "Contributes to",
                "Aligned",
                "Status",
            ]
            rows=Callback::new(move |_| {
                let c = cascade.get_untracked();
                let st = statuses.get_untracked();
                state
                    .workspace
                    .with_untracked(|ws| {
                        ws.goals
                            .iter()
                            .map(|g| {
                                vec![
                                    g.title.clone(),
                                    g.level.label().to_string(),
                                    g.perspective.label().to_string(),
                                    org_short(ws, g.organisation_id),
                                    person_name(ws, g.owner_id).unwrap_or_default(),
                                    g
                                        .parent_id
                                        .and_then(|p| ws.goal(p))
                                        .map(|p| p.title.clone())
                                        .unwrap_or_default(),
                                    if c.is_aligned(g.id) {
                                        "Yes".to_string()
                                    } else {
                                        "No".to_string()
                                    },
                                    st
                                        .get(&g.id)
                                        .copied()
                                        .unwrap_or(RagStatus::NoDataYet)
                                        .label()
                                        .to_string(),
                                ]
                            })
                            .collect()
                    })
            })
        />

        <h2 id="aligned-heading">"Aligned to strategic goals"</h2>
        <Show when=move || strategic_count() == 0>
            <p>
                "There are no strategic goals yet. "
                <A href="/goals/new?level=strategic">"Add a strategic goal"</A>" first."
            </p>
        </Show>
        <ul class="tree" aria-labelledby="aligned-heading">
            {aligned}
        </ul>

        <section class="not-aligned" aria-labelledby="not-aligned-heading">
            <h2 id="not-aligned-heading">"Not aligned (" {unaligned_count} ")"</h2>
            <Show
                when=move || { unaligned_count() > 0 }
                fallback=|| view! { <p>"Every goal traces up to a strategic goal."</p> }
            >
                <p>
                    "These goals do not trace up to a strategic goal. Link each one to the goal it contributes to, or delete it."
                </p>
                <ul class="tree" aria-labelledby="not-aligned-heading">
                    {unaligned}
                </ul>
            </Show>
        </section>
    }
}
