//! What the exchange code needs to know about each kind of record: its id, owner, change time,
//! a label for people, whether it is personal, and where its list lives. Everything else
//! (export, preview, merge, tombstones, ledger) is written once over this trait.

use std::collections::HashMap;

use serde::Serialize;

use super::format::PartnerPack;
use super::kind::RecordKind;
use crate::model::{
    DevelopmentNeed, ExitInterview, Goal, Id, Measure, Organisation, Person, Recognised,
    Recognition, ReportCommentary, Review, Team, Timestamp,
};
use crate::workspace::{Keyed, Records, Workspace};

/// Which organisation owns goals, people and teams, for records whose owner follows from
/// another record (a measure is owned by its goal's organisation).
#[derive(Debug, Clone, Default)]
pub(crate) struct Owners {
    goals: HashMap<Id, Id>,
    people: HashMap<Id, Id>,
    teams: HashMap<Id, Id>,
}

impl Owners {
    /// Owners as given by a set of records.
    pub fn of_pack(pack: &PartnerPack) -> Owners {
        Owners {
            goals: pack
                .goals
                .iter()
                .map(|g| (g.id, g.organisation_id))
                .collect(),
            people: pack
                .people
                .iter()
                .map(|p| (p.id, p.organisation_id))
                .collect(),
            teams: pack
                .teams
                .iter()
                .map(|t| (t.id, t.organisation_id))
                .collect(),
        }
    }

    /// Owners as given by a workspace.
    pub fn of_workspace(ws: &Workspace) -> Owners {
        Owners {
            goals: ws.goals.iter().map(|g| (g.id, g.organisation_id)).collect(),
            people: ws
                .people
                .iter()
                .map(|p| (p.id, p.organisation_id))
                .collect(),
            teams: ws.teams.iter().map(|t| (t.id, t.organisation_id)).collect(),
        }
    }

    /// These owners, with `fallback` for anything they do not know.
    pub fn or(mut self, fallback: &Owners) -> Owners {
        for (k, v) in &fallback.goals {
            self.goals.entry(*k).or_insert(*v);
        }
        for (k, v) in &fallback.people {
            self.people.entry(*k).or_insert(*v);
        }
        for (k, v) in &fallback.teams {
            self.teams.entry(*k).or_insert(*v);
        }
        self
    }

    fn goal(&self, id: Id) -> Option<Id> {
        self.goals.get(&id).copied()
    }

    fn person(&self, id: Id) -> Option<Id> {
        self.people.get(&id).copied()
    }

    fn team(&self, id: Id) -> Option<Id> {
        self.teams.get(&id).copied()
    }
}

/// A record that can be exported, merged and deleted.
pub(crate) trait ExchangeRecord: Clone + PartialEq + Serialize + Keyed {
    /// Its kind.
    const KIND: RecordKind;
    /// Its id.
    fn id(&self) -> Id;
    /// When it was last changed.
    fn updated_at(&self) -> Timestamp;
    /// A short label for people, e.g. a goal's title.
    fn label(&self) -> String;
    /// The organisation that owns it, when that can be worked out.
    fn owner(&self, owners: &Owners) -> Option<Id>;
    /// Whether it is personal data.
    fn is_personal(&self) -> bool {
        Self::KIND.always_personal()
    }
    /// The goal it cannot exist without (a measure's goal), if any.
    fn requires_goal(&self) -> Option<Id> {
        None
    }
    /// Its list in a workspace.
    fn in_workspace(ws: &Workspace) -> &Records<Self>;
    /// Its list in a workspace, to change.
    fn in_workspace_mut(ws: &mut Workspace) -> &mut Records<Self>;
    /// Its list in a pack.
    fn in_pack(pack: &PartnerPack) -> &Vec<Self>;
    /// Its list in a pack, to change.
    fn in_pack_mut(pack: &mut PartnerPack) -> &mut Vec<Self>;
}

/// Something done once per kind of record.
pub(crate) trait KindVisitor {
    /// Called for kind `R`.
    fn visit<R: ExchangeRecord>(&mut self);
}

/// Calls `visitor` for every kind, in [`RecordKind::ALL`] order.
pub(crate) fn visit_all_kinds(visitor: &mut impl KindVisitor) {
    visitor.visit::<Organisation>();
    visitor.visit::<Team>();
    visitor.visit::<Person>();
    visitor.visit::<Goal>();
    visitor.visit::<Measure>();
    visitor.visit::<Review>();
    visitor.visit::<DevelopmentNeed>();
    visitor.visit::<Recognition>();
    visitor.visit::<ExitInterview>();
    visitor.visit::<ReportCommentary>();
}

macro_rules! lists {
    ($field:ident) => {
        fn in_workspace(ws: &Workspace) -> &Records<Self> {
            &ws.$field
        }
        fn in_workspace_mut(ws: &mut Workspace) -> &mut Records<Self> {
            &mut ws.$field
        }
        fn in_pack(pack: &PartnerPack) -> &Vec<Self> {
            &pack.$field
        }
        fn in_pack_mut(pack: &mut PartnerPack) -> &mut Vec<Self> {
            &mut pack.$field
        }
    };
}

impl ExchangeRecord for Organisation {
    const KIND: RecordKind = RecordKind::Organisation;
    fn id(&self) -> Id {
        self.id
    }
    fn updated_at(&self) -> Timestamp {
        self.stamps.updated_at
    }
    fn label(&self) -> String {
        self.name.clone()
    }
    fn owner(&self, _: &Owners) -> Option<Id> {
        Some(self.id)
    }
    lists!(organisations);
}

impl ExchangeRecord for Team {
    const KIND: RecordKind = RecordKind::Team;
    fn id(&self) -> Id {
        self.id
    }
    fn updated_at(&self) -> Timestamp {
        self.stamps.updated_at
    }
    fn label(&self) -> String {
        self.name.clone()
    }
    fn owner(&self, _: &Owners) -> Option<Id> {
        Some(self.organisation_id)
    }
    lists!(teams);
}

impl ExchangeRecord for Person {
    const KIND: RecordKind = RecordKind::Person;
    fn id(&self) -> Id {
        self.id
    }
    fn updated_at(&self) -> Timestamp {
        self.stamps.updated_at
    }
    fn label(&self) -> String {
        self.name.clone()
    }
    fn owner(&self, _: &Owners) -> Option<Id> {
        Some(self.organisation_id)
    }
    lists!(people);
}

impl ExchangeRecord for Goal {
    const KIND: RecordKind = RecordKind::Goal;
    fn id(&self) -> Id {
        self.id
    }
    fn updated_at(&self) -> Timestamp {
        self.stamps.updated_at
    }
    fn label(&self) -> String {
        self.title.clone()
    }
    fn owner(&self, _: &Owners) -> Option<Id> {
        Some(self.organisation_id)
    }
    lists!(goals);
}

impl ExchangeRecord for Measure {
    const KIND: RecordKind = RecordKind::Measure;
    fn id(&self) -> Id {
        self.id
    }
    fn updated_at(&self) -> Timestamp {
        self.stamps.updated_at
    }
    fn label(&self) -> String {
        self.name.clone()
    }
    fn owner(&self, owners: &Owners) -> Option<Id> {
        owners.goal(self.goal_id)
    }
    fn requires_goal(&self) -> Option<Id> {
        Some(self.goal_id)
    }
    lists!(measures);
}

impl ExchangeRecord for Review {
    const KIND: RecordKind = RecordKind::Review;
    fn id(&self) -> Id {
        self.id
    }
    fn updated_at(&self) -> Timestamp {
        self.stamps.updated_at
    }
    fn label(&self) -> String {
        format!("{} on {}", self.subject.kind_label(), self.date)
    }
    fn owner(&self, _: &Owners) -> Option<Id> {
        Some(self.organisation_id)
    }
    fn is_personal(&self) -> bool {
        Review::is_personal(self)
    }
    lists!(reviews);
}

impl ExchangeRecord for DevelopmentNeed {
    const KIND: RecordKind = RecordKind::DevelopmentNeed;
    fn id(&self) -> Id {
        self.id
    }
    fn updated_at(&self) -> Timestamp {
        self.stamps.updated_at
    }
    fn label(&self) -> String {
        self.need.clone()
    }
    fn owner(&self, owners: &Owners) -> Option<Id> {
        owners.person(self.person_id)
    }
    lists!(development);
}

impl ExchangeRecord for Recognition {
    const KIND: RecordKind = RecordKind::Recognition;
    fn id(&self) -> Id {
        self.id
    }
    fn updated_at(&self) -> Timestamp {
        self.stamps.updated_at
    }
    fn label(&self) -> String {
        format!("{} on {}", self.award, self.date)
    }
    fn owner(&self, owners: &Owners) -> Option<Id> {
        match self.recognised {
            Recognised::Person { person_id } => owners.person(person_id),
            Recognised::Team { team_id } => owners.team(team_id),
        }
    }
    lists!(recognitions);
}

impl ExchangeRecord for ExitInterview {
    const KIND: RecordKind = RecordKind::ExitInterview;
    fn id(&self) -> Id {
        self.id
    }
    fn updated_at(&self) -> Timestamp {
        self.stamps.updated_at
    }
    fn label(&self) -> String {
        format!("Exit interview on {}", self.date)
    }
    fn owner(&self, _: &Owners) -> Option<Id> {
        Some(self.organisation_id)
    }
    lists!(exit_interviews);
}

impl ExchangeRecord for ReportCommentary {
    const KIND: RecordKind = RecordKind::ReportCommentary;
    fn id(&self) -> Id {
        self.id
    }
    fn updated_at(&self) -> Timestamp {
        self.stamps.updated_at
    }
    fn label(&self) -> String {
        format!("Commentary on {} ({})", self.section, self.quarter)
    }
    fn owner(&self, _: &Owners) -> Option<Id> {
        self.organisation_id
    }
    lists!(report_commentary);
}
