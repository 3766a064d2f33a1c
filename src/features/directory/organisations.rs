use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use scorecard_core::{Id, OrgKind, Organisation, Stamps, ValidationErrors};

use crate::app::state::{now, AppState};
use crate::ui::csv_button::CsvButton;
use crate::ui::delete_panel::DeletePanel;
use crate::ui::fields::{
    error_for, field_id, focus_error_summary, Choice, ErrorSummary, RadioField, TextField,
};
use crate::ui::layout::set_page_title;
use crate::ui::record::id_param;
use crate::ui::stale_notice::{refuse_stale, StaleNotice, StaleRecord};

const PREFIX: &str = "org";

/// Every partner organisation, with what each holds.
#[component]
pub fn OrganisationsPage() -> impl IntoView {
    set_page_title(|| "Organisations".into());
    let state = AppState::get();
    let rows = move || {
        state.workspace.with(|ws| {
            let mut orgs: Vec<_> = ws.organisations.iter().collect();
            orgs.sort_by_key(|o| o.name.to_lowercase());
            orgs.into_iter()
                .map(|o| {
                    let d = ws.organisation_dependents(o.id);
                    (
                        o.id,
                        o.name.clone(),
                        o.kind.label(),
                        d.teams.len(),
                        d.people.len(),
                        d.goals.len(),
                        d.shared_goals.len(),
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <h1>"Organisations"</h1>
        <p class="lede">"The partners in this workspace. Each owns its goals, teams and people."</p>
        <A href="/organisations/new" attr:class="button">"Add an organisation"</A>
        <Show when=move || !rows().is_empty() fallback=|| view! { <p>"There are no organisations yet."</p> }>
            <table class="table">
                <caption class="visually-hidden">"Organisations"</caption>
                <thead><tr>
                    <th scope="col">"Name"</th><th scope="col">"Kind"</th>
                    <th scope="col" class="numeric">"Teams"</th><th scope="col" class="numeric">"People"</th>
                    <th scope="col" class="numeric">"Goals owned"</th><th scope="col" class="numeric">"Goals shared with it"</th>
                </tr></thead>
                <tbody>
                    <For each=rows key=|r| r.clone() let((id, name, kind, teams, people, goals, shared))>
                        <tr>
                            <td><A href=format!("/organisations/{id}")>{name}</A></td>
                            <td>{kind}</td>
                            <td class="numeric">{teams}</td><td class="numeric">{people}</td>
                            <td class="numeric">{goals}</td><td class="numeric">{shared}</td>
                        </tr>
                    </For>
                </tbody>
            </table>
            <CsvButton what="organisations"
                headers=&["Name", "Kind", "Teams", "People", "Goals owned", "Goals shared with it"]
                rows=Callback::new(move |_| rows().into_iter().map(|(_, name, kind, teams, people, goals, shared)| vec![
                    name, kind.to_string(), teams.to_string(), people.to_string(), goals.to_string(), shared.to_string(),
                ]).collect())/>
        </Show>
    }
}

/// Adds (`/organisations/new`) or edits (`/organisations/:id`) an organisation.
#[component]
pub fn OrganisationFormPage() -> impl IntoView {
    let state = AppState::get();
    let id = id_param();
    let existing = id.get_untracked().and_then(|id| {
        state
            .workspace
            .with_untracked(|ws| ws.organisation(id).cloned())
    });
    let is_new = existing.is_none();
    let not_found = is_new && id.get_untracked().is_some();
    let draft = existing.unwrap_or_else(|| Organisation {
        id: Id::new_v4(),
        name: String::new(),
        short_name: String::new(),
        kind: OrgKind::NhsTrust,
        stamps: Stamps::new(now()),
    });
    let heading = if is_new {
        "Add an organisation".to_string()
    } else {
        format!("Edit “{}”", draft.name)
    };
    let title = heading.clone();
    set_page_title(move || title.clone());
    if not_found {
        return view! { <h1>"Organisation not found"</h1><p>"It may have been deleted."</p> }
            .into_any();
    }

    let navigate = use_navigate();
    let org_id = draft.id;
    let name = RwSignal::new(draft.name.clone());
    let short_name = RwSignal::new(draft.short_name.clone());
    let kind = RwSignal::new(draft.kind.key().to_string());
    let errors = RwSignal::new(ValidationErrors::default());
    let summary = NodeRef::new();
    let stamps = draft.stamps;
    let stale = RwSignal::new(None::<StaleRecord>);
    let nav = navigate.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let org = Organisation {
            id: org_id,
            name: name.get_untracked(),
            short_name: short_name.get_untracked(),
            kind: OrgKind::from_key(&kind.get_untracked()).unwrap_or(OrgKind::Other),
            stamps,
        };
        if !is_new {
            let refused = state.workspace.with_untracked(|ws| {
                let saved = ws.organisation(org_id).map(|r| (r, r.stamps.updated_at));
                refuse_stale("organisation", stamps.updated_at, &org, saved)
            });
            if refused.is_some() {
                stale.set(refused);
                return;
            }
        }
        match state.edit(|ws| ws.save_organisation(org, now())) {
            Ok(()) => {
                state.flash(
                    "/organisations",
                    if is_new {
                        "Organisation added."
                    } else {
                        "Organisation saved."
                    },
                );
                nav("/organisations", NavigateOptions::default());
            }
            Err(e) => {
                errors.set(e);
                focus_error_summary(summary);
            }
        }
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
    let on_delete = Callback::new(move |_| {
        match state.edit(|ws| ws.delete_organisation(org_id, now())) {
            Ok(()) => state.flash("/organisations", "Organisation deleted."),
            Err(e) => state.flash("/organisations", e.to_string()),
        }
        state.open_when_sent(&navigate, "/organisations");
    });

    let id = |f: &str| field_id(PREFIX, f);
    let kinds: Vec<Choice> = OrgKind::ALL
        .into_iter()
        .map(|k| Choice::new(k.key(), k.label()))
        .collect();
    view! {
        <A href="/organisations" attr:class="back-link">"Back to organisations"</A>
        <h1>{heading}</h1>
        <StaleNotice stale=stale/>
        <form class="form" novalidate on:submit=submit>
            <ErrorSummary prefix=PREFIX errors=errors node=summary/>
            <TextField id=id("name") label="Name" value=name error=error_for(errors, "name")
                hint="The full name, for example “Northshire County Council”. Up to 120 characters."/>
            <TextField id=id("short_name") label="Short name (optional)" value=short_name
                error=error_for(errors, "short_name") width="input-width-10"
                hint="Used where space is tight, for example “NCC”. Up to 20 characters."/>
            <RadioField id=id("kind") legend="Kind of organisation" value=kind
                error=error_for(errors, "kind") choices=kinds/>
            <div class="button-row">
                <button type="submit" class="button">"Save organisation"</button>
                <A href="/organisations" attr:class="button button-secondary">"Cancel"</A>
            </div>
        </form>
        <Show when=move || !is_new>
            <DeletePanel noun="organisation" name=name.get_untracked() consequences=consequences.clone()
                blocked=blocked.clone() on_confirm=on_delete/>
        </Show>
    }
    .into_any()
}
