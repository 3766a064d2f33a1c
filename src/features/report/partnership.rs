//! The partnership page: goals worked on across organisations, which partner owns which
//! measure, and when each partner's data last arrived.

use leptos::prelude::*;
use leptos_router::components::A;
use scorecard_core::report::{OrganisationData, Partnership, Quarter, ReportScope, SharedGoal};

use super::narrative::SectionNarrative;
use super::table::ReportTable;

const GOAL_HEADERS: &[&str] = &["Goal", "Level", "Owned by", "Shared with", "From a partner"];
const ORG_HEADERS: &[&str] = &[
    "Organisation",
    "Measures in this report",
    "Data last entered",
    "Last file received",
];

/// Shared goals and goals owned by a partner.
fn goals_table(goals: Vec<SharedGoal>) -> impl IntoView {
    if goals.is_empty() {
        return view! { <p>"No goal in scope is shared with a partner or owned by one."</p> }
            .into_any();
    }
    let from_partner = |g: &SharedGoal| {
        if g.read_only {
            "Yes, read-only here"
        } else {
            "No"
        }
    };
    let csv = goals
        .iter()
        .map(|g| {
            vec![
                g.title.clone(),
                g.level.label().to_string(),
                g.owner.clone(),
                g.shared_with.join(", "),
                from_partner(g).to_string(),
            ]
        })
        .collect();
    let body = goals
        .into_iter()
        .map(|g| {
            let partner = from_partner(&g);
            view! {
                <tr>
                    <th scope="row">
                        <A href=format!("/goals/{}", g.goal_id)>{g.title}</A>
                    </th>
                    <td>{g.level.label()}</td>
                    <td>{g.owner}</td>
                    <td>
                        {if g.shared_with.is_empty() {
                            "None".to_string()
                        } else {
                            g.shared_with.join(", ")
                        }}
                    </td>
                    <td>{partner}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <ReportTable
            caption="Shared goals"
            headers=GOAL_HEADERS
            rows=body.into_any()
            csv=csv
            what="report-shared-goals"
            context="shared goals"
        />
    }
    .into_any()
}

/// Each organisation's measures and when its data last arrived.
fn organisations_table(organisations: Vec<OrganisationData>) -> impl IntoView {
    let names = |o: &OrganisationData| {
        o.measures
            .iter()
            .map(|m| m.name.as_str())
            .collect::<Vec<_>>()
            .join("; ")
    };
    let csv = organisations
        .iter()
        .map(|o| {
            vec![
                o.name.clone(),
                names(o),
                o.last_entered
                    .map(|t| t.date_naive().to_string())
                    .unwrap_or_default(),
                o.last_received
                    .map(|t| t.date_naive().to_string())
                    .unwrap_or_default(),
            ]
        })
        .collect();
    let body = organisations
        .into_iter()
        .map(|o| {
            let measures = if o.measures.is_empty() {
                view! { <span class="report-none">"None"</span> }.into_any()
            } else {
                let items = o
                    .measures
                    .into_iter()
                    .map(|m| {
                        view! {
                            <li>
                                <A href=format!("/measures/{}", m.measure_id)>{m.name}</A>
                            </li>
                        }
                    })
                    .collect_view();
                view! { <ul class="plain-list report-cell-list">{items}</ul> }.into_any()
            };
            view! {
                <tr>
                    <th scope="row">{o.name}</th>
                    <td>{measures}</td>
                    <td>{o.last_entered_text.unwrap_or_else(|| "Never".into())}</td>
                    <td>
                        {o.last_received_text.unwrap_or_else(|| "Not received from them".into())}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <ReportTable
            caption="Measures by organisation, and when their data last arrived"
            headers=ORG_HEADERS
            rows=body.into_any()
            csv=csv
            what="report-partner-data"
            context="measures by organisation"
        />
    }
}

/// The partnership page.
#[component]
pub(super) fn PartnershipSection(
    /// Its figures.
    partnership: Partnership,
    /// The report's quarter.
    quarter: Quarter,
    /// Whose performance the report covers.
    scope: ReportScope,
) -> impl IntoView {
    view! {
        <section class="report-section" aria-labelledby="report-partnership">
            <h2 id="report-partnership">"Partnership"</h2>
            <h3>"Shared goals"</h3>
            {goals_table(partnership.shared_goals)}
            <h3>"Who owns which measure"</h3>
            <p class="hint">
                "Data last entered is when a figure for one of the organisation's measures was last entered; last file received is when a file from that partner was last imported here."
            </p>
            {organisations_table(partnership.organisations)}
            <SectionNarrative quarter=quarter scope=scope section="partnership" />
        </section>
    }
}
