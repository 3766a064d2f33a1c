use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use scorecard_core::analysis::{MeasureKind, Outlook, Polarity};
use scorecard_core::format::{number, value};
use scorecard_core::measures::{measure_status, MeasureSummary};
use scorecard_core::Measure;

use crate::app::state::{now, AppState};
use crate::features::measures::entry::{EnterActualForm, SelfAssessmentForm, SpcSettingsForm};
use crate::ui::charts::{TrajectoryChartView, XmrChartView};
use crate::ui::csv_button::CsvButton;
use crate::ui::delete_panel::DeletePanel;
use crate::ui::layout::set_page_title;
use crate::ui::read_only::{read_only_owner, OwnedBy};
use crate::ui::record::id_param;
use crate::ui::tags::{AssuranceBadge, StatusBadge, VariationBadge};
use scorecard_core::exchange::RecordKind;

/// One measure: its status against the trajectory, forecast, self-assessment, charts, data with
/// its history, and forms to enter data and assess it.
#[component]
pub fn MeasurePage() -> impl IntoView {
    let state = AppState::get();
    let id = id_param();
    let name = Memo::new(move |_| {
        id.get().and_then(|id| {
            state
                .workspace
                .with(|ws| ws.measure(id).map(|m| m.name.clone()))
        })
    });
    set_page_title(move || name.get().unwrap_or_else(|| "Measure not found".into()));
    // Re-created only when the address names another measure (or it is deleted), not on every
    // edit, so the forms keep focus and state.
    let exists = Memo::new(move |_| {
        id.get()
            .filter(|id| state.workspace.with(|ws| ws.measure(*id).is_some()))
    });
    move || match exists
        .get()
        .and_then(|id| state.workspace.with_untracked(|ws| ws.measure(id).cloned()))
    {
        Some(m) => view! { <MeasureDetails measure=m/> }.into_any(),
        None => view! {
            <h1>"Measure not found"</h1>
            <p>"There is no measure at this address. It may have been deleted."</p>
            <p><A href="/">"Go to the scorecard"</A></p>
        }
        .into_any(),
    }
}

fn polarity_words(p: &Polarity) -> String {
    match p {
        Polarity::HigherIsBetter => "Higher is better".into(),
        Polarity::LowerIsBetter => "Lower is better".into(),
        Polarity::WithinBand { lower, upper } => {
            format!(
                "Keep between {} and {}",
                number(*lower, 2),
                number(*upper, 2)
            )
        }
    }
}

/// The page for one measure. The forms are created once, so typing, focus and their messages
/// survive a save; the sections that show data re-render from the workspace.
#[component]
fn MeasureDetails(measure: Measure) -> impl IntoView {
    let state = AppState::get();
    let navigate = use_navigate();
    let id = measure.id;
    let goal_id = measure.goal_id;
    let current = Memo::new(move |_| state.workspace.with(|ws| ws.measure(id).cloned()));
    let goal_title = state.workspace.with_untracked(|ws| {
        ws.goal(goal_id)
            .map(|g| g.title.clone())
            .unwrap_or_default()
    });
    let delete_error = RwSignal::new(None::<String>);
    let on_delete = Callback::new(
        move |_| match state.edit(|ws| ws.delete_measure(id, now())) {
            Ok(()) => {
                let path = format!("/goals/{goal_id}");
                state.flash(path.clone(), "Measure deleted.");
                state.open_when_sent(&navigate, &path);
            }
            Err(e) => delete_error.set(Some(format!("The measure was not deleted: {e}."))),
        },
    );
    let count = measure.actuals.len();
    // A partner's measure: shown with who owns it, and without the controls that would change it.
    let locked = state
        .workspace
        .with_untracked(|ws| read_only_owner(ws, RecordKind::Measure, id));
    let editable = locked.is_none();

    view! {
        <A href=format!("/goals/{goal_id}") attr:class="back-link">{format!("Back to “{goal_title}”")}</A>
        <span class="caption">"Measure"</span>
        <h1>{move || current.get().map(|m| m.name).unwrap_or_default()}</h1>
        {locked.map(|(owner, arrival)| view! { <OwnedBy organisation_id=owner arrival=arrival/> })}
        {move || current.get().map(|m| view! { <StatusSection measure=m/> })}
        {editable.then(|| view! {
            <div class="button-row">
                <A href=format!("/measures/{id}/edit") attr:class="button button-secondary">"Edit measure and trajectory"</A>
            </div>
        })}
        {move || current.get().map(|m| view! { <ChartsSection measure=m/> })}
        {editable.then(|| view! {
            <SpcSettingsForm measure=measure.clone()/>

            <h2 id="enter-data">"Enter data"</h2>
            <EnterActualForm measure=measure.clone()/>
        })}

        <h2>"Data and corrections"</h2>
        {move || current.get().map(|m| view! { <DataTable measure=m/> })}
        <CsvButton what="actuals" headers=&scorecard_core::exchange::csv::ACTUALS_HEADERS
            rows=Callback::new(move |_| state.workspace.with_untracked(|ws| {
                scorecard_core::exchange::csv::actuals_table(ws, &[id]).rows
            }))/>

        {editable.then(|| view! {
            <h2>"Owner's self-assessment"</h2>
            <SelfAssessmentForm measure=measure.clone()/>

            <DeletePanel noun="measure" name=measure.name.clone()
                consequences=vec![format!("Its {count} data entries and their history will be deleted.")]
                blocked=None on_confirm=on_delete/>
        })}
        <Show when=move || delete_error.get().is_some()>
            <p class="error-message" role="alert">{move || delete_error.get()}</p>
        </Show>
    }
}

/// Status against the trajectory, forecast, the owner's view, SPC icons and the definition.
#[component]
fn StatusSection(measure: Measure) -> impl IntoView {
    let today = now().date_naive();
    let summary: MeasureSummary = measure_status(&measure, today);
    let unit = measure.unit.clone();

    let latest_text = summary.latest.map(|l| {
        let planned = summary
            .planned
            .map(|p| format!("; planned {}", value(p, &unit)))
            .unwrap_or_else(|| "; no plan for that period".into());
        format!("{} in {}{planned}", value(l.value, &unit), l.period.label())
    });
    let forecast_text = summary.forecast.as_ref().map(|f| {
        let outlook = match f.outlook {
            Outlook::LikelyToMeet => "Likely to meet the target",
            Outlook::LikelyToMiss => "Likely to miss the target",
        };
        let gap = if f.gap_abs > 0.0 {
            format!(
                " ({} {})",
                value(f.gap_abs, &unit),
                if f.outlook == Outlook::LikelyToMeet {
                    "to spare"
                } else {
                    "short"
                }
            )
        } else {
            String::new()
        };
        (
            format!("{} {outlook}.", f.outlook.symbol()),
            format!(
                "Forecast {} by {}, against a target of {}{gap}.",
                value(f.value, &unit),
                f.target_period.label(),
                value(f.target, &unit)
            ),
        )
    });
    let self_assessment = summary.self_assessment.clone();
    let disagreement = summary.disagreement.clone();

    view! {
        {(!measure.definition.is_empty()).then(|| view! { <p class="lede preserve-lines">{measure.definition.clone()}</p> })}
        <section class="status-panel" aria-labelledby="status-heading">
            <h2 id="status-heading" class="status-panel-title">"Status"</h2>
            <p class="status-headline"><StatusBadge status=summary.status/></p>
            <p class="hint">"Against the planned trajectory for the latest period, not a straight share of the year's target."</p>
            <dl class="summary-list">
                <div class="summary-row"><dt>"Latest"</dt><dd>{latest_text.unwrap_or_else(|| "No data entered yet".into())}</dd></div>
                <div class="summary-row"><dt>"Forecast"</dt><dd>{match forecast_text {
                    Some((headline, detail)) => view! { <strong>{headline}</strong>" "{detail} }.into_any(),
                    None => view! { "Not enough data or no trajectory to forecast from." }.into_any(),
                }}</dd></div>
                <div class="summary-row"><dt>"Owner's assessment"</dt><dd>{match self_assessment {
                    Some(sa) => view! {
                        <StatusBadge status=sa.rag.into()/>
                        {format!(" for {}, confidence {} out of 5", sa.period.label(), sa.confidence)}
                        {(!sa.assessed_by.is_empty()).then(|| format!(", by {}", sa.assessed_by))}
                        {(!sa.narrative.is_empty()).then(|| view! { <p class="preserve-lines">{sa.narrative.clone()}</p> })}
                    }.into_any(),
                    None => view! { "None recorded for the latest period." }.into_any(),
                }}</dd></div>
                {disagreement.map(|d| view! {
                    <div class="summary-row disagreement"><dt>"Disagreement"</dt><dd>
                        <strong><span aria-hidden="true">"⚑ "</span>{d.message.clone()}</strong>
                        ". Discuss the evidence at the next review."
                    </dd></div>
                })}
                <div class="summary-row"><dt>"SPC variation"</dt><dd><VariationBadge icon=summary.variation/></dd></div>
                <div class="summary-row"><dt>"SPC assurance"</dt><dd><AssuranceBadge icon=summary.assurance/></dd></div>
            </dl>
            {(!summary.notes.is_empty()).then(|| view! {
                <ul class="notes">{summary.notes.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}</ul>
            })}
        </section>

        <dl class="summary-list">
            <div class="summary-row"><dt>"Unit"</dt><dd>{if measure.unit.is_empty() { "None".to_string() } else { measure.unit.clone() }}</dd></div>
            <div class="summary-row"><dt>"Reported"</dt><dd>{measure.frequency.label()}</dd></div>
            <div class="summary-row"><dt>"Direction"</dt><dd>{polarity_words(&measure.polarity)}</dd></div>
            <div class="summary-row"><dt>"Kind"</dt><dd>{measure.kind.label()}</dd></div>
            <div class="summary-row"><dt>"Baseline"</dt><dd>{measure.baseline.map(|b| format!("{} in {}", value(b.value, &measure.unit), b.period.label())).unwrap_or_else(|| "Not set".into())}</dd></div>
            <div class="summary-row"><dt>"Target"</dt><dd>{measure.target.map(|t| format!("{} by {}", value(t.value, &measure.unit), t.period.label())).unwrap_or_else(|| "Not set".into())}</dd></div>
            <div class="summary-row"><dt>"Data source"</dt><dd>{if measure.data_source.is_empty() { "Not recorded".to_string() } else { measure.data_source.clone() }}</dd></div>
        </dl>
    }
}

/// The trajectory chart and the SPC chart.
#[component]
fn ChartsSection(measure: Measure) -> impl IntoView {
    let summary = measure_status(&measure, now().date_naive());
    // Chart the trajectory's periods and any actuals outside it, the last two years at most.
    let mut periods: Vec<_> = measure
        .trajectory
        .as_ref()
        .map(|t| t.points().iter().map(|p| p.period).collect())
        .unwrap_or_default();
    for a in &measure.actuals {
        if !periods.contains(&a.period) {
            periods.push(a.period);
        }
    }
    periods.sort();
    let skip = periods.len().saturating_sub(24);
    let periods: Vec<_> = periods.into_iter().skip(skip).collect();
    let labels: Vec<String> = periods.iter().map(|p| p.label()).collect();
    let planned: Vec<Option<f64>> = periods
        .iter()
        .map(|p| measure.trajectory.as_ref().and_then(|t| t.planned_for(p)))
        .collect();
    let actual: Vec<Option<f64>> = periods
        .iter()
        .map(|p| measure.actual_for(p).map(|a| a.value))
        .collect();
    let target = measure.target.map(|t| t.value);
    let spc_labels: Vec<String> = summary.spc_periods.iter().map(|p| p.label()).collect();
    let (spc_title, spc_target) = match measure.kind {
        MeasureKind::Point => (format!("SPC chart: {}", measure.name), target),
        MeasureKind::Cumulative => (
            format!("SPC chart: {} (amount each period)", measure.name),
            None,
        ),
    };
    view! {
        <h2>"Actual against trajectory"</h2>
        <TrajectoryChartView title=format!("{}: actual against planned trajectory", measure.name)
            labels=labels planned=planned actual=actual target=target unit=measure.unit.clone()/>

        <h2>"Statistical process control"</h2>
        {match summary.spc {
            Some(chart) => view! {
                <XmrChartView title=spc_title chart=chart labels=spc_labels target=spc_target
                    unit=measure.unit.clone() polarity=Some(measure.polarity)/>
            }.into_any(),
            None => view! { <p>"The SPC chart needs at least two periods of data."</p> }.into_any(),
        }}
    }
}

/// Every actual, newest first, with the values it corrected.
#[component]
fn DataTable(measure: Measure) -> impl IntoView {
    if measure.actuals.is_empty() {
        return view! { <p>"No data entered yet."</p> }.into_any();
    }
    let unit = measure.unit.clone();
    let rows = measure
        .actuals
        .iter()
        .rev()
        .map(|a| {
            let planned = measure
                .trajectory
                .as_ref()
                .and_then(|t| t.planned_for(&a.period))
                .map(|p| value(p, &unit))
                .unwrap_or_else(|| "–".into());
            let by = if a.entered_by.is_empty() {
                "not recorded".to_string()
            } else {
                a.entered_by.clone()
            };
            let history = a
                .history
                .iter()
                .rev()
                .map(|h| {
                    let who = if h.changed_by.is_empty() {
                        "not recorded".to_string()
                    } else {
                        h.changed_by.clone()
                    };
                    let note = if h.note.is_empty() {
                        String::new()
                    } else {
                        format!(" (“{}”)", h.note)
                    };
                    view! {
                        <li>{format!(
                            "Was {}{note}, entered by {who} on {}",
                            value(h.value, &unit),
                            h.changed_at.format("%-d %B %Y at %H:%M")
                        )}</li>
                    }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{a.period.label()}</th>
                    <td class="numeric">{value(a.value, &unit)}</td>
                    <td class="numeric">{planned}</td>
                    <td class="preserve-lines">{a.note.clone()}</td>
                    <td>{format!("{by}, {}", a.entered_at.format("%-d %B %Y at %H:%M"))}</td>
                    <td>{if a.history.is_empty() {
                        view! { "None" }.into_any()
                    } else {
                        view! { <ul class="plain-list history">{history}</ul> }.into_any()
                    }}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="table">
            <caption class="visually-hidden">"Data entered, newest first, with earlier values"</caption>
            <thead><tr>
                <th scope="col">"Period"</th><th scope="col" class="numeric">"Actual"</th>
                <th scope="col" class="numeric">"Planned"</th><th scope="col">"Evidence"</th>
                <th scope="col">"Entered"</th><th scope="col">"Earlier values"</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}
