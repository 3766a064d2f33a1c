//! `/teams`: every team, and the form that adds (`/teams/new`) or edits (`/teams/:id/edit`) a
//! team. A team's own page is in the profiles feature.

use leptos::prelude::*;
use scorecard_core::{Id, Stamps, Team, ValidationErrors, Workspace};

use crate::app::state::{now, AppState};
use crate::ui::fields::{error_for, field_id, SelectField, TextField};
use crate::ui::record::organisation_choices;
use crate::ui::record_form::{ListedKind, Opened, RecordForm, RecordFormPage};
use crate::ui::record_list::{ListRow, RecordList};

static TEAMS: ListedKind<Team> = ListedKind {
    noun: "team",
    capitalised: "Team",
    add: "Add a team",
    list: "/teams",
    list_name: "teams",
    gone: "It may have been deleted.",
    prefix: "team",
    id: |t| t.id,
    name: |t| &t.name,
    updated_at: |t| t.stamps.updated_at,
    find: Workspace::team,
    save: Workspace::save_team,
    delete: Workspace::delete_team,
};

/// Every team, by organisation.
#[component]
pub fn TeamsPage() -> impl IntoView {
    fn rows(ws: &Workspace) -> Vec<ListRow> {
        ws.team_rows()
            .into_iter()
            .map(|t| ListRow {
                href: format!("/teams/{}", t.id),
                cells: vec![
                    t.name,
                    t.organisation,
                    t.members.to_string(),
                    t.goals.to_string(),
                ],
            })
            .collect()
    }
    view! {
        <RecordList
            title="Teams"
            lede="Teams hold team goals, and their members hold individual goals."
            add=("/teams/new", "Add a team")
            empty="There are no teams yet."
            csv_name="teams"
            headers=&["Team", "Organisation", "Members", "Goals"]
            counts_from=2
            rows=rows
        />
    }
}

/// Adds (`/teams/new`) or edits (`/teams/:id/edit`) a team.
#[component]
pub fn TeamFormPage() -> impl IntoView {
    fn blank(ws: &Workspace) -> Team {
        Team {
            id: Id::new_v4(),
            name: String::new(),
            description: String::new(),
            organisation_id: ws.first_organisation().unwrap_or_default(),
            stamps: Stamps::new(now()),
        }
    }
    view! {
        <RecordFormPage
            kind=&TEAMS
            blank=blank
            form=|opened| view! { <TeamForm opened=opened /> }.into_any()
        />
    }
}

/// The team's fields, and what deleting it would change.
#[component]
fn TeamForm(opened: Opened<Team>) -> impl IntoView {
    let state = AppState::get();
    let draft = &opened.draft;
    let (team_id, stamps) = (draft.id, draft.stamps);
    let name = RwSignal::new(draft.name.clone());
    let description = RwSignal::new(draft.description.clone());
    let organisation = RwSignal::new(draft.organisation_id.to_string());
    let errors = RwSignal::new(ValidationErrors::default());
    let read = move || Team {
        id: team_id,
        name: name.get_untracked(),
        description: description.get_untracked(),
        organisation_id: organisation.get_untracked().parse().unwrap_or_default(),
        stamps,
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

    let id = |f: &str| field_id(TEAMS.prefix, f);
    let organisations = Signal::derive(move || state.workspace.with(organisation_choices));
    view! {
        <RecordForm kind=&TEAMS opened=opened read=read errors=errors consequences=consequences>
            <TextField
                id=id("name")
                label="Team name"
                value=name
                error=error_for(errors, "name")
                hint="Up to 120 characters."
            />
            <SelectField
                id=id("organisation")
                label="Organisation"
                value=organisation
                error=error_for(errors, "organisation")
                choices=organisations
                empty="Choose an organisation"
            />
            <TextField
                id=id("description")
                label="What the team does (optional)"
                value=description
                error=error_for(errors, "description")
                multiline=true
                hint="Up to 2,000 characters."
            />
        </RecordForm>
    }
}
