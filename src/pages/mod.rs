//! One module per page; each is a thin view over the domain core.

mod cascade;
mod exchange_actuals;
mod exchange_export;
mod exchange_import;
mod goal_form;
mod goal_view;
mod measure_entry;
mod measure_form;
mod measure_view;
mod not_found;
mod organisations;
mod people;
mod scorecard;
mod teams;
mod workspace;

// Reviews and the people cycle.
mod cadences;
mod development_plan;
mod exit_interviews;
mod grouped_checkboxes;
mod home_work;
mod my_work;
mod person_view;
mod recognition;
mod review_actions;
mod review_form;
mod review_ratings;
mod review_view;
mod reviews;
mod team_view;
mod timeline;
mod work_lists;

pub use cascade::CascadePage;
pub use exchange_actuals::ImportActualsPage;
pub use exchange_export::ExportPage;
pub use exchange_import::ImportPage;
pub use goal_form::{EditGoalPage, NewGoalPage};
pub use goal_view::GoalPage;
pub use measure_form::{EditMeasurePage, NewMeasurePage};
pub use measure_view::MeasurePage;
pub use not_found::NotFoundPage;
pub use organisations::{OrganisationFormPage, OrganisationsPage};
pub use people::{PeoplePage, PersonFormPage};
pub use scorecard::ScorecardPage;
pub use teams::{TeamFormPage, TeamsPage};
pub use workspace::WorkspacePage;

pub use cadences::CadencesPage;
pub use exit_interviews::ExitInterviewsPage;
pub use home_work::OrganisationWork;
pub use my_work::MyWorkPage;
pub use person_view::PersonProfilePage;
pub use review_form::{EditReviewPage, NewReviewPage};
pub use review_view::ReviewPage;
pub use reviews::ReviewsPage;
pub use team_view::TeamProfilePage;
pub use timeline::GoalTimeline;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use scorecard_core::{Id, Workspace};

/// The `:id` route parameter as a record id, if it is one.
pub(crate) fn id_param() -> Memo<Option<Id>> {
    let params = use_params_map();
    Memo::new(move |_| params.read().get("id").and_then(|s| s.parse().ok()))
}

/// Short name of an organisation, or a placeholder when it is missing.
pub(crate) fn org_short(ws: &Workspace, id: Id) -> String {
    ws.organisation(id)
        .map(|o| o.display_short().to_string())
        .unwrap_or_else(|| "Unknown organisation".into())
}

/// Name of a person, if set and present.
pub(crate) fn person_name(ws: &Workspace, id: Option<Id>) -> Option<String> {
    id.and_then(|id| ws.person(id)).map(|p| p.name.clone())
}
