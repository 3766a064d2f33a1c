//! The page of the record an address names (`/people/:id`): titled with its name, or saying
//! there is no such record and where to go instead.

use leptos::prelude::*;
use leptos_router::components::A;
use scorecard_core::{Id, Workspace};

use crate::app::state::AppState;
use crate::ui::layout::set_page_title;
use crate::ui::record::id_param;

/// A link to the list a "not found" page sends the reader to, e.g. "Go to people".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListLink {
    /// The list's address, e.g. "/people".
    pub href: &'static str,
    /// The link's words, e.g. "Go to people".
    pub words: &'static str,
}

/// The record the `:id` of the address names, shown by `page` and titled by `name_of`; or, when
/// there is no such record, a heading and a sentence saying so. `page` is built again only when
/// the address names another record, so forms on it keep what is typed while the workspace
/// changes.
#[component]
pub fn RecordPage<N, P>(
    /// The page's title for the record with an id (its name, usually), or `None` when there is
    /// no such record.
    name_of: N,
    /// The heading and title when there is none, e.g. "Person not found".
    #[prop(into)]
    missing: Signal<String>,
    /// The sentence under that heading, e.g. "There is no one at this address. They may have
    /// been deleted."
    #[prop(into)]
    gone: Signal<String>,
    /// The list to go to instead, if the page offers one.
    #[prop(optional)]
    list: Option<ListLink>,
    /// Look the record up when the address changes, not when the workspace does: a form opened
    /// on it stays on screen if it is changed or deleted meanwhile, and its save says so.
    #[prop(optional)]
    once: bool,
    /// The page of the record with an id.
    page: P,
) -> impl IntoView
where
    N: Fn(&Workspace, Id) -> Option<String> + Send + Sync + 'static,
    P: Fn(Id) -> AnyView + Send + Sync + 'static,
{
    let state = AppState::get();
    let id = id_param();
    let name = Memo::new(move |_| {
        let id = id.get()?;
        if once {
            state.workspace.with_untracked(|ws| name_of(ws, id))
        } else {
            state.workspace.with(|ws| name_of(ws, id))
        }
    });
    set_page_title(move || name.get().unwrap_or_else(|| missing.get()));
    let shown = Memo::new(move |_| id.get().filter(|_| name.with(Option::is_some)));
    move || match shown.get() {
        Some(id) => page(id),
        None => view! {
            <h1>{move || missing.get()}</h1>
            <p>{move || gone.get()}</p>
            {list
                .map(|l| {
                    view! {
                        <p>
                            <A href=l.href>{l.words}</A>
                        </p>
                    }
                })}
        }
        .into_any(),
    }
}
