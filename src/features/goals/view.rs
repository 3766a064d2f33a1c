use leptos::prelude::*;

use crate::ui::csv_button::CsvButton;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use scorecard_core::workspace::{ChildGoals, GoalPlace};
use scorecard_core::{Goal, Id};

use crate::app::state::{now, AppState};
use crate::ui::fields::Radio;
use crate::ui::layout::set_page_title;
use crate::ui::read_only::{read_only_owner, OwnedBy};
use crate::ui::record::{id_param, org_short, person_name};
use crate::ui::tags::{AssuranceBadge, LevelTag, PerspectiveTag, StatusBadge, VariationBadge};
use scorecard_core::format::value;
use scorecard_core::measures::measure_status;

/// A date as NHS style writes it (31 March 2027), or that it is not set.
fn date_or_not_set(date: Option<chrono::NaiveDate>) -> String {
    date.map(scorecard_core::format::long_date)
        .unwrap_or_else(|| "Not set".into())
}

/// One goal: its details, where it sits in the cascade, the goals below it, and edit and delete.
#[component]
pub fn GoalPage() -> impl IntoView {
    let state = AppState::get();
    let id = id_param();
    let goal = Memo::new(move |_| {
        id.get()
            .and_then(|id| state.workspace.with(|ws| ws.goal(id).cloned()))
    });
    set_page_title(move || {
        goal.get()
            .map(|g| g.title)
            .unwrap_or_else(|| "Goal not found".into())
    });

    move || match goal.get() {
        Some(g) => view! { <GoalDetails goal=g/> }.into_any(),
        None => view! {
            <h1>"Goal not found"</h1>
            <p>"There is no goal at this address. It may have been deleted."</p>
            <p><A href="/cascade">"Go to the goal cascade"</A></p>
        }
        .into_any(),
    }
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
        {locked.map(|(owner, arrival)| view! { <OwnedBy organisation_id=owner arrival=arrival/> })}
        <p class="status-headline">"Status: "<StatusBadge status=status/>
            <span class="hint">" (from its measures and the goals below it)"</span></p>
        {(!goal.description.is_empty()).then(|| view! { <p class="lede preserve-lines">{goal.description.clone()}</p> })}
        <dl class="summary-list">
            <div class="summary-row"><dt>"Level"</dt><dd><LevelTag level=goal.level/></dd></div>
            <div class="summary-row"><dt>"Perspective"</dt><dd><PerspectiveTag perspective=goal.perspective/></dd></div>
            <div class="summary-row"><dt>"Contributes to"</dt><dd>
                {match (goal.level, reason) {
                    (scorecard_core::GoalLevel::Strategic, _) => view! { "This is a strategic goal: the top of the cascade." }.into_any(),
                    (_, Some(r)) => view! { <strong class="finding">"Not aligned: "</strong>{r.label()} }.into_any(),
                    (_, None) => view! {
                        <ol class="breadcrumb-chain">
                            {chain.into_iter().map(|(gid, title)| view! {
                                <li><A href=format!("/goals/{gid}")>{title}</A></li>
                            }).collect_view()}
                        </ol>
                    }.into_any(),
                }}
            </dd></div>
            <div class="summary-row"><dt>"Organisation"</dt><dd>{org}</dd></div>
            <div class="summary-row"><dt>"Shared with"</dt><dd>{if shared.is_empty() { "Not shared".to_string() } else { shared.join(", ") }}</dd></div>
            <div class="summary-row"><dt>"Owner"</dt><dd>{owner.unwrap_or_else(|| "Not named".into())}</dd></div>
            <div class="summary-row"><dt>"Team"</dt><dd>{team.unwrap_or_else(|| "None".into())}</dd></div>
            <div class="summary-row"><dt>"Start date"</dt><dd>{date_or_not_set(goal.start_date)}</dd></div>
            <div class="summary-row"><dt>"Due date"</dt><dd>{date_or_not_set(goal.due_date)}</dd></div>
            <div class="summary-row"><dt>"Last changed"</dt><dd>{goal.stamps.updated_at.format("%-d %B %Y at %H:%M UTC").to_string()}</dd></div>
        </dl>
        {editable.then(|| view! {
            <div class="button-row">
                <A href=format!("/goals/{id}/edit") attr:class="button">"Edit goal"</A>
                <A href=format!("/goals/new?parent={id}") attr:class="button button-secondary">"Add a goal under this one"</A>
            </div>
        })}

        <GoalMeasures goal_id=id editable=editable/>

        <h2>"Goals that contribute to this one"</h2>
        {if children.is_empty() {
            view! { <p>"None yet."</p> }.into_any()
        } else {
            view! {
                <ul class="plain-list">
                    {children.into_iter().map(|(cid, title, level)| view! {
                        <li><LevelTag level=level/>" "<A href=format!("/goals/{cid}")>{title}</A></li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}

        <crate::ui::timeline::GoalTimeline goal_id=id/>

        {editable.then(|| view! {
            <DeleteGoal id=id title=goal.title.clone() children=child_count descendants=descendants/>
        })}
    }
}

/// Delete, with a confirmation that asks what to do with the goals below.
#[component]
fn DeleteGoal(id: Id, title: String, children: usize, descendants: usize) -> impl IntoView {
    let state = AppState::get();
    let navigate = use_navigate();
    let confirming = RwSignal::new(false);
    let keep_children = RwSignal::new(true);
    let panel = NodeRef::<leptos::html::Div>::new();

    let start = move |_| {
        confirming.set(true);
        request_animation_frame(move || {
            if let Some(el) = panel.get_untracked() {
                let _ = el.focus();
            }
        });
    };
    let title_for_flash = title.clone();
    let confirm = move |_| {
        let mode = if keep_children.get_untracked() {
            ChildGoals::KeepUnaligned
        } else {
            ChildGoals::DeleteThem
        };
        match state.edit(|ws| ws.delete_goal(id, mode, now())) {
            Ok(deleted) => {
                let extra = match (mode, children) {
                    (_, 0) => String::new(),
                    (ChildGoals::KeepUnaligned, 1) => {
                        " The goal below it is now not aligned.".into()
                    }
                    (ChildGoals::KeepUnaligned, n) => {
                        format!(" The {n} goals directly below it are now not aligned.")
                    }
                    (ChildGoals::DeleteThem, _) => {
                        format!(" {} goals below it were deleted too.", deleted.len() - 1)
                    }
                };
                state.flash(
                    "/cascade",
                    format!("Goal “{title_for_flash}” deleted.{extra}"),
                );
                state.open_when_sent(&navigate, "/cascade");
            }
            Err(e) => state.flash(format!("/goals/{id}"), e.to_string()),
        }
    };

    view! {
        <h2>"Delete this goal"</h2>
        <Show
            when=move || confirming.get()
            fallback=move || view! {
                <button type="button" class="button button-warning" on:click=start>"Delete goal"</button>
            }
        >
            <div class="confirm-panel" node_ref=panel tabindex="-1" role="group" aria-labelledby="delete-goal-title">
                <h3 id="delete-goal-title">{format!("Are you sure you want to delete “{title}”?")}</h3>
                {(descendants > 0).then(|| view! {
                    <fieldset class="fieldset">
                        <legend class="legend">{format!("It has {} below it. What should happen to them?", if descendants == 1 { "1 goal".to_string() } else { format!("{descendants} goals") })}</legend>
                        <Radio id="delete-keep" name="delete-children" checked=keep_children
                            label="Keep them; they will be listed as not aligned until you link them to another goal"
                            on_choose=move |()| keep_children.set(true)/>
                        <Radio id="delete-all" name="delete-children"
                            checked=Signal::derive(move || !keep_children.get())
                            label=format!("Delete them as well ({descendants} in all)")
                            on_choose=move |()| keep_children.set(false)/>
                    </fieldset>
                })}
                <p>"This cannot be undone."</p>
                <div class="button-row">
                    <button type="button" class="button button-warning" on:click=confirm.clone()>"Yes, delete goal"</button>
                    <button type="button" class="button button-secondary" on:click=move |_| confirming.set(false)>"Cancel"</button>
                </div>
            </div>
        </Show>
    }
}

/// The goal's measures with their status, latest data and SPC icons.
#[component]
fn GoalMeasures(goal_id: Id, editable: bool) -> impl IntoView {
    let state = AppState::get();
    let rows = move || {
        let today = now().date_naive();
        state.workspace.with(|ws| {
            ws.measures_of_goal(goal_id)
                .into_iter()
                .map(|m| {
                    let s = measure_status(m, today);
                    let latest = s
                        .latest
                        .map(|l| format!("{} ({})", value(l.value, &m.unit), l.period.label()))
                        .unwrap_or_else(|| "No data".into());
                    let planned = s
                        .planned
                        .map(|p| value(p, &m.unit))
                        .unwrap_or_else(|| "–".into());
                    (
                        m.id,
                        m.name.clone(),
                        s.status,
                        latest,
                        planned,
                        s.variation,
                        s.assurance,
                        s.disagreement.map(|d| d.message),
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <h2>"Measures"</h2>
        {move || {
            let rows = rows();
            let csv_rows = rows.clone();
            if rows.is_empty() {
                view! { <p>"No measures yet. Add one to see whether the goal is on track."</p> }.into_any()
            } else {
                view! {
                    <table class="table">
                        <caption class="visually-hidden">"Measures of this goal"</caption>
                        <thead><tr>
                            <th scope="col">"Measure"</th><th scope="col">"Status"</th>
                            <th scope="col" class="numeric">"Latest"</th><th scope="col" class="numeric">"Planned"</th>
                            <th scope="col">"Variation"</th><th scope="col">"Assurance"</th>
                        </tr></thead>
                        <tbody>
                            {rows.into_iter().map(|(mid, name, status, latest, planned, variation, assurance, disagreement)| view! {
                                <tr>
                                    <td><A href=format!("/measures/{mid}")>{name}</A></td>
                                    <td>
                                        <StatusBadge status=status/>
                                        {disagreement.map(|d| view! { <div class="disagreement-note"><span aria-hidden="true">"⚑ "</span>{d}</div> })}
                                    </td>
                                    <td class="numeric">{latest}</td><td class="numeric">{planned}</td>
                                    <td><VariationBadge icon=variation/></td>
                                    <td><AssuranceBadge icon=assurance/></td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    <CsvButton what="measures" headers=&["Measure", "Status", "Latest", "Planned", "Variation", "Assurance", "Disagreement"]
                        rows=Callback::new(move |_| csv_rows.clone().into_iter().map(|(_, name, status, latest, planned, variation, assurance, disagreement)| vec![
                            name, status.label().to_string(), latest, planned,
                            variation.map(|v| v.label().to_string()).unwrap_or_default(),
                            assurance.map(|a| a.label().to_string()).unwrap_or_default(),
                            disagreement.unwrap_or_default(),
                        ]).collect())/>
                }.into_any()
            }
        }}
        {editable.then(|| view! {
            <A href=format!("/measures/new?goal={goal_id}") attr:class="button button-secondary">"Add a measure"</A>
        })}
    }
}
