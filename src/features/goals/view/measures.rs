//! The goal's measures: status, latest data against plan, and the SPC icons, with a CSV
//! download.

use leptos::prelude::*;
use leptos_router::components::A;
use scorecard_core::format::value;
use scorecard_core::measures::measure_status;
use scorecard_core::Id;

use crate::app::state::{now, AppState};
use crate::ui::csv_button::CsvButton;
use crate::ui::tags::{AssuranceBadge, StatusBadge, VariationBadge};

/// The goal's measures with their status, latest data and SPC icons.
#[component]
pub(super) fn GoalMeasures(goal_id: Id, editable: bool) -> impl IntoView {
    let state = AppState::get();
    let rows = move || {
        let today = now().date_naive();
        state.workspace.with(|ws| {
            ws.measures_of_goal(goal_id)
                .into_iter()
                .map(|m| {
                    let s = measure_status(m, today);
                    let latest = s
                        .latest
                        .map(|l| format!("{} ({})", value(l.value, &m.unit), l.period.label()))
                        .unwrap_or_else(|| "No data".into());
                    let planned = s
                        .planned
                        .map(|p| value(p, &m.unit))
                        .unwrap_or_else(|| "–".into());
                    (
                        m.id,
                        m.name.clone(),
                        s.status,
                        latest,
                        planned,
                        s.variation,
                        s.assurance,
                        s.disagreement.map(|d| d.message),
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <h2>"Measures"</h2>
        {move || {
            let rows = rows();
            let csv_rows = rows.clone();
            if rows.is_empty() {
                view! { <p>"No measures yet. Add one to see whether the goal is on track."</p> }.into_any()
            } else {
                view! {
                    <table class="table">
                        <caption class="visually-hidden">"Measures of this goal"</caption>
                        <thead><tr>
                            <th scope="col">"Measure"</th><th scope="col">"Status"</th>
                            <th scope="col" class="numeric">"Latest"</th><th scope="col" class="numeric">"Planned"</th>
                            <th scope="col">"Variation"</th><th scope="col">"Assurance"</th>
                        </tr></thead>
                        <tbody>
                            {rows.into_iter().map(|(mid, name, status, latest, planned, variation, assurance, disagreement)| view! {
                                <tr>
                                    <td><A href=format!("/measures/{mid}")>{name}</A></td>
                                    <td>
                                        <StatusBadge status=status/>
                                        {disagreement.map(|d| view! { <div class="disagreement-note"><span aria-hidden="true">"⚑ "</span>{d}</div> })}
                                    </td>
                                    <td class="numeric">{latest}</td><td class="numeric">{planned}</td>
                                    <td><VariationBadge icon=variation/></td>
                                    <td><AssuranceBadge icon=assurance/></td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    <CsvButton what="measures" headers=&["Measure", "Status", "Latest", "Planned", "Variation", "Assurance", "Disagreement"]
                        rows=Callback::new(move |_| csv_rows.clone().into_iter().map(|(_, name, status, latest, planned, variation, assurance, disagreement)| vec![
                            name, status.label().to_string(), latest, planned,
                            variation.map(|v| v.label().to_string()).unwrap_or_default(),
                            assurance.map(|a| a.label().to_string()).unwrap_or_default(),
                            disagreement.unwrap_or_default(),
                        ]).collect())/>
                }.into_any()
            }
        }}
        {editable.then(|| view! {
            <A href=format!("/measures/new?goal={goal_id}") attr:class="button button-secondary">"Add a measure"</A>
        })}
    }
}
