use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use scorecard_core::{Id, Person, Stamps, ValidationErrors};

use crate::app::state::{now, AppState};
use crate::ui::csv_button::CsvButton;
use crate::ui::delete_panel::DeletePanel;
use crate::ui::fields::{
    error_for, field_id, focus_error_summary, Choice, ErrorSummary, SelectField, TextField,
};
use crate::ui::layout::set_page_title;
use crate::ui::record::{id_param, org_short, person_name};
use crate::ui::stale_notice::{refuse_stale, StaleNotice, StaleRecord};

const PREFIX: &str = "person";

/// Everyone, with their role, team and line manager.
#[component]
pub fn PeoplePage() -> impl IntoView {
    set_page_title(|| "People".into());
    let state = AppState::get();
    let rows = move || {
        state.workspace.with(|ws| {
            let mut people: Vec<_> = ws.people.iter().collect();
            people.sort_by_key(|p| (org_short(ws, p.organisation_id), p.name.to_lowercase()));
            people
                .into_iter()
                .map(|p| {
                    (
                        p.id,
                        p.name.clone(),
                        p.job_title.clone(),
                        org_short(ws, p.organisation_id),
                        p.team_id
                            .and_then(|t| ws.team(t))
                            .map(|t| t.name.clone())
                            .unwrap_or_default(),
                        person_name(ws, p.line_manager_id).unwrap_or_default(),
                        ws.person_dependents(p.id).goals.len(),
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <h1>"People"</h1>
        <p class="lede">"Staff who own goals, with their job, team and line manager."</p>
        <A href="/people/new" attr:class="button">"Add a person"</A>
        <Show when=move || !rows().is_empty() fallback=|| view! { <p>"There are no people yet."</p> }>
            <table class="table">
                <caption class="visually-hidden">"People"</caption>
                <thead><tr>
                    <th scope="col">"Name"</th><th scope="col">"Job title"</th><th scope="col">"Organisation"</th>
                    <th scope="col">"Team"</th><th scope="col">"Line manager"</th><th scope="col" class="numeric">"Goals owned"</th>
                </tr></thead>
                <tbody>
                    <For each=rows key=|r| r.clone() let((id, name, job, org, team, manager, goals))>
                        <tr>
                            <td><A href=format!("/people/{id}/profile")>{name}</A></td>
                            <td>{job}</td><td>{org}</td><td>{team}</td><td>{manager}</td>
                            <td class="numeric">{goals}</td>
                        </tr>
                    </For>
                </tbody>
            </table>
            <CsvButton what="people"
                headers=&["Name", "Job title", "Organisation", "Team", "Line manager", "Goals owned"]
                rows=Callback::new(move |_| rows().into_iter().map(|(_, name, job, org, team, manager, goals)| vec![
                    name, job, org, team, manager, goals.to_string(),
                ]).collect())/>
        </Show>
    }
}

/// Adds (`/people/new`) or edits (`/people/:id`) a person.
#[component]
pub fn PersonFormPage() -> impl IntoView {
    let state = AppState::get();
    let id = id_param();
    let existing = id
        .get_untracked()
        .and_then(|id| state.workspace.with_untracked(|ws| ws.person(id).cloned()));
    let is_new = existing.is_none();
    let not_found = is_new && id.get_untracked().is_some();
    let draft = existing.unwrap_or_else(|| Person {
        id: Id::new_v4(),
        name: String::new(),
        job_title: String::new(),
        job_description: String::new(),
        organisation_id: state
            .workspace
            .with_untracked(|ws| ws.organisations.first().map(|o| o.id).unwrap_or_default()),
        team_id: None,
        line_manager_id: None,
        appointment: Default::default(),
        stamps: Stamps::new(now()),
    });
    let heading = if is_new {
        "Add a person".to_string()
    } else {
        format!("Edit “{}”", draft.name)
    };
    let title = heading.clone();
    set_page_title(move || title.clone());
    if not_found {
        return view! { <h1>"Person not found"</h1><p>"They may have been deleted."</p> }
            .into_any();
    }

    let navigate = use_navigate();
    let person_id = draft.id;
    let stamps = draft.stamps;
    let stale = RwSignal::new(None::<StaleRecord>);
    let name = RwSignal::new(draft.name.clone());
    let job_title = RwSignal::new(draft.job_title.clone());
    let job_description = RwSignal::new(draft.job_description.clone());
    let organisation = RwSignal::new(draft.organisation_id.to_string());
    let team = RwSignal::new(draft.team_id.map(|t| t.to_string()).unwrap_or_default());
    let manager = RwSignal::new(
        draft
            .line_manager_id
            .map(|t| t.to_string())
            .unwrap_or_default(),
    );
    let appointed = RwSignal::new(
        draft
            .appointment
            .start_date
            .map(|d| d.to_string())
            .unwrap_or_default(),
    );
    let objectives = RwSignal::new(draft.appointment.objectives.clone());
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
    let team_choices = Signal::derive(move || {
        let org = organisation.get().parse::<Id>().ok();
        state.workspace.with(|ws| {
            ws.teams
                .iter()
                .filter(|t| Some(t.organisation_id) == org)
                .map(|t| Choice::new(t.id.to_string(), t.name.clone()))
                .collect()
        })
    });
    let manager_choices = Signal::derive(move || {
        state.workspace.with(|ws| {
            ws.people
                .iter()
                .filter(|p| p.id != person_id)
                .map(|p| {
                    Choice::grouped(
                        p.id.to_string(),
                        p.name.clone(),
                        org_short(ws, p.organisation_id),
                    )
                })
                .collect()
        })
    });

    let nav = navigate.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let person = Person {
            id: person_id,
            name: name.get_untracked(),
            job_title: job_title.get_untracked(),
            job_description: job_description.get_untracked(),
            organisation_id: organisation.get_untracked().parse().unwrap_or_default(),
            team_id: team.get_untracked().parse().ok(),
            line_manager_id: manager.get_untracked().parse().ok(),
            appointment: scorecard_core::Appointment {
                start_date: chrono::NaiveDate::parse_from_str(
                    appointed.get_untracked().trim(),
                    "%Y-%m-%d",
                )
                .ok(),
                objectives: objectives.get_untracked(),
            },
            stamps,
        };
        if !is_new {
            let refused = state.workspace.with_untracked(|ws| {
                let saved = ws.person(person_id).map(|r| (r, r.stamps.updated_at));
                refuse_stale("person", stamps.updated_at, &person, saved)
            });
            if refused.is_some() {
                stale.set(refused);
                return;
            }
        }
        match state.edit(|ws| ws.save_person(person, now())) {
            Ok(()) => {
                state.flash(
                    "/people",
                    if is_new {
                        "Person added."
                    } else {
                        "Person saved."
                    },
                );
                nav("/people", NavigateOptions::default());
            }
            Err(e) => {
                errors.set(e);
                focus_error_summary(summary);
            }
        }
    };

    let consequences = state.workspace.with_untracked(|ws| {
        let d = ws.person_dependents(person_id);
        let mut out = Vec::new();
        if !d.goals.is_empty() {
            out.push(format!(
                "{} goals they own will stay, with no owner named.",
                d.goals.len()
            ));
        }
        if !d.reports.is_empty() {
            out.push(format!(
                "{} people they line-manage will have no line manager recorded.",
                d.reports.len()
            ));
        }
        out
    });
    let on_delete = Callback::new(move |_| {
        match state.edit(|ws| ws.delete_person(person_id, now())) {
            Ok(()) => state.flash("/people", "Person deleted."),
            Err(e) => state.flash("/people", e.to_string()),
        }
        state.open_when_sent(&navigate, "/people");
    });

    let id = |f: &str| field_id(PREFIX, f);
    view! {
        <A href="/people" attr:class="back-link">"Back to people"</A>
        <h1>{heading}</h1>
        <StaleNotice stale=stale/>
        <form class="form" novalidate on:submit=submit>
            <ErrorSummary prefix=PREFIX errors=errors node=summary/>
            <TextField id=id("name") label="Full name" value=name error=error_for(errors, "name")
                hint="Up to 120 characters."/>
            <TextField id=id("job_title") label="Job title (optional)" value=job_title
                error=error_for(errors, "job_title")/>
            <TextField id=id("job_description") label="Job description (optional)" value=job_description
                error=error_for(errors, "job_description") multiline=true
                hint="The role's main duties, as agreed at appointment. Up to 6,000 characters."/>
            <SelectField id=id("organisation") label="Organisation" value=organisation
                error=error_for(errors, "organisation") choices=org_choices empty="Choose an organisation"/>
            <SelectField id=id("team") label="Team (optional)" value=team error=error_for(errors, "team")
                choices=team_choices empty="No team"/>
            <SelectField id=id("line_manager") label="Line manager (optional)" value=manager
                error=error_for(errors, "line_manager") choices=manager_choices empty="Not recorded"/>
            <TextField id=id("appointment_start") label="Started in the role (optional)" value=appointed
                input_type="date" width="input-width-10" error=error_for(errors, "appointment_start")/>
            <TextField id=id("appointment_objectives") label="Objectives agreed at appointment (optional)"
                value=objectives multiline=true error=error_for(errors, "appointment_objectives")
                hint="What was agreed at selection for the first months in post."/>
            <div class="button-row">
                <button type="submit" class="button">"Save person"</button>
                <A href="/people" attr:class="button button-secondary">"Cancel"</A>
            </div>
        </form>
        <Show when=move || !is_new>
            <DeletePanel noun="person" name=name.get_untracked() consequences=consequences.clone()
                blocked=None on_confirm=on_delete/>
        </Show>
    }
    .into_any()
}
