//! An exception page's two charts, as at the end of the quarter: actual against the planned
//! trajectory, and the XmR chart, over the same recent windows as the measure's own page.

use chrono::NaiveDate;

use crate::analysis::{MeasureKind, Polarity};
use crate::format;
use crate::measures::{measure_view, SpcWindow, TrajectorySeries};
use crate::model::Measure;

/// The charts of an exception page.
#[derive(Debug, Clone, PartialEq)]
pub struct ExceptionCharts {
    /// The trajectory chart's caption.
    pub trajectory_title: String,
    /// Actual against planned, over the latest periods; only actuals for periods ended by the
    /// quarter's end.
    pub trajectory: TrajectorySeries,
    /// The target drawn across the trajectory chart.
    pub target: Option<f64>,
    /// The XmR chart's caption (a cumulative measure's chart shows the amount each period).
    pub spc_title: String,
    /// The XmR chart as at the quarter's end; `None` with fewer than 2 points.
    pub spc: Option<SpcWindow>,
    /// The target drawn across the XmR chart: none for a cumulative measure, whose running
    /// total the target is about.
    pub spc_target: Option<f64>,
    /// Which direction is good.
    pub polarity: Polarity,
}

/// The charts of `cut` (the measure with only the actuals for periods ended by `as_at`).
pub(super) fn exception_charts(cut: &Measure, as_at: NaiveDate) -> ExceptionCharts {
    let view = measure_view(cut, as_at);
    let mut trajectory = view.trajectory;
    // The measure page's note points at its own data table; the report says only what is left
    // out.
    trajectory.note = trajectory.window.is_partial().then(|| {
        format!(
            "The chart shows the latest {} of {} periods.",
            format::number(trajectory.window.shown as f64, 0),
            format::number(trajectory.window.total as f64, 0)
        )
    });
    let target = cut.target.map(|t| t.value);
    let (spc_title, spc_target) = match cut.kind {
        MeasureKind::Point => (format!("SPC chart: {}", cut.name), target),
        MeasureKind::Cumulative => (
            format!("SPC chart: {} (amount each period)", cut.name),
            None,
        ),
    };
    ExceptionCharts {
        trajectory_title: format!("{}: actual against planned trajectory", cut.name),
        trajectory,
        target,
        spc_title,
        spc: view.spc,
        spc_target,
        polarity: cut.polarity,
    }
}
