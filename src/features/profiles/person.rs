//! `/people/:id/profile`: a person's page — their role, goals, development plan, recognition,
//! the year's reviews (the annual appraisal summary) and their timeline.

use chrono::Days;
use leptos::prelude::*;
use leptos_router::components::A;
use scorecard_core::{ActionStatus, Id, Recognised, ReviewSubject};

use crate::app::state::{now, AppState};
use crate::features::profiles::development_plan::DevelopmentPlan;
use crate::features::profiles::recognition::RecognitionSection;
use crate::ui::dates::day;
use crate::ui::layout::set_page_title;
use crate::ui::record::{id_param, org_short};
use crate::ui::tags::LevelTag;
use crate::ui::timeline::Timeline;
use scorecard_core::reviews::{gap_words, rating_words};

/// The "Personal" tag: this section is personal data.
#[component]
pub fn PersonalTag() -> impl IntoView {
    view! { <span class="tag tag-personal">"Personal"</span> }
}

/// The person at `/people/:id/profile`.
#[component]
pub fn PersonProfilePage() -> impl IntoView {
    let state = AppState::get();
    let id = id_param();
    let name = Memo::new(move |_| {
        id.get().and_then(|id| {
            state
                .workspace
                .with(|ws| ws.person(id).map(|p| p.name.clone()))
        })
    });
    set_page_title(move || name.get().unwrap_or_else(|| "Person not found".into()));
    // Built again only when the address names another person, so the forms keep their state.
    let exists = Memo::new(move |_| {
        id.get()
            .filter(|id| state.workspace.with(|ws| ws.person(*id).is_some()))
    });
    move || match exists.get() {
        Some(id) => view! { <PersonProfile id=id/> }.into_any(),
        None => view! {
            <h1>"Person not found"</h1>
            <p>"There is no one at this address. They may have been deleted."</p>
            <p><A href="/people">"Go to people"</A></p>
        }
        .into_any(),
    }
}

#[component]
fn PersonProfile(id: Id) -> impl IntoView {
    let state = AppState::get();
    let person = Memo::new(move |_| state.workspace.with(|ws| ws.person(id).cloned()));
    let name = move || person.get().map(|p| p.name).unwrap_or_default();

    let role = move || {
        let Some(p) = person.get() else {
            return ().into_any();
        };
        state.workspace.with(|ws| {
            let team = p.team_id.and_then(|t| ws.team(t)).map(|t| (t.id, t.name.clone()));
            let manager = p.line_manager_id.and_then(|m| ws.person(m)).map(|m| (m.id, m.name.clone()));
            let or_not = |s: &str, none: &str| if s.trim().is_empty() { none.to_string() } else { s.to_string() };
            view! {
                <dl class="summary-list">
                    <div class="summary-row"><dt>"Job title"</dt><dd>{or_not(&p.job_title, "Not recorded")}</dd></div>
                    <div class="summary-row"><dt>"Organisation"</dt><dd>{org_short(ws, p.organisation_id)}</dd></div>
                    <div class="summary-row"><dt>"Team"</dt><dd>{match team {
                        Some((tid, t)) => view! { <A href=format!("/teams/{tid}/profile")>{t}</A> }.into_any(),
                        None => view! { "Not in a team" }.into_any(),
                    }}</dd></div>
                    <div class="summary-row"><dt>"Line manager"</dt><dd>{match manager {
                        Some((mid, m)) => view! { <A href=format!("/people/{mid}/profile")>{m}</A> }.into_any(),
                        None => view! { "Not recorded" }.into_any(),
                    }}</dd></div>
                    <div class="summary-row"><dt>"Started in the role"</dt><dd>{p.appointment.start_date.map(day).unwrap_or_else(|| "Not recorded".into())}</dd></div>
                    <div class="summary-row"><dt>"Job description"</dt><dd class="preserve-lines">{or_not(&p.job_description, "Not recorded")}</dd></div>
                    <div class="summary-row"><dt>"Objectives agreed at appointment"</dt><dd class="preserve-lines">{or_not(&p.appointment.objectives, "Not recorded")}</dd></div>
                </dl>
            }
            .into_any()
        })
    };

    let goals = move || {
        state.workspace.with(|ws| {
            let mut list: Vec<_> = ws
                .goals
                .iter()
                .filter(|g| g.owner_id == Some(id))
                .map(|g| (g.id, g.title.clone(), g.level))
                .collect();
            list.sort_by_key(|(_, t, l)| (*l, t.to_lowercase()));
            list
        })
    };

    let appraisal = move || {
        let today = now().date_naive();
        let from = today.checked_sub_days(Days::new(365)).unwrap_or(today);
        state.workspace.with(|ws| {
            let mut list: Vec<_> = ws
                .reviews
                .iter()
                .filter(|r| matches!(r.subject, ReviewSubject::Individual { person_id, .. } if person_id == id))
                .filter(|r| r.date >= from && r.date <= today)
                .cloned()
                .collect();
            list.sort_by_key(|r| std::cmp::Reverse(r.date));
            list.into_iter()
                .map(|r| {
                    let ratings = r
                        .ratings
                        .iter()
                        .map(|x| {
                            let goal = ws.goal(x.goal_id).map(|g| g.title.clone()).unwrap_or_else(|| "A deleted goal".into());
                            let words = |v: Option<u8>| v.map(rating_words).unwrap_or("not rated");
                            format!(
                                "{goal}: self {}, manager {}. {}.",
                                words(x.self_rating),
                                words(x.manager_rating),
                                gap_words(x.gap())
                            )
                        })
                        .collect::<Vec<_>>();
                    let actions = r
                        .actions
                        .iter()
                        .map(|a| {
                            let due = a.due.map(|d| format!(", due {}", day(d))).unwrap_or_default();
                            format!("{} ({}{due})", a.description, a.status.label().to_lowercase())
                        })
                        .collect::<Vec<_>>();
                    (r.id, r.subject.kind_label(), r.date, ratings, actions, r.actions.iter().filter(|a| a.status == ActionStatus::Done).count(), r.actions.len())
                })
                .collect::<Vec<_>>()
        })
    };
    let appraisal_summary = move || {
        let list = appraisal();
        let appraisals = list.iter().filter(|r| r.1 == "Annual appraisal").count();
        let one_to_ones = list.len() - appraisals;
        let done: usize = list.iter().map(|r| r.5).sum();
        let agreed: usize = list.iter().map(|r| r.6).sum();
        let plural = |n: usize, one: &str, many: &str| {
            if n == 1 {
                format!("1 {one}")
            } else {
                format!("{n} {many}")
            }
        };
        format!(
            "In the last 12 months: {} and {}. {} agreed, {} done.",
            plural(appraisals, "appraisal", "appraisals"),
            plural(one_to_ones, "one-to-one", "one-to-ones"),
            plural(agreed, "action", "actions"),
            done
        )
    };

    let timeline = Memo::new(move |_| state.workspace.with(|ws| ws.person_timeline(id)));

    view! {
        <A href="/people" attr:class="back-link">"Back to people"</A>
        <span class="caption">"Person"</span>
        <h1>{name}</h1>
        <div class="button-row">
            <A href=format!("/my-work?person={id}") attr:class="button">"My work"</A>
            <A href=format!("/people/{id}") attr:class="button button-secondary">"Edit details"</A>
            <A href=format!("/reviews/new?person={id}&kind=one_to_one") attr:class="button button-secondary">"Record a one-to-one"</A>
            <A href=format!("/reviews/new?person={id}&kind=appraisal") attr:class="button button-secondary">"Record an appraisal"</A>
        </div>

        <h2>"Role"</h2>
        {role}

        <h2>"Goals owned"</h2>
        {move || {
            let list = goals();
            if list.is_empty() {
                return view! { <p>"They do not own any goals yet."</p> }.into_any();
            }
            view! {
                <ul class="plain-list">
                    {list.into_iter().map(|(gid, title, level)| view! {
                        <li><LevelTag level=level/>" "<A href=format!("/goals/{gid}")>{title}</A></li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}

        <h2>"Development plan "<PersonalTag/></h2>
        <p class="hint">"Development needs linked to goals, the training or learning planned, and the evidence. This is personal data: exports leave it out unless you choose otherwise."</p>
        <DevelopmentPlan person_id=id/>

        <h2>"Recognition"</h2>
        <RecognitionSection recognised=Recognised::Person { person_id: id }/>

        <h2>"Annual appraisal summary "<PersonalTag/></h2>
        <p class="hint">"The appraisals and one-to-ones of the last 12 months, with their ratings and actions."</p>
        {move || {
            let list = appraisal();
            if list.is_empty() {
                return view! { <p>"No appraisals or one-to-ones have been recorded in the last 12 months."</p> }.into_any();
            }
            view! {
                <p>{appraisal_summary}</p>
                <ol class="plain-list appraisal-list">
                    {list.into_iter().map(|(rid, kind, date, ratings, actions, _, _)| view! {
                        <li class="appraisal-item">
                            <h3 class="appraisal-title"><A href=format!("/reviews/{rid}")>{format!("{kind}, {}", day(date))}</A></h3>
                            {if ratings.is_empty() {
                                view! { <p>"No ratings recorded."</p> }.into_any()
                            } else {
                                view! {
                                    <p class="label-text">"Ratings"</p>
                                    <ul class="bulleted">{ratings.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
                                }.into_any()
                            }}
                            {if actions.is_empty() {
                                view! { <p>"No actions agreed."</p> }.into_any()
                            } else {
                                view! {
                                    <p class="label-text">"Actions"</p>
                                    <ul class="bulleted">{actions.into_iter().map(|a| view! { <li>{a}</li> }).collect_view()}</ul>
                                }.into_any()
                            }}
                        </li>
                    }).collect_view()}
                </ol>
            }.into_any()
        }}

        <h2>"Timeline "<PersonalTag/></h2>
        <p class="hint">"Reviews they had or took part in, data they entered, actions they own, recognition and their development plan, newest first."</p>
        {move || view! { <Timeline events=timeline.get() empty="Nothing is recorded for them yet."/> }}
    }
}
