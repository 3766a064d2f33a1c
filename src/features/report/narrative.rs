//! What the report's author writes: a commentary for each section, and who prepared the report.
//! Each is a record kept with the quarter and scope (`ReportCommentary`), saved on its own by
//! "Save". Form controls do not print, so what was written is printed as text in their place.

use leptos::prelude::*;
use scorecard_core::report::{Quarter, ReportScope};
use scorecard_core::Id;

use crate::app::state::{now, AppState};
use crate::ui::fields::TextField;
use crate::ui::inline_status::InlineStatus;

/// Text written in a field, shown only in print.
#[component]
fn PrintedText(
    /// The field's text.
    text: RwSignal<String>,
    /// Words before it, e.g. "Prepared by: ".
    #[prop(optional)]
    lead: Option<&'static str>,
) -> impl IntoView {
    view! {
        <Show when=move || !text.read().trim().is_empty()>
            <p class="report-print-only preserve-lines">
                {lead.map(|l| view! { <strong>{l}</strong> })} {move || text.get()}
            </p>
        </Show>
    }
}

/// A field whose text is kept as the commentary on `section` of the report for `quarter` and
/// `scope`, with its own Save button and confirmation.
#[component]
fn KeptText(
    quarter: Quarter,
    scope: ReportScope,
    section: &'static str,
    label: &'static str,
    multiline: bool,
    #[prop(optional)] lead: Option<&'static str>,
) -> impl IntoView {
    let state = AppState::get();
    let kept = Memo::new(move |_| {
        state.workspace.with(|ws| {
            ws.report_commentary_for(quarter, &scope, section)
                .map(|c| c.text.clone())
                .unwrap_or_default()
        })
    });
    let text = RwSignal::new(kept.get_untracked());
    let error = RwSignal::new(None::<String>);
    let message = RwSignal::new(None::<String>);
    let unsaved = move || text.with(|t| *t != kept.get());
    let save = move |_| {
        let typed = text.get_untracked();
        let saved = state.edit(|ws| {
            ws.save_report_commentary(quarter, &scope, section, &typed, Id::new_v4(), now())
        });
        match saved {
            Ok(()) => {
                error.set(None);
                state.confirm(message, "Saved with this quarter's report.");
            }
            Err(e) => {
                message.set(None);
                error.set(e.0.first().map(|f| f.message.clone()));
            }
        }
    };
    let id = format!("commentary-{}", section.replace('_', "-"));
    view! {
        <div class="report-narrative">
            <TextField id=id label=label value=text error=error.into() multiline=multiline />
            <div class="button-row report-screen-only">
                <button type="button" class="button button-secondary" on:click=save>
                    "Save"
                </button>
                <Show when=unsaved>
                    <p class="hint">"Not saved yet."</p>
                </Show>
                <InlineStatus message=message />
            </div>
            <PrintedText text=text lead=lead.unwrap_or_default() />
        </div>
    }
}

/// The author's commentary on one section of the report for `quarter` and `scope`.
#[component]
pub(super) fn SectionNarrative(
    /// The report's quarter.
    quarter: Quarter,
    /// Whose performance the report covers.
    scope: ReportScope,
    /// Which section, e.g. "summary"; unique in the report.
    section: &'static str,
) -> impl IntoView {
    view! {
        <KeptText
            quarter=quarter
            scope=scope
            section=section
            label="Commentary for the board (optional)"
            multiline=true
        />
    }
}

/// Who prepared the report for `quarter` and `scope`, for its cover.
#[component]
pub(super) fn PreparedBy(
    /// The report's quarter.
    quarter: Quarter,
    /// Whose performance the report covers.
    scope: ReportScope,
) -> impl IntoView {
    view! {
        <KeptText
            quarter=quarter
            scope=scope
            section="prepared-by"
            label="Prepared by (name and role)"
            multiline=false
            lead="Prepared by: "
        />
    }
}
