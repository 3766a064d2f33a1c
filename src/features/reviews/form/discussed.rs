//! Who took part, the goals discussed, and those goals' measures as they stand: what the review
//! will record. The choices are the subject's organisation's people and goals.

use leptos::prelude::*;
use scorecard_core::{Id, ReviewSubject, ValidationErrors};

use super::draft::DraftFields;
use super::ids::id_of;
use super::subject::person_label;
use crate::app::state::{now, AppState};
use crate::features::reviews::tables::MeasuresSeen;
use crate::ui::fields::{error_for, Choice, GroupedCheckboxes};

/// The goals chosen that the review can discuss, in the order they are offered, with their
/// titles: what the ratings are asked for and what will be saved.
pub(super) fn chosen_goals(
    org: Memo<Option<Id>>,
    goals: RwSignal<Vec<String>>,
) -> Memo<Vec<(Id, String)>> {
    let state = AppState::get();
    Memo::new(move |_| {
        let Some(org) = org.get() else {
            return Vec::new();
        };
        let chosen: Vec<Id> = goals.read().iter().filter_map(|g| g.parse().ok()).collect();
        state.workspace.with(|ws| {
            ws.discussable_goals(org, &chosen)
                .into_iter()
                .map(|g| (g.id, g.title.clone()))
                .collect()
        })
    })
}

/// People of the subject's organisation, by team; the subject's team first.
fn participant_groups(
    subject: Memo<Option<ReviewSubject>>,
    org: Memo<Option<Id>>,
) -> Signal<Vec<(String, Vec<Choice>)>> {
    let state = AppState::get();
    Signal::derive(move || {
        let Some(org) = org.get() else {
            return Vec::new();
        };
        let s = subject.get();
        state.workspace.with(|ws| {
            let first_team = match s {
                Some(ReviewSubject::Team { team_id }) => Some(team_id),
                Some(ReviewSubject::Individual { person_id, .. }) => {
                    ws.person(person_id).and_then(|p| p.team_id)
                }
                _ => None,
            };
            let team_name = |t: Option<Id>| t.and_then(|t| ws.team(t)).map(|t| t.name.clone());
            let mut people: Vec<_> = ws
                .people
                .iter()
                .filter(|p| p.organisation_id == org)
                .collect();
            scorecard_core::order::sort_by_cached_key(&mut people, |p| {
                let team = team_name(p.team_id);
                (
                    p.team_id != first_team || first_team.is_none(),
                    team.is_none(),
                    team.unwrap_or_default(),
                    p.name.to_lowercase(),
                )
            });
            let mut groups: Vec<(String, Vec<Choice>)> = Vec::new();
            for p in people {
                let group = team_name(p.team_id).unwrap_or_else(|| "Not in a team".into());
                let c = Choice::new(p.id.to_string(), person_label(p));
                match groups.last_mut() {
                    Some((g, list)) if *g == group => list.push(c),
                    _ => groups.push((group, vec![c])),
                }
            }
            groups
        })
    })
}

/// Goals the organisation owns or shares, by level.
fn goal_groups(org: Memo<Option<Id>>) -> Signal<Vec<(String, Vec<Choice>)>> {
    let state = AppState::get();
    Signal::derive(move || {
        let Some(org) = org.get() else {
            return Vec::new();
        };
        state.workspace.with(|ws| {
            ws.review_goal_options(org)
                .into_iter()
                .map(|(level, goals)| {
                    let choices = goals
                        .into_iter()
                        .map(|g| Choice::new(g.id.to_string(), g.title.clone()))
                        .collect();
                    (format!("{} goals", level.label()), choices)
                })
                .collect()
        })
    })
}

/// Who took part and the goals discussed (checkboxes), then the chosen goals' measures. When a
/// review is changed, measures it recorded keep what was seen then.
#[component]
pub(super) fn Discussed(
    fields: DraftFields,
    subject: Memo<Option<ReviewSubject>>,
    org: Memo<Option<Id>>,
    chosen_goals: Memo<Vec<(Id, String)>>,
    errors: RwSignal<ValidationErrors>,
) -> impl IntoView {
    let state = AppState::get();
    let pick_subject_first = Signal::derive(move || {
        if subject.get().is_none() {
            "Choose who the review is about first.".to_string()
        } else {
            "There is nothing to choose in this organisation yet.".to_string()
        }
    });
    let measures = Memo::new(move |_| {
        let ids: Vec<Id> = chosen_goals.get().into_iter().map(|(id, _)| id).collect();
        let today = now().date_naive();
        state.workspace.with(|ws| {
            fields
                .recorded_measures
                .with_value(|recorded| ws.review_measures(&ids, recorded, today))
        })
    });

    view! {
        <GroupedCheckboxes
            id=id_of("participants")
            legend="Who took part?"
            hint="Choosing the review sets the usual people: a team's members, or a person and their line manager."
            groups=participant_groups(subject, org)
            value=fields.participants
            error=error_for(errors, "participants")
            none_text=pick_subject_first
        />

        <GroupedCheckboxes
            id=id_of("goals")
            legend="Goals discussed"
            hint="The team's goals, the person's goals or the organisation's strategic goals are chosen to start with."
            groups=goal_groups(org)
            value=fields.goals
            error=error_for(errors, "goals")
            none_text=pick_subject_first
        />

        <section class="form-group" aria-labelledby="review-measures-title">
            <h2 id="review-measures-title" class="form-section-title">
                "Measures of the goals discussed"
            </h2>
            <p class="hint">
                "As they stand today. The review keeps this record of what was seen."
            </p>
            {move || {
                let list = measures.get();
                if chosen_goals.with(|g| g.is_empty()) {
                    return view! { <p>"Choose goals to see their measures."</p> }.into_any();
                }
                if list.is_empty() {
                    return view! { <p>"The goals chosen have no measures."</p> }.into_any();
                }
                view! {
                    <MeasuresSeen
                        rows=list
                        caption="Measures of the goals discussed"
                        headers=&["Measure", "Status", "Latest data"]
                    />
                }
                    .into_any()
            }}
        </section>
    }
}
