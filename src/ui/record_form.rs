//! The add-or-edit form of a kind of record that has a list page: the page that opens it on the
//! record the address names (or a new one), and the form around the record's fields — its
//! heading, the stale check, saving, deleting, and where each leads.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};
use leptos_router::NavigateOptions;
use scorecard_core::workspace::DeleteError;
use scorecard_core::{Id, Timestamp, ValidationErrors, Workspace};

use crate::app::state::{now, AppState};
use crate::ui::delete_panel::DeletePanel;
use crate::ui::fields::{focus_error_summary, ErrorSummary};
use crate::ui::layout::set_page_title;
use crate::ui::record_page::RecordPage;
use crate::ui::stale_notice::{refuse_stale, StaleNotice, StaleRecord};

/// A kind of record with a list page and an add-or-edit form: the words its pages use, and the
/// core's look-up and edits for it. One `static` a kind.
pub struct ListedKind<T: 'static> {
    /// Lower case, e.g. "person": "Save person", "Delete person", the stale notice.
    pub noun: &'static str,
    /// Capitalised, e.g. "Person": "Person added.", "Person not found".
    pub capitalised: &'static str,
    /// The heading (and title) of the form for a new one, e.g. "Add a person".
    pub add: &'static str,
    /// The list the form returns to, e.g. "/people".
    pub list: &'static str,
    /// The list in "Back to people".
    pub list_name: &'static str,
    /// What "not found" says, e.g. "They may have been deleted."
    pub gone: &'static str,
    /// Prefix of the form's field ids.
    pub prefix: &'static str,
    /// A record's id.
    pub id: fn(&T) -> Id,
    /// A record's name, for the heading and the delete question.
    pub name: fn(&T) -> &str,
    /// When a record was last changed, for the stale check.
    pub updated_at: fn(&T) -> Timestamp,
    /// The saved record with an id.
    pub find: fn(&Workspace, Id) -> Option<&T>,
    /// Validates and saves a record.
    pub save: fn(&mut Workspace, T, Timestamp) -> Result<(), ValidationErrors>,
    /// Deletes the record with an id, changing what points at it.
    pub delete: fn(&mut Workspace, Id, Timestamp) -> Result<(), DeleteError>,
}

impl<T> ListedKind<T> {
    /// The form's heading, which is also the page's title.
    fn heading(&self, is_new: bool, name: &str) -> String {
        if is_new {
            self.add.to_string()
        } else {
            format!("Edit “{name}”")
        }
    }
}

/// A form opened on the record its address names (`/people/:id/edit`), or on a new one
/// (`/people/new`).
pub struct Opened<T> {
    /// The record as the form starts.
    pub draft: T,
    /// Whether it is not saved yet.
    pub is_new: bool,
}

/// The form page of a kind of record: on a new record (from `blank`) when the address names
/// none, on the saved one when it does, or "not found" when that is not there. The record is
/// looked up once, so a form open while another tab deletes it stays, and its save says so.
#[component]
pub fn RecordFormPage<T>(
    /// The kind of record.
    kind: &'static ListedKind<T>,
    /// A new record, for the form at `/…/new`.
    blank: fn(&Workspace) -> T,
    /// The form on a record: its fields inside a [`RecordForm`].
    form: fn(Opened<T>) -> AnyView,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
{
    let state = AppState::get();
    if use_params_map().with_untracked(|p| p.get("id").is_none()) {
        set_page_title(move || kind.add.into());
        let draft = state.workspace.with_untracked(blank);
        return form(Opened {
            draft,
            is_new: true,
        });
    }
    let name_of = move |ws: &Workspace, id: Id| {
        (kind.find)(ws, id).map(|r| kind.heading(false, (kind.name)(r)))
    };
    let page = move |id: Id| match state
        .workspace
        .with_untracked(|ws| (kind.find)(ws, id).cloned())
    {
        Some(draft) => form(Opened {
            draft,
            is_new: false,
        }),
        None => ().into_any(),
    };
    view! {
        <RecordPage
            once=true
            name_of=name_of
            page=page
            missing=format!("{} not found", kind.capitalised)
            gone=kind.gone
        />
    }
    .into_any()
}

/// The form around a record's fields: the way back, the heading, the notice when another tab
/// changed the record first, the error summary, Save and Cancel, and deleting it. Saving and
/// deleting return to the list with a confirmation there.
#[component]
pub fn RecordForm<T, R>(
    /// The kind of record.
    kind: &'static ListedKind<T>,
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
    T: serde::Serialize + 'static,
    R: Fn() -> T + 'static,
{
    let state = AppState::get();
    let navigate = use_navigate();
    let Opened { draft, is_new } = opened;
    let (id, opened_at) = ((kind.id)(&draft), (kind.updated_at)(&draft));
    let name = (kind.name)(&draft).to_string();
    let stale = RwSignal::new(None::<StaleRecord>);
    let summary = NodeRef::new();

    let nav = navigate.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let record = read();
        if !is_new {
            let refused = state.workspace.with_untracked(|ws| {
                let saved = (kind.find)(ws, id).map(|r| (r, (kind.updated_at)(r)));
                refuse_stale(kind.noun, opened_at, &record, saved)
            });
            if refused.is_some() {
                stale.set(refused);
                return;
            }
        }
        match state.edit(|ws| (kind.save)(ws, record, now())) {
            Ok(()) => {
                let done = if is_new { "added" } else { "saved" };
                state.flash(kind.list, format!("{} {done}.", kind.capitalised));
                nav(kind.list, NavigateOptions::default());
            }
            Err(e) => {
                errors.set(e);
                focus_error_summary(summary);
            }
        }
    };
    let on_delete = Callback::new(move |_| {
        match state.edit(|ws| (kind.delete)(ws, id, now())) {
            Ok(()) => state.flash(kind.list, format!("{} deleted.", kind.capitalised)),
            Err(e) => state.flash(kind.list, e.to_string()),
        }
        state.open_when_sent(&navigate, kind.list);
    });

    view! {
        <A href=kind.list attr:class="back-link">
            {format!("Back to {}", kind.list_name)}
        </A>
        <h1>{kind.heading(is_new, &name)}</h1>
        <StaleNotice stale=stale />
        <form class="form" novalidate on:submit=submit>
            <ErrorSummary prefix=kind.prefix errors=errors node=summary />
            {children()}
            <div class="button-row">
                <button type="submit" class="button">
                    {format!("Save {}", kind.noun)}
                </button>
                <A href=kind.list attr:class="button button-secondary">
                    "Cancel"
                </A>
            </div>
        </form>
        {(!is_new)
            .then(|| {
                view! {
                    <DeletePanel
                        noun=kind.noun
                        name=name
                        consequences=consequences
                        blocked=blocked
                        on_confirm=on_delete
                    />
                }
            })}
    }
}
