use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use scorecard_core::{Id, Stamps, Team, ValidationErrors};

use crate::app::state::{now, AppState};
use crate::ui::csv_button::CsvButton;
use crate::ui::delete_panel::DeletePanel;
use crate::ui::fields::{
    error_for, field_id, focus_error_summary, Choice, ErrorSummary, SelectField, TextField,
};
use crate::ui::layout::set_page_title;
use crate::ui::record::{id_param, org_short};
use crate::ui::stale_notice::{refuse_stale, StaleNotice, StaleRecord};

const PREFIX: &str = "team";

/// Every team, by organisation.
#[component]
pub fn TeamsPage() -> impl IntoView {
    set_page_title(|| "Teams".into());
    let state = AppState::get();
    let rows = move || {
        state.workspace.with(|ws| {
            let mut teams: Vec<_> = ws.teams.iter().collect();
            teams.sort_by_key(|t| (org_short(ws, t.organisation_id), t.name.to_lowercase()));
            teams
                .into_iter()
                .map(|t| {
                    let d = ws.team_dependents(t.id);
                    (
                        t.id,
                        t.name.clone(),
                        org_short(ws, t.organisation_id),
                        d.people.len(),
                        d.goals.len(),
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <h1>"Teams"</h1>
        <p class="lede">"Teams hold team goals, and their members hold individual goals."</p>
        <A href="/teams/new" attr:class="button">"Add a team"</A>
        <Show when=move || !rows().is_empty() fallback=|| view! { <p>"There are no teams yet."</p> }>
            <table class="table">
                <caption class="visually-hidden">"Teams"</caption>
                <thead><tr>
                    <th scope="col">"Team"</th><th scope="col">"Organisation"</th>
                    <th scope="col" class="numeric">"Members"</th><th scope="col" class="numeric">"Goals"</th>
                </tr></thead>
                <tbody>
                    <For each=rows key=|r| r.clone() let((id, name, org, people, goals))>
                        <tr>
                            <td><A href=format!("/teams/{id}/profile")>{name}</A></td>
                            <td>{org}</td>
                            <td class="numeric">{people}</td><td class="numeric">{goals}</td>
                        </tr>
                    </For>
                </tbody>
            </table>
            <CsvButton what="teams" headers=&["Team", "Organisation", "Members", "Goals"]
                rows=Callback::new(move |_| rows().into_iter().map(|(_, name, org, people, goals)| vec![
                    name, org, people.to_string(), goals.to_string(),
                ]).collect())/>
        </Show>
    }
}

/// Adds (`/teams/new`) or edits (`/teams/:id`) a team.
#[component]
pub fn TeamFormPage() -> impl IntoView {
    let state = AppState::get();
    let id = id_param();
    let existing = id
        .get_untracked()
        .and_then(|id| state.workspace.with_untracked(|ws| ws.team(id).cloned()));
    let is_new = existing.is_none();
    let not_found = is_new && id.get_untracked().is_some();
    let draft = existing.unwrap_or_else(|| Team {
        id: Id::new_v4(),
        name: String::new(),
        description: String::new(),
        organisation_id: state
            .workspace
            .with_untracked(|ws| ws.organisations.first().map(|o| o.id).unwrap_or_default()),
        stamps: Stamps::new(now()),
    });
    let heading = if is_new {
        "Add a team".to_string()
    } else {
        format!("Edit “{}”", draft.name)
    };
    let title = heading.clone();
    set_page_title(move || title.clone());
    if not_found {
        return view! { <h1>"Team not found"</h1><p>"It may have been deleted."</p> }.into_any();
    }

    let navigate = use_navigate();
    let team_id = draft.id;
    let stamps = draft.stamps;
    let stale = RwSignal::new(None::<StaleRecord>);
    let name = RwSignal::new(draft.name.clone());
    let description = RwSignal::new(draft.description.clone());
    let organisation = RwSignal::new(draft.organisation_id.to_string());
    let errors = RwSignal::new(ValidationErrors::default());
    let summary = NodeRef::new();
    let org_choices = Signal::derive(move || {
        state.workspace.with(|ws| {
            ws.organisations
                .iter()
                .map(|o| Choice::new(o.id.to_string(), o.name.clone()))
                .collect()
        })
    });

    let nav = navigate.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let team = Team {
            id: team_id,
            name: name.get_untracked(),
            description: description.get_untracked(),
            organisation_id: organisation.get_untracked().parse().unwrap_or_default(),
            stamps,
        };
        if !is_new {
            let refused = state.workspace.with_untracked(|ws| {
                let saved = ws.team(team_id).map(|r| (r, r.stamps.updated_at));
                refuse_stale("team", stamps.updated_at, &team, saved)
            });
            if refused.is_some() {
                stale.set(refused);
                return;
            }
        }
        match state.edit(|ws| ws.save_team(team, now())) {
            Ok(()) => {
                state.flash("/teams", if is_new { "Team added." } else { "Team saved." });
                nav("/teams", NavigateOptions::default());
            }
            Err(e) => {
                errors.set(e);
                focus_error_summary(summary);
            }
        }
    };

    let consequences = state.workspace.with_untracked(|ws| {
        let d = ws.team_dependents(team_id);
        let mut out = Vec::new();
        if !d.people.is_empty() {
            out.push(format!(
                "{} people will stay, no longer in a team.",
                d.people.len()
            ));
        }
        if !d.goals.is_empty() {
            out.push(format!(
                "{} goals will stay, no longer held by a team.",
                d.goals.len()
            ));
        }
        out
    });
    let on_delete = Callback::new(move |_| {
        match state.edit(|ws| ws.delete_team(team_id, now())) {
            Ok(()) => state.flash("/teams", "Team deleted."),
            Err(e) => state.flash("/teams", e.to_string()),
        }
        state.open_when_sent(&navigate, "/teams");
    });

    let id = |f: &str| field_id(PREFIX, f);
    view! {
        <A href="/teams" attr:class="back-link">"Back to teams"</A>
        <h1>{heading}</h1>
        <StaleNotice stale=stale/>
        <form class="form" novalidate on:submit=submit>
            <ErrorSummary prefix=PREFIX errors=errors node=summary/>
            <TextField id=id("name") label="Team name" value=name error=error_for(errors, "name")
                hint="Up to 120 characters."/>
            <SelectField id=id("organisation") label="Organisation" value=organisation
                error=error_for(errors, "organisation") choices=org_choices empty="Choose an organisation"/>
            <TextField id=id("description") label="What the team does (optional)" value=description
                error=error_for(errors, "description") multiline=true hint="Up to 2,000 characters."/>
            <div class="button-row">
                <button type="submit" class="button">"Save team"</button>
                <A href="/teams" attr:class="button button-secondary">"Cancel"</A>
            </div>
        </form>
        <Show when=move || !is_new>
            <DeletePanel noun="team" name=name.get_untracked() consequences=consequences.clone()
                blocked=None on_confirm=on_delete/>
        </Show>
    }
    .into_any()
}
