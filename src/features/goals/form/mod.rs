//! Add (`/goals/new`) or edit (`/goals/:id/edit`) a goal. The form holds one signal a field of
//! the core's `GoalDraft`, which makes the goal or says what is wrong; the lists it offers are
//! in `choices`.

mod choices;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use scorecard_core::exchange::RecordKind;
use scorecard_core::workspace::GoalDraft;
use scorecard_core::{Goal, GoalLevel, Id, Perspective, ValidationErrors, Workspace};

use super::GOAL_GONE;
use crate::app::state::{now, AppState};
use crate::ui::fields::{
    error_for, field_id, focus_error_summary, CheckboxField, Choice, ErrorSummary, RadioField,
    SelectField, TextField,
};
use crate::ui::layout::set_page_title;
use crate::ui::read_only::{read_only_owner, OwnedBy};
use crate::ui::record_page::RecordPage;
use crate::ui::stale_notice::{refuse_stale, StaleNotice, StaleRecord};
use choices::GoalChoices;

const PREFIX: &str = "goal";

/// Adds a goal. `?parent=ID` starts it under that goal; `?level=` and `?perspective=` preset them.
#[component]
pub fn NewGoalPage() -> impl IntoView {
    set_page_title(|| "Add a goal".into());
    let state = AppState::get();
    let query = use_query_map();
    let draft = query.with_untracked(|q| {
        state.workspace.with_untracked(|ws| {
            ws.new_goal(
                q.get("parent").and_then(|p| p.parse().ok()),
                q.get("level").and_then(|l| GoalLevel::from_key(&l)),
                q.get("perspective").and_then(|p| Perspective::from_key(&p)),
                now(),
            )
        })
    });
    let has_orgs = state
        .workspace
        .with_untracked(|ws| !ws.organisations.is_empty());
    view! {
        <A href="/cascade" attr:class="back-link">
            "Back to the cascade"
        </A>
        <h1>"Add a goal"</h1>
        {if has_orgs {
            view! { <GoalForm draft=draft is_new=true /> }.into_any()
        } else {
            view! {
                <p>
                    "A goal belongs to an organisation, and there are none yet. "
                    <A href="/organisations/new">"Add an organisation"</A>" first."
                </p>
            }
                .into_any()
        }}
    }
}

/// Edits an existing goal (`/goals/:id/edit`); a partner's goal is shown with who owns it,
/// and no form.
#[component]
pub fn EditGoalPage() -> impl IntoView {
    let state = AppState::get();
    let page = move |id| {
        let Some(goal) = state.workspace.with_untracked(|ws| ws.goal(id).cloned()) else {
            return ().into_any();
        };
        let locked = state
            .workspace
            .with_untracked(|ws| read_only_owner(ws, RecordKind::Goal, id));
        let back = view! {
            <A href=format!("/goals/{id}") attr:class="back-link">
                "Back to the goal"
            </A>
        };
        match locked {
            Some((owner, arrival)) => view! {
                {back}
                <h1>{goal.title.clone()}</h1>
                <OwnedBy organisation_id=owner arrival=arrival />
            }
            .into_any(),
            None => view! {
                {back}
                <h1>{format!("Edit “{}”", goal.title)}</h1>
                <GoalForm draft=goal is_new=false />
            }
            .into_any(),
        }
    };
    view! {
        <RecordPage
            once=true
            name_of=|ws: &Workspace, id| ws.goal(id).map(|g| format!("Edit “{}”", g.title))
            missing="Goal not found"
            gone=GOAL_GONE
            page=page
        />
    }
}

/// The goal form, shared by add and edit. Nothing is saved unless every check passes.
#[component]
fn GoalForm(draft: Goal, is_new: bool) -> impl IntoView {
    let state = AppState::get();
    let navigate = use_navigate();
    let goal_id = draft.id;
    let created = draft.stamps;
    let stale = RwSignal::new(None::<StaleRecord>);
    // Saved once: a second press while the page moves on must not save again.
    let submitted = StoredValue::new(false);

    let fields = GoalDraft::from(&draft);
    let title = RwSignal::new(fields.title);
    let description = RwSignal::new(fields.description);
    let level = RwSignal::new(fields.level);
    let perspective = RwSignal::new(fields.perspective);
    let organisation = RwSignal::new(fields.organisation);
    let parent = RwSignal::new(fields.parent);
    let team = RwSignal::new(fields.team);
    let owner = RwSignal::new(fields.owner);
    let shared_with = RwSignal::new(fields.shared_with);
    let start = RwSignal::new(fields.start_date);
    let due = RwSignal::new(fields.due_date);
    // The draft as typed so far.
    let typed = move || GoalDraft {
        title: title.get_untracked(),
        description: description.get_untracked(),
        level: level.get_untracked(),
        perspective: perspective.get_untracked(),
        organisation: organisation.get_untracked(),
        parent: parent.get_untracked(),
        team: team.get_untracked(),
        owner: owner.get_untracked(),
        shared_with: shared_with.get_untracked(),
        start_date: start.get_untracked(),
        due_date: due.get_untracked(),
    };
    let errors = RwSignal::new(ValidationErrors::default());
    let summary = NodeRef::new();

    let level_value =
        Memo::new(move |_| GoalLevel::from_key(&level.get()).unwrap_or(GoalLevel::Strategic));
    let org_value = Memo::new(move |_| organisation.get().parse::<Id>().ok());

    let choices = GoalChoices::new(goal_id, level_value, org_value);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if submitted.get_value() {
            return;
        }
        let typed = typed();
        if !is_new {
            // The goal as saved now, against the version this form was opened on.
            let refused = state.workspace.with_untracked(|ws| {
                let goal = typed.as_typed(goal_id, created);
                let saved = ws.goal(goal_id).map(|g| (g, g.stamps.updated_at));
                refuse_stale("goal", created.updated_at, &goal, saved)
            });
            if refused.is_some() {
                stale.set(refused);
                return;
            }
        }
        let result = state.edit(|ws| {
            let goal = typed.into_goal(ws, goal_id, created)?;
            ws.save_goal(goal, now())
        });
        match result {
            Ok(()) => {
                errors.set(ValidationErrors::default());
                submitted.set_value(true);
                let path = format!("/goals/{goal_id}");
                state.flash(
                    path.clone(),
                    if is_new { "Goal added." } else { "Goal saved." },
                );
                state.open_when_sent(&navigate, path);
            }
            Err(e) => {
                errors.set(e);
                focus_error_summary(summary);
            }
        }
    };

    let id = |field: &str| field_id(PREFIX, field);
    let level_choices: Vec<Choice> = GoalLevel::ALL
        .into_iter()
        .map(|l| Choice::new(l.key(), format!("{} goal", l.label())))
        .collect();
    let perspective_choices: Vec<Choice> = Perspective::ALL
        .into_iter()
        .map(|p| Choice::new(p.key(), p.label()))
        .collect();
    let cancel_href = if is_new {
        "/cascade".to_string()
    } else {
        format!("/goals/{goal_id}")
    };

    view! {
        <StaleNotice stale=stale />
        <form class="form" novalidate on:submit=submit>
            <ErrorSummary prefix=PREFIX errors=errors node=summary />
            <RadioField
                id=id("level")
                legend="Level"
                value=level
                error=error_for(errors, "level")
                hint="Strategic goals are set by the board. Team and individual goals contribute to them."
                choices=level_choices
            />
            <TextField
                id=id("title")
                label="Title"
                value=title
                error=error_for(errors, "title")
                hint="Up to 150 characters. Say what will be achieved, for example “See 78% of A&E patients within 4 hours”."
            />
            <TextField
                id=id("description")
                label="Description (optional)"
                value=description
                error=error_for(errors, "description")
                multiline=true
                hint="Up to 2,000 characters."
            />
            <RadioField
                id=id("perspective")
                legend="Balanced Scorecard perspective"
                value=perspective
                error=error_for(errors, "perspective")
                choices=perspective_choices
            />
            <SelectField
                id=id("organisation")
                label="Owning organisation"
                value=organisation
                error=error_for(errors, "organisation")
                choices=choices.organisations
                hint="The organisation that owns the goal and keeps it up to date."
            />
            <Show when=move || level_value.get() != GoalLevel::Strategic>
                <SelectField
                    id=id("parent")
                    label="Contributes to (parent goal)"
                    value=parent
                    error=error_for(errors, "parent")
                    choices=choices.parents
                    empty="Not linked yet (the goal will show as not aligned)"
                    hint="The team or strategic goal this one helps to achieve."
                />
                <SelectField
                    id=id("team")
                    label="Team (optional)"
                    value=team
                    error=error_for(errors, "team")
                    choices=choices.teams
                    empty="No team"
                />
            </Show>
            <SelectField
                id=id("owner")
                label="Owner (optional)"
                value=owner
                error=error_for(errors, "owner")
                choices=choices.owners
                empty="Not named"
                hint="The person accountable for the goal."
            />
            <CheckboxField
                id=id("shared_with")
                legend="Shared with partner organisations (optional)"
                value=shared_with
                error=error_for(errors, "shared_with")
                choices=choices.partners
                hint="Partners who work towards this goal with you."
                none_text="There are no other organisations yet."
            />
            <TextField
                id=id("start_date")
                label="Start date (optional)"
                value=start
                input_type="date"
                error=error_for(errors, "start_date")
                width="input-width-10"
            />
            <TextField
                id=id("due_date")
                label="Due date (optional)"
                value=due
                input_type="date"
                error=error_for(errors, "due_date")
                width="input-width-10"
            />
            <div class="button-row">
                <button type="submit" class="button">
                    "Save goal"
                </button>
                <A href=cancel_href attr:class="button button-secondary">
                    "Cancel"
                </A>
            </div>
        </form>
    }
}
