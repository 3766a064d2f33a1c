//! `/teams/:id/profile`: a team's page — members, goals, reviews and recognition.

use leptos::prelude::*;
use leptos_router::components::A;
use scorecard_core::{ActionStatus, GoalLevel, Id, Recognised, ReviewSubject};

use crate::app::state::AppState;
use crate::features::profiles::recognition::RecognitionSection;
use crate::ui::dates::day;
use crate::ui::layout::set_page_title;
use crate::ui::record::{id_param, org_short};
use crate::ui::tags::LevelTag;

/// The team at `/teams/:id/profile`.
#[component]
pub fn TeamProfilePage() -> impl IntoView {
    let state = AppState::get();
    let id = id_param();
    let name = Memo::new(move |_| {
        id.get().and_then(|id| {
            state
                .workspace
                .with(|ws| ws.team(id).map(|t| t.name.clone()))
        })
    });
    set_page_title(move || name.get().unwrap_or_else(|| "Team not found".into()));
    let exists = Memo::new(move |_| {
        id.get()
            .filter(|id| state.workspace.with(|ws| ws.team(*id).is_some()))
    });
    move || match exists.get() {
        Some(id) => view! { <TeamProfile id=id/> }.into_any(),
        None => view! {
            <h1>"Team not found"</h1>
            <p>"There is no team at this address. It may have been deleted."</p>
            <p><A href="/teams">"Go to teams"</A></p>
        }
        .into_any(),
    }
}

#[component]
fn TeamProfile(id: Id) -> impl IntoView {
    let state = AppState::get();
    let team = Memo::new(move |_| state.workspace.with(|ws| ws.team(id).cloned()));
    let details = move || {
        let Some(t) = team.get() else {
            return ().into_any();
        };
        state.workspace.with(|ws| {
            let members: Vec<(Id, String, String)> = ws
                .people
                .iter()
                .filter(|p| p.team_id == Some(id))
                .map(|p| (p.id, p.name.clone(), p.job_title.clone()))
                .collect();
            let mut goals: Vec<(Id, String, GoalLevel)> = ws
                .goals
                .iter()
                .filter(|g| g.team_id == Some(id))
                .map(|g| (g.id, g.title.clone(), g.level))
                .collect();
            goals.sort_by_key(|(_, title, level)| (*level, title.to_lowercase()));
            let subject = ReviewSubject::Team { team_id: id };
            let reviews: Vec<(Id, chrono::NaiveDate, usize)> = ws
                .reviews_of(&subject)
                .into_iter()
                .map(|r| (r.id, r.date, r.actions.iter().filter(|a| a.status == ActionStatus::Open).count()))
                .collect();
            view! {
                {(!t.description.trim().is_empty()).then(|| view! { <p class="lede">{t.description.clone()}</p> })}
                <dl class="summary-list">
                    <div class="summary-row"><dt>"Organisation"</dt><dd>{org_short(ws, t.organisation_id)}</dd></div>
                    <div class="summary-row"><dt>"Review schedule"</dt><dd>{ws.cadences.team_for(id).label()}</dd></div>
                </dl>
                <h2>"Members"</h2>
                {if members.is_empty() {
                    view! { <p>"No one is in this team yet."</p> }.into_any()
                } else {
                    view! {
                        <ul class="plain-list">
                            {members.into_iter().map(|(pid, name, job)| view! {
                                <li><A href=format!("/people/{pid}/profile")>{name}</A>
                                    {(!job.is_empty()).then(|| format!(", {job}"))}</li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
                <h2>"Goals"</h2>
                {if goals.is_empty() {
                    view! { <p>"The team holds no goals yet."</p> }.into_any()
                } else {
                    view! {
                        <ul class="plain-list">
                            {goals.into_iter().map(|(gid, title, level)| view! {
                                <li><LevelTag level=level/>" "<A href=format!("/goals/{gid}")>{title}</A></li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
                <h2>"Team reviews"</h2>
                {if reviews.is_empty() {
                    view! { <p>"No team review has been recorded yet."</p> }.into_any()
                } else {
                    view! {
                        <ul class="plain-list">
                            {reviews.into_iter().map(|(rid, date, open)| view! {
                                <li><A href=format!("/reviews/{rid}")>{format!("Team review, {}", day(date))}</A>
                                    {format!(" – {} open", if open == 1 { "1 action".to_string() } else { format!("{open} actions") })}</li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            }
            .into_any()
        })
    };
    view! {
        <A href="/teams" attr:class="back-link">"Back to teams"</A>
        <span class="caption">"Team"</span>
        <h1>{move || team.get().map(|t| t.name).unwrap_or_default()}</h1>
        <div class="button-row">
            <A href=format!("/reviews/new?team={id}") attr:class="button">"Record a team review"</A>
            <A href=format!("/teams/{id}") attr:class="button button-secondary">"Edit team"</A>
        </div>
        {details}
        <h2>"Recognition"</h2>
        <RecognitionSection recognised=Recognised::Team { team_id: id }/>
    }
}
