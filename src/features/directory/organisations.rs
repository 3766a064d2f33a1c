//! `/organisations`: every partner organisation, and the form that adds
//! (`/organisations/new`) or edits (`/organisations/:id`) one.

use leptos::prelude::*;
use scorecard_core::{Id, OrgKind, Organisation, Stamps, ValidationErrors, Workspace};

use crate::app::state::{now, AppState};
use crate::ui::fields::{error_for, field_id, Choice, RadioField, TextField};
use crate::ui::record_form::{ListedKind, Opened, RecordForm, RecordFormPage};
use crate::ui::record_list::{ListRow, RecordList};

static ORGANISATIONS: ListedKind<Organisation> = ListedKind {
    noun: "organisation",
    capitalised: "Organisation",
    add: "Add an organisation",
    list: "/organisations",
    list_name: "organisations",
    gone: "It may have been deleted.",
    prefix: "org",
    id: |o| o.id,
    name: |o| &o.name,
    updated_at: |o| o.stamps.updated_at,
    find: Workspace::organisation,
    save: Workspace::save_organisation,
    delete: Workspace::delete_organisation,
};

/// Every partner organisation, with what each holds.
#[component]
pub fn OrganisationsPage() -> impl IntoView {
    fn rows(ws: &Workspace) -> Vec<ListRow> {
        ws.organisation_rows()
            .into_iter()
            .map(|o| ListRow {
                href: format!("/organisations/{}", o.id),
                cells: vec![
                    o.name,
                    o.kind.label().to_string(),
                    o.teams.to_string(),
                    o.people.to_string(),
                    o.goals_owned.to_string(),
                    o.goals_shared.to_string(),
                ],
            })
            .collect()
    }
    view! {
        <RecordList
            title="Organisations"
            lede="The partners in this workspace. Each owns its goals, teams and people."
            add=("/organisations/new", "Add an organisation")
            empty="There are no organisations yet."
            csv_name="organisations"
            headers=&["Name", "Kind", "Teams", "People", "Goals owned", "Goals shared with it"]
            counts_from=2
            rows=rows
        />
    }
}

/// Adds (`/organisations/new`) or edits (`/organisations/:id`) an organisation.
#[component]
pub fn OrganisationFormPage() -> impl IntoView {
    fn blank(_: &Workspace) -> Organisation {
        Organisation {
            id: Id::new_v4(),
            name: String::new(),
            short_name: String::new(),
            kind: OrgKind::NhsTrust,
            stamps: Stamps::new(now()),
        }
    }
    view! {
        <RecordFormPage
            kind=&ORGANISATIONS
            blank=blank
            form=|opened| view! { <OrganisationForm opened=opened /> }.into_any()
        />
    }
}

/// The organisation's fields, and what deleting it would change or why it cannot be deleted.
#[component]
fn OrganisationForm(opened: Opened<Organisation>) -> impl IntoView {
    let state = AppState::get();
    let draft = &opened.draft;
    let (org_id, stamps) = (draft.id, draft.stamps);
    let name = RwSignal::new(draft.name.clone());
    let short_name = RwSignal::new(draft.short_name.clone());
    let kind = RwSignal::new(draft.kind.key().to_string());
    let errors = RwSignal::new(ValidationErrors::default());
    let read = move || Organisation {
        id: org_id,
        name: name.get_untracked(),
        short_name: short_name.get_untracked(),
        kind: OrgKind::from_key(&kind.get_untracked()).unwrap_or(OrgKind::Other),
        stamps,
    };
    let (consequences, blocked) = state.workspace.with_untracked(|ws| {
        let d = ws.organisation_dependents(org_id);
        let blocked = d.blocks_delete().then(|| {
            format!(
                "This organisation cannot be deleted while it has teams ({}), people ({}) or goals ({}). Move or delete them first.",
                d.teams.len(), d.people.len(), d.goals.len()
            )
        });
        let consequences = if d.shared_goals.is_empty() {
            vec![]
        } else {
            vec![format!("{} goals owned by partners will no longer be shared with it.", d.shared_goals.len())]
        };
        (consequences, blocked)
    });

    let id = |f: &str| field_id(ORGANISATIONS.prefix, f);
    let kinds: Vec<Choice> = OrgKind::ALL
        .into_iter()
        .map(|k| Choice::new(k.key(), k.label()))
        .collect();
    view! {
        <RecordForm
            kind=&ORGANISATIONS
            opened=opened
            read=read
            errors=errors
            consequences=consequences
            blocked=blocked
        >
            <TextField
                id=id("name")
                label="Name"
                value=name
                error=error_for(errors, "name")
                hint="The full name, for example “Northshire County Council”. Up to 120 characters."
            />
            <TextField
                id=id("short_name")
                label="Short name (optional)"
                value=short_name
                error=error_for(errors, "short_name")
                width="input-width-10"
                hint="Used where space is tight, for example “NCC”. Up to 20 characters."
            />
            <RadioField
                id=id("kind")
                legend="Kind of organisation"
                value=kind
                error=error_for(errors, "kind")
                choices=kinds
            />
        </RecordForm>
    }
}
