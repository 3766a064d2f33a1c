//! The review schedule: how often strategic, team and one-to-one reviews happen — per
//! organisation, team or person — and when each is next due.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::due::DueReview;
use crate::model::{Cadence, Id, IndividualReviewKind, ReviewSubject};
use crate::workspace::Workspace;

/// One of the three schedules that can be set (appraisals are always yearly).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Schedule {
    /// Strategic (board) reviews, per organisation.
    Strategic,
    /// Team reviews, per team.
    Team,
    /// One-to-ones, per person.
    OneToOne,
}

/// One organisation, team or person on a schedule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduleRow {
    /// The organisation, team or person.
    pub id: Id,
    /// Its name.
    pub name: String,
    /// Its organisation's short name (empty for an organisation).
    pub organisation: String,
    /// How often its reviews happen.
    pub cadence: Cadence,
}

impl Schedule {
    /// The cadence when none is chosen: quarterly for strategic and team reviews; one-to-ones
    /// are not scheduled.
    pub fn default_cadence(self) -> Cadence {
        match self {
            Schedule::Strategic | Schedule::Team => Cadence::Quarterly,
            Schedule::OneToOne => Cadence::None,
        }
    }

    /// The review of `id` this schedule times.
    pub fn subject(self, id: Id) -> ReviewSubject {
        match self {
            Schedule::Strategic => ReviewSubject::Strategic {
                organisation_id: id,
            },
            Schedule::Team => ReviewSubject::Team { team_id: id },
            Schedule::OneToOne => ReviewSubject::Individual {
                person_id: id,
                kind: IndividualReviewKind::OneToOne,
            },
        }
    }
}

impl Workspace {
    /// How often the reviews of `id` on `schedule` happen.
    pub fn scheduled_cadence(&self, schedule: Schedule, id: Id) -> Cadence {
        match schedule {
            Schedule::Strategic => self.cadences.strategic_for(id),
            Schedule::Team => self.cadences.team_for(id),
            Schedule::OneToOne => self.cadences.one_to_one_for(id),
        }
    }

    /// Sets how often the reviews of `id` on `schedule` happen; whether that changed anything.
    pub fn set_scheduled_cadence(&mut self, schedule: Schedule, id: Id, cadence: Cadence) -> bool {
        if self.scheduled_cadence(schedule, id) == cadence {
            return false;
        }
        match schedule {
            Schedule::Strategic => self.cadences.set_strategic(id, cadence),
            Schedule::Team => self.cadences.set_team(id, cadence),
            Schedule::OneToOne => self.cadences.set_one_to_one(id, cadence),
        }
        true
    }

    /// Everyone on `schedule` with their cadence: organisations as listed; teams and people by
    /// organisation, then name.
    pub fn schedule_rows(&self, schedule: Schedule) -> Vec<ScheduleRow> {
        let row = |id: Id, name: &str, organisation: String| ScheduleRow {
            id,
            name: name.to_string(),
            organisation,
            cadence: self.scheduled_cadence(schedule, id),
        };
        let mut rows: Vec<ScheduleRow> = match schedule {
            Schedule::Strategic => self
                .organisations
                .iter()
                .map(|o| row(o.id, &o.name, String::new()))
                .collect(),
            Schedule::Team => self
                .teams
                .iter()
                .map(|t| row(t.id, &t.name, self.organisation_short(t.organisation_id)))
                .collect(),
            Schedule::OneToOne => self
                .people
                .iter()
                .map(|p| row(p.id, &p.name, self.organisation_short(p.organisation_id)))
                .collect(),
        };
        if schedule != Schedule::Strategic {
            crate::order::sort_by_cached_key(&mut rows, |r| {
                (r.organisation.clone(), r.name.to_lowercase())
            });
        }
        rows
    }

    /// When the next review of everyone on `schedule` is due, by id; those not scheduled are
    /// left out. One pass over the reviews, not one per row.
    pub fn schedule_due(&self, schedule: Schedule, today: NaiveDate) -> HashMap<Id, DueReview> {
        let latest = self.latest_reviews();
        let ids: Vec<Id> = match schedule {
            Schedule::Strategic => self.organisations.iter().map(|o| o.id).collect(),
            Schedule::Team => self.teams.iter().map(|t| t.id).collect(),
            Schedule::OneToOne => self.people.iter().map(|p| p.id).collect(),
        };
        ids.into_iter()
            .filter_map(|id| {
                let subject = schedule.subject(id);
                let due = self.review_due_after(subject, latest.get(&subject).copied(), today)?;
                Some((id, due))
            })
            .collect()
    }
}
