//! The whole of one user's data, and the edits the app makes to it. Each edit validates first and
//! changes nothing when it fails.

use serde::{Deserialize, Serialize};

use crate::alignment::{self, Cascade};
use crate::model::{Goal, GoalLevel, Id, Measure, Organisation, Person, Stamps, Team, Timestamp};
use crate::validation::{self as v, ValidationErrors};

mod goal_draft;
mod goal_place;
mod records;
pub use goal_draft::GoalDraft;
pub use goal_place::GoalPlace;
pub use records::{Keyed, Records};

/// Everything the user keeps: organisations, teams, people and goals.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Workspace {
    /// Name shown in the header, e.g. "Northshire partnership (demo)".
    pub name: String,
    /// Whether this is the embedded, fictional demo.
    #[serde(default)]
    pub is_demo: bool,
    /// Partner organisations.
    #[serde(default)]
    pub organisations: Records<Organisation>,
    /// Teams in those organisations.
    #[serde(default)]
    pub teams: Records<Team>,
    /// Staff.
    #[serde(default)]
    pub people: Records<Person>,
    /// Goals at every level of the cascade.
    #[serde(default)]
    pub goals: Records<Goal>,
    /// Performance reviews at every level.
    #[serde(default)]
    pub reviews: Records<crate::model::Review>,
    /// How often reviews should happen.
    #[serde(default)]
    pub cadences: crate::model::Cadences,
    /// Personal development plan items (personal data).
    #[serde(default)]
    pub development: Records<crate::model::DevelopmentNeed>,
    /// Recognition awards.
    #[serde(default)]
    pub recognitions: Records<crate::model::Recognition>,
    /// Exit interviews (personal data).
    #[serde(default)]
    pub exit_interviews: Records<crate::model::ExitInterview>,
    /// How a goal's status is worked out from its measures and the goals below it.
    #[serde(default)]
    pub rollup: crate::analysis::RollupMethod,
    /// Measures of those goals.
    #[serde(default)]
    pub measures: Records<Measure>,
    /// The organisation this copy belongs to ("my organisation"). Its records can be edited
    /// here; other organisations' records arrive from them and are read-only. `None` (the demo,
    /// or a workspace that has not chosen) makes nothing read-only.
    #[serde(default)]
    pub home_organisation: Option<Id>,
    /// Deleted records, so deletions travel to partners and no import brings them back.
    #[serde(default)]
    pub tombstones: Records<crate::exchange::Tombstone>,
    /// What was last received from each partner, for conflict detection and "arrived from".
    #[serde(default)]
    pub exchange: crate::exchange::ExchangeLedger,
}

/// What to do with the goals under a goal that is deleted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChildGoals {
    /// Delete every goal below it too.
    DeleteThem,
    /// Keep them; the goals directly below lose their parent and show as not aligned.
    KeepUnaligned,
}

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

/// Records that point at a team.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TeamDependents {
    /// Members of the team.
    pub people: Vec<Id>,
    /// Goals held by the team.
    pub goals: Vec<Id>,
}

/// Records that point at a person.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PersonDependents {
    /// Goals the person owns.
    pub goals: Vec<Id>,
    /// People the person line-manages.
    pub reports: Vec<Id>,
}

/// Why a delete was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DeleteError {
    /// No record with that id.
    #[error("That record no longer exists")]
    NotFound,
    /// Other records still depend on it.
    #[error("{0}")]
    InUse(String),
}

pub(crate) fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

impl Workspace {
    /// An empty workspace.
    pub fn empty(name: impl Into<String>) -> Workspace {
        Workspace {
            name: name.into(),
            ..Workspace::default()
        }
    }

    /// The organisation with `id`.
    pub fn organisation(&self, id: Id) -> Option<&Organisation> {
        self.organisations.get(id)
    }

    /// Organisation `id`'s short name as every page writes it, or a placeholder when it is
    /// missing (deleted, or not yet arrived from a partner).
    pub fn organisation_short(&self, id: Id) -> String {
        self.organisation(id)
            .map(|o| o.display_short().to_string())
            .unwrap_or_else(|| "Unknown organisation".into())
    }

    /// The team with `id`.
    pub fn team(&self, id: Id) -> Option<&Team> {
        self.teams.get(id)
    }

    /// The person with `id`.
    pub fn person(&self, id: Id) -> Option<&Person> {
        self.people.get(id)
    }

    /// The goal with `id`.
    pub fn goal(&self, id: Id) -> Option<&Goal> {
        self.goals.get(id)
    }

    /// The cascade of all goals.
    pub fn cascade(&self) -> Cascade {
        Cascade::build(&self.goals)
    }

    // ---- organisations ----

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

    // ---- teams ----

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

    // ---- people ----

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

    // ---- goals ----

    /// Problems with `goal` as it would be saved, including the cascade rules.
    pub fn validate_goal(&self, goal: &Goal) -> ValidationErrors {
        let mut errors = ValidationErrors::default();
        errors.required_text("title", "a title", &goal.title, v::MAX_TITLE);
        errors.max_len(
            "description",
            "the description",
            &goal.description,
            v::MAX_DESCRIPTION,
        );
        if self.organisation(goal.organisation_id).is_none() {
            errors.push("organisation", "Choose the organisation that owns the goal");
        }
        for partner in &goal.shared_with {
            if *partner == goal.organisation_id {
                errors.push(
                    "shared_with",
                    "The owning organisation cannot also be a partner it shares with",
                );
            } else if self.organisation(*partner).is_none() {
                errors.push(
                    "shared_with",
                    "A chosen partner organisation no longer exists",
                );
            }
        }
        if let Some(owner) = goal.owner_id {
            if self.person(owner).is_none() {
                errors.push("owner", "The chosen owner no longer exists");
            }
        }
        if let Some(team_id) = goal.team_id {
            match self.team(team_id) {
                None => errors.push("team", "The chosen team no longer exists"),
                Some(t) if t.organisation_id != goal.organisation_id => errors.push(
                    "team",
                    "Choose a team in the organisation that owns the goal",
                ),
                Some(_) => {}
            }
        }
        if let (Some(start), Some(due)) = (goal.start_date, goal.due_date) {
            if due < start {
                errors.push(
                    "due_date",
                    "The due date must be on or after the start date",
                );
            }
        }
        self.validate_parent(goal, &mut errors);
        if self.goal(goal.id).is_none() {
            if let Some(t) = self.tombstone(crate::exchange::RecordKind::Goal, goal.id) {
                errors.push(
                    "title",
                    format!(
                        "This goal was deleted on {}, so it cannot be saved again. Add a new goal instead",
                        t.deleted_at.format("%-d %B %Y at %H:%M")
                    ),
                );
            }
        }
        errors
    }

    fn validate_parent(&self, goal: &Goal, errors: &mut ValidationErrors) {
        let Some(parent_id) = goal.parent_id else {
            return;
        };
        if goal.level == GoalLevel::Strategic {
            errors.push(
                "parent",
                "A strategic goal is at the top of the cascade, so it cannot have a parent goal",
            );
            return;
        }
        let Some(parent) = self.goal(parent_id) else {
            errors.push("parent", "The chosen parent goal no longer exists");
            return;
        };
        if parent_id == goal.id {
            errors.push("parent", "A goal cannot be its own parent");
            return;
        }
        if !goal.level.may_sit_under(parent.level) {
            errors.push(
                "parent",
                format!(
                    "A {} goal cannot sit under {} goal; choose a goal at the same level or above",
                    goal.level.label().to_lowercase(),
                    parent.level.with_article()
                ),
            );
            return;
        }
        if let Err(path) = alignment::check_new_parent(&self.goals, goal.id, parent_id) {
            let titles: Vec<String> = path
                .iter()
                .map(|id| {
                    if *id == goal.id {
                        format!("“{}”", goal.title.trim())
                    } else {
                        self.goal(*id)
                            .map(|g| format!("“{}”", g.title))
                            .unwrap_or_default()
                    }
                })
                .collect();
            errors.push(
                "parent",
                format!(
                    "This would make a loop ({}): choose a goal that is not below this one",
                    titles.join(" → ")
                ),
            );
        }
    }

    /// Adds or updates a goal.
    pub fn save_goal(&mut self, mut goal: Goal, now: Timestamp) -> Result<(), ValidationErrors> {
        self.validate_goal(&goal).into_result()?;
        goal.title = goal.title.trim().to_string();
        goal.shared_with.sort();
        goal.shared_with.dedup();
        goal.stamps = Stamps::saved(self.goal(goal.id).map(|g| g.stamps), now);
        self.goals.upsert(goal);
        Ok(())
    }

    /// Deletes a goal and, as chosen, the goals below it or just their link to it.
    /// Returns the ids deleted.
    pub fn delete_goal(
        &mut self,
        id: Id,
        children: ChildGoals,
        now: Timestamp,
    ) -> Result<Vec<Id>, DeleteError> {
        if self.goal(id).is_none() {
            return Err(DeleteError::NotFound);
        }
        let mut deleted = vec![id];
        match children {
            ChildGoals::DeleteThem => deleted.extend(self.cascade().descendants(id)),
            ChildGoals::KeepUnaligned => {
                self.goals.update_where(
                    |g| g.parent_id == Some(id),
                    |g| {
                        g.parent_id = None;
                        g.stamps.updated_at = now;
                    },
                );
            }
        }
        let gone: std::collections::HashSet<Id> = deleted.iter().copied().collect();
        // Tombstones travel to partners so a deletion is not undone by their next file. A
        // measure's owner comes from its goal, so measures are recorded first.
        let measures: Vec<Id> = self
            .measures
            .iter()
            .filter(|m| gone.contains(&m.goal_id))
            .map(|m| m.id)
            .collect();
        for m in measures {
            self.record_deletion(crate::exchange::RecordKind::Measure, m, now);
        }
        for g in &deleted {
            self.record_deletion(crate::exchange::RecordKind::Goal, *g, now);
        }
        self.goals.retain(|g| !gone.contains(&g.id));
        self.measures.retain(|m| !gone.contains(&m.goal_id));
        Ok(deleted)
    }

    /// Goals that may be chosen as `goal`'s parent: right level, and not `goal` or below it.
    pub fn possible_parents(&self, goal_id: Id, level: GoalLevel) -> Vec<&Goal> {
        if level == GoalLevel::Strategic {
            return Vec::new();
        }
        let below: std::collections::HashSet<Id> =
            self.cascade().descendants(goal_id).into_iter().collect();
        let mut out: Vec<&Goal> = self
            .goals
            .iter()
            .filter(|g| g.id != goal_id && !below.contains(&g.id) && level.may_sit_under(g.level))
            .collect();
        out.sort_by_key(|g| (g.level, g.title.to_lowercase()));
        out
    }
}
