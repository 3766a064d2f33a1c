//! Finding the record a page is about, naming the records it points at, and offering them as
//! choices.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use scorecard_core::{Id, Workspace};

use crate::ui::fields::Choice;

/// The `:id` route parameter as a record id, if it is one.
pub fn id_param() -> Memo<Option<Id>> {
    let params = use_params_map();
    Memo::new(move |_| params.read().get("id").and_then(|s| s.parse().ok()))
}

/// Short name of an organisation, or a placeholder when it is missing.
pub fn org_short(ws: &Workspace, id: Id) -> String {
    ws.organisation_short(id)
}

/// Name of a person, if set and present.
pub fn person_name(ws: &Workspace, id: Option<Id>) -> Option<String> {
    id.and_then(|id| ws.person(id)).map(|p| p.name.clone())
}

/// Every organisation, in the workspace's order, to choose one.
pub fn organisation_choices(ws: &Workspace) -> Vec<Choice> {
    ws.organisations
        .iter()
        .map(|o| Choice::new(o.id.to_string(), o.name.clone()))
        .collect()
}

/// The teams of organisation `org`, to choose one; none when no organisation is chosen.
pub fn team_choices(ws: &Workspace, org: Option<Id>) -> Vec<Choice> {
    ws.teams
        .iter()
        .filter(|t| Some(t.organisation_id) == org)
        .map(|t| Choice::new(t.id.to_string(), t.name.clone()))
        .collect()
}
