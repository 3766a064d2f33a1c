//! One goal's line in the tree, and the button that folds the goals below it.

use std::collections::{HashMap, HashSet};

use leptos::prelude::*;
use leptos_router::components::A;
use scorecard_core::alignment::NotAlignedReason;
use scorecard_core::analysis::RagStatus;
use scorecard_core::{Goal, Id, Workspace};

use crate::ui::record::{org_short, person_name};
use crate::ui::tags::{LevelTag, PerspectiveTag, StatusBadge};

/// The button that folds and unfolds the goals below `id`, if it has any.
pub(super) fn toggle(
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
            <button
                type="button"
                class="tree-toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls=controls
                on:click=move |_| {
                    collapsed
                        .update(|set| {
                            if !set.remove(&id) {
                                set.insert(id);
                            }
                        })
                }
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
pub(super) fn goal_row(
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
            <LevelTag level=level />
            " "
            <A href=format!("/goals/{id}") attr:class="tree-title">
                {title}
            </A>
            " "
            <StatusBadge status=status />
            <p class="tree-meta">
                <span>"Owner: " {owner.unwrap_or_else(|| "not named".into())}</span>
                <span>"Organisation: " {org}</span>
                <span>"Perspective: " <PerspectiveTag perspective=perspective /></span>
                {depth.map(|d| view! { <span>"Cascade depth: " {d}</span> })}
            </p>
            {reason
                .map(|r| {
                    view! {
                        <p class="tree-reason">
                            <strong>"Not aligned: "</strong>
                            {r.label()}
                        </p>
                    }
                })}
            {toggle}
        </div>
    }
}
