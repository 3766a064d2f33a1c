//! Read-models for the organisation, team and people lists: one row per record with what it
//! holds. Each list is built in one pass: what points at a record is counted once for the whole
//! workspace, and names are found through the id index, so a list costs O(records), not
//! O(records²) as a look-up of dependents per row would.

use std::collections::HashMap;

use crate::model::{Id, OrgKind, Person, Team};
use crate::workspace::Workspace;

/// A row of the people list.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PersonRow {
    /// The person.
    pub id: Id,
    /// Full name.
    pub name: String,
    /// Job title; may be empty.
    pub job_title: String,
    /// Short name of their organisation.
    pub organisation: String,
    /// Their team's name; empty when not in a team.
    pub team: String,
    /// Their line manager's name; empty when not recorded.
    pub line_manager: String,
    /// How many goals they own.
    pub goals_owned: usize,
}

/// A row of the team list.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TeamRow {
    /// The team.
    pub id: Id,
    /// Team name.
    pub name: String,
    /// Short name of its organisation.
    pub organisation: String,
    /// How many people are in it.
    pub members: usize,
    /// How many goals it holds.
    pub goals: usize,
}

/// A row of the organisation list.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct OrganisationRow {
    /// The organisation.
    pub id: Id,
    /// Full name.
    pub name: String,
    /// NHS trust, ICB, local authority…
    pub kind: OrgKind,
    /// How many teams it has.
    pub teams: usize,
    /// How many people it employs.
    pub people: usize,
    /// How many goals it owns.
    pub goals_owned: usize,
    /// How many partners' goals are shared with it.
    pub goals_shared: usize,
}

/// How many times each id occurs.
fn tally(ids: impl Iterator<Item = Id>) -> HashMap<Id, usize> {
    let mut counts = HashMap::new();
    for id in ids {
        *counts.entry(id).or_insert(0) += 1;
    }
    counts
}

fn count(counts: &HashMap<Id, usize>, id: Id) -> usize {
    counts.get(&id).copied().unwrap_or(0)
}

impl Workspace {
    /// Everyone, by organisation (short name) then name: the order of every list of people to
    /// choose from.
    pub fn people_by_organisation(&self) -> Vec<&Person> {
        let mut people: Vec<&Person> = self.people.iter().collect();
        crate::order::sort_by_cached_key(&mut people, |p| {
            (
                self.organisation_short(p.organisation_id),
                p.name.to_lowercase(),
            )
        });
        people
    }

    /// Every team, by organisation (short name) then name, as lists of teams to choose from show them.
    pub fn teams_by_organisation(&self) -> Vec<&Team> {
        let mut teams: Vec<&Team> = self.teams.iter().collect();
        crate::order::sort_by_cached_key(&mut teams, |t| {
            (
                self.organisation_short(t.organisation_id),
                t.name.to_lowercase(),
            )
        });
        teams
    }

    /// Everyone, by organisation then name, with their team, line manager and goals owned.
    pub fn people_rows(&self) -> Vec<PersonRow> {
        let goals_owned = tally(self.goals.iter().filter_map(|g| g.owner_id));
        let mut rows: Vec<PersonRow> = self
            .people
            .iter()
            .map(|p| PersonRow {
                id: p.id,
                name: p.name.clone(),
                job_title: p.job_title.clone(),
                organisation: self.organisation_short(p.organisation_id),
                team: p
                    .team_id
                    .and_then(|t| self.team(t))
                    .map(|t| t.name.clone())
                    .unwrap_or_default(),
                line_manager: p
                    .line_manager_id
                    .and_then(|m| self.person(m))
                    .map(|m| m.name.clone())
                    .unwrap_or_default(),
                goals_owned: count(&goals_owned, p.id),
            })
            .collect();
        crate::order::sort_by_cached_key(&mut rows, |r| {
            (r.organisation.clone(), r.name.to_lowercase())
        });
        rows
    }

    /// Every team, by organisation then name, with how many members and goals it has.
    pub fn team_rows(&self) -> Vec<TeamRow> {
        let members = tally(self.people.iter().filter_map(|p| p.team_id));
        let goals = tally(self.goals.iter().filter_map(|g| g.team_id));
        let mut rows: Vec<TeamRow> = self
            .teams
            .iter()
            .map(|t| TeamRow {
                id: t.id,
                name: t.name.clone(),
                organisation: self.organisation_short(t.organisation_id),
                members: count(&members, t.id),
                goals: count(&goals, t.id),
            })
            .collect();
        crate::order::sort_by_cached_key(&mut rows, |r| {
            (r.organisation.clone(), r.name.to_lowercase())
        });
        rows
    }

    /// Every organisation, by name, with what it holds and how many partners' goals it shares.
    pub fn organisation_rows(&self) -> Vec<OrganisationRow> {
        let teams = tally(self.teams.iter().map(|t| t.organisation_id));
        let people = tally(self.people.iter().map(|p| p.organisation_id));
        let goals_owned = tally(self.goals.iter().map(|g| g.organisation_id));
        // A goal that names a partner twice is still one goal shared with it.
        let goals_shared = tally(self.goals.iter().flat_map(|g| {
            g.shared_with
                .iter()
                .enumerate()
                .filter(|(i, o)| !g.shared_with[..*i].contains(o))
                .map(|(_, o)| *o)
        }));
        let mut rows: Vec<OrganisationRow> = self
            .organisations
            .iter()
            .map(|o| OrganisationRow {
                id: o.id,
                name: o.name.clone(),
                kind: o.kind,
                teams: count(&teams, o.id),
                people: count(&people, o.id),
                goals_owned: count(&goals_owned, o.id),
                goals_shared: count(&goals_shared, o.id),
            })
            .collect();
        crate::order::sort_by_cached_key(&mut rows, |r| r.name.to_lowercase());
        rows
    }
}
