//! What is due across an organisation (or every organisation), for the scorecard page.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use scorecard_core::reviews::WorkList;
use scorecard_core::Id;

use crate::app::state::{now, AppState};
use crate::ui::due_lists::{DueActionsList, DueDataList, DueReviewsList};

/// Reviews, actions and data due soon or overdue for the organisation in the address (`?org=`),
/// or for every organisation when none is chosen.
#[component]
pub fn OrganisationWork() -> impl IntoView {
    let state = AppState::get();
    let query = use_query_map();
    let org = Memo::new(move |_| query.read().get("org").and_then(|s| s.parse::<Id>().ok()));
    let work = Signal::derive(move || {
        let today = now().date_naive();
        let filter = org.get();
        state.workspace.with(|ws| {
            let mut all = WorkList::default();
            for o in ws
                .organisations
                .iter()
                .filter(|o| filter.is_none_or(|f| f == o.id))
            {
                let w = ws.organisation_work(o.id, today);
                all.reviews.extend(w.reviews);
                all.actions.extend(w.actions);
                all.data.extend(w.data);
            }
            scorecard_core::order::sort_by_key(&mut all.reviews, |d| (d.state, d.due));
            scorecard_core::order::sort_by_key(&mut all.actions, |a| (a.state, a.due));
            scorecard_core::order::sort_by_key(&mut all.data, |d| (d.state, d.due));
            all
        })
    });
    let summary = move || {
        work.with(|w| {
            format!(
                "Reviews due soon or overdue: {}. Open actions: {}. Measures with data due: {}.",
                w.reviews.len(),
                w.actions.len(),
                w.data.len()
            )
        })
    };
    view! {
        <section class="organisation-work" aria-labelledby="organisation-work-title">
            <h2 id="organisation-work-title">"Due and overdue"</h2>
            <p>
                {summary}" " <A href="/reviews">"See all reviews"</A>" or "
                <A href="/my-work">"see one person's work"</A>"."
            </p>
            <DueReviewsList work=work id="organisation-work-reviews" sub=true limit=8 />
            <DueActionsList
                work=work
                id="organisation-work-actions"
                sub=true
                show_owner=true
                limit=8
            />
            <DueDataList work=work id="organisation-work-data" sub=true limit=8 />
        </section>
    }
}
