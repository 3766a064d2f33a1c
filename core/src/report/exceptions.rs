//! The exception pages: each measure off track or showing special cause concern, with the
//! owner's narrative, the recovery actions agreed at reviews that discussed it or its goal, and
//! the forecast, with its charts as at the end of the quarter.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::exception_charts::{exception_charts, ExceptionCharts};
use super::measure_row::{as_at_end_of, MeasureRow};
use crate::analysis::RagStatus;
use crate::format;
use crate::model::{ActionStatus, Id, Measure, Review, ReviewAction};
use crate::workspace::Workspace;

/// Why a measure has an exception page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExceptionReason {
    /// Its status is off track.
    OffTrack,
    /// Its latest point shows special cause concern.
    SpecialCauseConcern,
}

impl ExceptionReason {
    /// In words.
    pub fn label(self) -> &'static str {
        match self {
            ExceptionReason::OffTrack => "Off track",
            ExceptionReason::SpecialCauseConcern => "Special cause concern",
        }
    }
}

/// One measure's exception page.
#[derive(Debug, Clone, PartialEq)]
pub struct Exception {
    /// The measure's figures, forecast included.
    pub measure: MeasureRow,
    /// Its goal's title.
    pub goal_title: String,
    /// Why it is an exception (one or both).
    pub reasons: Vec<ExceptionReason>,
    /// The owner's latest narrative, when they wrote one.
    pub narrative: Option<String>,
    /// Recovery actions: open ones first (soonest due first), then those done or dropped.
    pub actions: Vec<RecoveryAction>,
    /// The XmR and trajectory charts as at the end of the quarter.
    pub charts: ExceptionCharts,
}

/// An action agreed at a review that discussed the measure or its goal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecoveryAction {
    /// The action.
    pub action_id: Id,
    /// What will be done.
    pub description: String,
    /// Who will do it, when named and recorded.
    pub owner: Option<String>,
    /// When by.
    pub due: Option<NaiveDate>,
    /// That date in words, e.g. "3 March 2027".
    pub due_text: Option<String>,
    /// Where it stood at the end of the quarter (one closed later was still open then).
    pub status: ActionStatus,
    /// Open and past its due date at the end of the quarter.
    pub overdue: bool,
    /// The review it was agreed at.
    pub review_id: Id,
    /// When that review was held.
    pub review_date: NaiveDate,
}

/// The team and strategic reviews held by the end of the quarter, found by the goals and the
/// measures they discussed. Built in one pass; individual reviews are personal and never used.
pub(super) struct ReviewIndex<'a> {
    by_goal: HashMap<Id, Vec<&'a Review>>,
    by_measure: HashMap<Id, Vec<&'a Review>>,
}

impl<'a> ReviewIndex<'a> {
    pub(super) fn new(ws: &'a Workspace, as_at: NaiveDate) -> ReviewIndex<'a> {
        let mut index = ReviewIndex {
            by_goal: HashMap::new(),
            by_measure: HashMap::new(),
        };
        for review in ws.reviews.iter() {
            if review.is_personal() || review.date > as_at {
                continue;
            }
            for goal in &review.goals {
                index.by_goal.entry(*goal).or_default().push(review);
            }
            for snapshot in &review.measures {
                index
                    .by_measure
                    .entry(snapshot.measure_id)
                    .or_default()
                    .push(review);
            }
        }
        index
    }

    /// Reviews that discussed `measure` or `goal`, each once.
    fn discussing(&self, measure: Id, goal: Id) -> Vec<&'a Review> {
        let mut seen = HashSet::new();
        self.by_measure
            .get(&measure)
            .into_iter()
            .chain(self.by_goal.get(&goal))
            .flatten()
            .copied()
            .filter(|r| seen.insert(r.id))
            .collect()
    }
}

/// Where `action` stood at the end of `as_at`: closed later means still open then.
fn status_as_at(action: &ReviewAction, as_at: NaiveDate) -> ActionStatus {
    match action.closed_at {
        Some(closed) if action.status != ActionStatus::Open && closed.date_naive() > as_at => {
            ActionStatus::Open
        }
        _ => action.status,
    }
}

/// The exception page for `row` (the figures of `measure`), if it is off track or shows special
/// cause concern.
pub(super) fn exception(
    ws: &Workspace,
    reviews: &ReviewIndex,
    measure: &Measure,
    row: &MeasureRow,
    goal_title: &str,
    as_at: NaiveDate,
) -> Option<Exception> {
    let mut reasons = Vec::new();
    if row.status == RagStatus::Red {
        reasons.push(ExceptionReason::OffTrack);
    }
    if row.special_cause_concern() {
        reasons.push(ExceptionReason::SpecialCauseConcern);
    }
    if reasons.is_empty() {
        return None;
    }
    let mut actions: Vec<RecoveryAction> = reviews
        .discussing(row.measure_id, row.goal_id)
        .into_iter()
        .flat_map(|review| {
            review.actions.iter().map(move |a| {
                let status = status_as_at(a, as_at);
                RecoveryAction {
                    action_id: a.id,
                    description: a.description.clone(),
                    owner: a
                        .owner_id
                        .and_then(|p| ws.person(p))
                        .map(|p| p.name.clone()),
                    due: a.due,
                    due_text: a.due.map(format::long_date),
                    status,
                    overdue: status == ActionStatus::Open && a.due.is_some_and(|d| d < as_at),
                    review_id: review.id,
                    review_date: review.date,
                }
            })
        })
        .collect();
    crate::order::sort_by(&mut actions, |a, b| {
        let key = |x: &RecoveryAction| (x.status != ActionStatus::Open, x.due.is_none(), x.due);
        key(a).cmp(&key(b))
    });
    Some(Exception {
        goal_title: goal_title.to_string(),
        reasons,
        narrative: row
            .self_assessment
            .as_ref()
            .map(|s| s.narrative.trim().to_string())
            .filter(|n| !n.is_empty()),
        actions,
        charts: exception_charts(&as_at_end_of(measure, as_at), as_at),
        measure: row.clone(),
    })
}
