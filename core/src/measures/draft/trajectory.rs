//! How the measure form's draft makes its trajectory: kept, shaped from the baseline to the
//! target, or typed period by period.

use super::MeasureDraft;
use crate::analysis::{MeasureKind, Period, PeriodValue, Shape, Trajectory};
use crate::format::{parse_number, parse_period};
use crate::model::Measure;
use crate::validation::ValidationErrors;

/// Splits pasted values: one per line, or separated by tabs, commas or semicolons.
fn split_values(text: &str) -> Vec<&str> {
    text.split(['\n', '\t', ';', ','])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

impl MeasureDraft {
    /// The trajectory the chosen method makes, noting what stops it under `seasonal`,
    /// `profile_first`, `profile` or `trajectory`.
    pub(super) fn trajectory(
        &self,
        base: &Measure,
        kind: MeasureKind,
        baseline: Option<PeriodValue>,
        target: Option<PeriodValue>,
        problems: &mut ValidationErrors,
    ) -> Option<Trajectory> {
        let shape = match self.method.as_str() {
            "keep" => return base.trajectory.clone(),
            "none" => return None,
            "profile" => return self.profile(kind, problems),
            "front" => Shape::FrontLoaded,
            "back" => Shape::BackLoaded,
            "straight" => Shape::Linear,
            "seasonal" => self.seasonal_shape(problems)?,
            _ => return None,
        };
        match (baseline, target) {
            (Some(b), Some(t)) => Trajectory::from_shape(kind, b, t, &shape)
                .map_err(|e| problems.push("trajectory", e.to_string()))
                .ok(),
            _ => {
                problems.push(
                    "trajectory",
                    "A trajectory drawn from a shape needs both a baseline and a target",
                );
                None
            }
        }
    }

    /// The seasonal weights typed, if they are 12 numbers of 0 or more, not all 0.
    fn seasonal_shape(&self, problems: &mut ValidationErrors) -> Option<Shape> {
        let weights = split_values(&self.seasonal)
            .into_iter()
            .map(parse_number)
            .collect::<Option<Vec<f64>>>()
            .and_then(|v| <[f64; 12]>::try_from(v).ok())
            .filter(|w| w.iter().all(|x| *x >= 0.0) && w.iter().sum::<f64>() > 0.0);
        if weights.is_none() {
            problems.push(
                "seasonal",
                "Enter 12 weights, April to March, each a number of 0 or more, not all 0",
            );
        }
        weights.map(|april_to_march| Shape::Seasonal { april_to_march })
    }

    /// The trajectory typed period by period.
    fn profile(&self, kind: MeasureKind, problems: &mut ValidationErrors) -> Option<Trajectory> {
        let first: Option<Period> = parse_period(self.frequency(), &self.profile_first);
        if first.is_none() {
            problems.push("profile_first", "Choose the first period of the plan");
        }
        let mut values = Vec::new();
        for (i, raw) in split_values(&self.profile).into_iter().enumerate() {
            match parse_number(raw) {
                Some(v) => values.push(v),
                None => problems.push(
                    "profile",
                    format!("Value {} (“{raw}”) is not a number", i + 1),
                ),
            }
        }
        if values.is_empty() {
            problems.push("profile", "Type or paste at least one planned value");
            return None;
        }
        Trajectory::from_profile(kind, first?, &values)
            .map_err(|e| problems.push("profile", e.to_string()))
            .ok()
    }
}
