//! The measure's two charts, each over a recent window with a sentence saying what is left out.

use leptos::prelude::*;
use scorecard_core::analysis::MeasureKind;
use scorecard_core::measures::MeasureView;

use crate::ui::charts::{TrajectoryChartView, XmrChartView};

/// The trajectory chart and the SPC chart.
#[component]
pub(super) fn ChartsSection(view: MeasureView) -> impl IntoView {
    let MeasureView {
        about,
        trajectory,
        spc,
        ..
    } = view;
    let target = about.target.map(|t| t.value);
    let (spc_title, spc_target) = match about.kind {
        MeasureKind::Point => (format!("SPC chart: {}", about.name), target),
        MeasureKind::Cumulative => (
            format!("SPC chart: {} (amount each period)", about.name),
            None,
        ),
    };
    let window_note = |note: Option<String>| note.map(|n| view! { <p class="hint">{n}</p> });
    view! {
        <h2>"Actual against trajectory"</h2>
        {window_note(trajectory.note)}
        <TrajectoryChartView
            title=format!("{}: actual against planned trajectory", about.name)
            labels=trajectory.labels
            planned=trajectory.planned
            actual=trajectory.actual
            target=target
            unit=about.unit.clone()
        />

        <h2>"Statistical process control"</h2>
        {match spc {
            Some(spc) => {
                view! {
                    {window_note(spc.note)}
                    <XmrChartView
                        title=spc_title
                        chart=spc.chart
                        labels=spc.labels
                        target=spc_target
                        unit=about.unit.clone()
                        polarity=Some(about.polarity)
                    />
                }
                    .into_any()
            }
            None => view! { <p>"The SPC chart needs at least two periods of data."</p> }.into_any(),
        }}
    }
}
