//! Teams within organisations.

use super::{DeleteError, Workspace};
use crate::model::{Id, Stamps, Team, Timestamp};
use crate::validation::{self as v, ValidationErrors};

/// Records that point at a team.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TeamDependents {
    /// Members of the team.
    pub people: Vec<Id>,
    /// Goals held by the team.
    pub goals: Vec<Id>,
}

impl Workspace {
    /// Problems with `team` as it would be saved.
    pub fn validate_team(&self, team: &Team) -> ValidationErrors {
        let mut errors = ValidationErrors::default();
        errors.required_text("name", "the team's name", &team.name, v::MAX_NAME);
        errors.max_len(
            "description",
            "the description",
            &team.description,
            v::MAX_DESCRIPTION,
        );
        if self.organisation(team.organisation_id).is_none() {
            errors.push(
                "organisation",
                "Choose the organisation the team belongs to",
            );
        } else if self.teams.iter().any(|t| {
            t.id != team.id
                && t.organisation_id == team.organisation_id
                && t.name.trim().eq_ignore_ascii_case(team.name.trim())
        }) {
            errors.push(
                "name",
                "This organisation already has a team with this name",
            );
        }
        errors
    }

    /// Adds or updates a team.
    pub fn save_team(&mut self, mut team: Team, now: Timestamp) -> Result<(), ValidationErrors> {
        self.validate_team(&team).into_result()?;
        team.name = team.name.trim().to_string();
        team.stamps = Stamps::saved(self.team(team.id).map(|t| t.stamps), now);
        self.teams.upsert(team);
        Ok(())
    }

    /// What points at team `id`.
    pub fn team_dependents(&self, id: Id) -> TeamDependents {
        TeamDependents {
            people: self
                .people
                .iter()
                .filter(|p| p.team_id == Some(id))
                .map(|p| p.id)
                .collect(),
            goals: self
                .goals
                .iter()
                .filter(|g| g.team_id == Some(id))
                .map(|g| g.id)
                .collect(),
        }
    }

    /// Deletes a team; its members and goals are kept, no longer in a team.
    pub fn delete_team(&mut self, id: Id, now: Timestamp) -> Result<(), DeleteError> {
        if self.team(id).is_none() {
            return Err(DeleteError::NotFound);
        }
        self.people.update_where(
            |p| p.team_id == Some(id),
            |p| {
                p.team_id = None;
                p.stamps.updated_at = now;
            },
        );
        self.goals.update_where(
            |g| g.team_id == Some(id),
            |g| {
                g.team_id = None;
                g.stamps.updated_at = now;
            },
        );
        self.record_deletion(crate::exchange::RecordKind::Team, id, now);
        self.teams.remove(id);
        Ok(())
    }
}
