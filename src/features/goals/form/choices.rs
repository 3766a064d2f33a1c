//! What the goal form offers: organisations, partners, parent goals, teams and owners.

use leptos::prelude::*;
use scorecard_core::{GoalLevel, Id};

use crate::app::state::AppState;
use crate::ui::fields::Choice;
use crate::ui::record::{org_short, organisation_choices, team_choices};

/// The form's lists. They follow the level and organisation chosen, not the workspace: read
/// when those change, so saving (which changes the workspace) does not redraw thousands of
/// options.
#[derive(Clone, Copy)]
pub(super) struct GoalChoices {
    /// Every organisation, to own the goal.
    pub organisations: Signal<Vec<Choice>>,
    /// Every organisation but the owner, to share it with.
    pub partners: Signal<Vec<Choice>>,
    /// The goals it could contribute to at its level, under their level.
    pub parents: Signal<Vec<Choice>>,
    /// The owning organisation's teams.
    pub teams: Signal<Vec<Choice>>,
    /// Everyone, by organisation, with their job title.
    pub owners: Signal<Vec<Choice>>,
}

impl GoalChoices {
    /// The lists for goal `goal_id` at `level`, owned by `org`.
    pub fn new(goal_id: Id, level: Memo<GoalLevel>, org: Memo<Option<Id>>) -> Self {
        let state = AppState::get();
        let ws = state.workspace;
        GoalChoices {
            organisations: Signal::derive(move || ws.with_untracked(organisation_choices)),
            partners: Signal::derive(move || {
                let owner = org.get();
                ws.with_untracked(|ws| {
                    ws.organisations
                        .iter()
                        .filter(|o| Some(o.id) != owner)
                        .map(|o| Choice::new(o.id.to_string(), o.name.clone()))
                        .collect()
                })
            }),
            parents: Signal::derive(move || {
                let level = level.get();
                ws.with_untracked(|ws| {
                    ws.possible_parents(goal_id, level)
                        .into_iter()
                        .map(|g| {
                            let org = ws
                                .organisation(g.organisation_id)
                                .map(|o| o.display_short())
                                .unwrap_or("");
                            Choice::grouped(
                                g.id.to_string(),
                                format!("{} ({org})", g.title),
                                format!("{} goals", g.level.label()),
                            )
                        })
                        .collect()
                })
            }),
            teams: Signal::derive(move || {
                let org = org.get();
                ws.with_untracked(|ws| team_choices(ws, org))
            }),
            owners: Signal::derive(move || {
                ws.with_untracked(|ws| {
                    ws.people_by_organisation()
                        .into_iter()
                        .map(|p| {
                            let label = if p.job_title.is_empty() {
                                p.name.clone()
                            } else {
                                format!("{}, {}", p.name, p.job_title)
                            };
                            Choice::grouped(
                                p.id.to_string(),
                                label,
                                org_short(ws, p.organisation_id),
                            )
                        })
                        .collect()
                })
            }),
        }
    }
}
