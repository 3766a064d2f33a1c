//! Whom the review is about: the kind of review, then the person, team or organisation. Choosing
//! them sets who took part and the goals discussed to the usual ones (the core says which).

use leptos::prelude::*;
use scorecard_core::reviews::{ReviewKind, ReviewLevel};
use scorecard_core::{Id, Person, ValidationErrors};

use super::draft::DraftFields;
use super::ids::id_of;
use crate::app::state::AppState;
use crate::ui::fields::{error_for, Choice, RadioField, SelectField};
use crate::ui::record::org_short;

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
fn choices(state: AppState, level: ReviewLevel) -> Vec<Choice> {
    state.workspace.with(|ws| match level {
        ReviewLevel::Organisation => ws
            .organisations
            .iter()
            .map(|o| Choice::new(o.id.to_string(), o.name.clone()))
            .collect(),
        ReviewLevel::Team => ws
            .teams_by_organisation()
            .into_iter()
            .map(|t| {
                Choice::grouped(
                    t.id.to_string(),
                    t.name.clone(),
                    org_short(ws, t.organisation_id),
                )
            })
            .collect(),
        ReviewLevel::Person => ws
            .people_by_organisation()
            .into_iter()
            .map(|p| {
                Choice::grouped(
                    p.id.to_string(),
                    person_label(p),
                    org_short(ws, p.organisation_id),
                )
            })
            .collect(),
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
    let level = Memo::new(move |_| kind.get().level());
    let who_label = Signal::derive(move || {
        match level.get() {
            ReviewLevel::Person => "Person",
            ReviewLevel::Team => "Team",
            ReviewLevel::Organisation => "Organisation",
        }
        .to_string()
    });
    let who_empty = Signal::derive(move || {
        match level.get() {
            ReviewLevel::Person => "Choose a person",
            ReviewLevel::Team => "Choose a team",
            ReviewLevel::Organisation => "Choose an organisation",
        }
        .to_string()
    });
    // The radios' value is the kind's key; choosing one changes the kind through `change_kind`.
    let kind_key = RwSignal::new(kind.get_untracked().key().to_string());
    let kinds: Vec<Choice> = ReviewKind::ALL
        .into_iter()
        .map(|k| Choice::new(k.key(), kind_label(k)))
        .collect();

    view! {
        <RadioField
            id=id_of("kind")
            legend="What kind of review?"
            choices=kinds
            value=kind_key
            error=error_for(errors, "kind")
            on_change=move |key: String| {
                if let Some(k) = ReviewKind::from_key(&key) {
                    change_kind(k);
                }
            }
        />
        <SelectField
            id=id_of("subject")
            label=who_label
            empty=who_empty
            value=who
            choices=Signal::derive(move || choices(state, level.get()))
            error=error_for(errors, "subject")
            on_change=move |_| apply_defaults()
        />
    }
}
