//! Finding the record a page is about, and naming the records it points at.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use scorecard_core::{Id, Workspace};

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
