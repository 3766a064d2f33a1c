//! One measure's figures as at the end of the quarter: what every part of the report (summary,
//! perspective sections, exceptions) shows about it, worked out once.
//!
//! "As at" means only actuals for periods that have ended by then count, however late they
//! were entered: the status on 30 June uses June's figure (entered in July) but not July's.

use chrono::NaiveDate;

use super::quarter::Quarter;
use crate::analysis::{
    self_assessment_disagreement, IconsWithheld, Outlook, Period, PeriodValue, Rag, RagStatus,
    SpcIcons, MIN_POINTS_FOR_ICONS,
};
use crate::format;
use crate::measures::measure_status;
use crate::model::{Id, Measure, Perspective, SelfAssessment};
use crate::workspace::Workspace;

/// How many of the latest values a sparkline shows.
pub const SPARKLINE_POINTS: usize = 24;

/// A measure's figures as at the end of the report's quarter.
#[derive(Debug, Clone, PartialEq)]
pub struct MeasureRow {
    /// The measure.
    pub measure_id: Id,
    /// Its name.
    pub name: String,
    /// Its unit, e.g. "%"; may be empty.
    pub unit: String,
    /// The strategic goal it belongs to.
    pub goal_id: Id,
    /// That goal's perspective.
    pub perspective: Perspective,
    /// The organisation that owns it (its goal's), short name.
    pub organisation: String,
    /// Its status as at the end of the quarter.
    pub status: RagStatus,
    /// Its status as at the end of the quarter before, for "what changed".
    pub previous_status: Option<RagStatus>,
    /// The latest actual for a period ended by the quarter's end.
    pub latest: Option<LatestValue>,
    /// What it aims for, and by when.
    pub target: Option<PeriodValue>,
    /// The target in words, e.g. "85% by Mar 2027".
    pub target_text: Option<String>,
    /// The SPC icons as at the end of the quarter, or why there are none.
    pub icons: SpcIcons,
    /// The last (up to [`SPARKLINE_POINTS`]) values, oldest first.
    pub sparkline: Vec<SparkPoint>,
    /// The forecast for the target period, from the data as at the end of the quarter.
    pub forecast: Option<ForecastRow>,
    /// The owner's latest self-assessment for a period starting by the quarter's end.
    pub self_assessment: Option<SelfAssessmentRow>,
    /// Why part of the figures could not be worked out, in plain words.
    pub notes: Vec<String>,
}

impl MeasureRow {
    /// Whether the latest point shows special cause concern (only once there are enough points
    /// for icons, as Making Data Count reads them).
    pub fn special_cause_concern(&self) -> bool {
        self.icons.variation().is_some_and(|v| v.is_concern())
    }
}

/// A measure named in a summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeasureRef {
    /// The measure.
    pub measure_id: Id,
    /// Its name.
    pub name: String,
}

impl From<&MeasureRow> for MeasureRef {
    fn from(row: &MeasureRow) -> Self {
        MeasureRef {
            measure_id: row.measure_id,
            name: row.name.clone(),
        }
    }
}

/// The latest value with what was planned for its period.
#[derive(Debug, Clone, PartialEq)]
pub struct LatestValue {
    /// Its period.
    pub period: Period,
    /// The period in words, e.g. "Jun 2025".
    pub period_label: String,
    /// The value.
    pub value: f64,
    /// The value with its unit, e.g. "72.5%".
    pub value_text: String,
    /// The trajectory's value for the period.
    pub planned: Option<f64>,
    /// That, with its unit.
    pub planned_text: Option<String>,
    /// Whether the period falls in the quarter (if not, the quarter has no data yet).
    pub in_quarter: bool,
}

/// One point of a sparkline.
#[derive(Debug, Clone, PartialEq)]
pub struct SparkPoint {
    /// Its period.
    pub period: Period,
    /// The period in words.
    pub label: String,
    /// The actual.
    pub value: f64,
    /// The trajectory's value for the period, if it has one.
    pub planned: Option<f64>,
}

/// The year-end (target period) forecast.
#[derive(Debug, Clone, PartialEq)]
pub struct ForecastRow {
    /// The forecast value.
    pub value: f64,
    /// The trajectory's value for the target period.
    pub target: f64,
    /// The target period.
    pub target_period: Period,
    /// Likely to meet or to miss.
    pub outlook: Outlook,
    /// In words, e.g. "Forecast 86.2% against 85% for Mar 2027: likely to meet target".
    pub text: String,
}

/// The owner's own view, shown beside what the data says.
#[derive(Debug, Clone, PartialEq)]
pub struct SelfAssessmentRow {
    /// The period assessed.
    pub period: Period,
    /// The period in words.
    pub period_label: String,
    /// The owner's rating.
    pub rag: Rag,
    /// How sure the owner is, 1 to 5.
    pub confidence: u8,
    /// Why, in the owner's words.
    pub narrative: String,
    /// Where the rating and the data's status disagree, e.g. "Self-assessed green, data red".
    pub disagreement: Option<String>,
}

/// Whether `period` has ended by `day`.
fn ends_by(period: &Period, day: NaiveDate) -> bool {
    period.end().is_some_and(|end| end <= day)
}

/// A copy of `measure` with only the actuals for periods ended by `as_at`, in period order.
pub(super) fn as_at_end_of(measure: &Measure, as_at: NaiveDate) -> Measure {
    let mut cut = measure.clone();
    cut.actuals.retain(|a| ends_by(&a.period, as_at));
    if !cut.actuals.is_sorted_by_key(|a| a.period) {
        crate::order::sort_by_key(&mut cut.actuals, |a| a.period);
    }
    cut
}

/// The figures of `measure` (of a goal in `perspective`) as at `as_at`, with its status as at
/// `previous_as_at` too. One copy of the measure, cut back twice, so the cost is its data's.
pub(super) fn measure_row(
    ws: &Workspace,
    measure: &Measure,
    perspective: Perspective,
    organisation: Id,
    quarter: &Quarter,
    as_at: NaiveDate,
    previous_as_at: Option<NaiveDate>,
) -> MeasureRow {
    let mut cut = as_at_end_of(measure, as_at);
    let summary = measure_status(&cut, as_at);
    let unit = measure.unit.as_str();

    let latest = summary.latest.map(|l| LatestValue {
        period: l.period,
        period_label: l.period.label(),
        value: l.value,
        value_text: format::value(l.value, unit),
        planned: summary.planned,
        planned_text: summary.planned.map(|p| format::value(p, unit)),
        in_quarter: l.period.end().is_some_and(|end| end >= quarter.start()),
    });
    let target = measure
        .target
        .or_else(|| measure.trajectory.as_ref()?.target().copied());
    let icons = match &summary.spc {
        Some(chart) => chart.icons(),
        // No chart: fewer than 2 points to draw one from.
        None => SpcIcons::Withheld(IconsWithheld {
            points: cut.actuals.len().min(1),
            needed: MIN_POINTS_FOR_ICONS,
        }),
    };
    let first_shown = cut.actuals.len().saturating_sub(SPARKLINE_POINTS);
    let sparkline = cut.actuals[first_shown..]
        .iter()
        .map(|a| SparkPoint {
            period: a.period,
            label: a.period.label(),
            value: a.value,
            planned: measure
                .trajectory
                .as_ref()
                .and_then(|t| t.planned_for(&a.period)),
        })
        .collect();
    let forecast = summary.forecast.as_ref().map(|f| ForecastRow {
        value: f.value,
        target: f.target,
        target_period: f.target_period,
        outlook: f.outlook,
        text: format!(
            "Forecast {} against {} for {}: {}",
            format::value(f.value, unit),
            format::value(f.target, unit),
            f.target_period.label(),
            f.outlook.label().to_lowercase()
        ),
    });
    let self_assessment = latest_self_assessment(measure, as_at).map(|sa| SelfAssessmentRow {
        period: sa.period,
        period_label: sa.period.label(),
        rag: sa.rag,
        confidence: sa.confidence,
        narrative: sa.narrative.clone(),
        disagreement: self_assessment_disagreement(sa.rag, summary.status).map(|d| d.message),
    });
    let previous_status = previous_as_at.map(|day| {
        cut.actuals.retain(|a| ends_by(&a.period, day));
        measure_status(&cut, day).status
    });

    MeasureRow {
        measure_id: measure.id,
        name: measure.name.clone(),
        unit: measure.unit.clone(),
        goal_id: measure.goal_id,
        perspective,
        organisation: ws.organisation_short(organisation),
        status: summary.status,
        previous_status,
        latest,
        target,
        target_text: target
            .map(|t| format!("{} by {}", format::value(t.value, unit), t.period.label())),
        icons,
        sparkline,
        forecast,
        self_assessment,
        notes: summary.notes,
    }
}

/// The latest self-assessment for a period that starts by `as_at` (in or before the quarter).
fn latest_self_assessment(measure: &Measure, as_at: NaiveDate) -> Option<&SelfAssessment> {
    measure
        .self_assessments
        .iter()
        .filter(|s| s.period.start() <= as_at)
        .max_by_key(|s| s.period)
}
