//! Reviews and the people cycle: recording reviews, when the next one is due, what is on a
//! person's or an organisation's plate, development plans, recognition, exit interviews, and the
//! timeline of a goal or a person.

use std::collections::BTreeMap;

use chrono::{Days, Months, NaiveDate};

use crate::analysis::{rag, Frequency, Period, RagStatus};
use crate::measures::measure_status;
use crate::model::{
    ActionStatus, DevelopmentNeed, ExitInterview, ExitReason, Id, IndividualReviewKind,
    MeasureSnapshot, Recognised, Recognition, Review, ReviewSubject, Stamps, Timestamp,
};
use crate::validation::{self as v, ValidationErrors};
use crate::workspace::{DeleteError, Workspace};

/// How many days ahead counts as "due soon".
pub const DUE_SOON_DAYS: u64 = 14;

/// Where something stands against its due date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DueState {
    /// Past its due date.
    Overdue,
    /// Due today or within [`DUE_SOON_DAYS`].
    DueSoon,
    /// Due later.
    Upcoming,
}

impl DueState {
    /// From a due date and today.
    pub fn of(due: NaiveDate, today: NaiveDate) -> DueState {
        if due < today {
            DueState::Overdue
        } else if due <= today + Days::new(DUE_SOON_DAYS) {
            DueState::DueSoon
        } else {
            DueState::Upcoming
        }
    }

    /// Plain words, e.g. "Overdue".
    pub fn label(self) -> &'static str {
        match self {
            DueState::Overdue => "Overdue",
            DueState::DueSoon => "Due soon",
            DueState::Upcoming => "Upcoming",
        }
    }
}

/// A review that is due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueReview {
    /// What is to be reviewed.
    pub subject: ReviewSubject,
    /// E.g. "Team review: Emergency department".
    pub title: String,
    /// When it is due.
    pub due: NaiveDate,
    /// Overdue, due soon or upcoming.
    pub state: DueState,
    /// When the last one was held, if ever.
    pub last: Option<NaiveDate>,
}

/// An open action with its due state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueAction {
    /// The review it was agreed at.
    pub review_id: Id,
    /// The action.
    pub action_id: Id,
    /// What is to be done.
    pub description: String,
    /// Who owns it.
    pub owner_id: Option<Id>,
    /// When it is due, if set.
    pub due: Option<NaiveDate>,
    /// Overdue, due soon or upcoming (no due date counts as upcoming).
    pub state: DueState,
}

/// A measure whose next data is due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueData {
    /// The measure.
    pub measure_id: Id,
    /// Its name.
    pub name: String,
    /// The period whose data is awaited.
    pub period: Period,
    /// When it is due by.
    pub due: NaiveDate,
    /// Overdue or due soon.
    pub state: DueState,
}

/// What is on someone's plate: reviews, actions and data due or overdue.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WorkList {
    /// Reviews due soon or overdue.
    pub reviews: Vec<DueReview>,
    /// Open actions due soon, overdue or with no date.
    pub actions: Vec<DueAction>,
    /// Measures whose data is due soon or overdue.
    pub data: Vec<DueData>,
}

/// Something that happened, for a timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineEvent {
    /// When it happened.
    pub date: NaiveDate,
    /// What kind of thing: "Review", "Data", "Status", "Action", "Recognition", "Development".
    pub kind: &'static str,
    /// What happened, in words.
    pub text: String,
    /// Where to read more, e.g. "/measures/ID".
    pub link: Option<String>,
}

/// Counts of exit reasons in one period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExitReasonCounts {
    /// The period (a financial quarter).
    pub period: Period,
    /// Interviews held in it.
    pub interviews: usize,
    /// How often each reason was given, most frequent first.
    pub reasons: Vec<(ExitReason, usize)>,
}

fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(Months::new(months)).unwrap_or(date)
}

fn check_rating(errors: &mut ValidationErrors, value: Option<u8>, who: &str) {
    if let Some(r) = value {
        if !(1..=5).contains(&r) {
            errors.push("ratings", format!("The {who} rating must be from 1 to 5"));
        }
    }
}

impl Workspace {
    /// The review with `id`.
    pub fn review(&self, id: Id) -> Option<&Review> {
        self.reviews.get(id)
    }

    /// Words for a review subject, e.g. "Team review: Emergency department".
    pub fn subject_title(&self, subject: &ReviewSubject) -> String {
        let name = match subject {
            ReviewSubject::Individual { person_id, .. } => {
                self.person(*person_id).map(|p| p.name.clone())
            }
            ReviewSubject::Team { team_id } => self.team(*team_id).map(|t| t.name.clone()),
            ReviewSubject::Strategic { organisation_id } => {
                self.organisation(*organisation_id).map(|o| o.name.clone())
            }
        };
        format!(
            "{}: {}",
            subject.kind_label(),
            name.unwrap_or_else(|| "no longer recorded".into())
        )
    }

    /// Problems with `review` as it would be saved.
    pub fn validate_review(&self, review: &Review) -> ValidationErrors {
        let mut errors = ValidationErrors::default();
        match review.subject {
            ReviewSubject::Individual { person_id, .. } if self.person(person_id).is_none() => {
                errors.push("subject", "Choose the person whose review this is")
            }
            ReviewSubject::Team { team_id } if self.team(team_id).is_none() => {
                errors.push("subject", "Choose the team")
            }
            ReviewSubject::Strategic { organisation_id }
                if self.organisation(organisation_id).is_none() =>
            {
                errors.push("subject", "Choose the organisation")
            }
            _ => {}
        }
        if self.organisation(review.organisation_id).is_none() {
            errors.push(
                "organisation",
                "Choose the organisation that owns the record",
            );
        }
        if review
            .participants
            .iter()
            .any(|p| self.person(*p).is_none())
        {
            errors.push("participants", "A chosen participant no longer exists");
        }
        if review.goals.iter().any(|g| self.goal(*g).is_none()) {
            errors.push("goals", "A chosen goal no longer exists");
        }
        errors.max_len("notes", "the notes", &review.notes, v::MAX_JOB_DESCRIPTION);
        for r in &review.ratings {
            check_rating(&mut errors, r.self_rating, "self");
            check_rating(&mut errors, r.manager_rating, "manager");
        }
        for (i, a) in review.actions.iter().enumerate() {
            if a.description.trim().is_empty() {
                errors.push(
                    "actions",
                    format!("Action {}: enter what will be done", i + 1),
                );
            } else if a.description.chars().count() > v::MAX_TITLE * 2 {
                errors.push(
                    "actions",
                    format!(
                        "Action {}: must be {} characters or fewer",
                        i + 1,
                        v::MAX_TITLE * 2
                    ),
                );
            }
            if a.owner_id.is_some_and(|o| self.person(o).is_none()) {
                errors.push(
                    "actions",
                    format!("Action {}: the owner no longer exists", i + 1),
                );
            }
        }
        if let Some(next) = review.next_review {
            if next <= review.date {
                errors.push("next_review", "The next review must be after this one");
            }
        }
        errors
    }

    /// Adds or updates a review.
    pub fn save_review(
        &mut self,
        mut review: Review,
        now: Timestamp,
    ) -> Result<(), ValidationErrors> {
        self.validate_review(&review).into_result()?;
        review.stamps = match self.review(review.id) {
            Some(old) => Stamps {
                created_at: old.stamps.created_at,
                updated_at: now,
            },
            None => Stamps::new(now),
        };
        self.reviews.upsert(review);
        Ok(())
    }

    /// Deletes a review and its actions.
    pub fn delete_review(&mut self, id: Id, now: Timestamp) -> Result<(), DeleteError> {
        if self.review(id).is_none() {
            return Err(DeleteError::NotFound);
        }
        self.record_deletion(crate::exchange::RecordKind::Review, id, now);
        self.reviews.remove(id);
        Ok(())
    }

    /// Marks an action done, dropped or open again.
    pub fn set_action_status(
        &mut self,
        review_id: Id,
        action_id: Id,
        status: ActionStatus,
        now: Timestamp,
    ) -> Result<(), DeleteError> {
        let at = self
            .review(review_id)
            .and_then(|r| r.actions.iter().position(|a| a.id == action_id))
            .ok_or(DeleteError::NotFound)?;
        let review = self
            .reviews
            .get_mut(review_id)
            .ok_or(DeleteError::NotFound)?;
        let action = &mut review.actions[at];
        action.status = status;
        action.closed_at = (status != ActionStatus::Open).then_some(now);
        review.stamps.updated_at = now;
        Ok(())
    }

    /// The measures of `goals` as they stand on `today`, for a review's record.
    pub fn snapshot_measures(&self, goals: &[Id], today: NaiveDate) -> Vec<MeasureSnapshot> {
        self.measures
            .iter()
            .filter(|m| goals.contains(&m.goal_id))
            .map(|m| {
                let s = measure_status(m, today);
                MeasureSnapshot {
                    measure_id: m.id,
                    name: m.name.clone(),
                    status: s.status.label().to_string(),
                    latest: s
                        .latest
                        .map(|l| {
                            format!(
                                "{} in {}",
                                crate::format::value(l.value, &m.unit),
                                l.period.label()
                            )
                        })
                        .unwrap_or_else(|| "No data".into()),
                }
            })
            .collect()
    }

    /// Reviews of `subject`, newest first.
    pub fn reviews_of(&self, subject: &ReviewSubject) -> Vec<&Review> {
        let mut list: Vec<&Review> = self
            .reviews
            .iter()
            .filter(|r| r.subject == *subject)
            .collect();
        list.sort_by_key(|e| std::cmp::Reverse(e.date));
        list
    }

    /// When the next review of `subject` is due: the date agreed at the last one, else the last
    /// one plus the cadence; with none held yet, due now. `None` when it is not scheduled.
    pub fn review_due(&self, subject: ReviewSubject, today: NaiveDate) -> Option<DueReview> {
        self.review_due_after(subject, self.reviews_of(&subject).into_iter().next(), today)
    }

    /// The latest review of every subject reviewed (ties: the one recorded first), in one pass.
    fn latest_reviews(&self) -> std::collections::HashMap<ReviewSubject, &Review> {
        let mut latest: std::collections::HashMap<ReviewSubject, &Review> =
            std::collections::HashMap::new();
        for r in self.reviews.iter() {
            match latest.get(&r.subject) {
                Some(kept) if kept.date >= r.date => {}
                _ => {
                    latest.insert(r.subject, r);
                }
            }
        }
        latest
    }

    /// [`Workspace::review_due`], given the latest review of `subject`.
    fn review_due_after(
        &self,
        subject: ReviewSubject,
        last: Option<&Review>,
        today: NaiveDate,
    ) -> Option<DueReview> {
        let months = match subject {
            ReviewSubject::Individual {
                person_id,
                kind: IndividualReviewKind::OneToOne,
            } => self.cadences.one_to_one_for(person_id).months(),
            ReviewSubject::Individual {
                kind: IndividualReviewKind::Appraisal,
                ..
            } => Some(12),
            ReviewSubject::Team { team_id } => self.cadences.team_for(team_id).months(),
            ReviewSubject::Strategic { organisation_id } => {
                self.cadences.strategic_for(organisation_id).months()
            }
        };
        let due = match (last, months) {
            (Some(r), _) if r.next_review.is_some() => r.next_review?,
            (Some(r), Some(m)) => add_months(r.date, m),
            (None, Some(_)) => today,
            (_, None) => return None,
        };
        Some(DueReview {
            title: self.subject_title(&subject),
            subject,
            due,
            state: DueState::of(due, today),
            last: last.map(|r| r.date),
        })
    }

    fn open_actions(&self, owner: impl Fn(Option<Id>) -> bool, today: NaiveDate) -> Vec<DueAction> {
        let mut list: Vec<DueAction> = self
            .reviews
            .iter()
            .flat_map(|r| r.actions.iter().map(move |a| (r, a)))
            .filter(|(_, a)| a.status == ActionStatus::Open && owner(a.owner_id))
            .map(|(r, a)| DueAction {
                review_id: r.id,
                action_id: a.id,
                description: a.description.clone(),
                owner_id: a.owner_id,
                due: a.due,
                state: a.due.map_or(DueState::Upcoming, |d| DueState::of(d, today)),
            })
            .collect();
        list.sort_by_key(|a| (a.state, a.due));
        list
    }

    fn data_due(&self, goal_filter: impl Fn(Id) -> bool, today: NaiveDate) -> Vec<DueData> {
        let mut list = Vec::new();
        for m in self.measures.iter().filter(|m| goal_filter(m.goal_id)) {
            let s = measure_status(m, today);
            let next = match s.latest {
                Some(l) => l.period.next(),
                None => m
                    .trajectory
                    .as_ref()
                    .and_then(|t| t.first())
                    .map(|f| f.period),
            };
            let Some(period) = next else { continue };
            // Data is due one period after the period ends (the usual NHS reporting lag).
            let Some(due) = period.offset(1).and_then(|p| p.end()) else {
                continue;
            };
            let state = DueState::of(due, today);
            if state != DueState::Upcoming || s.status == RagStatus::DataOverdue {
                list.push(DueData {
                    measure_id: m.id,
                    name: m.name.clone(),
                    period,
                    due,
                    state: if s.status == RagStatus::DataOverdue {
                        DueState::Overdue
                    } else {
                        state
                    },
                });
            }
        }
        list.sort_by_key(|d| (d.state, d.due));
        list
    }

    /// A person's "My work": their own one-to-ones and appraisal, those of the people they
    /// line-manage, their team's review, the actions they own, and data due on measures of goals
    /// they own. Only what is due soon or overdue.
    pub fn my_work(&self, person_id: Id, today: NaiveDate) -> WorkList {
        let Some(person) = self.person(person_id) else {
            return WorkList::default();
        };
        let mut subjects = Vec::new();
        let mut people = vec![person_id];
        people.extend(
            self.people
                .iter()
                .filter(|p| p.line_manager_id == Some(person_id))
                .map(|p| p.id),
        );
        for p in people {
            subjects.push(ReviewSubject::Individual {
                person_id: p,
                kind: IndividualReviewKind::OneToOne,
            });
            subjects.push(ReviewSubject::Individual {
                person_id: p,
                kind: IndividualReviewKind::Appraisal,
            });
        }
        if let Some(team_id) = person.team_id {
            subjects.push(ReviewSubject::Team { team_id });
        }
        let reviews = self.due_reviews(subjects, today);
        let owned: Vec<Id> = self
            .goals
            .iter()
            .filter(|g| g.owner_id == Some(person_id))
            .map(|g| g.id)
            .collect();
        WorkList {
            reviews,
            actions: self.open_actions(|o| o == Some(person_id), today),
            data: self.data_due(|g| owned.contains(&g), today),
        }
    }

    /// The same for a whole organisation: its strategic review, its teams' reviews, its people's
    /// appraisals and scheduled one-to-ones, open actions owned by its people, and data due on its
    /// goals' measures.
    pub fn organisation_work(&self, org: Id, today: NaiveDate) -> WorkList {
        let mut subjects = vec![ReviewSubject::Strategic {
            organisation_id: org,
        }];
        subjects.extend(
            self.teams
                .iter()
                .filter(|t| t.organisation_id == org)
                .map(|t| ReviewSubject::Team { team_id: t.id }),
        );
        for p in self.people.iter().filter(|p| p.organisation_id == org) {
            subjects.push(ReviewSubject::Individual {
                person_id: p.id,
                kind: IndividualReviewKind::OneToOne,
            });
            subjects.push(ReviewSubject::Individual {
                person_id: p.id,
                kind: IndividualReviewKind::Appraisal,
            });
        }
        let staff: std::collections::HashSet<Id> = self
            .people
            .iter()
            .filter(|p| p.organisation_id == org)
            .map(|p| p.id)
            .collect();
        let goals: std::collections::HashSet<Id> = self
            .goals
            .iter()
            .filter(|g| g.organisation_id == org)
            .map(|g| g.id)
            .collect();
        WorkList {
            reviews: self.due_reviews(subjects, today),
            actions: self.open_actions(|o| o.is_some_and(|o| staff.contains(&o)), today),
            data: self.data_due(|g| goals.contains(&g), today),
        }
    }

    fn due_reviews(&self, subjects: Vec<ReviewSubject>, today: NaiveDate) -> Vec<DueReview> {
        // One pass over the reviews, not one per subject: an ICS has thousands of each.
        let latest = self.latest_reviews();
        let mut list: Vec<DueReview> = subjects
            .into_iter()
            .filter_map(|s| self.review_due_after(s, latest.get(&s).copied(), today))
            .filter(|d| d.state != DueState::Upcoming)
            .collect();
        list.sort_by_key(|d| (d.state, d.due));
        list
    }

    /// Adds or updates a development need.
    pub fn save_development(
        &mut self,
        mut need: DevelopmentNeed,
        now: Timestamp,
    ) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::default();
        errors.required_text("need", "the development need", &need.need, v::MAX_TITLE);
        errors.max_len(
            "planned_learning",
            "the planned learning",
            &need.planned_learning,
            v::MAX_DESCRIPTION,
        );
        errors.max_len(
            "evidence",
            "the evidence",
            &need.evidence,
            v::MAX_DESCRIPTION,
        );
        if self.person(need.person_id).is_none() {
            errors.push("person", "That person no longer exists");
        }
        if need.goal_id.is_some_and(|g| self.goal(g).is_none()) {
            errors.push("goal", "The chosen goal no longer exists");
        }
        errors.into_result()?;
        need.need = need.need.trim().to_string();
        need.stamps = match self.development.get(need.id) {
            Some(old) => Stamps {
                created_at: old.stamps.created_at,
                updated_at: now,
            },
            None => Stamps::new(now),
        };
        self.development.upsert(need);
        Ok(())
    }

    /// Adds or updates a recognition.
    pub fn save_recognition(
        &mut self,
        mut r: Recognition,
        now: Timestamp,
    ) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::default();
        errors.required_text("award", "the award", &r.award, v::MAX_TITLE);
        errors.max_len("citation", "the citation", &r.citation, v::MAX_DESCRIPTION);
        match r.recognised {
            Recognised::Person { person_id } if self.person(person_id).is_none() => {
                errors.push("recognised", "Choose who is recognised")
            }
            Recognised::Team { team_id } if self.team(team_id).is_none() => {
                errors.push("recognised", "Choose who is recognised")
            }
            _ => {}
        }
        if r.goal_id.is_some_and(|g| self.goal(g).is_none()) {
            errors.push("goal", "The chosen goal no longer exists");
        }
        errors.into_result()?;
        r.stamps = Stamps::new(now);
        self.recognitions.upsert(r);
        Ok(())
    }

    /// Adds or updates an exit interview.
    pub fn save_exit_interview(
        &mut self,
        mut e: ExitInterview,
        now: Timestamp,
    ) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::default();
        errors.required_text(
            "leaver_name",
            "the leaver's name",
            &e.leaver_name,
            v::MAX_NAME,
        );
        errors.max_len("job_title", "the job title", &e.job_title, v::MAX_JOB_TITLE);
        errors.max_len("themes", "the themes", &e.themes, v::MAX_DESCRIPTION);
        if self.organisation(e.organisation_id).is_none() {
            errors.push("organisation", "Choose the organisation they left");
        }
        if e.reasons.is_empty() {
            errors.push("reasons", "Choose at least one reason for leaving");
        }
        errors.into_result()?;
        e.reasons.sort();
        e.reasons.dedup();
        e.stamps = Stamps::new(now);
        self.exit_interviews.upsert(e);
        Ok(())
    }

    /// Exit reasons counted per financial quarter for `org`, newest quarter first.
    pub fn exit_reason_counts(&self, org: Id) -> Vec<ExitReasonCounts> {
        let mut by_quarter: BTreeMap<Period, (usize, BTreeMap<ExitReason, usize>)> =
            BTreeMap::new();
        for e in self
            .exit_interviews
            .iter()
            .filter(|e| e.organisation_id == org)
        {
            let q = Period::containing(Frequency::Quarterly, e.date);
            let entry = by_quarter.entry(q).or_default();
            entry.0 += 1;
            for r in &e.reasons {
                *entry.1.entry(*r).or_default() += 1;
            }
        }
        by_quarter
            .into_iter()
            .rev()
            .map(|(period, (interviews, counts))| {
                let mut reasons: Vec<(ExitReason, usize)> = counts.into_iter().collect();
                reasons.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                ExitReasonCounts {
                    period,
                    interviews,
                    reasons,
                }
            })
            .collect()
    }

    /// A goal's timeline, newest first: reviews that discussed it, data entered on its measures,
    /// changes of status period by period, actions agreed, and recognitions linked to it.
    pub fn goal_timeline(&self, goal_id: Id) -> Vec<TimelineEvent> {
        let mut events = Vec::new();
        for r in self.reviews.iter().filter(|r| r.goals.contains(&goal_id)) {
            self.review_events(r, &mut events);
        }
        for m in self.measures.iter().filter(|m| m.goal_id == goal_id) {
            let link = Some(format!("/measures/{}", m.id));
            let mut previous: Option<RagStatus> = None;
            for a in &m.actuals {
                events.push(TimelineEvent {
                    date: a.entered_at.date_naive(),
                    kind: "Data",
                    text: format!(
                        "{}: {} entered for {}{}",
                        m.name,
                        crate::format::value(a.value, &m.unit),
                        a.period.label(),
                        if a.history.is_empty() {
                            String::new()
                        } else {
                            " (a correction)".into()
                        }
                    ),
                    link: link.clone(),
                });
                let planned = m.trajectory.as_ref().and_then(|t| t.planned_for(&a.period));
                let status = planned
                    .and_then(|p| rag(a.value, p, &m.polarity, &m.tolerance).ok())
                    .map(RagStatus::from);
                if let (Some(now), Some(end)) = (status, a.period.end()) {
                    if previous.is_some_and(|p| p != now) {
                        events.push(TimelineEvent {
                            date: end,
                            kind: "Status",
                            text: format!(
                                "{}: {} → {} in {}",
                                m.name,
                                previous.map(|p| p.label()).unwrap_or_default(),
                                now.label(),
                                a.period.label()
                            ),
                            link: link.clone(),
                        });
                    }
                    previous = Some(now);
                }
            }
        }
        for r in self
            .recognitions
            .iter()
            .filter(|r| r.goal_id == Some(goal_id))
        {
            events.push(self.recognition_event(r));
        }
        sort_timeline(&mut events);
        events
    }

    /// A person's timeline, newest first: their reviews (and those they took part in), data they
    /// entered, actions they own, recognition, and development plan items.
    pub fn person_timeline(&self, person_id: Id) -> Vec<TimelineEvent> {
        let Some(person) = self.person(person_id) else {
            return Vec::new();
        };
        let mut events = Vec::new();
        for r in self.reviews.iter().filter(|r| {
            r.participants.contains(&person_id)
                || matches!(r.subject, ReviewSubject::Individual { person_id: p, .. } if p == person_id)
                || r.actions.iter().any(|a| a.owner_id == Some(person_id))
        }) {
            self.review_events(r, &mut events);
        }
        for m in &self.measures {
            for a in m
                .actuals
                .iter()
                .filter(|a| !a.entered_by.is_empty() && a.entered_by == person.name)
            {
                events.push(TimelineEvent {
                    date: a.entered_at.date_naive(),
                    kind: "Data",
                    text: format!(
                        "Entered {} for {} on {}",
                        crate::format::value(a.value, &m.unit),
                        a.period.label(),
                        m.name
                    ),
                    link: Some(format!("/measures/{}", m.id)),
                });
            }
        }
        for r in self
            .recognitions
            .iter()
            .filter(|r| r.recognised == Recognised::Person { person_id })
        {
            events.push(self.recognition_event(r));
        }
        for d in self.development.iter().filter(|d| d.person_id == person_id) {
            events.push(TimelineEvent {
                date: d.stamps.updated_at.date_naive(),
                kind: "Development",
                text: format!(
                    "Development plan: {} ({})",
                    d.need,
                    d.status.label().to_lowercase()
                ),
                link: None,
            });
        }
        sort_timeline(&mut events);
        events
    }

    fn review_events(&self, r: &Review, events: &mut Vec<TimelineEvent>) {
        let link = Some(format!("/reviews/{}", r.id));
        events.push(TimelineEvent {
            date: r.date,
            kind: "Review",
            text: self.subject_title(&r.subject),
            link: link.clone(),
        });
        for a in &r.actions {
            events.push(TimelineEvent {
                date: r.date,
                kind: "Action",
                text: format!("Action agreed: {}", a.description),
                link: link.clone(),
            });
            if let Some(closed) = a.closed_at {
                events.push(TimelineEvent {
                    date: closed.date_naive(),
                    kind: "Action",
                    text: format!(
                        "Action {}: {}",
                        a.status.label().to_lowercase(),
                        a.description
                    ),
                    link: link.clone(),
                });
            }
        }
    }

    fn recognition_event(&self, r: &Recognition) -> TimelineEvent {
        let who = match r.recognised {
            Recognised::Person { person_id } => self.person(person_id).map(|p| p.name.clone()),
            Recognised::Team { team_id } => self.team(team_id).map(|t| t.name.clone()),
        }
        .unwrap_or_default();
        TimelineEvent {
            date: r.date,
            kind: "Recognition",
            text: format!("{}: {who}", r.award),
            link: None,
        }
    }
}

/// Newest first; on the same day, reviews before the actions they agreed and data before status.
fn sort_timeline(events: &mut [TimelineEvent]) {
    let rank = |k: &str| match k {
        "Review" => 0,
        "Action" => 1,
        "Data" => 2,
        "Status" => 3,
        "Recognition" => 4,
        _ => 5,
    };
    events.sort_by(|a, b| b.date.cmp(&a.date).then(rank(a.kind).cmp(&rank(b.kind))));
}

/// The gap between a self rating and a manager rating, in words.
pub fn gap_words(gap: Option<i8>) -> String {
    match gap {
        None => "Not both rated".into(),
        Some(0) => "Self and manager agree".into(),
        Some(n) if n > 0 => format!("Self rates {n} higher than manager"),
        Some(n) => format!("Self rates {} lower than manager", -n),
    }
}

/// Words for a rating from 1 to 5.
pub fn rating_words(r: u8) -> &'static str {
    match r {
        1 => "1 – well below expectations",
        2 => "2 – below expectations",
        3 => "3 – meets expectations",
        4 => "4 – above expectations",
        _ => "5 – well above expectations",
    }
}
