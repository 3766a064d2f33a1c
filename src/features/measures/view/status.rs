//! The measure's status panel and what it measures.

use leptos::prelude::*;
use scorecard_core::analysis::{Outlook, Polarity};
use scorecard_core::format::{number, value};
use scorecard_core::measures::{MeasureAbout, MeasureSummary};

use crate::ui::tags::{AssuranceBadge, StatusBadge, VariationBadge};

/// The measure's direction in words, with a range's ends.
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

/// Status against the trajectory, forecast, the owner's view, SPC icons and the definition.
#[component]
pub(super) fn StatusSection(about: MeasureAbout, summary: MeasureSummary) -> impl IntoView {
    let unit = about.unit.clone();

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
        {(!about.definition.is_empty())
            .then(|| view! { <p class="lede preserve-lines">{about.definition.clone()}</p> })}
        <section class="status-panel" aria-labelledby="status-heading">
            <h2 id="status-heading" class="status-panel-title">
                "Status"
            </h2>
            <p class="status-headline">
                <StatusBadge status=summary.status />
            </p>
            <p class="hint">
                "Against the planned trajectory for the latest period, not a straight share of the year's target."
            </p>
            <dl class="summary-list">
                <div class="summary-row">
                    <dt>"Latest"</dt>
                    <dd>{latest_text.unwrap_or_else(|| "No data entered yet".into())}</dd>
                </div>
                <div class="summary-row">
                    <dt>"Forecast"</dt>
                    <dd>
                        {match forecast_text {
                            Some((headline, detail)) => {
                                view! {
                                    <strong>{headline}</strong>
                                    " "
                                    {detail}
                                }
                                    .into_any()
                            }
                            None => {
                                view! { "Not enough data or no trajectory to forecast from." }
                                    .into_any()
                            }
                        }}
                    </dd>
                </div>
                <div class="summary-row">
                    <dt>"Owner's assessment"</dt>
                    <dd>
                        {match self_assessment {
                            Some(sa) => {
                                view! {
                                    <StatusBadge status=sa.rag.into() />
                                    {format!(
                                        " for {}, confidence {} out of 5",
                                        sa.period.label(),
                                        sa.confidence,
                                    )}
                                    {(!sa.assessed_by.is_empty())
                                        .then(|| format!(", by {}", sa.assessed_by))}
                                    {(!sa.narrative.is_empty())
                                        .then(|| {
                                            view! {
                                                <p class="preserve-lines">{sa.narrative.clone()}</p>
                                            }
                                        })}
                                }
                                    .into_any()
                            }
                            None => view! { "None recorded for the latest period." }.into_any(),
                        }}
                    </dd>
                </div>
                {disagreement
                    .map(|d| {
                        view! {
                            <div class="summary-row disagreement">
                                <dt>"Disagreement"</dt>
                                <dd>
                                    <strong>
                                        <span aria-hidden="true">"⚑ "</span>
                                        {d.message.clone()}
                                    </strong>
                                    ". Discuss the evidence at the next review."
                                </dd>
                            </div>
                        }
                    })}
                <div class="summary-row">
                    <dt>"SPC variation"</dt>
                    <dd>
                        <VariationBadge
                            icon=summary.variation
                            withheld=summary.icons_withheld.clone()
                        />
                    </dd>
                </div>
                <div class="summary-row">
                    <dt>"SPC assurance"</dt>
                    <dd>
                        <AssuranceBadge
                            icon=summary.assurance
                            withheld=summary.icons_withheld.clone()
                        />
                    </dd>
                </div>
            </dl>
            {(!summary.notes.is_empty())
                .then(|| {
                    view! {
                        <ul class="notes">
                            {summary
                                .notes
                                .iter()
                                .map(|n| view! { <li>{n.clone()}</li> })
                                .collect_view()}
                        </ul>
                    }
                })}
        </section>

        <dl class="summary-list">
            <div class="summary-row">
                <dt>"Unit"</dt>
                <dd>
                    {if about.unit.is_empty() { "None".to_string() } else { about.unit.clone() }}
                </dd>
            </div>
            <div class="summary-row">
                <dt>"Reported"</dt>
                <dd>{about.frequency.label()}</dd>
            </div>
            <div class="summary-row">
                <dt>"Direction"</dt>
                <dd>{polarity_words(&about.polarity)}</dd>
            </div>
            <div class="summary-row">
                <dt>"Kind"</dt>
                <dd>{about.kind.label()}</dd>
            </div>
            <div class="summary-row">
                <dt>"Baseline"</dt>
                <dd>
                    {about
                        .baseline
                        .map(|b| format!("{} in {}", value(b.value, &about.unit), b.period.label()))
                        .unwrap_or_else(|| "Not set".into())}
                </dd>
            </div>
            <div class="summary-row">
                <dt>"Target"</dt>
                <dd>
                    {about
                        .target
                        .map(|t| format!("{} by {}", value(t.value, &about.unit), t.period.label()))
                        .unwrap_or_else(|| "Not set".into())}
                </dd>
            </div>
            <div class="summary-row">
                <dt>"Data source"</dt>
                <dd>
                    {if about.data_source.is_empty() {
                        "Not recorded".to_string()
                    } else {
                        about.data_source.clone()
                    }}
                </dd>
            </div>
        </dl>
    }
}
