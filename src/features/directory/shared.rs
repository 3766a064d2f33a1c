//! What the organisation, team and person pages share, so each rule is written once: the list
//! page around its table (and the CSV file of the same rows), and the add-or-edit form around a
//! record's fields (its heading, the stale check, saving, deleting, and where each leads).
//!
//! `RecordList` and `RecordForm` are widgets other features could use; they would belong in
//! `crate::ui` once that folder is free to change.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};
use leptos_router::NavigateOptions;
use scorecard_core::workspace::DeleteError;
use scorecard_core::{Id, Timestamp, ValidationErrors, Workspace};

use crate::app::state::{now, AppState};
use crate::ui::csv_button::CsvButton;
use crate::ui::delete_panel::DeletePanel;
use crate::ui::fields::{focus_error_summary, Choice, ErrorSummary};
use crate::ui::layout::set_page_title;
use crate::ui::stale_notice::{refuse_stale, StaleNotice, StaleRecord};

/// A kind of record the directory lists and edits: the words its pages use, and the core's
/// edits for it.
pub trait DirectoryRecord: Clone + serde::Serialize + 'static {
    /// Lower case, e.g. "person": "Save person", "Delete person", the stale notice.
    const NOUN: &'static str;
    /// Capitalised, e.g. "Person": "Person added.", "Person not found".
    const CAPITALISED: &'static str;
    /// The heading of the form for a new one, e.g. "Add a person".
    const ADD: &'static str;
    /// The list the form returns to, e.g. "/people".
    const LIST: &'static str;
    /// The list in "Back to people".
    const LIST_NAME: &'static str;
    /// What "not found" adds, e.g. "They may have been deleted."
    const GONE: &'static str;
    /// Prefix of the form's field ids.
    const PREFIX: &'static str;

    /// Its id.
    fn id(&self) -> Id;
    /// Its name, for the heading and the delete question.
    fn name(&self) -> &str;
    /// When it was last changed, for the stale check.
    fn updated_at(&self) -> Timestamp;
    /// The saved one with `id`.
    fn find(ws: &Workspace, id: Id) -> Option<&Self>;
    /// Validates and saves it.
    fn save(self, ws: &mut Workspace, now: Timestamp) -> Result<(), ValidationErrors>;
    /// Deletes the one with `id`, changing what points at it.
    fn delete(ws: &mut Workspace, id: Id, now: Timestamp) -> Result<(), DeleteError>;
}

/// A row of a directory list: the address of the record's page, then its cells as shown and
/// as downloaded (the first is the link's text).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ListRow {
    /// The record's page.
    pub href: String,
    /// One string per column.
    pub cells: Vec<String>,
}

/// A list page: its heading, what it lists, the button to add one, and the table with its CSV
/// download, or what to say when there is nothing.
#[component]
pub fn RecordList(
    /// The page's title, heading and table caption, e.g. "People".
    title: &'static str,
    /// What the list holds, under the heading.
    lede: &'static str,
    /// The add button's address and words.
    add: (&'static str, &'static str),
    /// What to say when there is nothing to list.
    empty: &'static str,
    /// Column headings, of the table and the CSV file.
    headers: &'static [&'static str],
    /// Columns from this one on hold counts, aligned right.
    counts_from: usize,
    /// What the CSV file is named after, e.g. "people".
    csv_name: &'static str,
    /// The rows, in order.
    rows: Memo<Vec<ListRow>>,
) -> impl IntoView {
    set_page_title(move || title.into());
    let numeric = move |column: usize| (column >= counts_from).then_some("numeric");
    view! {
        <h1>{title}</h1>
        <p class="lede">{lede}</p>
        <A href=add.0 attr:class="button">{add.1}</A>
        <Show when=move || rows.with(|r| !r.is_empty()) fallback=move || view! { <p>{empty}</p> }>
            <table class="table">
                <caption class="visually-hidden">{title}</caption>
                <thead><tr>
                    {headers.iter().enumerate().map(|(i, h)| view! { <th scope="col" class=numeric(i)>{*h}</th> }).collect_view()}
                </tr></thead>
                <tbody>
                    <For each=move || rows.get() key=|r| r.clone() let(ListRow { href, cells })>
                        <tr>
                            {cells.into_iter().enumerate().map(|(i, cell)| match i {
                                0 => view! { <td><A href=href.clone()>{cell}</A></td> }.into_any(),
                                _ => view! { <td class=numeric(i)>{cell}</td> }.into_any(),
                            }).collect_view()}
                        </tr>
                    </For>
                </tbody>
            </table>
            <CsvButton what=csv_name headers=headers
                rows=Callback::new(move |_| rows.get_untracked().into_iter().map(|r| r.cells).collect())/>
        </Show>
    }
}

/// Every organisation, to choose the one a record belongs to.
pub fn organisation_choices() -> Signal<Vec<Choice>> {
    let state = AppState::get();
    Signal::derive(move || {
        state.workspace.with(|ws| {
            ws.organisations
                .iter()
                .map(|o| Choice::new(o.id.to_string(), o.name.clone()))
                .collect()
        })
    })
}

/// A form opened on the record its address names (`/people/:id/edit`), or on a new one
/// (`/people/new`).
pub struct Opened<T> {
    /// The record as the form starts.
    pub draft: T,
    /// Whether it is not saved yet.
    pub is_new: bool,
}

/// The form's heading, which is also the page's title.
fn heading<T: DirectoryRecord>(is_new: bool, name: &str) -> String {
    if is_new {
        T::ADD.to_string()
    } else {
        format!("Edit “{name}”")
    }
}

/// Opens the form on the record the address names, or on `blank` when it names none, and
/// titles the page. `Err` is the page to show instead: the address names a record that is not
/// there (deleted, or never was).
pub fn open_form<T: DirectoryRecord>(
    blank: impl FnOnce(&Workspace) -> T,
) -> Result<Opened<T>, AnyView> {
    let state = AppState::get();
    let named = use_params_map().with_untracked(|p| p.get("id"));
    let opened = state.workspace.with_untracked(|ws| match named {
        None => Some(Opened {
            draft: blank(ws),
            is_new: true,
        }),
        Some(id) => id
            .parse()
            .ok()
            .and_then(|id| T::find(ws, id))
            .map(|draft| Opened {
                draft: draft.clone(),
                is_new: false,
            }),
    });
    match opened {
        Some(opened) => {
            let title = heading::<T>(opened.is_new, opened.draft.name());
            set_page_title(move || title.clone());
            Ok(opened)
        }
        None => {
            let title = format!("{} not found", T::CAPITALISED);
            set_page_title({
                let title = title.clone();
                move || title.clone()
            });
            Err(view! { <h1>{title}</h1><p>{T::GONE}</p> }.into_any())
        }
    }
}

/// The form around a record's fields: the way back, the heading, the notice when another tab
/// changed the record first, the error summary, Save and Cancel, and deleting it. Saving and
/// deleting return to the list with a confirmation there.
#[component]
pub fn RecordForm<T, R>(
    /// What the form opened on.
    opened: Opened<T>,
    /// The record as the fields now say.
    read: R,
    /// Errors of the last save, which the fields show too.
    errors: RwSignal<ValidationErrors>,
    /// What deleting it would change, one line each.
    #[prop(optional)]
    consequences: Vec<String>,
    /// Why it cannot be deleted, if it cannot.
    #[prop(default = None)]
    blocked: Option<String>,
    /// The fields.
    children: Children,
) -> impl IntoView
where
    T: DirectoryRecord,
    R: Fn() -> T + 'static,
{
    let state = AppState::get();
    let navigate = use_navigate();
    let Opened { draft, is_new } = opened;
    let (id, opened_at, name) = (draft.id(), draft.updated_at(), draft.name().to_string());
    let stale = RwSignal::new(None::<StaleRecord>);
    let summary = NodeRef::new();

    let nav = navigate.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let record = read();
        if !is_new {
            let refused = state.workspace.with_untracked(|ws| {
                let saved = T::find(ws, id).map(|r| (r, r.updated_at()));
                refuse_stale(T::NOUN, opened_at, &record, saved)
            });
            if refused.is_some() {
                stale.set(refused);
                return;
            }
        }
        match state.edit(|ws| record.save(ws, now())) {
            Ok(()) => {
                let done = if is_new { "added" } else { "saved" };
                state.flash(T::LIST, format!("{} {done}.", T::CAPITALISED));
                nav(T::LIST, NavigateOptions::default());
            }
            Err(e) => {
                errors.set(e);
                focus_error_summary(summary);
            }
        }
    };
    let on_delete = Callback::new(move |_| {
        match state.edit(|ws| T::delete(ws, id, now())) {
            Ok(()) => state.flash(T::LIST, format!("{} deleted.", T::CAPITALISED)),
            Err(e) => state.flash(T::LIST, e.to_string()),
        }
        state.open_when_sent(&navigate, T::LIST);
    });

    view! {
        <A href=T::LIST attr:class="back-link">{format!("Back to {}", T::LIST_NAME)}</A>
        <h1>{heading::<T>(is_new, &name)}</h1>
        <StaleNotice stale=stale/>
        <form class="form" novalidate on:submit=submit>
            <ErrorSummary prefix=T::PREFIX errors=errors node=summary/>
            {children()}
            <div class="button-row">
                <button type="submit" class="button">{format!("Save {}", T::NOUN)}</button>
                <A href=T::LIST attr:class="button button-secondary">"Cancel"</A>
            </div>
        </form>
        {(!is_new).then(|| view! {
            <DeletePanel noun=T::NOUN name=name consequences=consequences blocked=blocked on_confirm=on_delete/>
        })}
    }
}
