//! `/teams/:id`: a team's page — members, goals, reviews and recognition. One `Memo` over
//! `Workspace::team_profile`; recognition is a section with its own form.

use leptos::prelude::*;
use leptos_router::components::A;
use scorecard_core::format::long_date;
use scorecard_core::profiles::TeamProfile as Profile;
use scorecard_core::{Id, Recognised, Workspace};

use super::recognition::RecognitionSection;
use super::shared::ProfileHeading;
use crate::app::state::AppState;
use crate::ui::goal_list::GoalList;
use crate::ui::record_page::{ListLink, RecordPage};

/// The team at `/teams/:id`.
#[component]
pub fn TeamProfilePage() -> impl IntoView {
    view! {
        <RecordPage
            name_of=|ws: &Workspace, id| ws.team(id).map(|t| t.name.clone())
            missing="Team not found"
            gone="There is no team at this address. It may have been deleted."
            list=ListLink {
                href: "/teams",
                words: "Go to teams",
            }
            page=|id| view! { <TeamProfile id=id /> }.into_any()
        />
    }
}

#[component]
fn TeamProfile(id: Id) -> impl IntoView {
    let state = AppState::get();
    let profile = Memo::new(move |_| state.workspace.with(|ws| ws.team_profile(id)));
    let name = Signal::derive(move || {
        profile.with(|p| p.as_ref().map(|p| p.team.name.clone()).unwrap_or_default())
    });
    view! {
        <ProfileHeading back=("/teams", "Back to teams") caption="Team" name=name>
            <A href=format!("/reviews/new?team={id}") attr:class="button">
                "Record a team review"
            </A>
            <A href=format!("/teams/{id}/edit") attr:class="button button-secondary">
                "Edit team"
            </A>
        </ProfileHeading>
        {move || profile.with(|p| p.as_ref().map(details))}
        <h2>"Recognition"</h2>
        <RecognitionSection recognised=Recognised::Team { team_id: id } />
    }
}

/// What the team does, its organisation and schedule, its members, goals and reviews.
fn details(p: &Profile) -> AnyView {
    let description = p.team.description.clone();
    let members = if p.members.is_empty() {
        view! { <p>"No one is in this team yet."</p> }.into_any()
    } else {
        view! {
            <ul class="plain-list">
                {p
                    .members
                    .iter()
                    .cloned()
                    .map(|m| {
                        view! {
                            <li>
                                <A href=format!("/people/{}", m.id)>{m.name}</A>
                                {(!m.job_title.is_empty()).then(|| format!(", {}", m.job_title))}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    let reviews = if p.reviews.is_empty() {
        view! { <p>"No team review has been recorded yet."</p> }.into_any()
    } else {
        view! {
            <ul class="plain-list">
                {p
                    .reviews
                    .iter()
                    .map(|r| {
                        view! {
                            <li>
                                <A href=format!(
                                    "/reviews/{}",
                                    r.review_id,
                                )>{format!("Team review, {}", long_date(r.date))}</A>
                                {format!(" – {} open", open_actions(r.open_actions))}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        {(!description.trim().is_empty())
            .then(|| view! { <p class="lede">{description.clone()}</p> })}
        <dl class="summary-list">
            <div class="summary-row">
                <dt>"Organisation"</dt>
                <dd>{p.organisation.clone()}</dd>
            </div>
            <div class="summary-row">
                <dt>"Review schedule"</dt>
                <dd>{p.review_schedule}</dd>
            </div>
        </dl>
        <h2>"Members"</h2>
        {members}
        <h2>"Goals"</h2>
        <GoalList goals=p.goals.clone() empty="The team holds no goals yet." />
        <h2>"Team reviews"</h2>
        {reviews}
    }
    .into_any()
}

/// "1 action" or "3 actions".
fn open_actions(n: usize) -> String {
    if n == 1 {
        "1 action".to_string()
    } else {
        format!("{n} actions")
    }
}
