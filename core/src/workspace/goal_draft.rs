//! The goal form's draft: the fields as a person types them, turned into a goal only when every
//! check passes. The page holds the draft; the rules live here, tested without a browser.

use chrono::NaiveDate;

use super::Workspace;
use crate::model::{Goal, GoalLevel, Id, Perspective, Stamps, Timestamp};
use crate::validation::ValidationErrors;

/// A goal as its form holds it: text for every field, ids as text, dates as a date input
/// gives them ("2027-03-31").
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GoalDraft {
    pub title: String,
    pub description: String,
    /// [`GoalLevel::key`].
    pub level: String,
    /// [`Perspective::key`].
    pub perspective: String,
    pub organisation: String,
    /// Empty: not linked yet.
    pub parent: String,
    /// Empty: no team.
    pub team: String,
    /// Empty: not named.
    pub owner: String,
    pub shared_with: Vec<String>,
    /// Empty: not set.
    pub start_date: String,
    /// Empty: not set.
    pub due_date: String,
}

fn id_text(id: Option<Id>) -> String {
    id.map(|i| i.to_string()).unwrap_or_default()
}

fn date_text(date: Option<NaiveDate>) -> String {
    date.map(|d| d.to_string()).unwrap_or_default()
}

impl From<&Goal> for GoalDraft {
    fn from(goal: &Goal) -> GoalDraft {
        GoalDraft {
            title: goal.title.clone(),
            description: goal.description.clone(),
            level: goal.level.key().into(),
            perspective: goal.perspective.key().into(),
            organisation: goal.organisation_id.to_string(),
            parent: id_text(goal.parent_id),
            team: id_text(goal.team_id),
            owner: id_text(goal.owner_id),
            shared_with: goal.shared_with.iter().map(Id::to_string).collect(),
            start_date: date_text(goal.start_date),
            due_date: date_text(goal.due_date),
        }
    }
}

impl GoalDraft {
    /// The level chosen, strategic when none is.
    pub fn level(&self) -> GoalLevel {
        GoalLevel::from_key(&self.level).unwrap_or(GoalLevel::Strategic)
    }

    /// The goal this draft describes, as goal `id` with `stamps`, if every check passes;
    /// otherwise every problem at once, each under the field it belongs to. A strategic goal
    /// keeps no parent or team, whatever the hidden fields still hold; the goal keeps the
    /// strategy-map links it has in `ws`.
    pub fn into_goal(
        &self,
        ws: &Workspace,
        id: Id,
        stamps: Stamps,
    ) -> Result<Goal, ValidationErrors> {
        let (mut goal, date_errors) = self.parsed(id, stamps);
        // Links are added and removed on the goal's page, one edit each, so the form keeps the
        // ones saved now, including any made while it was open.
        goal.supports = ws.goal(id).map(|g| g.supports.clone()).unwrap_or_default();
        let mut errors = ws.validate_goal(&goal);
        if !date_errors.is_empty() {
            // A date that is not one is reported instead of what the dates would break.
            errors
                .0
                .retain(|e| e.field != "start_date" && e.field != "due_date");
            errors.0.extend(date_errors.0);
        }
        errors.into_result().map(|()| goal)
    }

    /// The goal as typed, checked by nothing (a date that is not one left out): to compare
    /// with the saved version when the form may be out of date.
    pub fn as_typed(&self, id: Id, stamps: Stamps) -> Goal {
        self.parsed(id, stamps).0
    }

    /// The goal as typed, and the errors of dates that are not dates.
    fn parsed(&self, id: Id, stamps: Stamps) -> (Goal, ValidationErrors) {
        let mut date_errors = ValidationErrors::default();
        let start_date = input_date(
            &self.start_date,
            "start_date",
            "start date",
            &mut date_errors,
        );
        let due_date = input_date(&self.due_date, "due_date", "due date", &mut date_errors);
        let level = self.level();
        let below_strategic = |text: &str| {
            (level != GoalLevel::Strategic)
                .then(|| text.parse().ok())
                .flatten()
        };
        let goal = Goal {
            id,
            title: self.title.clone(),
            description: self.description.clone(),
            level,
            perspective: Perspective::from_key(&self.perspective).unwrap_or(Perspective::Customer),
            owner_id: self.owner.parse().ok(),
            team_id: below_strategic(&self.team),
            organisation_id: self.organisation.parse().unwrap_or_default(),
            shared_with: self
                .shared_with
                .iter()
                .filter_map(|s| s.parse().ok())
                .collect(),
            parent_id: below_strategic(&self.parent),
            // The form does not hold the strategy-map links: `into_goal` keeps the saved ones.
            supports: Vec::new(),
            start_date,
            due_date,
            stamps,
        };
        (goal, date_errors)
    }
}

impl Workspace {
    /// A new goal, ready for its form: under `parent` when given (a level below it, with its
    /// perspective, organisation, team and dates), else a strategic goal of the first
    /// organisation; `level` and `perspective` override either.
    pub fn new_goal(
        &self,
        parent: Option<Id>,
        level: Option<GoalLevel>,
        perspective: Option<Perspective>,
        now: Timestamp,
    ) -> Goal {
        let mut goal = Goal {
            id: Id::new_v4(),
            title: String::new(),
            description: String::new(),
            level: GoalLevel::Strategic,
            perspective: Perspective::Customer,
            owner_id: None,
            team_id: None,
            organisation_id: self.first_organisation().unwrap_or_default(),
            shared_with: Vec::new(),
            parent_id: None,
            supports: Vec::new(),
            start_date: None,
            due_date: None,
            stamps: Stamps::new(now),
        };
        if let Some(parent) = parent.and_then(|p| self.goal(p)) {
            goal.level = match parent.level {
                GoalLevel::Strategic => GoalLevel::Team,
                _ => GoalLevel::Individual,
            };
            goal.perspective = parent.perspective;
            goal.organisation_id = parent.organisation_id;
            goal.team_id = parent.team_id;
            goal.parent_id = Some(parent.id);
            goal.start_date = parent.start_date;
            goal.due_date = parent.due_date;
        }
        goal.level = level.unwrap_or(goal.level);
        goal.perspective = perspective.unwrap_or(goal.perspective);
        goal
    }
}

/// A date from a date input: `None` when left empty; an error under `field` when it is not a
/// real date.
fn input_date(
    text: &str,
    field: &'static str,
    label: &str,
    errors: &mut ValidationErrors,
) -> Option<NaiveDate> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let parsed = crate::format::parse_input_date(text);
    if parsed.is_none() {
        errors.push(
            field,
            format!("Enter a real {label}, for example 31/03/2027"),
        );
    }
    parsed
}
