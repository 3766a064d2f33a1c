//! The cover: what the report is, whom it covers, which quarter, who prepared it and when, and
//! how fresh its data is.

use leptos::prelude::*;
use scorecard_core::report::{Cover, Quarter, ReportScope};

use super::narrative::PreparedBy;

/// The report's first page.
#[component]
pub(super) fn ReportCover(
    /// The cover's figures.
    cover: Cover,
    /// The report's quarter.
    quarter: Quarter,
    /// Whose performance the report covers.
    scope: ReportScope,
) -> impl IntoView {
    let organisations = cover
        .organisations
        .into_iter()
        .map(|o| view! { <li>{o}</li> })
        .collect_view();
    view! {
        <section class="report-cover" aria-labelledby="report-cover-title">
            <p class="report-cover-kicker">"Board report"</p>
            <h2 class="report-cover-title" id="report-cover-title">
                {cover.title}
            </h2>
            <p class="report-cover-period">{cover.period}</p>
            <dl class="summary-list report-cover-facts">
                <div class="summary-row">
                    <dt>"Organisations"</dt>
                    <dd>
                        <ul class="plain-list report-cover-organisations">{organisations}</ul>
                    </dd>
                </div>
                <div class="summary-row">
                    <dt>"Data as at"</dt>
                    <dd>{cover.data_as_at_text}</dd>
                </div>
                <div class="summary-row">
                    <dt>"Prepared on"</dt>
                    <dd>{cover.prepared_text}</dd>
                </div>
            </dl>
            <PreparedBy quarter=quarter scope=scope />
            <p class="hint">
                "Figures are as at the end of the quarter: only data for periods that had ended by then counts, however late it was entered."
            </p>
        </section>
    }
}
