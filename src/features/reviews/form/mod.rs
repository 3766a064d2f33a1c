//! Record (`/reviews/new`) or change (`/reviews/:id/edit`) a review: who, when, who took part,
//! the goals discussed with their measures as they stand, notes, ratings, agreed actions and the
//! next review date.

pub(crate) mod actions;
mod ids;
pub(crate) mod ratings;

use std::collections::BTreeMap;

use chrono::Months;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use scorecard_core::{
    GoalLevel, GoalRating, Id, IndividualReviewKind, MeasureSnapshot, Review, ReviewAction,
    ReviewSubject, Stamps, ValidationErrors, Workspace,
};

use crate::app::state::{now, AppState};
use crate::features::reviews::form::actions::{ActionRow, AgreedActions};
use crate::features::reviews::form::ratings::RatingsField;
use crate::ui::dates::{day, parse_date};
use crate::ui::fields::{
    error_for, field_id, focus_error_summary, Choice, ErrorSummary, TextField,
};
use crate::ui::grouped_checkboxes::{described_by, GroupedCheckboxes, InlineError};
use crate::ui::layout::set_page_title;
use crate::ui::record::id_param;
use crate::ui::stale_notice::{refuse_stale, StaleNotice, StaleRecord};

pub(crate) use ids::PREFIX;

/// The order of fields on the form, so the error summary lists them in the same order.
const FIELD_ORDER: [&str; 10] = [
    "kind",
    "subject",
    "organisation",
    "date",
    "participants",
    "goals",
    "notes",
    "ratings",
    "actions",
    "next_review",
];

/// The four kinds of review, as the form offers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    OneToOne,
    Appraisal,
    Team,
    Strategic,
}

/// Who a kind of review is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Level {
    Person,
    Team,
    Organisation,
}

impl Kind {
    const ALL: [Kind; 4] = [Kind::OneToOne, Kind::Appraisal, Kind::Team, Kind::Strategic];

    fn key(self) -> &'static str {
        match self {
            Kind::OneToOne => "one_to_one",
            Kind::Appraisal => "appraisal",
            Kind::Team => "team",
            Kind::Strategic => "strategic",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Kind::OneToOne => "One-to-one",
            Kind::Appraisal => "Annual appraisal",
            Kind::Team => "Team review",
            Kind::Strategic => "Strategic (board) review of an organisation",
        }
    }

    fn level(self) -> Level {
        match self {
            Kind::OneToOne | Kind::Appraisal => Level::Person,
            Kind::Team => Level::Team,
            Kind::Strategic => Level::Organisation,
        }
    }

    fn subject(self, who: Id) -> ReviewSubject {
        match self {
            Kind::OneToOne => ReviewSubject::Individual {
                person_id: who,
                kind: IndividualReviewKind::OneToOne,
            },
            Kind::Appraisal => ReviewSubject::Individual {
                person_id: who,
                kind: IndividualReviewKind::Appraisal,
            },
            Kind::Team => ReviewSubject::Team { team_id: who },
            Kind::Strategic => ReviewSubject::Strategic {
                organisation_id: who,
            },
        }
    }

    fn of(subject: &ReviewSubject) -> (Kind, Id) {
        match *subject {
            ReviewSubject::Individual {
                person_id,
                kind: IndividualReviewKind::OneToOne,
            } => (Kind::OneToOne, person_id),
            ReviewSubject::Individual {
                person_id,
                kind: IndividualReviewKind::Appraisal,
            } => (Kind::Appraisal, person_id),
            ReviewSubject::Team { team_id } => (Kind::Team, team_id),
            ReviewSubject::Strategic { organisation_id } => (Kind::Strategic, organisation_id),
        }
    }
}

/// The organisation a subject belongs to.
fn organisation_of(ws: &Workspace, subject: &ReviewSubject) -> Option<Id> {
    match *subject {
        ReviewSubject::Individual { person_id, .. } => {
            ws.person(person_id).map(|p| p.organisation_id)
        }
        ReviewSubject::Team { team_id } => ws.team(team_id).map(|t| t.organisation_id),
        ReviewSubject::Strategic { organisation_id } => {
            ws.organisation(organisation_id).map(|o| o.id)
        }
    }
}

/// Who usually takes part and which goals are usually discussed: a team's members and goals; a
/// person, their line manager and the goals they own; an organisation's strategic goals.
fn defaults(ws: &Workspace, subject: &ReviewSubject) -> (Vec<String>, Vec<String>) {
    let ids = |v: Vec<Id>| v.into_iter().map(|i| i.to_string()).collect::<Vec<_>>();
    match *subject {
        ReviewSubject::Team { team_id } => {
            let people = ws
                .people
                .iter()
                .filter(|p| p.team_id == Some(team_id))
                .map(|p| p.id)
                .collect();
            let mut goals: Vec<Id> = ws
                .goals
                .iter()
                .filter(|g| g.team_id == Some(team_id) && g.level == GoalLevel::Team)
                .map(|g| g.id)
                .collect();
            if goals.is_empty() {
                goals = ws
                    .goals
                    .iter()
                    .filter(|g| g.team_id == Some(team_id))
                    .map(|g| g.id)
                    .collect();
            }
            (ids(people), ids(goals))
        }
        ReviewSubject::Individual { person_id, .. } => {
            let mut people = vec![person_id];
            if let Some(m) = ws.person(person_id).and_then(|p| p.line_manager_id) {
                people.push(m);
            }
            let goals = ws
                .goals
                .iter()
                .filter(|g| g.owner_id == Some(person_id))
                .map(|g| g.id)
                .collect();
            (ids(people), ids(goals))
        }
        ReviewSubject::Strategic { organisation_id } => {
            let goals = ws
                .goals
                .iter()
                .filter(|g| g.level == GoalLevel::Strategic && g.involves(organisation_id))
                .map(|g| g.id)
                .collect();
            (Vec::new(), ids(goals))
        }
    }
}

/// Months between reviews of `subject` under the cadence, and the cadence in words.
fn cadence_of(ws: &Workspace, subject: &ReviewSubject) -> (Option<u32>, &'static str) {
    let c = match *subject {
        ReviewSubject::Individual {
            kind: IndividualReviewKind::Appraisal,
            ..
        } => return (Some(12), "every year"),
        ReviewSubject::Individual { person_id, .. } => ws.cadences.one_to_one_for(person_id),
        ReviewSubject::Team { team_id } => ws.cadences.team_for(team_id),
        ReviewSubject::Strategic { organisation_id } => ws.cadences.strategic_for(organisation_id),
    };
    (c.months(), c.label())
}

/// The subject named in the address: `?team=`, `?person=&kind=` or `?org=`.
fn subject_from_query(get: impl Fn(&str) -> Option<String>) -> (Kind, Option<Id>) {
    let id = |k: &str| get(k).and_then(|s| s.parse::<Id>().ok());
    if let Some(t) = id("team") {
        (Kind::Team, Some(t))
    } else if let Some(p) = id("person") {
        let kind = if get("kind").as_deref() == Some("appraisal") {
            Kind::Appraisal
        } else {
            Kind::OneToOne
        };
        (kind, Some(p))
    } else if let Some(o) = id("org") {
        (Kind::Strategic, Some(o))
    } else {
        let kind = match get("kind").as_deref() {
            Some("one_to_one") => Kind::OneToOne,
            Some("appraisal") => Kind::Appraisal,
            Some("strategic") => Kind::Strategic,
            _ => Kind::Team,
        };
        (kind, None)
    }
}

/// A labelled group of (value, label) choices in a select; `None`: no group heading.
type OptionGroup = (Option<String>, Vec<(String, String)>);

/// `/reviews/new`, with the subject from the address when it names one.
#[component]
pub fn NewReviewPage() -> impl IntoView {
    set_page_title(|| "Record a review".into());
    let state = AppState::get();
    let query = use_query_map();
    // The form is built again only when the address names another subject.
    let start = Memo::new(move |_| subject_from_query(|k| query.read().get(k)));
    move || {
        let (kind, who) = start.get();
        let today = now().date_naive();
        let subject = who.map(|w| kind.subject(w));
        let (participants, goals) = subject
            .map(|s| state.workspace.with_untracked(|ws| defaults(ws, &s)))
            .unwrap_or_default();
        let draft = Review {
            id: Id::new_v4(),
            subject: subject.unwrap_or(ReviewSubject::Team { team_id: Id::nil() }),
            organisation_id: Id::nil(),
            date: today,
            participants: participants.iter().filter_map(|s| s.parse().ok()).collect(),
            goals: goals.iter().filter_map(|s| s.parse().ok()).collect(),
            measures: Vec::new(),
            notes: String::new(),
            ratings: Vec::new(),
            actions: Vec::new(),
            next_review: None,
            stamps: Stamps::new(now()),
        };
        view! { <ReviewForm draft=draft is_new=true kind=kind who=who/> }
    }
}

/// `/reviews/:id/edit`.
#[component]
pub fn EditReviewPage() -> impl IntoView {
    let state = AppState::get();
    let id = id_param();
    let exists = Memo::new(move |_| {
        id.get()
            .filter(|id| state.workspace.with(|ws| ws.review(*id).is_some()))
    });
    set_page_title(move || {
        if exists.get().is_some() {
            "Change a review".into()
        } else {
            "Review not found".into()
        }
    });
    move || match exists
        .get()
        .and_then(|id| state.workspace.with_untracked(|ws| ws.review(id).cloned()))
    {
        Some(r) => {
            let (kind, who) = Kind::of(&r.subject);
            view! { <ReviewForm draft=r is_new=false kind=kind who=Some(who)/> }.into_any()
        }
        None => view! {
            <h1>"Review not found"</h1>
            <p>"There is no review at this address. It may have been deleted."</p>
            <p><A href="/reviews">"Go to reviews"</A></p>
        }
        .into_any(),
    }
}

#[component]
fn ReviewForm(draft: Review, is_new: bool, kind: Kind, who: Option<Id>) -> impl IntoView {
    let state = AppState::get();
    let navigate = use_navigate();
    let review_id = draft.id;
    let created = draft.stamps;
    let stale = RwSignal::new(None::<StaleRecord>);
    let old_snapshots = draft.measures.clone();

    let kind = RwSignal::new(kind);
    let who = RwSignal::new(who.map(|w| w.to_string()).unwrap_or_default());
    let date = RwSignal::new(draft.date.to_string());
    let participants = RwSignal::new(
        draft
            .participants
            .iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>(),
    );
    let goals = RwSignal::new(
        draft
            .goals
            .iter()
            .map(|g| g.to_string())
            .collect::<Vec<_>>(),
    );
    let notes = RwSignal::new(draft.notes.clone());
    let ratings = RwSignal::new(
        draft
            .ratings
            .iter()
            .map(|r| {
                let s = |v: Option<u8>| v.map(|n| n.to_string()).unwrap_or_default();
                (r.goal_id, (s(r.self_rating), s(r.manager_rating)))
            })
            .collect::<BTreeMap<Id, (String, String)>>(),
    );
    let actions = RwSignal::new(
        draft
            .actions
            .iter()
            .map(ActionRow::from)
            .collect::<Vec<_>>(),
    );
    let next = RwSignal::new(draft.next_review.map(|d| d.to_string()).unwrap_or_default());
    let errors = RwSignal::new(ValidationErrors::default());
    let summary = NodeRef::new();

    let subject = Memo::new(move |_| {
        let k = kind.get();
        who.get().parse::<Id>().ok().map(|w| k.subject(w))
    });
    let org = Memo::new(move |_| {
        subject
            .get()
            .and_then(|s| state.workspace.with(|ws| organisation_of(ws, &s)))
    });
    let heading = if is_new {
        "Record a review".to_string()
    } else {
        "Change a review".to_string()
    };

    // Choosing the subject sets who took part and the goals discussed to the usual ones.
    let apply_defaults = move || {
        if let Some(s) = subject.get_untracked() {
            let (p, g) = state.workspace.with_untracked(|ws| defaults(ws, &s));
            participants.set(p);
            goals.set(g);
        } else {
            participants.set(Vec::new());
            goals.set(Vec::new());
        }
    };
    let change_kind = move |new: Kind| {
        let old = kind.get_untracked();
        if old == new {
            return;
        }
        // Carry the choice across levels where there is an obvious one: a person's team, a
        // team's organisation.
        let current = who.get_untracked().parse::<Id>().ok();
        let carried =
            state
                .workspace
                .with_untracked(|ws| match (old.level(), new.level(), current) {
                    (a, b, c) if a == b => c,
                    (Level::Person, Level::Team, Some(p)) => ws.person(p).and_then(|p| p.team_id),
                    (Level::Person, Level::Organisation, Some(p)) => {
                        ws.person(p).map(|p| p.organisation_id)
                    }
                    (Level::Team, Level::Organisation, Some(t)) => {
                        ws.team(t).map(|t| t.organisation_id)
                    }
                    _ => None,
                });
        kind.set(new);
        if old.level() != new.level() {
            who.set(carried.map(|c| c.to_string()).unwrap_or_default());
            apply_defaults();
        }
    };

    let who_choices = move || {
        let k = kind.get();
        state.workspace.with(|ws| {
            let mut groups: Vec<OptionGroup> = Vec::new();
            let mut push =
                |group: Option<String>, value: String, label: String| match groups.last_mut() {
                    Some((g, list)) if *g == group => list.push((value, label)),
                    _ => groups.push((group, vec![(value, label)])),
                };
            match k.level() {
                Level::Organisation => {
                    for o in &ws.organisations {
                        push(None, o.id.to_string(), o.name.clone());
                    }
                }
                Level::Team => {
                    let mut teams: Vec<_> = ws.teams.iter().collect();
                    teams.sort_by_key(|t| {
                        (
                            crate::ui::record::org_short(ws, t.organisation_id),
                            t.name.to_lowercase(),
                        )
                    });
                    for t in teams {
                        push(
                            Some(crate::ui::record::org_short(ws, t.organisation_id)),
                            t.id.to_string(),
                            t.name.clone(),
                        );
                    }
                }
                Level::Person => {
                    let mut people: Vec<_> = ws.people.iter().collect();
                    people.sort_by_key(|p| {
                        (
                            crate::ui::record::org_short(ws, p.organisation_id),
                            p.name.to_lowercase(),
                        )
                    });
                    for p in people {
                        let label = if p.job_title.is_empty() {
                            p.name.clone()
                        } else {
                            format!("{} ({})", p.name, p.job_title)
                        };
                        push(
                            Some(crate::ui::record::org_short(ws, p.organisation_id)),
                            p.id.to_string(),
                            label,
                        );
                    }
                }
            }
            groups
        })
    };
    let who_label = move || match kind.get().level() {
        Level::Person => "Person",
        Level::Team => "Team",
        Level::Organisation => "Organisation",
    };
    let who_empty = move || match kind.get().level() {
        Level::Person => "Choose a person",
        Level::Team => "Choose a team",
        Level::Organisation => "Choose an organisation",
    };

    // People of the subject's organisation, by team; the subject's team first.
    let participant_groups = Signal::derive(move || {
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
            let mut people: Vec<_> = ws
                .people
                .iter()
                .filter(|p| p.organisation_id == org)
                .collect();
            let team_name = |t: Option<Id>| t.and_then(|t| ws.team(t)).map(|t| t.name.clone());
            people.sort_by_key(|p| {
                (
                    p.team_id != first_team || first_team.is_none(),
                    team_name(p.team_id).is_none(),
                    team_name(p.team_id).unwrap_or_default(),
                    p.name.to_lowercase(),
                )
            });
            let mut groups: Vec<(String, Vec<Choice>)> = Vec::new();
            for p in people {
                let group = team_name(p.team_id).unwrap_or_else(|| "Not in a team".into());
                let label = if p.job_title.is_empty() {
                    p.name.clone()
                } else {
                    format!("{} ({})", p.name, p.job_title)
                };
                let c = Choice::new(p.id.to_string(), label);
                match groups.last_mut() {
                    Some((g, list)) if *g == group => list.push(c),
                    _ => groups.push((group, vec![c])),
                }
            }
            groups
        })
    });
    // Goals the organisation owns or shares, by level.
    let goal_groups = Signal::derive(move || {
        let Some(org) = org.get() else {
            return Vec::new();
        };
        state.workspace.with(|ws| {
            [GoalLevel::Strategic, GoalLevel::Team, GoalLevel::Individual]
                .into_iter()
                .filter_map(|level| {
                    let mut list: Vec<_> = ws
                        .goals
                        .iter()
                        .filter(|g| g.level == level && g.involves(org))
                        .collect();
                    list.sort_by_key(|g| g.title.to_lowercase());
                    let choices: Vec<Choice> = list
                        .into_iter()
                        .map(|g| Choice::new(g.id.to_string(), g.title.clone()))
                        .collect();
                    (!choices.is_empty()).then(|| (format!("{} goals", level.label()), choices))
                })
                .collect()
        })
    });
    let pick_subject_first = Signal::derive(move || {
        if subject.get().is_none() {
            "Choose who the review is about first.".to_string()
        } else {
            "There is nothing to choose in this organisation yet.".to_string()
        }
    });

    // The chosen goals, in the order they are listed.
    let chosen_goals = Memo::new(move |_| {
        let chosen = goals.get();
        goal_groups
            .get()
            .into_iter()
            .flat_map(|(_, list)| list)
            .filter(|c| chosen.contains(&c.value))
            .filter_map(|c| c.value.parse::<Id>().ok().map(|id| (id, c.label)))
            .collect::<Vec<_>>()
    });
    // The measures of the chosen goals as they stand: what the review will record. When a review
    // is changed, measures it already recorded keep what was seen then.
    let old = StoredValue::new(old_snapshots);
    let snapshots = move |ws: &Workspace, ids: &[Id]| -> Vec<MeasureSnapshot> {
        let today = now().date_naive();
        ws.snapshot_measures(ids, today)
            .into_iter()
            .map(|live| {
                old.with_value(|old| {
                    old.iter()
                        .find(|o| o.measure_id == live.measure_id)
                        .cloned()
                })
                .unwrap_or(live)
            })
            .collect()
    };
    let measures = Memo::new(move |_| {
        let ids: Vec<Id> = chosen_goals.get().into_iter().map(|(id, _)| id).collect();
        state.workspace.with(|ws| snapshots(ws, &ids))
    });

    let next_hint = move || {
        let Some(s) = subject.get() else {
            return "Leave it empty to follow the review schedule.".to_string();
        };
        let (months, words) = state.workspace.with(|ws| cadence_of(ws, &s));
        match (months, parse_date(&date.get())) {
            (Some(m), Some(d)) => format!(
                "Leave it empty to follow the review schedule ({}): the next one will be due by {}.",
                words.to_lowercase(),
                day(d.checked_add_months(Months::new(m)).unwrap_or(d))
            ),
            (Some(_), None) => format!("Leave it empty to follow the review schedule ({}).", words.to_lowercase()),
            (None, _) => "These reviews are not scheduled. Enter a date if you agree one; otherwise none will be due.".into(),
        }
    };

    let nav = navigate.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let today = now().date_naive();
        let mut problems = ValidationErrors::default();
        let chosen_subject = subject.get_untracked();
        if chosen_subject.is_none() {
            problems.push(
                "subject",
                match kind.get_untracked().level() {
                    Level::Person => "Choose the person whose review this is",
                    Level::Team => "Choose the team",
                    Level::Organisation => "Choose the organisation",
                },
            );
        }
        let date_text = date.get_untracked();
        let held = parse_date(&date_text);
        if held.is_none() {
            problems.push(
                "date",
                if date_text.trim().is_empty() {
                    "Enter the date of the review"
                } else {
                    "Enter the date of the review as a real date, for example 26 11 2026"
                },
            );
        }
        let next_text = next.get_untracked();
        let next_review = parse_date(&next_text);
        if !next_text.trim().is_empty() && next_review.is_none() {
            problems.push(
                "next_review",
                "Enter the next review date as a real date, or leave it empty",
            );
        }
        let goal_ids: Vec<Id> = chosen_goals
            .get_untracked()
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        let rating_map = ratings.get_untracked();
        let goal_ratings: Vec<GoalRating> = goal_ids
            .iter()
            .filter_map(|g| {
                let (s, m) = rating_map.get(g)?;
                let rating = GoalRating {
                    goal_id: *g,
                    self_rating: s.parse().ok(),
                    manager_rating: m.parse().ok(),
                };
                (rating.self_rating.is_some() || rating.manager_rating.is_some()).then_some(rating)
            })
            .collect();
        let mut agreed = Vec::new();
        for (i, row) in actions.get_untracked().into_iter().enumerate() {
            let due_text = row.due.get_untracked();
            let due = parse_date(&due_text);
            if !due_text.trim().is_empty() && due.is_none() {
                problems.push(
                    "actions",
                    format!(
                        "Action {}: enter the due date as a real date, or leave it empty",
                        i + 1
                    ),
                );
            }
            agreed.push(ReviewAction {
                id: row.id,
                description: row.description.get_untracked().trim().to_string(),
                // An owner deleted since shows as "Not named", and is saved so.
                owner_id: row
                    .owner
                    .get_untracked()
                    .parse::<Id>()
                    .ok()
                    .filter(|o| state.workspace.with_untracked(|ws| ws.person(*o).is_some())),
                due,
                status: row.status,
                closed_at: row.closed_at,
            });
        }
        let org_id = org.get_untracked().unwrap_or_default();
        let mut review = Review {
            id: review_id,
            subject: chosen_subject.unwrap_or(ReviewSubject::Team { team_id: Id::nil() }),
            organisation_id: org_id,
            date: held.unwrap_or(today),
            // People deleted since are not shown, so they are not kept.
            participants: participants
                .get_untracked()
                .iter()
                .filter_map(|p| p.parse::<Id>().ok())
                .filter(|p| state.workspace.with_untracked(|ws| ws.person(*p).is_some()))
                .collect(),
            goals: goal_ids.clone(),
            measures: Vec::new(),
            notes: notes.get_untracked(),
            ratings: goal_ratings,
            actions: agreed,
            next_review,
            stamps: created,
        };
        // Everything the core finds too, so every problem is listed at once.
        let found = state
            .workspace
            .with_untracked(|ws| ws.validate_review(&review));
        for e in found.0 {
            let about_missing_subject =
                chosen_subject.is_none() && matches!(e.field, "subject" | "organisation");
            let about_missing_date = held.is_none() && e.field == "next_review";
            if !about_missing_subject && !about_missing_date {
                problems.0.push(e);
            }
        }
        if !problems.is_empty() {
            problems.0.sort_by_key(|e| {
                FIELD_ORDER
                    .iter()
                    .position(|f| *f == e.field)
                    .unwrap_or(FIELD_ORDER.len())
            });
            errors.set(problems);
            focus_error_summary(summary);
            return;
        }
        if !is_new {
            let refused = state.workspace.with_untracked(|ws| {
                let saved = ws.review(review_id).map(|r| (r, r.stamps.updated_at));
                refuse_stale("review", created.updated_at, &review, saved)
            });
            if refused.is_some() {
                stale.set(refused);
                return;
            }
        }
        match state.edit(|ws| {
            review.measures = snapshots(ws, &goal_ids);
            ws.save_review(review, now())
        }) {
            Ok(()) => {
                let path = format!("/reviews/{review_id}");
                state.flash(
                    path.clone(),
                    if is_new {
                        "Review recorded."
                    } else {
                        "Review saved."
                    },
                );
                nav(&path, NavigateOptions::default());
            }
            Err(e) => {
                errors.set(e);
                focus_error_summary(summary);
            }
        }
    };

    let id_of = |f: &str| field_id(PREFIX, f);
    let kind_error = error_for(errors, "kind");
    let subject_error = error_for(errors, "subject");
    let date_error = error_for(errors, "date");
    let next_error = error_for(errors, "next_review");
    let cancel = if is_new {
        "/reviews".to_string()
    } else {
        format!("/reviews/{review_id}")
    };

    view! {
        <A href=cancel.clone() attr:class="back-link">{if is_new { "Back to reviews" } else { "Back to the review" }}</A>
        <h1>{heading}</h1>
        <StaleNotice stale=stale/>
        <form class="form form-wide" novalidate on:submit=submit>
            <ErrorSummary prefix=PREFIX errors=errors node=summary/>

            <div class="form-group" class:form-group-error=move || kind_error.read().is_some()>
                <fieldset class="fieldset">
                    <legend class="legend">"What kind of review?"</legend>
                    <InlineError id=id_of("kind") error=kind_error/>
                    <div class="radios">
                        {Kind::ALL.into_iter().enumerate().map(|(i, k)| {
                            let radio_id = if i == 0 { id_of("kind") } else { format!("{}-{i}", id_of("kind")) };
                            view! {
                                <div class="radio">
                                    <input class="radio-input" type="radio" id=radio_id.clone() name="review-kind" value=k.key()
                                        prop:checked=move || kind.get() == k
                                        on:change=move |_| change_kind(k)/>
                                    <label class="radio-label" for=radio_id>{k.label()}</label>
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
                    {move || who_choices().into_iter().map(|(group, list)| {
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

            <TextField id=id_of("date") label="Date of the review" value=date input_type="date"
                width="input-width-10" error=date_error/>

            <GroupedCheckboxes id=id_of("participants") legend="Who took part?"
                hint="Choosing the review sets the usual people: a team's members, or a person and their line manager."
                groups=participant_groups value=participants error=error_for(errors, "participants")
                none_text=pick_subject_first/>

            <GroupedCheckboxes id=id_of("goals") legend="Goals discussed"
                hint="The team's goals, the person's goals or the organisation's strategic goals are chosen to start with."
                groups=goal_groups value=goals error=error_for(errors, "goals") none_text=pick_subject_first/>

            <section class="form-group" aria-labelledby="review-measures-title">
                <h2 id="review-measures-title" class="form-section-title">"Measures of the goals discussed"</h2>
                <p class="hint">"As they stand today. The review keeps this record of what was seen."</p>
                {move || {
                    let list = measures.get();
                    if chosen_goals.with(|g| g.is_empty()) {
                        return view! { <p>"Choose goals to see their measures."</p> }.into_any();
                    }
                    if list.is_empty() {
                        return view! { <p>"The goals chosen have no measures."</p> }.into_any();
                    }
                    view! {
                        <table class="table">
                            <caption class="visually-hidden">"Measures of the goals discussed"</caption>
                            <thead><tr>
                                <th scope="col">"Measure"</th><th scope="col">"Status"</th><th scope="col">"Latest data"</th>
                            </tr></thead>
                            <tbody>
                                {list.into_iter().map(|m| view! {
                                    <tr>
                                        <td><A href=format!("/measures/{}", m.measure_id)>{m.name}</A></td>
                                        <td>{m.status}</td>
                                        <td>{m.latest}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any()
                }}
            </section>

            <TextField id=id_of("notes") label="Notes of the discussion (optional)" value=notes multiline=true
                error=error_for(errors, "notes")/>

            <RatingsField goals=chosen_goals ratings=ratings errors=errors/>

            <AgreedActions actions=actions errors=errors/>

            <div class="form-group" class:form-group-error=move || next_error.read().is_some()>
                <label class="label" for=id_of("next_review")>"Next review (optional)"</label>
                <div class="hint" id=format!("{}-hint", id_of("next_review"))>{next_hint}</div>
                <InlineError id=id_of("next_review") error=next_error/>
                <input class="input input-width-10" type="date" id=id_of("next_review") name=id_of("next_review")
                    aria-describedby=move || described_by(&id_of("next_review"), true, next_error.read().is_some())
                    aria-invalid=move || next_error.read().is_some().then_some("true")
                    prop:value=move || next.get()
                    on:input=move |ev| next.set(event_target_value(&ev))
                    on:change=move |ev| next.set(event_target_value(&ev))/>
            </div>

            <div class="button-row">
                <button type="submit" class="button">{if is_new { "Save review" } else { "Save changes" }}</button>
                <A href=cancel attr:class="button button-secondary">"Cancel"</A>
            </div>
        </form>
    }
}
