//! Who owns a record, whether it is read-only here, and when a partner's record last arrived.
//!
//! Each record belongs to one organisation, which alone edits it. In a workspace that has chosen
//! its own organisation ([`Workspace::home_organisation`]), every other organisation's record
//! arrived from that partner and is read-only here.

use super::kind::{RecordKind, RecordRef};
use crate::model::{Id, Recognised, Timestamp};
use crate::workspace::Workspace;

/// Whether a record owned by `owner` is read-only in a workspace whose own organisation is
/// `home`: it is when both are known and differ. With no home organisation (the demo, or a
/// workspace that has not chosen) nothing is read-only.
pub fn is_read_only(owner: Option<Id>, home: Option<Id>) -> bool {
    matches!((owner, home), (Some(o), Some(h)) if o != h)
}

/// When the version of a partner's record held here arrived, and from whom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Arrival {
    /// The organisation that sent it.
    pub organisation_id: Id,
    /// When this version arrived.
    pub arrived_at: Timestamp,
    /// The record's own change time, as received.
    pub updated_at: Timestamp,
}

impl Workspace {
    /// The organisation that owns `kind` record `id`, if the record is here and its owner can
    /// be worked out (a measure belongs to its goal's organisation; a development plan item to
    /// its person's).
    pub fn owner_of(&self, kind: RecordKind, id: Id) -> Option<Id> {
        let person_org = |p: Id| self.person(p).map(|p| p.organisation_id);
        match kind {
            RecordKind::Organisation => self.organisation(id).map(|o| o.id),
            RecordKind::Team => self.team(id).map(|t| t.organisation_id),
            RecordKind::Person => person_org(id),
            RecordKind::Goal => self.goal(id).map(|g| g.organisation_id),
            RecordKind::Measure => self
                .measure(id)
                .and_then(|m| self.goal(m.goal_id))
                .map(|g| g.organisation_id),
            RecordKind::Review => self
                .reviews
                .iter()
                .find(|r| r.id == id)
                .map(|r| r.organisation_id),
            RecordKind::DevelopmentNeed => self
                .development
                .iter()
                .find(|d| d.id == id)
                .and_then(|d| person_org(d.person_id)),
            RecordKind::Recognition => {
                self.recognitions
                    .iter()
                    .find(|r| r.id == id)
                    .and_then(|r| match r.recognised {
                        Recognised::Person { person_id } => person_org(person_id),
                        Recognised::Team { team_id } => {
                            self.team(team_id).map(|t| t.organisation_id)
                        }
                    })
            }
            RecordKind::ExitInterview => self
                .exit_interviews
                .iter()
                .find(|e| e.id == id)
                .map(|e| e.organisation_id),
            RecordKind::ReportCommentary => self
                .report_commentary
                .get(id)
                .and_then(|c| c.organisation_id),
        }
    }

    /// Whether `kind` record `id` is in the workspace.
    pub fn has_record(&self, kind: RecordKind, id: Id) -> bool {
        match kind {
            RecordKind::Organisation => self.organisation(id).is_some(),
            RecordKind::Team => self.team(id).is_some(),
            RecordKind::Person => self.person(id).is_some(),
            RecordKind::Goal => self.goal(id).is_some(),
            RecordKind::Measure => self.measure(id).is_some(),
            RecordKind::Review => self.reviews.iter().any(|r| r.id == id),
            RecordKind::DevelopmentNeed => self.development.iter().any(|d| d.id == id),
            RecordKind::Recognition => self.recognitions.iter().any(|r| r.id == id),
            RecordKind::ExitInterview => self.exit_interviews.iter().any(|e| e.id == id),
            RecordKind::ReportCommentary => self.report_commentary.contains(id),
        }
    }

    /// Whether records owned by `owner` are read-only here (see [`is_read_only`]).
    pub fn is_read_only(&self, owner: Id) -> bool {
        is_read_only(Some(owner), self.home_organisation)
    }

    /// Whether `kind` record `id` is a partner's, and so read-only here.
    pub fn is_record_read_only(&self, kind: RecordKind, id: Id) -> bool {
        is_read_only(self.owner_of(kind, id), self.home_organisation)
    }

    /// Whether `org` is this workspace's own organisation.
    pub fn is_home(&self, org: Id) -> bool {
        self.home_organisation == Some(org)
    }

    /// When `kind` record `id` last arrived from a partner, and from whom; `None` for records
    /// made here.
    pub fn arrival(&self, kind: RecordKind, id: Id) -> Option<Arrival> {
        self.exchange
            .received(RecordRef::new(kind, id))
            .map(|(org, rec)| Arrival {
                organisation_id: org,
                arrived_at: rec.arrived_at,
                updated_at: rec.updated_at,
            })
    }
}
