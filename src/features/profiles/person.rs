//! `/people/:id`: a person's page — their role, goals, development plan, recognition, the
//! year's reviews (the annual appraisal summary) and their timeline. One `Memo` over
//! `Workspace::person_profile`; the plan and recognition are sections with their own forms.

use leptos::prelude::*;
use leptos_router::components::A;
use scorecard_core::format::long_date;
use scorecard_core::profiles::PersonProfile as Profile;
use scorecard_core::{Id, Recognised, Workspace};

use super::appraisal::AppraisalSummary;
use super::development_plan::DevelopmentPlan;
use super::recognition::RecognitionSection;
use super::shared::ProfileHeading;
use crate::app::state::{now, AppState};
use crate::ui::goal_list::GoalList;
use crate::ui::record_page::{ListLink, RecordPage};
use crate::ui::tags::PersonalTag;
use crate::ui::timeline::Timeline;

/// The person at `/people/:id`.
#[component]
pub fn PersonProfilePage() -> impl IntoView {
    view! {
        <RecordPage
            name_of=|ws: &Workspace, id| ws.person(id).map(|p| p.name.clone())
            missing="Person not found"
            gone="There is no one at this address. They may have been deleted."
            list=ListLink {
                href: "/people",
                words: "Go to people",
            }
            page=|id| view! { <PersonProfile id=id /> }.into_any()
        />
    }
}

#[component]
fn PersonProfile(id: Id) -> impl IntoView {
    let state = AppState::get();
    let profile = Memo::new(move |_| {
        state
            .workspace
            .with(|ws| ws.person_profile(id, now().date_naive()))
    });
    let name = Signal::derive(move || {
        profile.with(|p| {
            p.as_ref()
                .map(|p| p.person.name.clone())
                .unwrap_or_default()
        })
    });
    // Drawn again only when the timeline changes, so "Show all" stays open meanwhile.
    let timeline = Memo::new(move |_| {
        profile.with(|p| p.as_ref().map(|p| p.timeline.clone()).unwrap_or_default())
    });

    view! {
        <ProfileHeading back=("/people", "Back to people") caption="Person" name=name>
            <A href=format!("/my-work?person={id}") attr:class="button">
                "My work"
            </A>
            <A href=format!("/people/{id}/edit") attr:class="button button-secondary">
                "Edit details"
            </A>
            <A
                href=format!("/reviews/new?person={id}&kind=one_to_one")
                attr:class="button button-secondary"
            >
                "Record a one-to-one"
            </A>
            <A
                href=format!("/reviews/new?person={id}&kind=appraisal")
                attr:class="button button-secondary"
            >
                "Record an appraisal"
            </A>
        </ProfileHeading>

        <h2>"Role"</h2>
        {move || profile.with(|p| p.as_ref().map(role))}

        <h2>"Goals owned"</h2>
        {move || {
            let goals = profile.with(|p| p.as_ref().map(|p| p.goals.clone()).unwrap_or_default());
            view! { <GoalList goals=goals empty="They do not own any goals yet." /> }
        }}

        <h2>"Development plan "<PersonalTag /></h2>
        <p class="hint">
            "Development needs linked to goals, the training or learning planned, and the evidence. This is personal data: exports leave it out unless you choose otherwise."
        </p>
        <DevelopmentPlan person_id=id />

        <h2>"Recognition"</h2>
        <RecognitionSection recognised=Recognised::Person {
            person_id: id,
        } />

        <h2>"Annual appraisal summary "<PersonalTag /></h2>
        <p class="hint">
            "The appraisals and one-to-ones of the last 12 months, with their ratings and actions."
        </p>
        {move || {
            profile
                .with(|p| {
                    p.as_ref().map(|p| view! { <AppraisalSummary year=p.appraisal.clone() /> })
                })
        }}

        <h2>"Timeline "<PersonalTag /></h2>
        <p class="hint">
            "Reviews they had or took part in, data they entered, actions they own, recognition and their development plan, newest first."
        </p>
        {move || {
            view! { <Timeline events=timeline.get() empty="Nothing is recorded for them yet." /> }
        }}
    }
}

/// Their job, organisation, team, line manager and appointment, as a summary list.
fn role(p: &Profile) -> AnyView {
    let person = &p.person;
    let or_not = |s: &str| {
        if s.trim().is_empty() {
            "Not recorded".to_string()
        } else {
            s.to_string()
        }
    };
    let team = match p.team.clone() {
        Some(t) => view! { <A href=format!("/teams/{}", t.id)>{t.name}</A> }.into_any(),
        None => view! { "Not in a team" }.into_any(),
    };
    let manager = match p.line_manager.clone() {
        Some(m) => view! { <A href=format!("/people/{}", m.id)>{m.name}</A> }.into_any(),
        None => view! { "Not recorded" }.into_any(),
    };
    let started = person
        .appointment
        .start_date
        .map(long_date)
        .unwrap_or_else(|| "Not recorded".into());
    view! {
        <dl class="summary-list">
            <div class="summary-row">
                <dt>"Job title"</dt>
                <dd>{or_not(&person.job_title)}</dd>
            </div>
            <div class="summary-row">
                <dt>"Organisation"</dt>
                <dd>{p.organisation.clone()}</dd>
            </div>
            <div class="summary-row">
                <dt>"Team"</dt>
                <dd>{team}</dd>
            </div>
            <div class="summary-row">
                <dt>"Line manager"</dt>
                <dd>{manager}</dd>
            </div>
            <div class="summary-row">
                <dt>"Started in the role"</dt>
                <dd>{started}</dd>
            </div>
            <div class="summary-row">
                <dt>"Job description"</dt>
                <dd class="preserve-lines">{or_not(&person.job_description)}</dd>
            </div>
            <div class="summary-row">
                <dt>"Objectives agreed at appointment"</dt>
                <dd class="preserve-lines">{or_not(&person.appointment.objectives)}</dd>
            </div>
        </dl>
    }
    .into_any()
}
