//! `/`: the Balanced Scorecard, the home page: the strategic goals in the four perspectives,
//! the balance check, how goal status rolls up, and the organisation's work lists.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use scorecard_core::{balance, GoalLevel, Id, Perspective};

use crate::app::state::now;
use crate::app::state::AppState;
use crate::ui::csv_button::CsvButton;
use crate::ui::fields::{Choice, FilterSelect};
use crate::ui::layout::set_page_title;
use crate::ui::record::{org_short, organisation_choices, person_name};
use crate::ui::tags::StatusBadge;
use scorecard_core::analysis::{RagStatus, RollupMethod, WeightedThresholds};

/// One strategic goal as the scorecard shows it.
#[derive(Clone, PartialEq)]
struct Card {
    id: Id,
    title: String,
    owner_org: String,
    owner: Option<String>,
    shared_with: Vec<String>,
    contributing: usize,
    status: RagStatus,
}

/// The Balanced Scorecard: four perspectives side by side with their strategic goals, and a
/// balance check.
#[component]
pub fn ScorecardPage() -> impl IntoView {
    set_page_title(|| "Balanced scorecard".into());
    let state = AppState::get();
    let query = use_query_map();
    let org_filter = Memo::new(move |_| query.read().get("org").and_then(|s| s.parse::<Id>().ok()));
    let navigate = use_navigate();

    let orgs = Signal::derive(move || state.workspace.with(organisation_choices));
    let balance_message = move || {
        state
            .workspace
            .with(|ws| balance::summary(&balance::check(ws, org_filter.get())))
    };
    let cards = Memo::new(move |_| {
        let filter = org_filter.get();
        let today = now().date_naive();
        state.workspace.with(|ws| {
            let cascade = ws.cascade();
            let statuses = ws.all_goal_statuses(today, &ws.rollup);
            Perspective::ALL
                .into_iter()
                .map(|p| {
                    let cards: Vec<Card> = cascade
                        .strategic
                        .iter()
                        .filter_map(|id| ws.goal(*id))
                        .filter(|g| g.perspective == p && filter.is_none_or(|o| g.involves(o)))
                        .map(|g| Card {
                            id: g.id,
                            title: g.title.clone(),
                            owner_org: org_short(ws, g.organisation_id),
                            owner: person_name(ws, g.owner_id),
                            shared_with: g.shared_with.iter().map(|o| org_short(ws, *o)).collect(),
                            contributing: cascade.descendants(g.id).len(),
                            status: statuses.get(&g.id).copied().unwrap_or(RagStatus::NoDataYet),
                        })
                        .collect();
                    (
                        p,
                        ws.perspective_status(p, filter, today, &ws.rollup),
                        cards,
                    )
                })
                .collect::<Vec<_>>()
        })
    });

    let on_org_change = move |value: String| {
        let path = if value.is_empty() {
            "/".to_string()
        } else {
            format!("/?org={value}")
        };
        navigate(&path, NavigateOptions::default());
    };

    view! {
        <h1>"Balanced scorecard"</h1>
        <p class="lede">
            "Strategic goals in the four perspectives of the Balanced Scorecard. Every team and individual goal should link back to one of these."
        </p>
        <FilterSelect
            id="scorecard-org"
            label="Show goals for"
            choices=orgs
            empty="All partner organisations"
            value=Signal::derive(move || {
                org_filter.get().map(|id| id.to_string()).unwrap_or_default()
            })
            on_change=on_org_change
        />
        <RollupChoice />
        {move || match balance_message() {
            Some(message) => {
                view! {
                    <div class="inset inset-warning" role="note">
                        <p>
                            <strong>"Warning: "</strong>
                            {message}
                            " A balanced scorecard needs goals in every perspective."
                        </p>
                    </div>
                }
                    .into_any()
            }
            None => {
                view! {
                    <p class="inset">
                        "Balanced: every perspective has at least one strategic goal."
                    </p>
                }
                    .into_any()
            }
        }}
        <div class="perspectives">
            {move || {
                cards
                    .get()
                    .into_iter()
                    .map(|(p, status, cards)| {
                        view! { <PerspectiveColumn perspective=p status=status cards=cards /> }
                    })
                    .collect_view()
            }}
        </div>
        <CsvButton
            what="scorecard"
            headers=&[
                "Perspective",
                "Perspective status",
                "Strategic goal",
                "Status",
                "Owner",
                "Organisation",
                "Shared with",
                "Contributing goals",
            ]
            rows=Callback::new(move |_| {
                cards
                    .get_untracked()
                    .into_iter()
                    .flat_map(|(p, pstatus, cards)| {
                        cards
                            .into_iter()
                            .map(move |c| {
                                vec![
                                    p.label().to_string(),
                                    pstatus.label().to_string(),
                                    c.title,
                                    c.status.label().to_string(),
                                    c.owner.unwrap_or_default(),
                                    c.owner_org,
                                    c.shared_with.join("; "),
                                    c.contributing.to_string(),
                                ]
                            })
                    })
                    .collect()
            })
        />
        <super::home_work::OrganisationWork />
    }
}

#[component]
fn PerspectiveColumn(
    perspective: Perspective,
    status: RagStatus,
    cards: Vec<Card>,
) -> impl IntoView {
    let heading_id = format!("perspective-{}", perspective.key());
    let add_href = format!(
        "/goals/new?level={}&perspective={}",
        GoalLevel::Strategic.key(),
        perspective.key()
    );
    let empty = cards.is_empty();
    view! {
        <section class="perspective" aria-labelledby=heading_id.clone()>
            <h2 id=heading_id.clone() class="perspective-title">
                {perspective.label()}
            </h2>
            <p class="hint">{perspective.hint()}</p>
            <p class="perspective-status">"Status: "<StatusBadge status=status /></p>
            <Show when=move || empty>
                <p class="empty-perspective">
                    <strong>"No strategic goal yet."</strong>
                </p>
            </Show>
            <ul class="card-list">
                {cards
                    .into_iter()
                    .map(|c| {
                        view! {
                            <li class="card">
                                <h3 class="card-title">
                                    <A href=format!("/goals/{}", c.id)>{c.title}</A>
                                </h3>
                                <p class="card-status">
                                    <StatusBadge status=c.status />
                                </p>
                                <dl class="card-meta">
                                    <dt>"Owner"</dt>
                                    <dd>{c.owner_org}{c.owner.map(|o| format!(" – {o}"))}</dd>
                                    {(!c.shared_with.is_empty())
                                        .then(|| {
                                            view! {
                                                <dt>"Shared with"</dt>
                                                <dd>{c.shared_with.join(", ")}</dd>
                                            }
                                        })}
                                    <dt>"Contributing goals"</dt>
                                    <dd>{c.contributing}</dd>
                                </dl>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <A href=add_href attr:class="add-link">
                "Add a strategic goal"
                <span class="visually-hidden">{format!(" in {}", perspective.label())}</span>
            </A>
        </section>
    }
}

/// Worst-of (the default) or a weighted average of measures' and child goals' statuses.
#[component]
fn RollupChoice() -> impl IntoView {
    let state = AppState::get();
    let chosen = Signal::derive(move || {
        match state.workspace.read().rollup {
            RollupMethod::WeightedAverage(_) => "weighted",
            RollupMethod::WorstOf => "worst",
        }
        .to_string()
    });
    let on_change = move |value: String| {
        let method = if value == "weighted" {
            RollupMethod::WeightedAverage(WeightedThresholds::default())
        } else {
            RollupMethod::WorstOf
        };
        let _ = state.edit(|ws| {
            ws.rollup = method;
            Ok::<(), ()>(())
        });
    };
    let methods = vec![
        Choice::new("worst", "the worst of its measures and the goals below it"),
        Choice::new("weighted", "a weighted average of them"),
    ];
    view! {
        <FilterSelect
            id="scorecard-rollup"
            label="Goal status is"
            choices=methods
            value=chosen
            on_change=on_change
            hint="Weighted: green from 0.8, amber from 0.5 (green 1, amber 0.5, red 0), using each measure's weight."
        />
    }
}
