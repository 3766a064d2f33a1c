//! The people page, in aggregate only: no one is named, and counts from 1 to 4 are shown as
//! "fewer than 5" (the core decides), so a small team's figures cannot point at anyone.

use leptos::prelude::*;
use scorecard_core::report::{PeopleSummary, Quarter, ReportScope};

use super::narrative::SectionNarrative;
use super::table::csv_rows;
use crate::ui::csv_button::CsvButton;

const FIGURE_HEADERS: &[&str] = &["Figure", "Value"];
const TEAM_HEADERS: &[&str] = &[
    "Team",
    "Organisation",
    "Reviews held",
    "Held on time",
    "Share on time",
];
const AWARD_HEADERS: &[&str] = &["Award", "Times given"];
const REASON_HEADERS: &[&str] = &["Reason for leaving", "Interviews giving it"];

/// A simple table of text rows: the first cell is the row's heading, the rest are numbers.
#[component]
fn FiguresTable(
    /// The caption.
    caption: &'static str,
    /// Column headings (the CSV's too).
    headers: &'static [&'static str],
    /// The rows.
    rows: Vec<Vec<String>>,
    /// The CSV file's name.
    what: &'static str,
    /// Which table, for the CSV button's screen reader name.
    context: &'static str,
    /// What to say instead of an empty table.
    empty: &'static str,
    /// How many columns, from the first, hold text rather than numbers.
    #[prop(default = 1)]
    text_columns: usize,
) -> impl IntoView {
    if rows.is_empty() {
        return view! { <p>{empty}</p> }.into_any();
    }
    let head = headers
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let class = if i < text_columns { "" } else { "numeric" };
            view! {
                <th scope="col" class=class>
                    {*h}
                </th>
            }
        })
        .collect_view();
    let body = rows
        .iter()
        .cloned()
        .map(|row| {
            let mut cells = row.into_iter();
            let heading = cells.next().unwrap_or_default();
            view! {
                <tr>
                    <th scope="row">{heading}</th>
                    {cells
                        .enumerate()
                        .map(|(i, c)| {
                            let class = if i + 1 < text_columns { "" } else { "numeric" };
                            view! { <td class=class>{c}</td> }
                        })
                        .collect_view()}
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="table report-table report-table-narrow">
            <caption class="report-caption">{caption}</caption>
            <thead>
                <tr>{head}</tr>
            </thead>
            <tbody>{body}</tbody>
        </table>
        <CsvButton what=what headers=headers rows=csv_rows(rows) context=context />
    }
    .into_any()
}

/// The people page.
#[component]
pub(super) fn PeopleSection(
    /// Its figures, in aggregate.
    people: PeopleSummary,
    /// The report's quarter.
    quarter: Quarter,
    /// Whose performance the report covers.
    scope: ReportScope,
) -> impl IntoView {
    let figures = vec![
        vec!["Staff".to_string(), people.people.text.clone()],
        vec![
            "Staff with a development plan".to_string(),
            people.development_plans.text.clone(),
        ],
        vec![
            "Share of staff with a development plan".to_string(),
            people.development_share.text.clone(),
        ],
        vec![
            "Recognition given in the quarter".to_string(),
            people.recognitions.text.clone(),
        ],
        vec![
            "Exit interviews held in the quarter".to_string(),
            people.exit_interviews.text.clone(),
        ],
    ];
    let teams = people
        .reviews_by_team
        .iter()
        .map(|t| {
            vec![
                t.team.clone(),
                t.organisation.clone(),
                t.held.text.clone(),
                t.on_time.text.clone(),
                t.on_time_share.text.clone(),
            ]
        })
        .collect();
    let awards = people
        .recognitions_by_award
        .iter()
        .map(|a| vec![a.award.clone(), a.count.text.clone()])
        .collect();
    let reasons = people
        .exit_reasons
        .iter()
        .map(|r| vec![r.label.to_string(), r.count.text.clone()])
        .collect();
    view! {
        <section class="report-section" aria-labelledby="report-people">
            <h2 id="report-people">"People"</h2>
            <p>
                "Figures about people are in aggregate only: no one is named, and counts from 1 to 4 are shown as “fewer than 5” so that no one can be identified."
            </p>
            <FiguresTable
                caption="People at a glance"
                headers=FIGURE_HEADERS
                rows=figures
                what="report-people"
                context="people at a glance"
                empty=""
            />
            <h3>"Reviews held by team"</h3>
            <p class="hint">
                "Team reviews, one-to-ones and appraisals held in the quarter. A review is on time when held by the date the one before it set."
            </p>
            <FiguresTable
                caption="Reviews held in the quarter, by team"
                headers=TEAM_HEADERS
                rows=teams
                what="report-reviews-by-team"
                context="reviews by team"
                text_columns=2
                empty="There are no teams in scope."
            />
            <h3>"Recognition"</h3>
            <FiguresTable
                caption="Recognition given in the quarter, by award"
                headers=AWARD_HEADERS
                rows=awards
                what="report-recognition"
                context="recognition by award"
                empty="No recognition was given in the quarter."
            />
            <h3>"Reasons for leaving"</h3>
            <FiguresTable
                caption="Reasons given at exit interviews in the quarter"
                headers=REASON_HEADERS
                rows=reasons
                what="report-exit-reasons"
                context="reasons for leaving"
                empty="No exit interviews were held in the quarter."
            />
            <SectionNarrative quarter=quarter scope=scope section="people" />
        </section>
    }
}
