//! Rolling measure statuses up to a goal, and goal statuses up to a perspective.
//!
//! Inputs are `(status, weight)` pairs. A weight of zero means "does not count"; a negative or
//! non-number weight is an error.
//!
//! **Worst of** (the default), so that nothing without data can hide a red:
//! 1. any red → red;
//! 2. otherwise any amber → amber, and "data overdue" also counts as amber when other items
//!    have a RAG (late data means the goal cannot be assured to be on track);
//! 3. otherwise any green → green ("no data yet" and "not yet due" are left out: nothing was
//!    expected from them);
//! 4. with no RAG at all: any "data overdue" → data overdue; else any "no data yet" → no data
//!    yet; else (only "not yet due") → not yet due. Nothing to roll up → no data yet.
//!
//! **Weighted average** (an option): green scores 1, amber 0.5, red 0, and "data overdue" 0.5
//! (as amber, matching worst-of). The weighted mean of the scored items is green at 0.8 or
//! more, amber at 0.5 or more, otherwise red (thresholds adjustable). Items without a RAG other
//! than "data overdue" are left out; with no scored items the result follows step 4 above.
//! An average can let many greens outweigh a red; that is why it is not the default.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::rag::Rag;
use super::status::RagStatus;

/// Slack at the threshold boundaries so floating-point dust (0.7999999…) does not flip a status.
const EPS: f64 = 1e-9;

/// Score thresholds for the weighted average.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct WeightedThresholds {
    /// Lowest score that is green.
    pub green_at_least: f64,
    /// Lowest score that is amber.
    pub amber_at_least: f64,
}

impl Default for WeightedThresholds {
    /// Green from 0.8, amber from 0.5.
    fn default() -> Self {
        WeightedThresholds {
            green_at_least: 0.8,
            amber_at_least: 0.5,
        }
    }
}

/// How statuses are combined.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize, schemars::JsonSchema)]
pub enum RollupMethod {
    /// The worst status wins.
    #[default]
    WorstOf,
    /// Weighted average of scores, cut at the thresholds.
    WeightedAverage(WeightedThresholds),
}

/// Why statuses could not be rolled up.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum RollupError {
    /// A weight is negative or not a number. `position` counts from 1.
    #[error("item {position}: weight must be a number of zero or more")]
    InvalidWeight {
        /// 1-based position of the item.
        position: usize,
    },
    /// The thresholds are not numbers or amber's is above green's.
    #[error("thresholds must be numbers with amber's no higher than green's")]
    InvalidThresholds,
}

/// The score of a status for the weighted average, if it has one.
pub fn score(status: RagStatus) -> Option<f64> {
    match status {
        RagStatus::Green => Some(1.0),
        RagStatus::Amber | RagStatus::DataOverdue => Some(0.5),
        RagStatus::Red => Some(0.0),
        RagStatus::NoDataYet | RagStatus::NotYetDue => None,
    }
}

/// Items that count: weight checked, zero weights dropped.
fn counted(items: &[(RagStatus, f64)]) -> Result<Vec<(RagStatus, f64)>, RollupError> {
    let mut kept = Vec::with_capacity(items.len());
    for (i, &(status, weight)) in items.iter().enumerate() {
        if !(weight.is_finite() && weight >= 0.0) {
            return Err(RollupError::InvalidWeight { position: i + 1 });
        }
        if weight > 0.0 {
            kept.push((status, weight));
        }
    }
    Ok(kept)
}

/// Status when no item has a RAG (step 4 in the module documentation).
fn without_rag(items: &[(RagStatus, f64)]) -> RagStatus {
    let any = |s: RagStatus| items.iter().any(|&(status, _)| status == s);
    if any(RagStatus::DataOverdue) {
        RagStatus::DataOverdue
    } else if any(RagStatus::NoDataYet) || items.is_empty() {
        RagStatus::NoDataYet
    } else {
        RagStatus::NotYetDue
    }
}

/// Weighted mean score of the scored items; `None` when nothing is scored.
pub fn weighted_score(items: &[(RagStatus, f64)]) -> Result<Option<f64>, RollupError> {
    let items = counted(items)?;
    let (total, weight) = items
        .iter()
        .filter_map(|&(status, weight)| score(status).map(|s| (s * weight, weight)))
        .fold((0.0, 0.0), |(t, w), (st, sw)| (t + st, w + sw));
    Ok((weight > 0.0 && total.is_finite() && weight.is_finite()).then(|| total / weight))
}

/// Combines `(status, weight)` pairs into one status. See the module documentation.
pub fn roll_up(
    items: &[(RagStatus, f64)],
    method: &RollupMethod,
) -> Result<RagStatus, RollupError> {
    let kept = counted(items)?;
    match method {
        RollupMethod::WorstOf => {
            let worst = kept
                .iter()
                .filter_map(|&(status, _)| status.rag())
                .max_by_key(|rag| rag.severity());
            let overdue = kept.iter().any(|&(s, _)| s == RagStatus::DataOverdue);
            Ok(match worst {
                Some(Rag::Red) => RagStatus::Red,
                Some(Rag::Green) if !overdue => RagStatus::Green,
                Some(_) => RagStatus::Amber,
                None => without_rag(&kept),
            })
        }
        RollupMethod::WeightedAverage(thresholds) => {
            let WeightedThresholds {
                green_at_least,
                amber_at_least,
            } = *thresholds;
            if !(green_at_least.is_finite()
                && amber_at_least.is_finite()
                && amber_at_least <= green_at_least)
            {
                return Err(RollupError::InvalidThresholds);
            }
            // Only-overdue items score 0.5 but there is no data behind them: report overdue.
            if !kept.iter().any(|&(s, _)| s.rag().is_some()) {
                return Ok(without_rag(&kept));
            }
            let Some(score) = weighted_score(&kept)? else {
                return Ok(without_rag(&kept));
            };
            Ok(if score + EPS >= green_at_least {
                RagStatus::Green
            } else if score + EPS >= amber_at_least {
                RagStatus::Amber
            } else {
                RagStatus::Red
            })
        }
    }
}

/// A goal's status from its measures' statuses and its child goals' statuses, all weighted.
pub fn goal_status(
    measures: &[(RagStatus, f64)],
    child_goals: &[(RagStatus, f64)],
    method: &RollupMethod,
) -> Result<RagStatus, RollupError> {
    let all: Vec<(RagStatus, f64)> = measures.iter().chain(child_goals).copied().collect();
    roll_up(&all, method)
}

/// A perspective's status from its goals' statuses.
pub fn perspective_status(
    goals: &[(RagStatus, f64)],
    method: &RollupMethod,
) -> Result<RagStatus, RollupError> {
    roll_up(goals, method)
}
