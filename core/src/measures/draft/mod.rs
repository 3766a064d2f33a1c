//! The measure form's draft: the definition, target and trajectory as a person types them,
//! turned into a measure only when every check passes. The page holds the draft; the rules live
//! here, tested without a browser.

mod trajectory;

use crate::analysis::{Frequency, MeasureKind, PeriodValue, Polarity, Tolerance};
use crate::format::{parse_number, parse_period, period_key};
use crate::model::Measure;
use crate::validation::ValidationErrors;
use crate::workspace::Workspace;

/// The seasonal weights a new draft offers, April to March: busier winters, as in many
/// NHS services.
pub const DEFAULT_SEASONAL: &str = "6, 6, 6, 6, 6, 6, 14, 8, 6, 20, 8, 8";

/// A measure's definition as its form holds it: text for every field, choices by key, periods
/// by [`period_key`]. Its data (actuals, self-assessments, chart options) is not in the form and
/// comes from the measure the form was opened on.
#[derive(Debug, Clone, PartialEq)]
pub struct MeasureDraft {
    pub name: String,
    pub definition: String,
    pub unit: String,
    pub data_source: String,
    /// "monthly", "quarterly" or "annual".
    pub frequency: String,
    /// "higher", "lower" or "band" (keep within a range).
    pub polarity: String,
    /// Lowest acceptable value, read only for a range.
    pub band_lower: String,
    /// Highest acceptable value, read only for a range.
    pub band_upper: String,
    /// "point" (the value for the period) or "cumulative" (a running total for the year).
    pub kind: String,
    /// Empty: no baseline.
    pub baseline_value: String,
    /// Empty: not chosen.
    pub baseline_period: String,
    /// Empty: no target.
    pub target_value: String,
    /// Empty: not chosen.
    pub target_period: String,
    /// "absolute" (in the measure's unit) or "percent" (of the planned value).
    pub tolerance_type: String,
    /// Empty: 0.
    pub tolerance: String,
    /// Empty: 1.
    pub weight: String,
    /// How the trajectory is made: "keep" (the measure's own), "straight", "front", "back" or
    /// "seasonal" (shaped from the baseline to the target), "profile" (typed period by
    /// period) or "none".
    pub method: String,
    /// Twelve weights, April to March, for "seasonal".
    pub seasonal: String,
    /// First period of a typed profile.
    pub profile_first: String,
    /// Planned values of a typed profile, one per period.
    pub profile: String,
}

/// A number as the form shows it: exactly, so that saving unchanged gives the same number.
fn number_text(v: f64) -> String {
    if v.is_finite() {
        format!("{v}")
    } else {
        String::new()
    }
}

fn frequency_key(f: Frequency) -> &'static str {
    match f {
        Frequency::Monthly => "monthly",
        Frequency::Quarterly => "quarterly",
        Frequency::Annual => "annual",
    }
}

impl From<&Measure> for MeasureDraft {
    /// The form for `measure` as saved. A measure with a trajectory keeps it unless another
    /// method is chosen; one without starts on a straight line.
    fn from(measure: &Measure) -> MeasureDraft {
        let (polarity, band_lower, band_upper) = match measure.polarity {
            Polarity::HigherIsBetter => ("higher", String::new(), String::new()),
            Polarity::LowerIsBetter => ("lower", String::new(), String::new()),
            Polarity::WithinBand { lower, upper } => {
                ("band", number_text(lower), number_text(upper))
            }
        };
        let (tolerance_type, tolerance) = match measure.tolerance {
            Tolerance::Absolute(a) => ("absolute", number_text(a)),
            Tolerance::PercentOfPlanned(p) => ("percent", number_text(p)),
        };
        let value_of = |p: Option<PeriodValue>| p.map(|p| number_text(p.value)).unwrap_or_default();
        let period_of =
            |p: Option<PeriodValue>| p.map(|p| period_key(&p.period)).unwrap_or_default();
        let trajectory = measure.trajectory.as_ref();
        MeasureDraft {
            name: measure.name.clone(),
            definition: measure.definition.clone(),
            unit: measure.unit.clone(),
            data_source: measure.data_source.clone(),
            frequency: frequency_key(measure.frequency).into(),
            polarity: polarity.into(),
            band_lower,
            band_upper,
            kind: match measure.kind {
                MeasureKind::Point => "point",
                MeasureKind::Cumulative => "cumulative",
            }
            .into(),
            baseline_value: value_of(measure.baseline),
            baseline_period: period_of(measure.baseline),
            target_value: value_of(measure.target),
            target_period: period_of(measure.target),
            tolerance_type: tolerance_type.into(),
            tolerance,
            weight: number_text(measure.weight),
            method: if trajectory.is_some() {
                "keep"
            } else {
                "straight"
            }
            .into(),
            seasonal: DEFAULT_SEASONAL.into(),
            profile_first: trajectory
                .and_then(|t| t.first())
                .map(|p| period_key(&p.period))
                .unwrap_or_default(),
            profile: trajectory
                .map(|t| {
                    let values: Vec<String> =
                        t.points().iter().map(|p| number_text(p.value)).collect();
                    values.join("\n")
                })
                .unwrap_or_default(),
        }
    }
}

/// Reads the form's numbers, noting each problem under its field.
struct Numbers<'a>(&'a mut ValidationErrors);

impl Numbers<'_> {
    /// The number typed in `text`; `None` when it is left empty (a problem if `required`) or
    /// is not a number.
    fn read(
        &mut self,
        field: &'static str,
        label: &str,
        text: &str,
        required: bool,
    ) -> Option<f64> {
        if text.trim().is_empty() {
            if required {
                self.0.push(field, format!("Enter {label}"));
            }
            return None;
        }
        let parsed = parse_number(text);
        if parsed.is_none() {
            self.0
                .push(field, format!("Enter {label} as a number, for example 78"));
        }
        parsed
    }
}

impl MeasureDraft {
    /// How often the measure is reported, monthly when none is chosen.
    pub fn frequency(&self) -> Frequency {
        MeasureDraft::frequency_of(&self.frequency)
    }

    /// The frequency a [`MeasureDraft::frequency`] key names, monthly for any other.
    pub fn frequency_of(key: &str) -> Frequency {
        match key {
            "quarterly" => Frequency::Quarterly,
            "annual" => Frequency::Annual,
            _ => Frequency::Monthly,
        }
    }

    /// The measure this draft describes, on the record `base` (the measure the form was opened
    /// on, or a new one: its id, goal, data and chart options are kept), if every check passes;
    /// otherwise every problem at once, each under the field it belongs to. What the form
    /// could not read is reported instead of what the workspace's rules would say of it.
    pub fn into_measure(
        &self,
        ws: &Workspace,
        base: &Measure,
    ) -> Result<Measure, ValidationErrors> {
        let (measure, mut problems) = self.parsed(base);
        let mut rules = ws.validate_measure(&measure);
        rules.0.retain(|e| problems.for_field(e.field).is_none());
        problems.0.extend(rules.0);
        problems.into_result().map(|()| measure)
    }

    /// The measure as typed, checked by nothing (what cannot be read is left out): to compare
    /// with the saved version when the form may be out of date.
    pub fn as_typed(&self, base: &Measure) -> Measure {
        self.parsed(base).0
    }

    /// The measure as typed, and the problems of what could not be read.
    fn parsed(&self, base: &Measure) -> (Measure, ValidationErrors) {
        let mut problems = ValidationErrors::default();
        let frequency = self.frequency();
        let band = self.polarity == "band";
        let mut numbers = Numbers(&mut problems);
        // The range's fields are hidden unless a range is chosen: what they still hold then
        // must not stop a save.
        let (lower, upper) = if band {
            (
                numbers.read(
                    "band_lower",
                    "the lowest acceptable value",
                    &self.band_lower,
                    true,
                ),
                numbers.read(
                    "band_upper",
                    "the highest acceptable value",
                    &self.band_upper,
                    true,
                ),
            )
        } else {
            (None, None)
        };
        let baseline_value = numbers.read(
            "baseline_value",
            "the baseline value",
            &self.baseline_value,
            false,
        );
        let target_value = numbers.read(
            "target_value",
            "the target value",
            &self.target_value,
            false,
        );
        let tolerance = numbers
            .read("tolerance", "the tolerance", &self.tolerance, false)
            .unwrap_or(0.0);
        let weight = numbers
            .read("weight", "the weight", &self.weight, false)
            .unwrap_or(1.0);

        let baseline_period = parse_period(frequency, &self.baseline_period);
        let target_period = parse_period(frequency, &self.target_period);
        if baseline_value.is_some() && baseline_period.is_none() {
            problems.push("baseline_period", "Choose the period of the baseline");
        }
        if target_value.is_some() && target_period.is_none() {
            problems.push("target_period", "Choose the period the target is for");
        }
        let baseline = baseline_value
            .zip(baseline_period)
            .map(|(v, p)| PeriodValue::new(p, v));
        let target = target_value
            .zip(target_period)
            .map(|(v, p)| PeriodValue::new(p, v));
        let kind = if self.kind == "cumulative" {
            MeasureKind::Cumulative
        } else {
            MeasureKind::Point
        };
        let trajectory = self.trajectory(base, kind, baseline, target, &mut problems);

        let mut measure = base.clone();
        measure.name = self.name.clone();
        measure.definition = self.definition.clone();
        measure.unit = self.unit.clone();
        measure.data_source = self.data_source.clone();
        measure.frequency = frequency;
        measure.polarity = match self.polarity.as_str() {
            "lower" => Polarity::LowerIsBetter,
            // Missing ends are reported above; NaN keeps the workspace's rules from adding
            // their own message about them.
            "band" => Polarity::WithinBand {
                lower: lower.unwrap_or(f64::NAN),
                upper: upper.unwrap_or(f64::NAN),
            },
            _ => Polarity::HigherIsBetter,
        };
        measure.kind = kind;
        measure.baseline = baseline;
        measure.target = target;
        measure.tolerance = if self.tolerance_type == "percent" {
            Tolerance::PercentOfPlanned(tolerance)
        } else {
            Tolerance::Absolute(tolerance)
        };
        measure.weight = weight;
        measure.trajectory = trajectory;
        (measure, problems)
    }
}
