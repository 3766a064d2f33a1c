//! The people page, in aggregate only: reviews held on time by team, development plans in
//! place, recognition and exit interview reasons in the quarter. It never names a person, and
//! counts from 1 to 4 are shown as "fewer than 5" so a small team's figures cannot point at
//! one ([`format::people_count`]).

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;

use super::quarter::Quarter;
use super::scope::ReportScope;
use crate::format;
use crate::model::{ExitReason, Id, Recognised, Review, ReviewSubject};
use crate::reviews::next_by_schedule;
use crate::workspace::Workspace;

/// A count about people, hidden when it is small enough to point at someone.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct PeopleCount {
    /// The count, or `None` when it is from 1 to 4 and so not shown.
    pub count: Option<usize>,
    /// As shown: "12", "0" or "fewer than 5".
    pub text: String,
}

impl PeopleCount {
    /// `count`, hidden if small.
    pub fn of(count: usize) -> PeopleCount {
        PeopleCount {
            count: (!format::people_count_hidden(count)).then_some(count),
            text: format::people_count(count),
        }
    }
}

/// A share of people, e.g. of staff with a development plan.
#[derive(Debug, Clone, PartialEq)]
pub struct PeopleShare {
    /// The percentage, or `None` when the count behind it is hidden or there is no one.
    pub percent: Option<f64>,
    /// As shown: "45%", or "–" when hidden.
    pub text: String,
}

impl PeopleShare {
    /// `part` of `whole` as a percentage, hidden with the count.
    fn of(part: usize, whole: usize) -> PeopleShare {
        let percent = (whole > 0 && !format::people_count_hidden(part))
            .then(|| part as f64 * 100.0 / whole as f64);
        PeopleShare {
            percent,
            text: percent.map_or_else(
                || "–".to_string(),
                |p| format::with_unit(&format::number(p, 0), "%"),
            ),
        }
    }
}

/// One team's reviews held in the quarter: its team reviews and its members' one-to-ones and
/// appraisals.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamReviews {
    /// The team.
    pub team_id: Id,
    /// Its name.
    pub team: String,
    /// Its organisation's short name.
    pub organisation: String,
    /// Reviews held in the quarter.
    pub held: PeopleCount,
    /// Of those, held by the date they were due.
    pub on_time: PeopleCount,
    /// On time as a share of those held.
    pub on_time_share: PeopleShare,
}

/// How often a recognition award was given in the quarter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AwardCount {
    /// The award, e.g. "Employee of the month".
    pub award: String,
    /// How many times.
    pub count: PeopleCount,
}

/// How often a reason for leaving was given in the quarter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExitReasonCount {
    /// The reason.
    pub reason: ExitReason,
    /// In words.
    pub label: &'static str,
    /// How many interviews gave it.
    pub count: PeopleCount,
}

/// The people page.
#[derive(Debug, Clone, PartialEq)]
pub struct PeopleSummary {
    /// Staff in scope.
    pub people: PeopleCount,
    /// Each team in scope, by organisation then name.
    pub reviews_by_team: Vec<TeamReviews>,
    /// Staff with a development plan in place by the end of the quarter.
    pub development_plans: PeopleCount,
    /// That as a share of staff.
    pub development_share: PeopleShare,
    /// Recognition given in the quarter.
    pub recognitions: PeopleCount,
    /// By award, most given first.
    pub recognitions_by_award: Vec<AwardCount>,
    /// Exit interviews held in the quarter.
    pub exit_interviews: PeopleCount,
    /// Reasons given at them, most given first.
    pub exit_reasons: Vec<ExitReasonCount>,
}

/// When the review after `previous` of the same subject was due: the date agreed at it, else
/// by the schedule; `None` when nothing was due (not scheduled).
fn due_after(ws: &Workspace, previous: &Review) -> Option<NaiveDate> {
    previous
        .next_review
        .or_else(|| next_by_schedule(ws.review_cadence(&previous.subject), previous.date))
}

/// The team a review counts for: the team reviewed, or the team of the person reviewed.
fn team_of(ws: &Workspace, subject: &ReviewSubject) -> Option<Id> {
    match *subject {
        ReviewSubject::Team { team_id } => Some(team_id),
        ReviewSubject::Individual { person_id, .. } => ws.person(person_id)?.team_id,
        ReviewSubject::Strategic { .. } => None,
    }
}

/// Reviews held in `quarter` per team, as (held, on time). A review is on time when held by
/// the date the one before it set (or its schedule gave); a subject's first review, or one not
/// scheduled, is on time. Reviews are grouped by subject and sorted once.
fn reviews_by_team(ws: &Workspace, quarter: &Quarter) -> HashMap<Id, (usize, usize)> {
    let mut by_subject: HashMap<ReviewSubject, Vec<&Review>> = HashMap::new();
    for review in ws.reviews.iter() {
        if review.date <= quarter.end()
            && !matches!(review.subject, ReviewSubject::Strategic { .. })
        {
            by_subject.entry(review.subject).or_default().push(review);
        }
    }
    let mut counts: HashMap<Id, (usize, usize)> = HashMap::new();
    for (subject, mut list) in by_subject {
        let Some(team) = team_of(ws, &subject) else {
            continue;
        };
        crate::order::sort_by_key(&mut list, |r| r.date);
        for (i, review) in list.iter().enumerate() {
            if !quarter.contains(review.date) {
                continue;
            }
            let due = i
                .checked_sub(1)
                .and_then(|p| list.get(p))
                .and_then(|p| due_after(ws, p));
            let entry = counts.entry(team).or_default();
            entry.0 += 1;
            if due.is_none_or(|d| review.date <= d) {
                entry.1 += 1;
            }
        }
    }
    counts
}

/// The people page for `scope` in `quarter`.
pub(super) fn people_summary(
    ws: &Workspace,
    scope: ReportScope,
    quarter: &Quarter,
) -> PeopleSummary {
    let as_at = quarter.end();
    let staff = ws
        .people
        .iter()
        .filter(|p| scope.includes_person(p))
        .count();

    let review_counts = reviews_by_team(ws, quarter);
    let mut teams: Vec<TeamReviews> = ws
        .teams
        .iter()
        .filter(|t| scope.includes_team(t))
        .map(|t| {
            let (held, on_time) = review_counts.get(&t.id).copied().unwrap_or_default();
            TeamReviews {
                team_id: t.id,
                team: t.name.clone(),
                organisation: ws.organisation_short(t.organisation_id),
                held: PeopleCount::of(held),
                on_time: PeopleCount::of(on_time),
                on_time_share: PeopleShare::of(on_time, held),
            }
        })
        .collect();
    crate::order::sort_by_cached_key(&mut teams, |t| {
        (t.organisation.clone(), t.team.to_lowercase())
    });

    let with_plan: HashSet<Id> = ws
        .development
        .iter()
        .filter(|d| d.stamps.created_at.date_naive() <= as_at)
        .map(|d| d.person_id)
        .filter(|p| ws.person(*p).is_some_and(|p| scope.includes_person(p)))
        .collect();

    let mut awards: BTreeMap<String, usize> = BTreeMap::new();
    for r in ws.recognitions.iter().filter(|r| quarter.contains(r.date)) {
        let in_scope = match r.recognised {
            Recognised::Person { person_id } => ws
                .person(person_id)
                .is_some_and(|p| scope.includes_person(p)),
            Recognised::Team { team_id } => {
                ws.team(team_id).is_some_and(|t| scope.includes_team(t))
            }
        };
        if in_scope {
            *awards.entry(r.award.trim().to_string()).or_default() += 1;
        }
    }
    let recognitions = awards.values().sum();
    let by_award = crate::order::most_first(awards);

    let mut interviews = 0;
    let mut reasons: BTreeMap<ExitReason, usize> = BTreeMap::new();
    for e in ws
        .exit_interviews
        .iter()
        .filter(|e| quarter.contains(e.date) && scope.includes_organisation(e.organisation_id))
    {
        interviews += 1;
        for r in &e.reasons {
            *reasons.entry(*r).or_default() += 1;
        }
    }
    let reasons = crate::order::most_first(reasons);

    PeopleSummary {
        people: PeopleCount::of(staff),
        reviews_by_team: teams,
        development_plans: PeopleCount::of(with_plan.len()),
        development_share: PeopleShare::of(with_plan.len(), staff),
        recognitions: PeopleCount::of(recognitions),
        recognitions_by_award: by_award
            .into_iter()
            .map(|(award, n)| AwardCount {
                award,
                count: PeopleCount::of(n),
            })
            .collect(),
        exit_interviews: PeopleCount::of(interviews),
        exit_reasons: reasons
            .into_iter()
            .map(|(reason, n)| ExitReasonCount {
                reason,
                label: reason.label(),
                count: PeopleCount::of(n),
            })
            .collect(),
    }
}
