//! What a measure's page shows above its forms: the measure, its status, and its two charts
//! over recent windows, so that drawing the page costs the windows, not the whole history.

use chrono::NaiveDate;

use super::status::{measure_status, MeasureSummary};
use crate::analysis::{Frequency, MeasureKind, Period, PeriodValue, Polarity, SpcChart};
use crate::chart::{recent_window, window_xmr};
use crate::format::number;
use crate::model::Measure;

/// Periods the trajectory chart shows at most: two years of monthly data.
pub const TRAJECTORY_WINDOW: usize = 24;

/// Points the SPC chart shows at most: five years of monthly data, well over the 20 or so
/// Making Data Count asks for to read a chart.
pub const SPC_WINDOW: usize = 60;

/// What a measure is, apart from its data.
#[derive(Debug, Clone, PartialEq)]
pub struct MeasureAbout {
    pub name: String,
    pub definition: String,
    pub unit: String,
    pub data_source: String,
    pub frequency: Frequency,
    pub polarity: Polarity,
    pub kind: MeasureKind,
    pub baseline: Option<PeriodValue>,
    pub target: Option<PeriodValue>,
}

/// Where a chart's window sits in its whole series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChartWindow {
    /// Position of the first item shown.
    pub first: usize,
    /// How many are shown.
    pub shown: usize,
    /// How many there are.
    pub total: usize,
}

impl ChartWindow {
    /// The latest `size` of `total`.
    pub fn recent(total: usize, size: usize) -> ChartWindow {
        let range = recent_window(total, size);
        ChartWindow {
            first: range.start,
            shown: range.len(),
            total,
        }
    }

    /// Some of the series is left out.
    pub fn is_partial(&self) -> bool {
        self.shown < self.total
    }
}

/// The trajectory chart's periods (the plan's and any actuals', in order) over its window.
#[derive(Debug, Clone, PartialEq)]
pub struct TrajectorySeries {
    /// Period labels.
    pub labels: Vec<String>,
    /// Planned value for each period, if one is planned.
    pub planned: Vec<Option<f64>>,
    /// Actual value for each period, if one was entered.
    pub actual: Vec<Option<f64>>,
    /// Which periods these are.
    pub window: ChartWindow,
    /// A sentence saying what is left out, when anything is.
    pub note: Option<String>,
}

/// The SPC chart over its window.
#[derive(Debug, Clone, PartialEq)]
pub struct SpcWindow {
    /// The points shown, with the mean, limits and flags of the whole chart
    /// (see [`window_xmr`]).
    pub chart: SpcChart,
    /// Period label of each point shown.
    pub labels: Vec<String>,
    /// Which points these are.
    pub window: ChartWindow,
    /// A sentence saying what is left out, and that the limits use all of it, when anything is.
    pub note: Option<String>,
}

/// Everything the measure page shows above its forms.
#[derive(Debug, Clone, PartialEq)]
pub struct MeasureView {
    pub about: MeasureAbout,
    /// Status, forecast, self-assessment and icons. Its SPC chart (of the whole series) is
    /// not kept here: [`MeasureView::spc`] has the part of it that is drawn.
    pub summary: MeasureSummary,
    pub trajectory: TrajectorySeries,
    /// `None` when there are fewer than 2 points to chart.
    pub spc: Option<SpcWindow>,
}

/// "Apr 2031 to Mar 2033", or one label.
fn span(first: Option<&String>, last: Option<&String>) -> String {
    match (first, last) {
        (Some(a), Some(b)) if a != b => format!("{a} to {b}"),
        (Some(a), _) => a.clone(),
        _ => String::new(),
    }
}

/// The periods the trajectory chart could show: the plan's and the actuals', each once, in
/// order. A merge of two sorted lists, so it costs their lengths, not their product.
fn trajectory_periods(measure: &Measure) -> Vec<Period> {
    let planned: Vec<Period> = measure
        .trajectory
        .as_ref()
        .map(|t| t.points().iter().map(|p| p.period).collect())
        .unwrap_or_default();
    let mut actual: Vec<Period> = measure.actuals.iter().map(|a| a.period).collect();
    // Saved actuals are in order; imported ones might not yet be.
    if !actual.is_sorted() {
        crate::order::sort(&mut actual);
    }
    let mut all = Vec::with_capacity(planned.len() + actual.len());
    let (mut i, mut j) = (0, 0);
    while i < planned.len() || j < actual.len() {
        let next = match (planned.get(i), actual.get(j)) {
            (Some(p), Some(a)) if p <= a => {
                i += 1;
                j += usize::from(p == a);
                *p
            }
            (_, Some(a)) => {
                j += 1;
                *a
            }
            (Some(p), None) => {
                i += 1;
                *p
            }
            (None, None) => break,
        };
        if all.last() != Some(&next) {
            all.push(next);
        }
    }
    all
}

/// The trajectory chart's series over the latest `size` periods.
pub fn trajectory_series(measure: &Measure, size: usize) -> TrajectorySeries {
    let periods = trajectory_periods(measure);
    let window = ChartWindow::recent(periods.len(), size);
    let shown = &periods[window.first..];
    let trajectory = measure.trajectory.as_ref();
    let labels: Vec<String> = shown.iter().map(Period::label).collect();
    let note = window.is_partial().then(|| {
        format!(
            "The chart shows the latest {} of {} periods, {}. Every actual is in the table under “Data and corrections”.",
            number(window.shown as f64, 0),
            number(window.total as f64, 0),
            span(labels.first(), labels.last())
        )
    });
    TrajectorySeries {
        planned: shown
            .iter()
            .map(|p| trajectory.and_then(|t| t.planned_for(p)))
            .collect(),
        actual: shown
            .iter()
            .map(|p| measure.actual_for(p).map(|a| a.value))
            .collect(),
        labels,
        window,
        note,
    }
}

/// The latest `size` points of `chart`, whose points are for `periods`.
pub fn spc_window(chart: &SpcChart, periods: &[Period], size: usize) -> SpcWindow {
    let window = ChartWindow::recent(chart.points.len(), size);
    let range = window.first..window.total;
    let labels: Vec<String> = periods
        .get(range.clone())
        .unwrap_or_default()
        .iter()
        .map(Period::label)
        .collect();
    let note = window.is_partial().then(|| {
        let total = number(window.total as f64, 0);
        format!(
            "The chart shows the latest {} of {total} points, {}. The mean and process limits are worked out from all {total} points, not only those shown.",
            number(window.shown as f64, 0),
            span(labels.first(), labels.last())
        )
    });
    SpcWindow {
        chart: window_xmr(chart, range),
        labels,
        window,
        note,
    }
}

/// The measure page's view of `measure` on `today`: its status as [`measure_status`] gives it,
/// with the trajectory chart over the latest [`TRAJECTORY_WINDOW`] periods and the SPC chart
/// over the latest [`SPC_WINDOW`] points.
pub fn measure_view(measure: &Measure, today: NaiveDate) -> MeasureView {
    let mut summary = measure_status(measure, today);
    let periods = std::mem::take(&mut summary.spc_periods);
    let spc = summary
        .spc
        .take()
        .map(|chart| spc_window(&chart, &periods, SPC_WINDOW));
    MeasureView {
        about: MeasureAbout {
            name: measure.name.clone(),
            definition: measure.definition.clone(),
            unit: measure.unit.clone(),
            data_source: measure.data_source.clone(),
            frequency: measure.frequency,
            polarity: measure.polarity,
            kind: measure.kind,
            baseline: measure.baseline,
            target: measure.target,
        },
        summary,
        trajectory: trajectory_series(measure, TRAJECTORY_WINDOW),
        spc,
    }
}
