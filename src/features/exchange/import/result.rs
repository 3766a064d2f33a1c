//! What reading the file gave: "Reading…", why it cannot be imported, or what it says about
//! itself.

use std::sync::Arc;

use leptos::prelude::*;
use scorecard_core::exchange::ImportedFile;

use super::choose::FileState;
use crate::app::state::when;

/// Where the chosen file has got to, as the page shows it.
#[component]
pub(super) fn ReadResult(file_state: RwSignal<FileState>) -> impl IntoView {
    move || match file_state.get() {
        FileState::Nothing => ().into_any(),
        FileState::Reading(name) => view! {
            <p class="import-reading" role="status">
                {format!("Reading… {name}")}
            </p>
        }
        .into_any(),
        FileState::Refused {
            name,
            message,
            problems,
        } => view! {
            <div class="error-summary" role="alert" tabindex="-1">
                <h2 class="error-summary-title">{format!("{name} cannot be imported")}</h2>
                <p>{message}</p>
                {(!problems.is_empty())
                    .then(|| {
                        view! {
                            <ul class="error-summary-list">
                                {problems
                                    .into_iter()
                                    .map(|(path, message)| {
                                        view! {
                                            <li>
                                                <code>{path}</code>
                                                ": "
                                                {message}
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                    })}
                <p>"Nothing has been changed."</p>
            </div>
        }
        .into_any(),
        FileState::Ready { name, file } => {
            view! { <FileSummaryView name=name file=file /> }.into_any()
        }
    }
}

/// What the file says about itself.
#[component]
fn FileSummaryView(name: String, file: Arc<ImportedFile>) -> impl IntoView {
    let s = &file.summary;
    let from = s
        .exported_by_name
        .clone()
        .unwrap_or_else(|| "Not stated".into());
    let for_whom = s
        .partner_name
        .clone()
        .unwrap_or_else(|| "Not stated (a backup)".into());
    let at = s
        .exported_at
        .map(when)
        .unwrap_or_else(|| "Not stated".into());
    let digest = if s.digest.is_some() {
        "Checked: the file is as it was exported"
    } else {
        "None (an older copy, read without a check)"
    };
    let personal = if s.personal_included {
        "Included"
    } else {
        "Not included"
    };
    view! {
        <h2>"The file"</h2>
        <dl class="summary-list import-summary">
            <div class="summary-list-row">
                <dt>"File"</dt>
                <dd>{name}</dd>
            </div>
            <div class="summary-list-row">
                <dt>"Kind"</dt>
                <dd>{s.kind.label()}</dd>
            </div>
            <div class="summary-list-row">
                <dt>"From"</dt>
                <dd>{from}</dd>
            </div>
            <div class="summary-list-row">
                <dt>"For"</dt>
                <dd>{for_whom}</dd>
            </div>
            <div class="summary-list-row">
                <dt>"Exported"</dt>
                <dd>{at}</dd>
            </div>
            <div class="summary-list-row">
                <dt>"Digest"</dt>
                <dd>{digest}</dd>
            </div>
            <div class="summary-list-row">
                <dt>"Personal data"</dt>
                <dd>{personal}</dd>
            </div>
        </dl>
    }
}
