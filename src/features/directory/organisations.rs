//! `/organisations`: every partner organisation, and the form that adds
//! (`/organisations/new`) or edits (`/organisations/:id`) one.

use leptos::prelude::*;
use scorecard_core::workspace::DeleteError;
use scorecard_core::{Id, OrgKind, Organisation, Stamps, Timestamp, ValidationErrors, Workspace};

use super::shared::{open_form, DirectoryRecord, ListRow, RecordForm, RecordList};
use crate::app::state::{now, AppState};
use crate::ui::fields::{error_for, field_id, Choice, RadioField, TextField};

impl DirectoryRecord for Organisation {
    const NOUN: &'static str = "organisation";
    const CAPITALISED: &'static str = "Organisation";
    const ADD: &'static str = "Add an organisation";
    const LIST: &'static str = "/organisations";
    const LIST_NAME: &'static str = "organisations";
    const GONE: &'static str = "It may have been deleted.";
    const PREFIX: &'static str = "org";

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
        ws.organisation(id)
    }
    fn save(self, ws: &mut Workspace, now: Timestamp) -> Result<(), ValidationErrors> {
        ws.save_organisation(self, now)
    }
    fn delete(ws: &mut Workspace, id: Id, now: Timestamp) -> Result<(), DeleteError> {
        ws.delete_organisation(id, now)
    }
}

/// Every partner organisation, with what each holds.
#[component]
pub fn OrganisationsPage() -> impl IntoView {
    let state = AppState::get();
    let rows = Memo::new(move |_| {
        state.workspace.with(|ws| {
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
        })
    });
    view! {
        <RecordList title="Organisations"
            lede="The partners in this workspace. Each owns its goals, teams and people."
            add=("/organisations/new", "Add an organisation") empty="There are no organisations yet."
            csv_name="organisations"
            headers=&["Name", "Kind", "Teams", "People", "Goals owned", "Goals shared with it"]
            counts_from=2 rows=rows/>
    }
}

/// Adds (`/organisations/new`) or edits (`/organisations/:id`) an organisation.
#[component]
pub fn OrganisationFormPage() -> impl IntoView {
    let state = AppState::get();
    let opened = match open_form(|_| Organisation {
        id: Id::new_v4(),
        name: String::new(),
        short_name: String::new(),
        kind: OrgKind::NhsTrust,
        stamps: Stamps::new(now()),
    }) {
        Ok(opened) => opened,
        Err(not_found) => return not_found,
    };
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

    let id = |f: &str| field_id(Organisation::PREFIX, f);
    let kinds: Vec<Choice> = OrgKind::ALL
        .into_iter()
        .map(|k| Choice::new(k.key(), k.label()))
        .collect();
    view! {
        <RecordForm opened=opened read=read errors=errors consequences=consequences blocked=blocked>
            <TextField id=id("name") label="Name" value=name error=error_for(errors, "name")
                hint="The full name, for example “Northshire County Council”. Up to 120 characters."/>
            <TextField id=id("short_name") label="Short name (optional)" value=short_name
                error=error_for(errors, "short_name") width="input-width-10"
                hint="Used where space is tight, for example “NCC”. Up to 20 characters."/>
            <RadioField id=id("kind") legend="Kind of organisation" value=kind
                error=error_for(errors, "kind") choices=kinds/>
        </RecordForm>
    }
    .into_any()
}
