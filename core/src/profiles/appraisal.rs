//! The annual appraisal summary on a person's page: their appraisals and one-to-ones of the last
//! 12 months, with ratings in words and the actions agreed, counted.

use chrono::{Days, NaiveDate};

use crate::model::{ActionStatus, Id, IndividualReviewKind, ReviewSubject};
use crate::reviews::{gap_words, rating_words};
use crate::workspace::{plural, Workspace};

/// A person's appraisals and one-to-ones of the last 12 months: the annual appraisal summary.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AppraisalYear {
    /// The reviews, newest first.
    pub reviews: Vec<AppraisalReview>,
    /// How many were annual appraisals.
    pub appraisals: usize,
    /// How many were one-to-ones.
    pub one_to_ones: usize,
    /// Actions agreed at them.
    pub actions_agreed: usize,
    /// Of those, how many are done.
    pub actions_done: usize,
}

impl AppraisalYear {
    /// One sentence, e.g. "In the last 12 months: 1 appraisal and 3 one-to-ones. 4 actions
    /// agreed, 2 done."
    pub fn summary(&self) -> String {
        format!(
            "In the last 12 months: {} and {}. {} agreed, {} done.",
            plural(self.appraisals, "appraisal", "appraisals"),
            plural(self.one_to_ones, "one-to-one", "one-to-ones"),
            plural(self.actions_agreed, "action", "actions"),
            self.actions_done
        )
    }
}

/// One appraisal or one-to-one in the year's summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppraisalReview {
    /// The review.
    pub review_id: Id,
    /// "Annual appraisal" or "One-to-one".
    pub kind: &'static str,
    /// When it was held.
    pub date: NaiveDate,
    /// Each goal rated, in words, e.g. "Triage: self 3 – meets expectations, manager …".
    pub ratings: Vec<String>,
    /// The actions agreed.
    pub actions: Vec<AgreedAction>,
}

/// An action agreed at a review, as the summary lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgreedAction {
    /// What will be done.
    pub description: String,
    /// Where it stands.
    pub status: ActionStatus,
    /// When by, if agreed.
    pub due: Option<NaiveDate>,
}

impl Workspace {
    /// Person `id`'s appraisals and one-to-ones held in the 365 days up to `today`.
    pub fn appraisal_year(&self, id: Id, today: NaiveDate) -> AppraisalYear {
        let from = today.checked_sub_days(Days::new(365)).unwrap_or(today);
        let mut held: Vec<_> = self
            .reviews
            .iter()
            .filter(|r| matches!(r.subject, ReviewSubject::Individual { person_id, .. } if person_id == id))
            .filter(|r| r.date >= from && r.date <= today)
            .collect();
        crate::order::sort_by_key(&mut held, |r| std::cmp::Reverse(r.date));
        let mut year = AppraisalYear::default();
        for r in held {
            if matches!(
                r.subject,
                ReviewSubject::Individual {
                    kind: IndividualReviewKind::Appraisal,
                    ..
                }
            ) {
                year.appraisals += 1;
            } else {
                year.one_to_ones += 1;
            }
            year.actions_agreed += r.actions.len();
            year.actions_done += r
                .actions
                .iter()
                .filter(|a| a.status == ActionStatus::Done)
                .count();
            let words = |v: Option<u8>| v.map(rating_words).unwrap_or("not rated");
            year.reviews.push(AppraisalReview {
                review_id: r.id,
                kind: r.subject.kind_label(),
                date: r.date,
                ratings: r
                    .ratings
                    .iter()
                    .map(|x| {
                        let goal = self
                            .goal(x.goal_id)
                            .map_or("A deleted goal", |g| g.title.as_str());
                        format!(
                            "{goal}: self {}, manager {}. {}.",
                            words(x.self_rating),
                            words(x.manager_rating),
                            gap_words(x.gap())
                        )
                    })
                    .collect(),
                actions: r
                    .actions
                    .iter()
                    .map(|a| AgreedAction {
                        description: a.description.clone(),
                        status: a.status,
                        due: a.due,
                    })
                    .collect(),
            });
        }
        year
    }
}
