//! Define a measure and its trajectory: add (`/measures/new?goal=ID`) or edit
//! (`/measures/:id/edit`).

mod fields;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use scorecard_core::analysis::{Frequency, MeasureKind, Polarity};
use scorecard_core::measures::MeasureDraft;
use scorecard_core::{Id, Measure, ValidationErrors};

use crate::app::state::{now, AppState};
use crate::ui::fields::{focus_error_summary, ErrorSummary};
use crate::ui::layout::set_page_title;
use crate::ui::read_only::{read_only_owner, OwnedBy};
use crate::ui::record::id_param;
use crate::ui::stale_notice::{refuse_stale, StaleNotice, StaleRecord};

use fields::{Fields, MeasureFields, PREFIX};

/// Adds a measure to the goal named by `?goal=`.
#[component]
pub fn NewMeasurePage() -> impl IntoView {
    set_page_title(|| "Add a measure".into());
    let state = AppState::get();
    let goal = use_query_map().with_untracked(|q| q.get("goal").and_then(|g| g.parse::<Id>().ok()));
    let goal = goal.and_then(|g| {
        state
            .workspace
            .with_untracked(|ws| ws.goal(g).map(|g| (g.id, g.title.clone())))
    });
    match goal {
        None => view! {
            <h1>"Add a measure"</h1>
            <p>
                "A measure belongs to a goal. Open the goal first, then choose “Add a measure”."
            </p>
            <p>
                <A href="/cascade">"Go to the goal cascade"</A>
            </p>
        }
        .into_any(),
        Some((goal_id, title)) => {
            let draft = Measure::new(
                Id::new_v4(),
                goal_id,
                "",
                Frequency::Monthly,
                Polarity::HigherIsBetter,
                MeasureKind::Point,
                now(),
            );
            view! {
                <A href=format!("/goals/{goal_id}") attr:class="back-link">
                    {format!("Back to “{title}”")}
                </A>
                <span class="caption">{format!("Goal: {title}")}</span>
                <h1>"Add a measure"</h1>
                <MeasureForm draft=draft is_new=true />
            }
            .into_any()
        }
    }
}

/// Edits a measure's definition, target and trajectory.
#[component]
pub fn EditMeasurePage() -> impl IntoView {
    let state = AppState::get();
    let measure = id_param()
        .get_untracked()
        .and_then(|id| state.workspace.with_untracked(|ws| ws.measure(id).cloned()));
    let title = measure.as_ref().map(|m| format!("Edit “{}”", m.name));
    let heading = title.clone();
    set_page_title(move || title.clone().unwrap_or_else(|| "Measure not found".into()));
    let locked = measure.as_ref().and_then(|m| {
        state.workspace.with_untracked(|ws| {
            read_only_owner(ws, scorecard_core::exchange::RecordKind::Measure, m.id)
        })
    });
    match (measure, locked) {
        (None, _) => view! {
            <h1>"Measure not found"</h1>
            <p>"It may have been deleted."</p>
        }
        .into_any(),
        (Some(m), Some((owner, arrival))) => view! {
            <A href=format!("/measures/{}", m.id) attr:class="back-link">
                "Back to the measure"
            </A>
            <h1>{m.name.clone()}</h1>
            <OwnedBy organisation_id=owner arrival=arrival />
        }
        .into_any(),
        (Some(m), None) => view! {
            <A href=format!("/measures/{}", m.id) attr:class="back-link">
                "Back to the measure"
            </A>
            <h1>{heading}</h1>
            <MeasureForm draft=m is_new=false />
        }
        .into_any(),
    }
}

/// The measure form, shared by add and edit: a thin view over the core's [`MeasureDraft`].
/// Nothing is saved unless every check passes.
#[component]
fn MeasureForm(draft: Measure, is_new: bool) -> impl IntoView {
    let state = AppState::get();
    let navigate = use_navigate();
    let id = draft.id;
    let can_keep = !is_new && draft.trajectory.is_some();
    let cancel = if is_new {
        format!("/goals/{}", draft.goal_id)
    } else {
        format!("/measures/{id}")
    };
    let fields = Fields::new(MeasureDraft::from(&draft));
    // The measure the form was opened on: its data and chart options are saved with the
    // definition, and a save is refused if it has changed since.
    let original = draft;
    let stale = RwSignal::new(None::<StaleRecord>);
    let errors = RwSignal::new(ValidationErrors::default());
    let summary = NodeRef::new();

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = fields.typed();
        if !is_new {
            let refused = state.workspace.with_untracked(|ws| {
                let measure = typed.as_typed(&original);
                let saved = ws.measure(id).map(|r| (r, r.stamps.updated_at));
                refuse_stale("measure", original.stamps.updated_at, &measure, saved)
            });
            if refused.is_some() {
                stale.set(refused);
                return;
            }
        }
        let result = state.edit(|ws| {
            let measure = typed.into_measure(ws, &original)?;
            ws.save_measure(measure, now())
        });
        match result {
            Ok(()) => {
                let path = format!("/measures/{id}");
                state.flash(
                    path.clone(),
                    if is_new {
                        "Measure added."
                    } else {
                        "Measure saved."
                    },
                );
                state.open_when_sent(&navigate, &path);
            }
            Err(e) => {
                errors.set(e);
                focus_error_summary(summary);
            }
        }
    };

    view! {
        <StaleNotice stale=stale />
        <form class="form" novalidate on:submit=submit>
            <ErrorSummary prefix=PREFIX errors=errors node=summary />
            <MeasureFields fields=fields errors=errors can_keep=can_keep />
            <div class="button-row">
                <button type="submit" class="button">
                    "Save measure"
                </button>
                <A href=cancel attr:class="button button-secondary">
                    "Cancel"
                </A>
            </div>
        </form>
    }
}
