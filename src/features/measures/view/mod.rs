//! One measure's page: status, charts, data and the forms to enter and assess it.

mod charts;
mod data;
mod status;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use scorecard_core::exchange::RecordKind;
use scorecard_core::measures::measure_view;
use scorecard_core::Measure;

use crate::app::state::{now, AppState};
use crate::features::measures::entry::{EnterActualForm, SelfAssessmentForm, SpcSettingsForm};
use crate::ui::csv_button::CsvButton;
use crate::ui::delete_panel::DeletePanel;
use crate::ui::layout::set_page_title;
use crate::ui::read_only::{read_only_owner, OwnedBy};
use crate::ui::record::id_param;

use charts::ChartsSection;
use data::DataTable;
use status::StatusSection;

/// One measure: its status against the trajectory, forecast, self-assessment, charts, data with
/// its history, and forms to enter data and assess it.
#[component]
pub fn MeasurePage() -> impl IntoView {
    let state = AppState::get();
    let id = id_param();
    let name = Memo::new(move |_| {
        id.get().and_then(|id| {
            state
                .workspace
                .with(|ws| ws.measure(id).map(|m| m.name.clone()))
        })
    });
    set_page_title(move || name.get().unwrap_or_else(|| "Measure not found".into()));
    // Re-created only when the address names another measure (or it is deleted), not on every
    // edit, so the forms keep focus and state.
    let exists = Memo::new(move |_| {
        id.get()
            .filter(|id| state.workspace.with(|ws| ws.measure(*id).is_some()))
    });
    move || match exists
        .get()
        .and_then(|id| state.workspace.with_untracked(|ws| ws.measure(id).cloned()))
    {
        Some(m) => view! { <MeasureDetails measure=m /> }.into_any(),
        None => view! {
            <h1>"Measure not found"</h1>
            <p>"There is no measure at this address. It may have been deleted."</p>
            <p>
                <A href="/">"Go to the scorecard"</A>
            </p>
        }
        .into_any(),
    }
}

/// The page for one measure. The forms are created once, so typing, focus and their messages
/// survive a save; the sections that show data re-render from the workspace.
#[component]
fn MeasureDetails(measure: Measure) -> impl IntoView {
    let state = AppState::get();
    let navigate = use_navigate();
    let id = measure.id;
    let goal_id = measure.goal_id;
    // What the page shows above the forms, from the core: the charts over recent windows, so
    // the page costs the same for ten years of data as for ten thousand.
    let shown = Memo::new(move |_| {
        state
            .workspace
            .with(|ws| ws.measure(id).map(|m| measure_view(m, now().date_naive())))
    });
    let goal_title = state.workspace.with_untracked(|ws| {
        ws.goal(goal_id)
            .map(|g| g.title.clone())
            .unwrap_or_default()
    });
    let delete_error = RwSignal::new(None::<String>);
    let on_delete = Callback::new(
        move |_| match state.edit(|ws| ws.delete_measure(id, now())) {
            Ok(()) => {
                let path = format!("/goals/{goal_id}");
                state.flash(path.clone(), "Measure deleted.");
                state.open_when_sent(&navigate, &path);
            }
            Err(e) => delete_error.set(Some(format!("The measure was not deleted: {e}."))),
        },
    );
    let count = measure.actuals.len();
    // A partner's measure: shown with who owns it, and without the controls that would change it.
    let locked = state
        .workspace
        .with_untracked(|ws| read_only_owner(ws, RecordKind::Measure, id));
    let editable = locked.is_none();

    view! {
        <A href=format!("/goals/{goal_id}") attr:class="back-link">
            {format!("Back to “{goal_title}”")}
        </A>
        <span class="caption">"Measure"</span>
        <h1>
            {move || shown.with(|v| v.as_ref().map(|v| v.about.name.clone())).unwrap_or_default()}
        </h1>
        {locked.map(|(owner, arrival)| view! { <OwnedBy organisation_id=owner arrival=arrival /> })}
        {move || shown.get().map(|v| view! { <StatusSection about=v.about summary=v.summary /> })}
        {editable
            .then(|| {
                view! {
                    <div class="button-row">
                        <A href=format!("/measures/{id}/edit") attr:class="button button-secondary">
                            "Edit measure and trajectory"
                        </A>
                    </div>
                }
            })}
        {move || shown.get().map(|v| view! { <ChartsSection view=v /> })}
        {editable
            .then(|| {
                view! {
                    <SpcSettingsForm measure=measure.clone() />

                    <h2 id="enter-data">"Enter data"</h2>
                    <EnterActualForm measure=measure.clone() />
                }
            })}

        <h2>"Data and corrections"</h2>
        <DataTable id=id />
        <CsvButton
            what="actuals"
            headers=&scorecard_core::exchange::csv::ACTUALS_HEADERS
            rows=Callback::new(move |_| {
                state
                    .workspace
                    .with_untracked(|ws| {
                        scorecard_core::exchange::csv::actuals_table(ws, &[id]).rows
                    })
            })
        />

        {editable
            .then(|| {
                view! {
                    <h2>"Owner's self-assessment"</h2>
                    <SelfAssessmentForm measure=measure.clone() />

                    <DeletePanel
                        noun="measure"
                        name=measure.name.clone()
                        consequences=vec![
                            format!("Its {count} data entries and their history will be deleted."),
                        ]
                        blocked=None
                        on_confirm=on_delete
                    />
                }
            })}
        <Show when=move || delete_error.get().is_some()>
            <p class="error-message" role="alert">
                {move || delete_error.get()}
            </p>
        </Show>
    }
}
