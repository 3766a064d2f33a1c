//! What the report's author writes: a commentary for each section, and who prepared the report.
//! Both are kept with the quarter and scope; form controls do not print, so what was written is
//! printed as text in their place.

use leptos::prelude::*;
use scorecard_core::report::{Quarter, ReportScope};

use crate::ui::fields::TextField;

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
                {lead.map(|l| view! { <strong>{l}</strong> })}
                {move || text.get()}
            </p>
        </Show>
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
    // The narrative record wires in here.
    let _ = (quarter, scope);
    let text = RwSignal::new(String::new());
    let id = format!("report-narrative-{}", section.replace('_', "-"));
    view! {
        <div class="report-narrative">
            <TextField id=id label="Commentary for the board (optional)" value=text
                error=Signal::stored(None) multiline=true/>
            <PrintedText text=text/>
        </div>
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
    // The narrative record wires in here.
    let _ = (quarter, scope);
    let text = RwSignal::new(String::new());
    view! {
        <div class="report-prepared-by">
            <TextField id="report-prepared-by".to_string() label="Prepared by (name and role)"
                value=text error=Signal::stored(None)/>
            <PrintedText text=text lead="Prepared by: "/>
        </div>
    }
}
