//! Share with a partner: choose who for, see what goes, download the pack; or a full backup.

use leptos::prelude::*;
use scorecard_core::exchange::{
    export_plan, export_workspace, plan_partner_pack, ExportOptions, ExportPlan,
};
use scorecard_core::Id;

use crate::app::download::download_text;
use crate::app::state::{now, AppState};
use crate::ui::fields::{Checkbox, SelectField};
use crate::ui::layout::set_page_title;
use crate::ui::record::organisation_choices;

/// "Share with a partner".
#[component]
pub fn ExportPage() -> impl IntoView {
    set_page_title(|| "Share with a partner".into());
    let state = AppState::get();
    let home = state
        .workspace
        .with_untracked(|ws| ws.home_organisation.map(|id| id.to_string()))
        .unwrap_or_default();
    let from = RwSignal::new(home);
    let partner = RwSignal::new(String::new());
    let personal = RwSignal::new(false);
    let message = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);

    let orgs = Signal::derive(move || state.workspace.with(organisation_choices));
    let options = move || ExportOptions {
        include_personal: personal.get(),
    };
    let parse = |s: String| s.parse::<Id>().ok();
    // The plan follows the choices; `None` until both organisations are chosen.
    let plan = Memo::new(move |_| {
        let (Some(f), Some(p)) = (parse(from.get()), parse(partner.get())) else {
            return None;
        };
        let opts = options();
        Some(
            state
                .workspace
                .with(|ws| plan_partner_pack(ws, f, p, opts, now()))
                .map_err(|e| e.to_string()),
        )
    });

    let download_pack = move |_| {
        let Some(Ok(plan)) = plan.get_untracked() else {
            return;
        };
        let file = export_plan(plan, now());
        match download_text(&file.file_name, "application/json", &file.json) {
            Ok(()) => {
                message.set(Some(format!(
                    "The pack was downloaded as {}. Send it to your partner.",
                    file.file_name
                )));
                error.set(None);
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let download_backup = move |_| {
        let file = state.workspace.with_untracked(|ws| {
            export_workspace(
                ws,
                ExportOptions {
                    include_personal: true,
                },
                now(),
            )
        });
        match download_text(&file.file_name, "application/json", &file.json) {
            Ok(()) => {
                message.set(Some(format!(
                    "The backup was downloaded as {}.",
                    file.file_name
                )));
                error.set(None);
            }
            Err(e) => error.set(Some(e)),
        }
    };

    let plan_view = move || {
        match plan.get() {
        None => view! { <p class="hint">"Choose both organisations to see what the pack would contain."</p> }
        .into_any(),
        Some(Err(e)) => view! {
            <p class="error-message" role="alert">
                {e}
            </p>
        }.into_any(),
        Some(Ok(plan)) => view! {
            <PlanView plan=plan />
            <button type="button" class="button" on:click=download_pack>
                "Download the pack"
            </button>
        }
        .into_any(),
    }
    };

    view! {
        <h1>"Share with a partner"</h1>
        <p>
            "Make a file of what your organisation shares with one partner. Send it to them by email or any other safe way; they import it on their “Import” page. Nothing leaves this browser until you download it."
        </p>
        <h2>"A pack for a partner"</h2>
        <SelectField
            id="export-from".into()
            label="My organisation"
            choices=orgs
            empty="Select an organisation"
            value=from
        />
        <SelectField
            id="export-partner".into()
            label="Partner organisation"
            hint="Only the goals shared with this partner are included."
            choices=orgs
            empty="Select an organisation"
            value=partner
        />
        <Checkbox
            id="export-personal"
            value=personal
            label="Include personal data (appraisals, development plans, one-to-one notes)"
        />
        {plan_view}
        <Show when=move || message.get().is_some()>
            <div class="flash" role="status">
                <p>{move || message.get()}</p>
            </div>
        </Show>
        <Show when=move || error.get().is_some()>
            <p class="error-message" role="alert">
                {move || error.get()}
            </p>
        </Show>
        <h2>"A full backup"</h2>
        <p>
            "Everything in this workspace, including personal data, in the same format. Keep it somewhere safe: you can import it here later."
        </p>
        <button type="button" class="button button-secondary" on:click=download_backup>
            "Download a full backup"
        </button>
    }
}

/// What a pack will contain.
#[component]
fn PlanView(plan: ExportPlan) -> impl IntoView {
    let rows = plan
        .sections
        .iter()
        .map(|s| {
            let examples = if s.labels.is_empty() {
                String::new()
            } else {
                let mut shown: Vec<String> = s.labels.iter().take(5).cloned().collect();
                if s.labels.len() > 5 {
                    shown.push(format!("and {} more", s.labels.len() - 5));
                }
                shown.join("; ")
            };
            view! {
                <tr>
                    <th scope="row">{s.kind.plural_label()}</th>
                    <td class="numeric">{s.included}</td>
                    <td class="numeric">{s.personal_left_out}</td>
                    <td>{examples}</td>
                </tr>
            }
        })
        .collect_view();
    let empty = plan.is_empty();
    let total = plan.total();
    let tombstones = plan.tombstones;
    let notes = plan.notes.clone();
    let file_name = plan.file_name.clone();
    view! {
        <h3>"What the pack contains"</h3>
        {empty
            .then(|| {
                view! {
                    <p class="inset">
                        "No goals are shared with this partner yet, so the pack would be empty. Share a goal with them on its page first."
                    </p>
                }
            })}
        <table class="table export-plan">
            <caption class="visually-hidden">"Records in the pack by kind"</caption>
            <thead>
                <tr>
                    <th scope="col">"Kind of record"</th>
                    <th scope="col" class="numeric">
                        "Included"
                    </th>
                    <th scope="col" class="numeric">
                        "Personal records left out"
                    </th>
                    <th scope="col">"Which"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        <p>
            {format!("{total} records in all, and {tombstones} deletions. File name: {file_name}.")}
        </p>
        {(!notes.is_empty())
            .then(|| {
                view! {
                    <ul class="list export-notes">
                        {notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                    </ul>
                }
            })}
    }
}
