//! The notice on a record that belongs to a partner organisation: who owns it, when it arrived,
//! and why it cannot be changed here.

use leptos::prelude::*;
use scorecard_core::exchange::{Arrival, RecordKind};
use scorecard_core::format::long_date;
use scorecard_core::{Id, Workspace};

/// The owner and arrival of `kind` record `id` when it is read-only here (another
/// organisation's record in a workspace that has chosen its own); `None` when it can be edited.
pub fn read_only_owner(ws: &Workspace, kind: RecordKind, id: Id) -> Option<(Id, Option<Arrival>)> {
    if !ws.is_record_read_only(kind, id) {
        return None;
    }
    let owner = ws.owner_of(kind, id)?;
    Some((owner, ws.arrival(kind, id)))
}

/// "Owned by … — arrived …. Only the owner can change it; changes arrive when they send a new
/// file."
#[component]
pub fn OwnedBy(organisation_id: Id, arrival: Option<Arrival>) -> impl IntoView {
    let state = crate::app::state::AppState::get();
    let name = state.workspace.with_untracked(|ws| {
        ws.organisation(organisation_id)
            .map(|o| o.name.clone())
            .unwrap_or_else(|| "another organisation".into())
    });
    let arrived = arrival
        .map(|a| format!(" — arrived {}", long_date(a.arrived_at.date_naive())))
        .unwrap_or_default();
    view! {
        <div class="read-only-notice" role="note">
            <p>
                <strong>{format!("Owned by {name}{arrived}.")}</strong>
                " Only the owner can change it; changes arrive when they send a new file."
            </p>
        </div>
    }
}
