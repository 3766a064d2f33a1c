//! Organisations: the partners whose goals are kept here.

use super::{plural, DeleteError, Workspace};
use crate::model::{Id, Organisation, Stamps, Timestamp};
use crate::validation::{self as v, ValidationErrors};

/// Records that point at an organisation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OrganisationDependents {
    /// Teams in it.
    pub teams: Vec<Id>,
    /// People employed by it.
    pub people: Vec<Id>,
    /// Goals it owns.
    pub goals: Vec<Id>,
    /// Other organisations' goals shared with it.
    pub shared_goals: Vec<Id>,
}

impl OrganisationDependents {
    /// Whether it owns anything that would be left without an organisation.
    pub fn blocks_delete(&self) -> bool {
        !(self.teams.is_empty() && self.people.is_empty() && self.goals.is_empty())
    }
}

impl Workspace {
    /// Problems with `org` as it would be saved.
    pub fn validate_organisation(&self, org: &Organisation) -> ValidationErrors {
        let mut errors = ValidationErrors::default();
        errors.required_text("name", "the organisation's name", &org.name, v::MAX_NAME);
        errors.max_len(
            "short_name",
            "the short name",
            &org.short_name,
            v::MAX_SHORT_NAME,
        );
        let clash = self
            .organisations
            .iter()
            .any(|o| o.id != org.id && o.name.trim().eq_ignore_ascii_case(org.name.trim()));
        if clash {
            errors.push("name", "An organisation with this name already exists");
        }
        errors
    }

    /// Adds or updates an organisation.
    pub fn save_organisation(
        &mut self,
        mut org: Organisation,
        now: Timestamp,
    ) -> Result<(), ValidationErrors> {
        self.validate_organisation(&org).into_result()?;
        org.name = org.name.trim().to_string();
        org.short_name = org.short_name.trim().to_string();
        org.stamps = Stamps::saved(self.organisation(org.id).map(|o| o.stamps), now);
        self.organisations.upsert(org);
        Ok(())
    }

    /// What points at organisation `id`.
    pub fn organisation_dependents(&self, id: Id) -> OrganisationDependents {
        OrganisationDependents {
            teams: self
                .teams
                .iter()
                .filter(|t| t.organisation_id == id)
                .map(|t| t.id)
                .collect(),
            people: self
                .people
                .iter()
                .filter(|p| p.organisation_id == id)
                .map(|p| p.id)
                .collect(),
            goals: self
                .goals
                .iter()
                .filter(|g| g.organisation_id == id)
                .map(|g| g.id)
                .collect(),
            shared_goals: self
                .goals
                .iter()
                .filter(|g| g.shared_with.contains(&id))
                .map(|g| g.id)
                .collect(),
        }
    }

    /// Deletes an organisation that owns nothing; goals shared with it stop being shared with it.
    pub fn delete_organisation(&mut self, id: Id, now: Timestamp) -> Result<(), DeleteError> {
        if self.organisation(id).is_none() {
            return Err(DeleteError::NotFound);
        }
        let deps = self.organisation_dependents(id);
        if deps.blocks_delete() {
            return Err(DeleteError::InUse(format!(
                "This organisation still has {}, {} and {}. Move or delete them first.",
                plural(deps.teams.len(), "team", "teams"),
                plural(deps.people.len(), "person", "people"),
                plural(deps.goals.len(), "goal", "goals"),
            )));
        }
        self.goals.update_where(
            |g| g.shared_with.contains(&id),
            |goal| {
                goal.shared_with.retain(|o| *o != id);
                goal.stamps.updated_at = now;
            },
        );
        self.record_deletion(crate::exchange::RecordKind::Organisation, id, now);
        self.organisations.remove(id);
        Ok(())
    }
}
