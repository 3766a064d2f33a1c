//! "My work": what is on one person's plate — reviews, actions and data due or overdue.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use scorecard_core::reviews::WorkList;
use scorecard_core::Id;

use crate::app::state::{now, AppState};
use crate::ui::due_lists::{DueActionsList, DueDataList, DueReviewsList};
use crate::ui::fields::{Choice, FilterSelect};
use crate::ui::layout::set_page_title;
use crate::ui::record::org_short;

/// `/my-work?person=ID`: choose a person, then their reviews, actions and data due.
#[component]
pub fn MyWorkPage() -> impl IntoView {
    let state = AppState::get();
    let query = use_query_map();
    let navigate = use_navigate();
    let person = Memo::new(move |_| {
        query
            .read()
            .get("person")
            .and_then(|s| s.parse::<Id>().ok())
            .filter(|id| state.workspace.with(|ws| ws.person(*id).is_some()))
    });
    let name = Memo::new(move |_| {
        person.get().and_then(|id| {
            state
                .workspace
                .with(|ws| ws.person(id).map(|p| p.name.clone()))
        })
    });
    set_page_title(move || match name.get() {
        Some(n) => format!("My work: {n}"),
        None => "My work".into(),
    });

    // Everyone, under their organisation's short name.
    let people = Signal::derive(move || {
        state.workspace.with(|ws| {
            let mut list: Vec<(String, Id, String)> = ws
                .people
                .iter()
                .map(|p| (org_short(ws, p.organisation_id), p.id, p.name.clone()))
                .collect();
            scorecard_core::order::sort_by_cached_key(&mut list, |(org, _, name)| {
                (org.clone(), name.to_lowercase())
            });
            list.into_iter()
                .map(|(org, id, name)| Choice::grouped(id.to_string(), name, org))
                .collect::<Vec<_>>()
        })
    });
    let on_change = move |value: String| {
        let path = if value.is_empty() {
            "/my-work".to_string()
        } else {
            format!("/my-work?person={value}")
        };
        navigate(&path, NavigateOptions::default());
    };
    let work = Signal::derive(move || {
        let today = now().date_naive();
        match person.get() {
            Some(id) => state.workspace.with(|ws| ws.my_work(id, today)),
            None => WorkList::default(),
        }
    });

    view! {
        <h1>"My work"</h1>
        <p class="lede">
            "Reviews to hold, actions to finish and data to enter: what is due in the next two weeks or already overdue."
        </p>
        <FilterSelect
            id="my-work-person"
            label="Whose work?"
            choices=people
            empty="Choose a person"
            value=Signal::derive(move || person.get().map(|id| id.to_string()).unwrap_or_default())
            on_change=on_change
        />
        {move || match person.get() {
            None => {
                view! {
                    <p>
                        "Choose a person to see their reviews, actions and data due. The list covers their own one-to-ones and appraisal, those of the people they line-manage, their team's review, actions they own, and data for goals they own."
                    </p>
                }
                    .into_any()
            }
            Some(id) => {
                view! {
                    <p class="button-row">
                        <A href=format!(
                            "/people/{id}",
                        )>{move || format!("{}'s page", name.get().unwrap_or_default())}</A>
                    </p>
                    <DueReviewsList
                        work=work
                        id="my-work-reviews"
                        title="Reviews due"
                        empty="No reviews are due in the next two weeks, and none are overdue."
                    />
                    <DueActionsList
                        work=work
                        id="my-work-actions"
                        empty="No open actions. Actions agreed at a review and given to this person appear here."
                    />
                    <DueDataList
                        work=work
                        id="my-work-data"
                        empty="No data is due on goals this person owns in the next two weeks, and none is overdue."
                    />
                }
                    .into_any()
            }
        }}
    }
}
