//! `/exit-interviews`: record an exit interview, and see each organisation's reasons for leaving
//! counted by quarter. Names are personal data and are not listed here.

use leptos::prelude::*;
use leptos_router::components::A;
use scorecard_core::format::parse_input_date;
use scorecard_core::profiles::OrganisationExits;
use scorecard_core::{ExitInterview, ExitReason, Id, Stamps, ValidationErrors};

use crate::app::state::{now, AppState};
use crate::ui::csv_button::CsvButton;
use crate::ui::fields::{
    error_for, field_id, focus_error_summary, CheckboxField, Choice, ErrorSummary, SelectField,
    TextField,
};
use crate::ui::inline_status::InlineStatus;
use crate::ui::layout::set_page_title;
use crate::ui::record::organisation_choices;
use crate::ui::tags::PersonalTag;

const PREFIX: &str = "exit";
const FIELD_ORDER: [&str; 6] = [
    "organisation",
    "leaver_name",
    "job_title",
    "date",
    "reasons",
    "themes",
];

/// The form and the counts.
#[component]
pub fn ExitInterviewsPage() -> impl IntoView {
    set_page_title(|| "Exit interviews".into());
    let state = AppState::get();
    let organisation = RwSignal::new(state.workspace.with_untracked(|ws| {
        ws.organisations
            .first()
            .map(|o| o.id.to_string())
            .unwrap_or_default()
    }));
    let name = RwSignal::new(String::new());
    let job = RwSignal::new(String::new());
    let date = RwSignal::new(now().date_naive().to_string());
    let reasons = RwSignal::new(Vec::<String>::new());
    let themes = RwSignal::new(String::new());
    let errors = RwSignal::new(ValidationErrors::default());
    let saved = RwSignal::new(None::<String>);
    let summary = NodeRef::new();

    let org_choices = Signal::derive(move || state.workspace.with(organisation_choices));
    let reason_choices = Signal::derive(|| {
        ExitReason::ALL
            .into_iter()
            .map(|r| Choice::new(r.key(), r.label()))
            .collect()
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        saved.set(None);
        let date_text = date.get_untracked();
        let when = parse_input_date(&date_text);
        let interview = ExitInterview {
            id: Id::new_v4(),
            organisation_id: organisation.get_untracked().parse().unwrap_or_default(),
            leaver_name: name.get_untracked().trim().to_string(),
            job_title: job.get_untracked().trim().to_string(),
            date: when.unwrap_or_else(|| now().date_naive()),
            reasons: reasons
                .get_untracked()
                .iter()
                .filter_map(|k| ExitReason::from_key(k))
                .collect(),
            themes: themes.get_untracked(),
            stamps: Stamps::new(now()),
        };
        let result = match when {
            Some(_) => state.edit(|ws| ws.save_exit_interview(interview, now())),
            None => {
                // List every problem at once: the core's checks (on a copy) and the date.
                let mut all = state
                    .workspace
                    .with_untracked(|ws| ws.clone().save_exit_interview(interview, now()))
                    .err()
                    .unwrap_or_default();
                all.push(
                    "date",
                    if date_text.trim().is_empty() {
                        "Enter the date of the interview"
                    } else {
                        "Enter the date of the interview as a real date"
                    },
                );
                Err(all)
            }
        };
        match result {
            Ok(()) => {
                errors.set(ValidationErrors::default());
                name.set(String::new());
                job.set(String::new());
                reasons.set(Vec::new());
                themes.set(String::new());
                saved.set(Some(
                    "Exit interview saved. The counts below include it.".into(),
                ));
            }
            Err(mut e) => {
                scorecard_core::order::sort_by_key(&mut e.0, |f| {
                    FIELD_ORDER
                        .iter()
                        .position(|x| *x == f.field)
                        .unwrap_or(FIELD_ORDER.len())
                });
                errors.set(e);
                focus_error_summary(summary);
            }
        }
    };

    let counts = Memo::new(move |_| state.workspace.with(|ws| ws.exits_by_organisation()));

    let id_of = |f: &str| field_id(PREFIX, f);
    view! {
        <A href="/reviews" attr:class="back-link">
            "Back to reviews"
        </A>
        <h1>"Exit interviews"</h1>
        <p class="lede">
            "Why people leave, counted by quarter for each organisation, so that themes can be seen and acted on."
        </p>
        <div class="inset personal-note">
            <p>
                <PersonalTag />
                " Exit interviews are personal data. Names and notes are kept in this browser with the record; this page shows only counts."
            </p>
        </div>

        <h2>"Reasons for leaving, by quarter"</h2>
        {move || {
            counts
                .get()
                .into_iter()
                .map(|OrganisationExits { id: oid, name: org, quarters }| {
                    let heading = format!("exit-counts-{oid}");
                    view! {
                        <section aria-labelledby=heading.clone()>
                            <h3 id=heading.clone()>{org.clone()}</h3>
                            {if quarters.is_empty() {
                                view! { <p>"No exit interviews recorded."</p> }.into_any()
                            } else {
                                let csv: Vec<Vec<String>> = quarters
                                    .iter()
                                    .map(|q| {
                                        vec![
                                            q.period.label(),
                                            q.interviews.to_string(),
                                            q
                                                .reasons
                                                .iter()
                                                .map(|(r, n)| format!("{}: {n}", r.label()))
                                                .collect::<Vec<_>>()
                                                .join("; "),
                                        ]
                                    })
                                    .collect();
                                view! {
                                    <table class="table table-row-headers">
                                        <caption class="visually-hidden">
                                            {format!("Reasons for leaving {org}, by quarter")}
                                        </caption>
                                        <thead>
                                            <tr>
                                                <th scope="col">"Quarter"</th>
                                                <th scope="col" class="numeric">
                                                    "Interviews"
                                                </th>
                                                <th scope="col">"Reasons given (how often)"</th>
                                            </tr>
                                        </thead>
                                        <tbody>
                                            {quarters
                                                .into_iter()
                                                .map(|q| {
                                                    view! {
                                                        <tr>
                                                            <th scope="row">{q.period.label()}</th>
                                                            <td class="numeric">{q.interviews}</td>
                                                            <td>
                                                                <ul class="plain-list compact-list">
                                                                    {q
                                                                        .reasons
                                                                        .into_iter()
                                                                        .map(|(r, n)| {
                                                                            view! { <li>{format!("{}: {n}", r.label())}</li> }
                                                                        })
                                                                        .collect_view()}
                                                                </ul>
                                                            </td>
                                                        </tr>
                                                    }
                                                })
                                                .collect_view()}
                                        </tbody>
                                    </table>
                                    <CsvButton
                                        what="exit-reasons"
                                        context="reasons for leaving"
                                        headers=&[
                                            "Quarter",
                                            "Interviews",
                                            "Reasons given (how often)",
                                        ]
                                        rows=Callback::new(move |_| csv.clone())
                                    />
                                }
                                    .into_any()
                            }}
                        </section>
                    }
                })
                .collect_view()
        }}

        <h2 id="exit-form-title">"Record an exit interview"</h2>
        <form class="form" novalidate on:submit=submit aria-labelledby="exit-form-title">
            <ErrorSummary prefix=PREFIX errors=errors node=summary />
            <SelectField
                id=id_of("organisation")
                label="Organisation they are leaving"
                value=organisation
                error=error_for(errors, "organisation")
                choices=org_choices
                empty="Choose an organisation"
            />
            <TextField
                id=id_of("leaver_name")
                label="Leaver's name"
                value=name
                error=error_for(errors, "leaver_name")
            />
            <TextField
                id=id_of("job_title")
                label="Job title (optional)"
                value=job
                error=error_for(errors, "job_title")
            />
            <TextField
                id=id_of("date")
                label="Date of the interview"
                value=date
                input_type="date"
                width="input-width-10"
                error=error_for(errors, "date")
            />
            <CheckboxField
                id=id_of("reasons")
                legend="Reasons for leaving"
                hint="Choose all that apply."
                choices=reason_choices
                value=reasons
                error=error_for(errors, "reasons")
            />
            <TextField
                id=id_of("themes")
                label="Themes, and what might have kept them (optional)"
                value=themes
                multiline=true
                error=error_for(errors, "themes")
            />
            <button type="submit" class="button">
                "Save exit interview"
            </button>
            <InlineStatus message=saved />
        </form>
    }
}
