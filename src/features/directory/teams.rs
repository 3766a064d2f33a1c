//! `/teams`: every team, and the form that adds (`/teams/new`) or edits (`/teams/:id/edit`) a
//! team. A team's own page is in the profiles feature.

use leptos::prelude::*;
use scorecard_core::workspace::DeleteError;
use scorecard_core::{Id, Stamps, Team, Timestamp, ValidationErrors, Workspace};

use super::shared::{
    open_form, organisation_choices, DirectoryRecord, ListRow, RecordForm, RecordList,
};
use crate::app::state::{now, AppState};
use crate::ui::fields::{error_for, field_id, SelectField, TextField};

impl DirectoryRecord for Team {
    const NOUN: &'static str = "team";
    const CAPITALISED: &'static str = "Team";
    const ADD: &'static str = "Add a team";
    const LIST: &'static str = "/teams";
    const LIST_NAME: &'static str = "teams";
    const GONE: &'static str = "It may have been deleted.";
    const PREFIX: &'static str = "team";

    fn id(&self) -> Id {
        self.id
    }
    fn name(&self) -> &str {
        &self.name
    }
    fn updated_at(&self) -> Timestamp {
        self.stamps.updated_at
    }
    fn find(ws: &Workspace, id: Id) -> Option<&Self> {
        ws.team(id)
    }
    fn save(self, ws: &mut Workspace, now: Timestamp) -> Result<(), ValidationErrors> {
        ws.save_team(self, now)
    }
    fn delete(ws: &mut Workspace, id: Id, now: Timestamp) -> Result<(), DeleteError> {
        ws.delete_team(id, now)
    }
}

/// Every team, by organisation.
#[component]
pub fn TeamsPage() -> impl IntoView {
    let state = AppState::get();
    let rows = Memo::new(move |_| {
        state.workspace.with(|ws| {
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
        })
    });
    view! {
        <RecordList title="Teams" lede="Teams hold team goals, and their members hold individual goals."
            add=("/teams/new", "Add a team") empty="There are no teams yet." csv_name="teams"
            headers=&["Team", "Organisation", "Members", "Goals"] counts_from=2 rows=rows/>
    }
}

/// Adds (`/teams/new`) or edits (`/teams/:id/edit`) a team.
#[component]
pub fn TeamFormPage() -> impl IntoView {
    let state = AppState::get();
    let opened = match open_form(|ws| Team {
        id: Id::new_v4(),
        name: String::new(),
        description: String::new(),
        organisation_id: ws.organisations.first().map(|o| o.id).unwrap_or_default(),
        stamps: Stamps::new(now()),
    }) {
        Ok(opened) => opened,
        Err(not_found) => return not_found,
    };
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

    let id = |f: &str| field_id(Team::PREFIX, f);
    view! {
        <RecordForm opened=opened read=read errors=errors consequences=consequences>
            <TextField id=id("name") label="Team name" value=name error=error_for(errors, "name")
                hint="Up to 120 characters."/>
            <SelectField id=id("organisation") label="Organisation" value=organisation
                error=error_for(errors, "organisation") choices=organisation_choices() empty="Choose an organisation"/>
            <TextField id=id("description") label="What the team does (optional)" value=description
                error=error_for(errors, "description") multiline=true hint="Up to 2,000 characters."/>
        </RecordForm>
    }
    .into_any()
}
