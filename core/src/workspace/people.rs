//! Staff.

use super::{DeleteError, Workspace};
use crate::model::{Id, Person, Stamps, Timestamp};
use crate::validation::{self as v, ValidationErrors};

/// Records that point at a person.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PersonDependents {
    /// Goals the person owns.
    pub goals: Vec<Id>,
    /// People the person line-manages.
    pub reports: Vec<Id>,
}

impl Workspace {
    /// Problems with `person` as they would be saved.
    pub fn validate_person(&self, person: &Person) -> ValidationErrors {
        let mut errors = ValidationErrors::default();
        errors.required_text("name", "the person's name", &person.name, v::MAX_NAME);
        errors.max_len(
            "job_title",
            "the job title",
            &person.job_title,
            v::MAX_JOB_TITLE,
        );
        errors.max_len(
            "job_description",
            "the job description",
            &person.job_description,
            v::MAX_JOB_DESCRIPTION,
        );
        if self.organisation(person.organisation_id).is_none() {
            errors.push("organisation", "Choose the person's organisation");
        }
        if let Some(team_id) = person.team_id {
            match self.team(team_id) {
                None => errors.push("team", "The chosen team no longer exists"),
                Some(t) if t.organisation_id != person.organisation_id => {
                    errors.push("team", "Choose a team in the person's own organisation")
                }
                Some(_) => {}
            }
        }
        if let Some(manager) = person.line_manager_id {
            if manager == person.id {
                errors.push("line_manager", "A person cannot be their own line manager");
            } else if self.person(manager).is_none() {
                errors.push("line_manager", "The chosen line manager no longer exists");
            } else if self.manages_indirectly(person.id, manager) {
                errors.push(
                    "line_manager",
                    "This would make a loop: that person already reports to this one",
                );
            }
        }
        errors
    }

    /// Whether `manager` reports, directly or not, to `person`.
    fn manages_indirectly(&self, person: Id, manager: Id) -> bool {
        let mut current = Some(manager);
        let mut steps = 0;
        while let Some(id) = current {
            if id == person {
                return true;
            }
            steps += 1;
            if steps > self.people.len() {
                return false; // an existing loop elsewhere
            }
            current = self.person(id).and_then(|p| p.line_manager_id);
        }
        false
    }

    /// Adds or updates a person.
    pub fn save_person(
        &mut self,
        mut person: Person,
        now: Timestamp,
    ) -> Result<(), ValidationErrors> {
        self.validate_person(&person).into_result()?;
        person.name = person.name.trim().to_string();
        person.job_title = person.job_title.trim().to_string();
        person.stamps = Stamps::saved(self.person(person.id).map(|p| p.stamps), now);
        self.people.upsert(person);
        Ok(())
    }

    /// What points at person `id`.
    pub fn person_dependents(&self, id: Id) -> PersonDependents {
        PersonDependents {
            goals: self
                .goals
                .iter()
                .filter(|g| g.owner_id == Some(id))
                .map(|g| g.id)
                .collect(),
            reports: self
                .people
                .iter()
                .filter(|p| p.line_manager_id == Some(id))
                .map(|p| p.id)
                .collect(),
        }
    }

    /// Deletes a person; their goals are kept with no owner, their reports with no line manager.
    pub fn delete_person(&mut self, id: Id, now: Timestamp) -> Result<(), DeleteError> {
        if self.person(id).is_none() {
            return Err(DeleteError::NotFound);
        }
        self.goals.update_where(
            |g| g.owner_id == Some(id),
            |g| {
                g.owner_id = None;
                g.stamps.updated_at = now;
            },
        );
        self.people.update_where(
            |p| p.line_manager_id == Some(id),
            |p| {
                p.line_manager_id = None;
                p.stamps.updated_at = now;
            },
        );
        self.record_deletion(crate::exchange::RecordKind::Person, id, now);
        self.people.remove(id);
        Ok(())
    }
}
