//! The goal's measures: status, latest data against plan, and the SPC icons, with a CSV
//! download.

use leptos::prelude::*;
use leptos_router::components::A;
use scorecard_core::Id;

use crate::app::state::{now, AppState};
use crate::ui::csv_button::CsvButton;
use crate::ui::tags::{AssuranceBadge, StatusBadge, VariationBadge};

/// The goal's measures with their status, latest data and SPC icons: one `Memo` over the
/// core's `Workspace::goal_measure_rows`.
#[component]
pub(super) fn GoalMeasures(goal_id: Id, editable: bool) -> impl IntoView {
    let state = AppState::get();
    let rows = Memo::new(move |_| {
        state
            .workspace
            .with(|ws| ws.goal_measure_rows(goal_id, now().date_naive()))
    });
    view! {
        <h2>"Measures"</h2>
        {move || {
            let list = rows.get();
            if list.is_empty() {
                view! { <p>"No measures yet. Add one to see whether the goal is on track."</p> }
                    .into_any()
            } else {
                view! {
                    <table class="table">
                        <caption class="visually-hidden">"Measures of this goal"</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Measure"</th>
                                <th scope="col">"Status"</th>
                                <th scope="col" class="numeric">
                                    "Latest"
                                </th>
                                <th scope="col" class="numeric">
                                    "Planned"
                                </th>
                                <th scope="col">"Variation"</th>
                                <th scope="col">"Assurance"</th>
                            </tr>
                        </thead>
                        <tbody>
                            {list
                                .into_iter()
                                .map(|r| {
                                    view! {
                                        <tr>
                                            <td>
                                                <A href=format!("/measures/{}", r.id)>{r.name}</A>
                                            </td>
                                            <td>
                                                <StatusBadge status=r.status />
                                                {r
                                                    .disagreement
                                                    .map(|d| {
                                                        view! {
                                                            <div class="disagreement-note">
                                                                <span aria-hidden="true">"⚑ "</span>
                                                                {d}
                                                            </div>
                                                        }
                                                    })}
                                            </td>
                                            <td class="numeric">{r.latest}</td>
                                            <td class="numeric">{r.planned}</td>
                                            <td>
                                                <VariationBadge
                                                    icon=r.variation
                                                    withheld=r.icons_withheld.clone()
                                                />
                                            </td>
                                            <td>
                                                <AssuranceBadge
                                                    icon=r.assurance
                                                    withheld=r.icons_withheld.clone()
                                                />
                                            </td>
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                    <CsvButton
                        what="measures"
                        headers=&[
                            "Measure",
                            "Status",
                            "Latest",
                            "Planned",
                            "Variation",
                            "Assurance",
                            "Disagreement",
                        ]
                        rows=Callback::new(move |_| {
                            rows.get_untracked()
                                .into_iter()
                                .map(|r| {
                                    vec![
                                        r.name,
                                        r.status.label().to_string(),
                                        r.latest,
                                        r.planned,
                                        r
                                            .variation
                                            .map(|v| v.label().to_string())
                                            .or(r.icons_withheld.clone())
                                            .unwrap_or_default(),
                                        r
                                            .assurance
                                            .map(|a| a.label().to_string())
                                            .or(r.icons_withheld.clone())
                                            .unwrap_or_default(),
                                        r.disagreement.unwrap_or_default(),
                                    ]
                                })
                                .collect()
                        })
                    />
                }
                    .into_any()
            }
        }}
        {editable
            .then(|| {
                view! {
                    <A
                        href=format!("/measures/new?goal={goal_id}")
                        attr:class="button button-secondary"
                    >
                        "Add a measure"
                    </A>
                }
            })}
    }
}
