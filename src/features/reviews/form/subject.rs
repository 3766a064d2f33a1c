//! Whom the review is about: the kind of review, then the person, team or organisation. Choosing
//! them sets who took part and the goals discussed to the usual ones (the core says which).

use leptos::prelude::*;
use scorecard_core::reviews::{ReviewKind, ReviewLevel};
use scorecard_core::{Id, Person, ValidationErrors};

use super::draft::DraftFields;
use super::ids::id_of;
use crate::app::state::AppState;
use crate::ui::fields::error_for;
use crate::ui::grouped_checkboxes::{described_by, InlineError};
use crate::ui::record::org_short;

/// A labelled group of (value, label) choices in a select; `None`: no group heading.
type OptionGroup = (Option<String>, Vec<(String, String)>);

/// The form's words for each kind of review.
fn kind_label(kind: ReviewKind) -> &'static str {
    match kind {
        ReviewKind::OneToOne => "One-to-one",
        ReviewKind::Appraisal => "Annual appraisal",
        ReviewKind::Team => "Team review",
        ReviewKind::Strategic => "Strategic (board) review of an organisation",
    }
}

/// A person as the form lists them: their name, and their job title when they have one.
pub(super) fn person_label(p: &Person) -> String {
    if p.job_title.is_empty() {
        p.name.clone()
    } else {
        format!("{} ({})", p.name, p.job_title)
    }
}

/// The kind of review and whom the address names: `?team=`, `?person=&kind=` or `?org=`, else
/// just `?kind=` (a team review by default). The reverse of `ui::due_lists::record_href`.
pub(super) fn subject_from_query(get: impl Fn(&str) -> Option<String>) -> (ReviewKind, Option<Id>) {
    let id = |k: &str| get(k).and_then(|s| s.parse::<Id>().ok());
    let kind = get("kind").and_then(|k| ReviewKind::from_key(&k));
    if let Some(t) = id("team") {
        (ReviewKind::Team, Some(t))
    } else if let Some(p) = id("person") {
        let appraisal = kind == Some(ReviewKind::Appraisal);
        let kind = if appraisal {
            ReviewKind::Appraisal
        } else {
            ReviewKind::OneToOne
        };
        (kind, Some(p))
    } else if let Some(o) = id("org") {
        (ReviewKind::Strategic, Some(o))
    } else {
        (kind.unwrap_or(ReviewKind::Team), None)
    }
}

/// Everyone who can be chosen at `level`, under their organisation's short name.
fn choices(state: AppState, level: ReviewLevel) -> Vec<OptionGroup> {
    state.workspace.with(|ws| {
        let mut groups: Vec<OptionGroup> = Vec::new();
        let mut push = |group: Option<String>, value: String, label: String| match groups.last_mut()
        {
            Some((g, list)) if *g == group => list.push((value, label)),
            _ => groups.push((group, vec![(value, label)])),
        };
        match level {
            ReviewLevel::Organisation => {
                for o in &ws.organisations {
                    push(None, o.id.to_string(), o.name.clone());
                }
            }
            ReviewLevel::Team => {
                let mut teams: Vec<_> = ws.teams.iter().collect();
                teams.sort_by_cached_key(|t| {
                    (org_short(ws, t.organisation_id), t.name.to_lowercase())
                });
                for t in teams {
                    push(
                        Some(org_short(ws, t.organisation_id)),
                        t.id.to_string(),
                        t.name.clone(),
                    );
                }
            }
            ReviewLevel::Person => {
                let mut people: Vec<_> = ws.people.iter().collect();
                people.sort_by_cached_key(|p| {
                    (org_short(ws, p.organisation_id), p.name.to_lowercase())
                });
                for p in people {
                    push(
                        Some(org_short(ws, p.organisation_id)),
                        p.id.to_string(),
                        person_label(p),
                    );
                }
            }
        }
        groups
    })
}

/// The kind of review (radios) and whom it is about (a select of the people, teams or
/// organisations for that kind). Changing the kind keeps the obvious choice where there is one.
#[component]
pub(super) fn SubjectFields(
    fields: DraftFields,
    errors: RwSignal<ValidationErrors>,
) -> impl IntoView {
    let state = AppState::get();
    let (kind, who) = (fields.kind, fields.subject_id);
    let apply_defaults = move || {
        let usual = untrack(|| fields.subject())
            .map(|s| state.workspace.with_untracked(|ws| ws.review_defaults(&s)))
            .unwrap_or_default();
        let texts = |ids: Vec<Id>| ids.iter().map(Id::to_string).collect();
        fields.participants.set(texts(usual.participants));
        fields.goals.set(texts(usual.goals));
    };
    let change_kind = move |new: ReviewKind| {
        let old = kind.get_untracked();
        if old == new {
            return;
        }
        let current = who.get_untracked().parse::<Id>().ok();
        let carried = state
            .workspace
            .with_untracked(|ws| ws.carry_subject(old.level(), new.level(), current));
        kind.set(new);
        if old.level() != new.level() {
            who.set(carried.map(|c| c.to_string()).unwrap_or_default());
            apply_defaults();
        }
    };
    let who_label = move || match kind.get().level() {
        ReviewLevel::Person => "Person",
        ReviewLevel::Team => "Team",
        ReviewLevel::Organisation => "Organisation",
    };
    let who_empty = move || match kind.get().level() {
        ReviewLevel::Person => "Choose a person",
        ReviewLevel::Team => "Choose a team",
        ReviewLevel::Organisation => "Choose an organisation",
    };
    let kind_error = error_for(errors, "kind");
    let subject_error = error_for(errors, "subject");

    view! {
        <div class="form-group" class:form-group-error=move || kind_error.read().is_some()>
            <fieldset class="fieldset">
                <legend class="legend">"What kind of review?"</legend>
                <InlineError id=id_of("kind") error=kind_error/>
                <div class="radios">
                    {ReviewKind::ALL.into_iter().enumerate().map(|(i, k)| {
                        let radio_id = if i == 0 { id_of("kind") } else { format!("{}-{i}", id_of("kind")) };
                        view! {
                            <div class="radio">
                                <input class="radio-input" type="radio" id=radio_id.clone() name="review-kind" value=k.key()
                                    prop:checked=move || kind.get() == k
                                    on:change=move |_| change_kind(k)/>
                                <label class="radio-label" for=radio_id>{kind_label(k)}</label>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
        </div>

        <div class="form-group" class:form-group-error=move || subject_error.read().is_some()>
            <label class="label" for=id_of("subject")>{who_label}</label>
            <InlineError id=id_of("subject") error=subject_error/>
            <select class="select" id=id_of("subject") name="review-subject"
                aria-describedby=move || described_by(&id_of("subject"), false, subject_error.read().is_some())
                aria-invalid=move || subject_error.read().is_some().then_some("true")
                on:change=move |ev| {
                    who.set(event_target_value(&ev));
                    apply_defaults();
                }>
                <option value="" prop:selected=move || who.read().is_empty()>{who_empty}</option>
                {move || choices(state, kind.get().level()).into_iter().map(|(group, list)| {
                    let options = list.into_iter().map(|(value, label)| {
                        let v = value.clone();
                        view! { <option value=value prop:selected=move || *who.read() == v>{label}</option> }
                    }).collect_view();
                    match group {
                        Some(g) => view! { <optgroup label=g>{options}</optgroup> }.into_any(),
                        None => options.into_any(),
                    }
                }).collect_view()}
            </select>
        </div>
    }
}
