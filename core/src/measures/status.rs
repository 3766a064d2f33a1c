//! A measure's status on a given day: against its trajectory, its forecast, the owner's view
//! and its SPC chart.

use chrono::NaiveDate;

use crate::analysis::{
    self, forecast, rag, self_assessment_disagreement, xmr_chart, AssuranceIcon, Disagreement,
    Forecast, ForecastError, Grace, MeasureKind, Period, PeriodValue, RagStatus, SpcChart,
    VariationIcon,
};
use crate::model::{Measure, SelfAssessment};

/// Everything a screen shows about a measure's performance on a given day.
#[derive(Debug, Clone, PartialEq)]
pub struct MeasureSummary {
    /// The headline status (see [`measure_status`] for how it is chosen).
    pub status: RagStatus,
    /// The latest actual entered, for any period.
    pub latest: Option<PeriodValue>,
    /// The trajectory's value for the latest actual's period, if it has one.
    pub planned: Option<f64>,
    /// The latest trajectory period whose data should be in by now.
    pub latest_due: Option<Period>,
    /// Forecast for the target period, when there is a trajectory and data to forecast from.
    pub forecast: Option<Forecast>,
    /// The owner's self-assessment for the latest actual's period (with no actuals, their most
    /// recent one).
    pub self_assessment: Option<SelfAssessment>,
    /// Where that self-assessment and the data's status disagree.
    pub disagreement: Option<Disagreement>,
    /// Periods of the SPC chart's points, in order (`spc.points[i]` is for `spc_periods[i]`).
    pub spc_periods: Vec<Period>,
    /// The SPC chart, when there are at least 2 points to chart.
    pub spc: Option<SpcChart>,
    /// Variation icon for the latest charted point.
    pub variation: Option<VariationIcon>,
    /// Assurance icon: can the process be relied on to meet the target?
    pub assurance: Option<AssuranceIcon>,
    /// Why there are no SPC icons although there is a chart (too few points), in words.
    pub icons_withheld: Option<String>,
    /// Plain-English reasons why part of the summary could not be worked out.
    pub notes: Vec<String>,
}

/// The measure's finite actuals as period values, in period order.
pub(super) fn period_values(measure: &Measure) -> Vec<PeriodValue> {
    // Built in code (not loaded), a measure could hold a NaN; skipping it keeps the rest usable.
    let mut values: Vec<PeriodValue> = measure
        .actuals
        .iter()
        .filter(|a| a.value.is_finite())
        .map(|a| PeriodValue::new(a.period, a.value))
        .collect();
    crate::order::sort_by_key(&mut values, |v| v.period);
    values
}

/// Status and latest due period from the measure's `values` ([`period_values`]), noting in
/// `notes` why a status could not be given.
pub(super) fn data_status(
    measure: &Measure,
    values: &[PeriodValue],
    today: NaiveDate,
    notes: &mut Vec<String>,
) -> (RagStatus, Option<Period>) {
    if let Some(trajectory) = &measure.trajectory {
        return match analysis::measure_status(
            trajectory,
            values,
            &measure.polarity,
            &measure.tolerance,
            Grace::default(),
            today,
        ) {
            Ok(s) => (s.status, s.latest_due),
            Err(e) => {
                notes.push(format!("The status could not be worked out ({e})."));
                (RagStatus::NoDataYet, None)
            }
        };
    }
    // Without a trajectory a band measure can still be rated: the band is the plan. A
    // directional measure has nothing to compare with, and rating it against the year-end
    // target would be the pro-rata mistake, so it has no RAG.
    let Some(latest) = values.last() else {
        return (RagStatus::NoDataYet, None);
    };
    if measure.polarity.band().is_some() {
        // `planned` is not used for a band.
        match rag(
            latest.value,
            latest.value,
            &measure.polarity,
            &measure.tolerance,
        ) {
            Ok(r) => (r.into(), None),
            Err(e) => {
                notes.push(format!("The status could not be worked out ({e})."));
                (RagStatus::NoDataYet, None)
            }
        }
    } else {
        notes.push(
            "There is no trajectory, so the actuals cannot be rated against a plan.".to_string(),
        );
        (RagStatus::NoDataYet, None)
    }
}

/// The series the SPC chart shows, with the period of each point.
///
/// A cumulative measure is charted as the amount added in each period (its running total less
/// the previous period's), since running totals always rise and would look like a trend. The
/// total restarts each financial year; a period whose previous period has no actual is left
/// out, as its own amount is unknown.
fn spc_series(measure: &Measure, values: &[PeriodValue]) -> (Vec<Period>, Vec<f64>) {
    match measure.kind {
        MeasureKind::Point => values.iter().map(|v| (v.period, v.value)).unzip(),
        MeasureKind::Cumulative => values
            .iter()
            .enumerate()
            .filter_map(|(i, v)| {
                let starts_year = v.period.previous().is_none_or(|p| {
                    analysis::financial_year_start(p.start())
                        != analysis::financial_year_start(v.period.start())
                });
                if starts_year {
                    return Some((v.period, v.value));
                }
                let previous = i.checked_sub(1).and_then(|j| values.get(j))?;
                let amount = v.value - previous.value;
                (v.period.previous() == Some(previous.period) && amount.is_finite())
                    .then_some((v.period, amount))
            })
            .unzip(),
    }
}

/// A measure's performance on `today`: status, latest data, forecast, self-assessment and SPC.
///
/// The status is [`analysis::measure_status`] against the trajectory, with data due one period
/// after each period ends ([`Grace::default`]). Without a trajectory:
/// * a keep-within-a-range measure is rated on its latest actual (the range is the plan);
/// * any other measure is "No data yet" with a note, because there is no plan to rate against
///   and rating against the year-end target would wrongly call a back-loaded plan off track.
///
/// The SPC chart needs at least 2 points; a cumulative measure is charted as amounts per period
/// and gets no assurance icon (its target is a year's total, not a period's). A point measure's
/// assurance uses its target, or else the trajectory's last value.
///
/// Never panics; whatever cannot be worked out is left as `None` and explained in `notes`.
pub fn measure_status(measure: &Measure, today: NaiveDate) -> MeasureSummary {
    let mut notes = Vec::new();
    let values = period_values(measure);
    let (status, latest_due) = data_status(measure, &values, today, &mut notes);
    let latest = values.last().copied();
    let planned = latest.and_then(|l| measure.trajectory.as_ref()?.planned_for(&l.period));

    let forecast = match &measure.trajectory {
        Some(trajectory) => match forecast(trajectory, &values, &measure.polarity) {
            Ok(f) => Some(f),
            Err(ForecastError::NoActuals) => None,
            Err(e) => {
                notes.push(format!("No forecast could be made ({e})."));
                None
            }
        },
        None => None,
    };

    let self_assessment = match latest {
        Some(l) => measure.self_assessment_for(&l.period),
        None => measure.self_assessments.iter().max_by_key(|s| s.period),
    }
    .cloned();
    let disagreement = self_assessment
        .as_ref()
        .and_then(|sa| self_assessment_disagreement(sa.rag, status));

    let (spc_periods, series) = spc_series(measure, &values);
    let spc = if series.len() >= 2 {
        let target = match measure.kind {
            MeasureKind::Cumulative => None,
            MeasureKind::Point => measure.target.map(|t| t.value).or_else(|| {
                measure
                    .trajectory
                    .as_ref()
                    .and_then(|t| t.target())
                    .map(|t| t.value)
            }),
        };
        let options = measure.spc.to_options(&spc_periods);
        match xmr_chart(&series, &options, Some(&measure.polarity), target) {
            Ok(chart) => Some(chart),
            Err(e) => {
                notes.push(format!("The SPC chart could not be drawn ({e})."));
                None
            }
        }
    } else {
        None
    };

    MeasureSummary {
        status,
        latest,
        planned,
        latest_due,
        forecast,
        self_assessment,
        disagreement,
        variation: spc.as_ref().and_then(|c| c.variation),
        assurance: spc.as_ref().and_then(|c| c.assurance),
        icons_withheld: spc.as_ref().and_then(|c| c.icons().reason()),
        spc_periods: if spc.is_some() {
            spc_periods
        } else {
            Vec::new()
        },
        spc,
        notes,
    }
}
