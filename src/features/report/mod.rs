//! The quarterly board report (`/report?quarter=2026-27-q2&scope=all`): every figure comes from
//! the core's `board_report`; this page chooses the quarter and scope, lays the sections out,
//! and prints them as A4 pages (`style/report.css`).

mod cover;
mod exceptions;
mod icons;
mod narrative;
mod partnership;
mod people;
mod perspective;
mod sparkline;
mod summary;
mod summary_grid;
mod table;

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use scorecard_core::report::{board_report, Quarter, ReportScope};
use scorecard_core::{Id, Workspace};
use wasm_bindgen::JsCast;

use crate::app::state::{now, AppState};
use crate::ui::fields::{Choice, SelectField};
use crate::ui::layout::set_page_title;

/// Quarters the form offers: the one under way and the eleven before it.
const QUARTERS_OFFERED: usize = 12;

/// The address's value for "the whole partnership".
const WHOLE_PARTNERSHIP: &str = "all";

/// The quarter and scope the address asks for, with what could not be read in it.
#[derive(Clone, PartialEq)]
struct Choices {
    quarter: Quarter,
    scope: ReportScope,
    problems: Vec<String>,
}

/// The `scope` value in the address.
fn scope_key(scope: ReportScope) -> String {
    scope
        .organisation()
        .map_or_else(|| WHOLE_PARTNERSHIP.to_string(), |id| id.to_string())
}

/// Reads the address's choices; a missing or unreadable one falls back to the latest complete
/// quarter, and to the home organisation (or, without one, the whole partnership).
fn read_choices(ws: &Workspace, quarter: Option<String>, scope: Option<String>) -> Choices {
    let today = now().date_naive();
    let mut problems = Vec::new();
    let latest = Quarter::latest_complete(today).unwrap_or_else(|| Quarter::containing(today));
    let quarter = match quarter.map(|q| q.parse::<Quarter>()) {
        None => latest,
        Some(Ok(q)) => q,
        Some(Err(e)) => {
            problems.push(format!("{e}. The report shows {} instead.", latest.label()));
            latest
        }
    };
    let home = ws
        .home_organisation
        .filter(|id| ws.organisation(*id).is_some())
        .map_or(ReportScope::Partnership, ReportScope::Organisation);
    let scope = match scope.as_deref() {
        None => home,
        Some(WHOLE_PARTNERSHIP) => ReportScope::Partnership,
        Some(key) => match key
            .parse::<Id>()
            .ok()
            .filter(|id| ws.organisation(*id).is_some())
        {
            Some(id) => ReportScope::Organisation(id),
            None => {
                problems.push(format!(
                    "The organisation in the address was not found. The report covers {} instead.",
                    home.name(ws)
                ));
                home
            }
        },
    };
    Choices {
        quarter,
        scope,
        problems,
    }
}

/// The quarters to choose from, latest first, with `chosen` among them.
fn quarter_choices(chosen: Quarter) -> Vec<Choice> {
    let current = Quarter::containing(now().date_naive());
    let mut quarters: Vec<Quarter> = std::iter::successors(Some(current), |q| q.previous())
        .take(QUARTERS_OFFERED)
        .collect();
    if !quarters.contains(&chosen) {
        quarters.push(chosen);
        quarters.sort_unstable_by(|a, b| b.cmp(a));
    }
    quarters
        .into_iter()
        .map(|q| {
            let under_way = if q == current { " (under way)" } else { "" };
            Choice::new(q.key(), format!("{}{under_way}", q.label_in_words()))
        })
        .collect()
}

/// The text as a CSS string: quoted, with quotes and backslashes escaped.
fn css_string(text: &str) -> String {
    let escaped: String = text
        .chars()
        .map(|c| match c {
            '"' | '\\' => format!("\\{c}"),
            '\n' | '\r' => " ".to_string(),
            c => c.to_string(),
        })
        .collect();
    format!("\"{escaped}\"")
}

/// The custom property the print stylesheet's running header reads (`style/report.css`).
const RUNNING_HEAD: &str = "--report-running-head";

/// Sets (or with `None` removes) the running header printed at the top of each page. Chromium
/// has no `string-set`, so the text goes on the root element as a custom property, which page
/// margin boxes inherit; the CSP allows styles set through the CSSOM.
fn set_running_head(text: Option<&str>) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(root) = root {
        let style = root.style();
        let _ = match text {
            Some(t) => style.set_property(RUNNING_HEAD, &css_string(t)),
            None => style.remove_property(RUNNING_HEAD).map(|_| ()),
        };
    }
}

/// `/report`: the board report for a quarter and a scope, chosen in the address.
#[component]
pub fn BoardReportPage() -> impl IntoView {
    let state = AppState::get();
    let query = use_query_map();
    let navigate = use_navigate();
    let choices = Memo::new(move |_| {
        let (quarter, scope) = query.with(|q| (q.get("quarter"), q.get("scope")));
        state.workspace.with(|ws| read_choices(ws, quarter, scope))
    });
    let report = Memo::new(move |_| {
        let Choices { quarter, scope, .. } = choices.get();
        state
            .workspace
            .with(|ws| board_report(ws, scope, quarter, now().date_naive()))
    });
    set_page_title(move || format!("Board report: {}", report.with(|r| r.quarter.label())));
    Effect::new(move |_| {
        let head = report.with(|r| format!("{}, {}", r.cover.title, r.quarter.label()));
        set_running_head(Some(&head));
    });
    on_cleanup(|| set_running_head(None));

    // The form follows the address (so back and forward work), and a choice updates the
    // address, so every report can be bookmarked.
    let quarter_value = RwSignal::new(choices.with_untracked(|c| c.quarter.key()));
    let scope_value = RwSignal::new(choices.with_untracked(|c| scope_key(c.scope)));
    Effect::new(move |_| {
        let c = choices.get();
        quarter_value.set(c.quarter.key());
        scope_value.set(scope_key(c.scope));
    });
    let on_choose = move |_| {
        let path = format!(
            "/report?quarter={}&scope={}",
            quarter_value.get_untracked(),
            scope_value.get_untracked()
        );
        navigate(&path, NavigateOptions::default());
    };
    let quarters = Signal::derive(move || quarter_choices(choices.with(|c| c.quarter)));
    let scopes = Signal::derive(move || {
        state.workspace.with(|ws| {
            std::iter::once(Choice::new(WHOLE_PARTNERSHIP, "The whole partnership"))
                .chain(
                    ws.organisations
                        .iter()
                        .map(|o| Choice::new(o.id.to_string(), o.name.clone())),
                )
                .collect()
        })
    });
    let no_error = Signal::stored(None::<String>);
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };

    view! {
        <div class="report">
            <div class="report-controls">
                <h1>"Board report"</h1>
                <p class="lede">
                    "The quarterly integrated performance report for the board: status, statistical process control and recovery for every strategic goal and measure, as at the end of the quarter."
                </p>
                {move || {
                    choices
                        .with(|c| c.problems.clone())
                        .into_iter()
                        .map(|p| {
                            view! {
                                <div class="inset inset-warning" role="note">
                                    <p>{p}</p>
                                </div>
                            }
                        })
                        .collect_view()
                }}
                <div class="report-choices" on:change=on_choose>
                    <SelectField
                        id="report-quarter".to_string()
                        label="Quarter"
                        choices=quarters
                        value=quarter_value
                        error=no_error
                    />
                    <SelectField
                        id="report-scope".to_string()
                        label="Organisations covered"
                        choices=scopes
                        value=scope_value
                        error=no_error
                    />
                </div>
                <button type="button" class="button" on:click=print>
                    "Print or save as PDF"
                </button>
            </div>
            {move || {
                let r = report.get();
                let (quarter, scope) = (r.quarter, r.scope);
                view! {
                    <cover::ReportCover cover=r.cover quarter=quarter scope=scope />
                    <summary::SummarySection summary=r.summary quarter=quarter scope=scope />
                    {r
                        .perspectives
                        .into_iter()
                        .map(|section| {
                            view! {
                                <perspective::PerspectiveReport
                                    section=section
                                    quarter=quarter
                                    scope=scope
                                />
                            }
                        })
                        .collect_view()}
                    <exceptions::ExceptionsSection
                        exceptions=r.exceptions
                        quarter=quarter
                        scope=scope
                    />
                    <partnership::PartnershipSection
                        partnership=r.partnership
                        quarter=quarter
                        scope=scope
                    />
                    <people::PeopleSection people=r.people quarter=quarter scope=scope />
                }
            }}
        </div>
    }
}
