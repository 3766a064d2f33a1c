//! Scorecard in the browser: thin Leptos pages over `scorecard-core`.

mod app;
mod features;
/// Shared widgets; public so the component tests in `tests/` can mount them.
pub mod ui;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use app::state::AppState;
use features::directory::organisations::{OrganisationFormPage, OrganisationsPage};
use features::directory::people::{PeoplePage, PersonFormPage};
use features::directory::teams::{TeamFormPage, TeamsPage};
use features::exchange::{actuals::ImportActualsPage, export::ExportPage, import::ImportPage};
use features::goals::{
    form::{EditGoalPage, NewGoalPage},
    view::GoalPage,
};
use features::measures::{
    form::{EditMeasurePage, NewMeasurePage},
    view::MeasurePage,
};
use features::my_work::MyWorkPage;
use features::not_found::NotFoundPage;
use features::profiles::{
    exit_interviews::ExitInterviewsPage, former_addresses::FormerProfileAddress,
    person::PersonProfilePage, team::TeamProfilePage,
};
use features::report::BoardReportPage;
use features::reviews::{
    cadences::CadencesPage,
    form::{EditReviewPage, NewReviewPage},
    list::ReviewsPage,
    view::ReviewPage,
};
use features::scorecard::{cascade::CascadePage, overview::ScorecardPage};
use features::strategy_map::StrategyMapPage;
use features::workspace::WorkspacePage;
use ui::layout::{Banners, Footer, Header};

/// Opens the workspace, then mounts the app on the page. Until then the page says "Opening your
/// workspace…" (from index.html), so neither the demo nor an empty workspace flashes up first.
pub fn start() {
    console_error_panic_hook::set_once();
    // Leptos's own executor is set up by mounting, so the wait before it uses the browser's.
    wasm_bindgen_futures::spawn_local(async {
        let opening = app::opening::open().await;
        if let Some(loading) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("opening"))
        {
            loading.remove();
        }
        leptos::mount::mount_to_body(move || view! { <App opening /> });
    });
}

/// The whole app: header, banners, and one route per page so every page can be bookmarked.
#[component]
pub fn App(opening: app::opening::Opening) -> impl IntoView {
    provide_context(AppState::new(opening));
    view! {
        <Router>
            <a class="skip-link" href="#main-content">
                "Skip to main content"
            </a>
            <Header />
            <div class="page-width">
                <Banners />
                <main id="main-content" tabindex="-1">
                    <Routes fallback=NotFoundPage>
                        <Route path=path!("/") view=ScorecardPage />
                        <Route path=path!("/cascade") view=CascadePage />
                        <Route path=path!("/strategy-map") view=StrategyMapPage />
                        <Route path=path!("/goals/new") view=NewGoalPage />
                        <Route path=path!("/goals/:id") view=GoalPage />
                        <Route path=path!("/goals/:id/edit") view=EditGoalPage />
                        <Route path=path!("/measures/new") view=NewMeasurePage />
                        <Route path=path!("/measures/:id") view=MeasurePage />
                        <Route path=path!("/measures/:id/edit") view=EditMeasurePage />
                        <Route path=path!("/organisations") view=OrganisationsPage />
                        <Route path=path!("/organisations/new") view=OrganisationFormPage />
                        <Route path=path!("/organisations/:id") view=OrganisationFormPage />
                        <Route path=path!("/teams") view=TeamsPage />
                        <Route path=path!("/teams/new") view=TeamFormPage />
                        <Route path=path!("/teams/:id") view=TeamProfilePage />
                        <Route path=path!("/teams/:id/edit") view=TeamFormPage />
                        <Route path=path!("/people") view=PeoplePage />
                        <Route path=path!("/people/new") view=PersonFormPage />
                        <Route path=path!("/people/:id") view=PersonProfilePage />
                        <Route path=path!("/people/:id/edit") view=PersonFormPage />
                        // Where the person and team pages were until they moved, for bookmarks.
                        <Route path=path!("/people/:id/profile") view=FormerProfileAddress />
                        <Route path=path!("/teams/:id/profile") view=FormerProfileAddress />
                        <Route path=path!("/workspace") view=WorkspacePage />
                        <Route path=path!("/reviews") view=ReviewsPage />
                        <Route path=path!("/reviews/new") view=NewReviewPage />
                        <Route path=path!("/reviews/schedule") view=CadencesPage />
                        <Route path=path!("/reviews/:id") view=ReviewPage />
                        <Route path=path!("/reviews/:id/edit") view=EditReviewPage />
                        <Route path=path!("/my-work") view=MyWorkPage />
                        <Route path=path!("/report") view=BoardReportPage />
                        <Route path=path!("/exit-interviews") view=ExitInterviewsPage />
                        <Route path=path!("/export") view=ExportPage />
                        <Route path=path!("/import") view=ImportPage />
                        <Route path=path!("/import/actuals") view=ImportActualsPage />
                    </Routes>
                </main>
            </div>
            <Footer />
        </Router>
    }
}
