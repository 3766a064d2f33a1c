//! `/people`: everyone, and the form that adds (`/people/new`) or edits (`/people/:id/edit`)
//! a person. A person's own page is in the profiles feature.

use leptos::prelude::*;
use scorecard_core::format::parse_input_date;
use scorecard_core::{Appointment, Id, Person, Stamps, ValidationErrors, Workspace};

use crate::app::state::{now, AppState};
use crate::ui::fields::{error_for, field_id, Choice, SelectField, TextField};
use crate::ui::record::{org_short, organisation_choices, team_choices};
use crate::ui::record_form::{ListedKind, Opened, RecordForm, RecordFormPage};
use crate::ui::record_list::{ListRow, RecordList};

static PEOPLE: ListedKind<Person> = ListedKind {
    noun: "person",
    capitalised: "Person",
    add: "Add a person",
    list: "/people",
    list_name: "people",
    gone: "They may have been deleted.",
    prefix: "person",
    id: |p| p.id,
    name: |p| &p.name,
    updated_at: |p| p.stamps.updated_at,
    find: Workspace::person,
    save: Workspace::save_person,
    delete: Workspace::delete_person,
};

/// Everyone, with their role, team and line manager.
#[component]
pub fn PeoplePage() -> impl IntoView {
    fn rows(ws: &Workspace) -> Vec<ListRow> {
        ws.people_rows()
            .into_iter()
            .map(|p| ListRow {
                href: format!("/people/{}", p.id),
                cells: vec![
                    p.name,
                    p.job_title,
                    p.organisation,
                    p.team,
                    p.line_manager,
                    p.goals_owned.to_string(),
                ],
            })
            .collect()
    }
    view! {
        <RecordList
            title="People"
            lede="Staff who own goals, with their job, team and line manager."
            add=("/people/new", "Add a person")
            empty="There are no people yet."
            csv_name="people"
            headers=&["Name", "Job title", "Organisation", "Team", "Line manager", "Goals owned"]
            counts_from=5
            rows=rows
        />
    }
}

/// Adds (`/people/new`) or edits (`/people/:id/edit`) a person.
#[component]
pub fn PersonFormPage() -> impl IntoView {
    fn blank(ws: &Workspace) -> Person {
        Person {
            id: Id::new_v4(),
            name: String::new(),
            job_title: String::new(),
            job_description: String::new(),
            organisation_id: ws.first_organisation().unwrap_or_default(),
            team_id: None,
            line_manager_id: None,
            appointment: Default::default(),
            stamps: Stamps::new(now()),
        }
    }
    view! {
        <RecordFormPage
            kind=&PEOPLE
            blank=blank
            form=|opened| view! { <PersonForm opened=opened /> }.into_any()
        />
    }
}

/// The person's fields, and what deleting them would change.
#[component]
fn PersonForm(opened: Opened<Person>) -> impl IntoView {
    let state = AppState::get();
    let draft = &opened.draft;
    let (person_id, stamps) = (draft.id, draft.stamps);
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

    let teams = Signal::derive(move || {
        let org = organisation.get().parse::<Id>().ok();
        state.workspace.with(|ws| team_choices(ws, org))
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
    let read = move || Person {
        id: person_id,
        name: name.get_untracked(),
        job_title: job_title.get_untracked(),
        job_description: job_description.get_untracked(),
        organisation_id: organisation.get_untracked().parse().unwrap_or_default(),
        team_id: team.get_untracked().parse().ok(),
        line_manager_id: manager.get_untracked().parse().ok(),
        appointment: Appointment {
            start_date: parse_input_date(&appointed.get_untracked()),
            objectives: objectives.get_untracked(),
        },
        stamps,
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

    let id = |f: &str| field_id(PEOPLE.prefix, f);
    let organisations = Signal::derive(move || state.workspace.with(organisation_choices));
    view! {
        <RecordForm kind=&PEOPLE opened=opened read=read errors=errors consequences=consequences>
            <TextField
                id=id("name")
                label="Full name"
                value=name
                error=error_for(errors, "name")
                hint="Up to 120 characters."
            />
            <TextField
                id=id("job_title")
                label="Job title (optional)"
                value=job_title
                error=error_for(errors, "job_title")
            />
            <TextField
                id=id("job_description")
                label="Job description (optional)"
                value=job_description
                error=error_for(errors, "job_description")
                multiline=true
                hint="The role's main duties, as agreed at appointment. Up to 6,000 characters."
            />
            <SelectField
                id=id("organisation")
                label="Organisation"
                value=organisation
                error=error_for(errors, "organisation")
                choices=organisations
                empty="Choose an organisation"
            />
            <SelectField
                id=id("team")
                label="Team (optional)"
                value=team
                error=error_for(errors, "team")
                choices=teams
                empty="No team"
            />
            <SelectField
                id=id("line_manager")
                label="Line manager (optional)"
                value=manager
                error=error_for(errors, "line_manager")
                choices=manager_choices
                empty="Not recorded"
            />
            <TextField
                id=id("appointment_start")
                label="Started in the role (optional)"
                value=appointed
                input_type="date"
                width="input-width-10"
                error=error_for(errors, "appointment_start")
            />
            <TextField
                id=id("appointment_objectives")
                label="Objectives agreed at appointment (optional)"
                value=objectives
                multiline=true
                error=error_for(errors, "appointment_objectives")
                hint="What was agreed at selection for the first months in post."
            />
        </RecordForm>
    }
}
