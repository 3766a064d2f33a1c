//! `/goals/:id`: one goal — its details, where it sits in the cascade, its measures
//! (`measures`), the goals below it, its timeline, and deleting it (`delete`).

mod delete;
mod measures;

use leptos::prelude::*;
use leptos_router::components::A;
use scorecard_core::profiles::GoalItem;
use scorecard_core::workspace::GoalPlace;
use scorecard_core::{Goal, Id, Workspace};

use super::GOAL_GONE;
use crate::app::state::{now, when, AppState};
use crate::ui::goal_list::GoalList;
use crate::ui::read_only::{read_only_owner, OwnedBy};
use crate::ui::record::{org_short, person_name};
use crate::ui::record_page::{ListLink, RecordPage};
use crate::ui::tags::{LevelTag, PerspectiveTag, StatusBadge};
use crate::ui::timeline::GoalTimeline;
use delete::DeleteGoal;
use measures::GoalMeasures;

/// A date as NHS style writes it (31 March 2027), or that it is not set.
fn date_or_not_set(date: Option<chrono::NaiveDate>) -> String {
    date.map(scorecard_core::format::long_date)
        .unwrap_or_else(|| "Not set".into())
}

/// One goal at `/goals/:id`: its details, where it sits in the cascade, the goals below it, and
/// edit and delete.
#[component]
pub fn GoalPage() -> impl IntoView {
    view! {
        <RecordPage
            name_of=|ws: &Workspace, id| ws.goal(id).map(|g| g.title.clone())
            missing="Goal not found"
            gone=GOAL_GONE
            list=ListLink {
                href: "/cascade",
                words: "Go to the goal cascade",
            }
            page=|id| view! { <GoalById id=id /> }.into_any()
        />
    }
}

/// The goal with `id`, drawn again whenever it changes.
#[component]
fn GoalById(id: Id) -> impl IntoView {
    let state = AppState::get();
    let goal = Memo::new(move |_| state.workspace.with(|ws| ws.goal(id).cloned()));
    move || goal.get().map(|g| view! { <GoalDetails goal=g /> })
}

#[component]
fn GoalDetails(goal: Goal) -> impl IntoView {
    let state = AppState::get();
    let id = goal.id;
    let today = now().date_naive();
    let (place, org, shared, owner, team) = state.workspace.with_untracked(|ws| {
        (
            ws.goal_place(id, today),
            ws.organisation(goal.organisation_id)
                .map(|o| o.name.clone())
                .unwrap_or_else(|| "Unknown organisation".into()),
            goal.shared_with
                .iter()
                .map(|o| org_short(ws, *o))
                .collect::<Vec<String>>(),
            person_name(ws, goal.owner_id),
            goal.team_id
                .and_then(|t| ws.team(t))
                .map(|t| t.name.clone()),
        )
    });
    let GoalPlace {
        chain,
        not_aligned: reason,
        children,
        descendants,
        status,
    } = place.unwrap_or_else(|| GoalPlace {
        chain: Vec::new(),
        not_aligned: None,
        children: Vec::new(),
        descendants: 0,
        status: scorecard_core::analysis::RagStatus::NoDataYet,
    });
    let child_count = children.len();
    // A partner's goal: shown with who owns it, and without the controls that would change it.
    let locked = state
        .workspace
        .with_untracked(|ws| read_only_owner(ws, scorecard_core::exchange::RecordKind::Goal, id));
    let editable = locked.is_none();

    view! {
        <span class="caption">{format!("{} goal", goal.level.label())}</span>
        <h1>{goal.title.clone()}</h1>
        {locked.map(|(owner, arrival)| view! { <OwnedBy organisation_id=owner arrival=arrival /> })}
        <p class="status-headline">
            "Status: "<StatusBadge status=status />
            <span class="hint">" (from its measures and the goals below it)"</span>
        </p>
        {(!goal.description.is_empty())
            .then(|| view! { <p class="lede preserve-lines">{goal.description.clone()}</p> })}
        <dl class="summary-list">
            <div class="summary-row">
                <dt>"Level"</dt>
                <dd>
                    <LevelTag level=goal.level />
                </dd>
            </div>
            <div class="summary-row">
                <dt>"Perspective"</dt>
                <dd>
                    <PerspectiveTag perspective=goal.perspective />
                </dd>
            </div>
            <div class="summary-row">
                <dt>"Contributes to"</dt>
                <dd>
                    {match (goal.level, reason) {
                        (scorecard_core::GoalLevel::Strategic, _) => {
                            view! { "This is a strategic goal: the top of the cascade." }.into_any()
                        }
                        (_, Some(r)) => {
                            view! {
                                <strong class="finding">"Not aligned: "</strong>
                                {r.label()}
                            }
                                .into_any()
                        }
                        (_, None) => {
                            view! {
                                <ol class="breadcrumb-chain">
                                    {chain
                                        .into_iter()
                                        .map(|(gid, title)| {
                                            view! {
                                                <li>
                                                    <A href=format!("/goals/{gid}")>{title}</A>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ol>
                            }
                                .into_any()
                        }
                    }}
                </dd>
            </div>
            <div class="summary-row">
                <dt>"Organisation"</dt>
                <dd>{org}</dd>
            </div>
            <div class="summary-row">
                <dt>"Shared with"</dt>
                <dd>
                    {if shared.is_empty() { "Not shared".to_string() } else { shared.join(", ") }}
                </dd>
            </div>
            <div class="summary-row">
                <dt>"Owner"</dt>
                <dd>{owner.unwrap_or_else(|| "Not named".into())}</dd>
            </div>
            <div class="summary-row">
                <dt>"Team"</dt>
                <dd>{team.unwrap_or_else(|| "None".into())}</dd>
            </div>
            <div class="summary-row">
                <dt>"Start date"</dt>
                <dd>{date_or_not_set(goal.start_date)}</dd>
            </div>
            <div class="summary-row">
                <dt>"Due date"</dt>
                <dd>{date_or_not_set(goal.due_date)}</dd>
            </div>
            <div class="summary-row">
                <dt>"Last changed"</dt>
                <dd>{format!("{} UTC", when(goal.stamps.updated_at))}</dd>
            </div>
        </dl>
        {editable
            .then(|| {
                view! {
                    <div class="button-row">
                        <A href=format!("/goals/{id}/edit") attr:class="button">
                            "Edit goal"
                        </A>
                        <A
                            href=format!("/goals/new?parent={id}")
                            attr:class="button button-secondary"
                        >
                            "Add a goal under this one"
                        </A>
                    </div>
                }
            })}

        <GoalMeasures goal_id=id editable=editable />

        <h2>"Goals that contribute to this one"</h2>
        <GoalList
            goals=children
                .into_iter()
                .map(|(id, title, level)| GoalItem { id, title, level })
                .collect()
            empty="None yet."
        />

        <super::supports::GoalSupports goal_id=id editable=editable />

        <GoalTimeline goal_id=id />

        {editable
            .then(|| {
                view! {
                    <DeleteGoal
                        id=id
                        title=goal.title.clone()
                        children=child_count
                        descendants=descendants
                    />
                }
            })}
    }
}
