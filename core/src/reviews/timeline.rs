//! Timelines of a goal or a person: what happened, newest first, with where to read more.

use chrono::NaiveDate;

use crate::analysis::{rag, RagStatus};
use crate::model::{Id, Recognised, Recognition, Review, ReviewSubject};
use crate::workspace::Workspace;

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

impl Workspace {
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
    crate::order::sort_by(events, |a, b| {
        b.date.cmp(&a.date).then(rank(a.kind).cmp(&rank(b.kind)))
    });
}
