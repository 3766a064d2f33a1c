//! `/reviews/schedule`: how often strategic, team and one-to-one reviews happen.

use leptos::prelude::*;
use leptos_router::components::A;
use scorecard_core::reviews::DueReview;
use scorecard_core::{Cadence, Id, IndividualReviewKind, ReviewSubject, Workspace};

use crate::app::state::{now, AppState};
use crate::ui::dates::day;
use crate::ui::due_lists::DueTag;
use crate::ui::layout::set_page_title;
use crate::ui::record::org_short;

/// Which cadences a section sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    Strategic,
    Team,
    OneToOne,
}

impl Section {
    fn key(self) -> &'static str {
        match self {
            Section::Strategic => "strategic",
            Section::Team => "team",
            Section::OneToOne => "one-to-one",
        }
    }

    fn default_cadence(self) -> Cadence {
        match self {
            Section::Strategic | Section::Team => Cadence::Quarterly,
            Section::OneToOne => Cadence::None,
        }
    }

    fn current(self, ws: &Workspace, id: Id) -> Cadence {
        match self {
            Section::Strategic => ws.cadences.strategic_for(id),
            Section::Team => ws.cadences.team_for(id),
            Section::OneToOne => ws.cadences.one_to_one_for(id),
        }
    }

    fn set(self, ws: &mut Workspace, id: Id, c: Cadence) {
        match self {
            Section::Strategic => ws.cadences.set_strategic(id, c),
            Section::Team => ws.cadences.set_team(id, c),
            Section::OneToOne => ws.cadences.set_one_to_one(id, c),
        }
    }

    fn subject(self, id: Id) -> ReviewSubject {
        match self {
            Section::Strategic => ReviewSubject::Strategic {
                organisation_id: id,
            },
            Section::Team => ReviewSubject::Team { team_id: id },
            Section::OneToOne => ReviewSubject::Individual {
                person_id: id,
                kind: IndividualReviewKind::OneToOne,
            },
        }
    }

    /// (id, name, organisation) of each row, in order.
    fn rows(self, ws: &Workspace) -> Vec<(Id, String, String)> {
        let mut rows: Vec<(Id, String, String)> = match self {
            Section::Strategic => ws
                .organisations
                .iter()
                .map(|o| (o.id, o.name.clone(), String::new()))
                .collect(),
            Section::Team => ws
                .teams
                .iter()
                .map(|t| (t.id, t.name.clone(), org_short(ws, t.organisation_id)))
                .collect(),
            Section::OneToOne => ws
                .people
                .iter()
                .map(|p| (p.id, p.name.clone(), org_short(ws, p.organisation_id)))
                .collect(),
        };
        if self != Section::Strategic {
            rows.sort_by_key(|(_, name, org)| (org.clone(), name.to_lowercase()));
        }
        rows
    }
}

/// Set how often each kind of review happens.
#[component]
pub fn CadencesPage() -> impl IntoView {
    set_page_title(|| "Review schedule".into());
    view! {
        <A href="/reviews" attr:class="back-link">"Back to reviews"</A>
        <h1>"Review schedule"</h1>
        <p class="lede">"How often each review should happen. A review is due this often after the last one, unless a date was agreed at it; one never held is due now."</p>
        <p>"Annual appraisals are due once a year for everyone."</p>
        <CadenceSection section=Section::Strategic title="Strategic (board) reviews"
            hint="Per organisation. Quarterly unless you choose otherwise." noun="Organisation"/>
        <CadenceSection section=Section::Team title="Team reviews"
            hint="Per team. Quarterly unless you choose otherwise." noun="Team"/>
        <CadenceSection section=Section::OneToOne title="One-to-ones"
            hint="Per person. Not scheduled unless you choose; monthly is usual." noun="Person"/>
    }
}

#[component]
fn CadenceSection(
    section: Section,
    title: &'static str,
    hint: &'static str,
    noun: &'static str,
) -> impl IntoView {
    let state = AppState::get();
    let rows = state.workspace.with_untracked(|ws| {
        section
            .rows(ws)
            .into_iter()
            .map(|(id, name, org)| {
                let choice = RwSignal::new(section.current(ws, id).key().to_string());
                (id, name, org, choice)
            })
            .collect::<Vec<_>>()
    });
    let rows = StoredValue::new(rows);
    let saved = RwSignal::new(None::<String>);
    let heading_id = format!("schedule-{}", section.key());
    let show_org = section != Section::Strategic;

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let chosen: Vec<(Id, Cadence)> = rows.with_value(|rows| {
            rows.iter()
                .filter_map(|(id, _, _, c)| Cadence::from_key(&c.get_untracked()).map(|c| (*id, c)))
                .collect()
        });
        let mut changed = 0;
        let result = state.edit(|ws| {
            for (id, c) in chosen {
                if section.current(ws, id) != c {
                    section.set(ws, id, c);
                    changed += 1;
                }
            }
            Ok::<(), ()>(())
        });
        saved.set(Some(match (result, changed) {
            (Err(()), _) => "The schedule could not be saved.".into(),
            (Ok(()), 0) => "Nothing had changed.".into(),
            (Ok(()), 1) => format!("{title}: 1 change saved."),
            (Ok(()), n) => format!("{title}: {n} changes saved."),
        }));
    };

    let due = move |id: Id| -> Option<DueReview> {
        state
            .workspace
            .with(|ws| ws.review_due(section.subject(id), now().date_naive()))
    };
    let default = section.default_cadence();

    view! {
        <section aria-labelledby=heading_id.clone()>
            <h2 id=heading_id.clone()>{title}</h2>
            <p class="hint">{hint}</p>
            <form novalidate on:submit=submit>
                <table class="table table-row-headers">
                    <caption class="visually-hidden">{title}</caption>
                    <thead><tr>
                        <th scope="col">{noun}</th>
                        {show_org.then(|| view! { <th scope="col">"Organisation"</th> })}
                        <th scope="col">"How often"</th>
                        <th scope="col">"Next due"</th>
                    </tr></thead>
                    <tbody>
                        {rows.get_value().into_iter().map(|(id, name, org, choice)| {
                            let select_id = format!("schedule-{}-{id}", section.key());
                            view! {
                                <tr>
                                    <th scope="row">{name.clone()}</th>
                                    {show_org.then(|| view! { <td>{org}</td> })}
                                    <td>
                                        <label class="visually-hidden" for=select_id.clone()>{format!("How often for {name}")}</label>
                                        <select class="select" id=select_id.clone() name=select_id
                                            on:change=move |ev| choice.set(event_target_value(&ev))>
                                            {Cadence::ALL.into_iter().map(|c| {
                                                let label = if c == default { format!("{} (default)", c.label()) } else { c.label().to_string() };
                                                view! { <option value=c.key() prop:selected=move || *choice.read() == c.key()>{label}</option> }
                                            }).collect_view()}
                                        </select>
                                    </td>
                                    <td>{move || match due(id) {
                                        Some(d) => view! { {day(d.due)}" "<DueTag state=d.state/> }.into_any(),
                                        None => view! { "Not scheduled" }.into_any(),
                                    }}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
                <button type="submit" class="button">{format!("Save {}", title.to_lowercase())}</button>
                <div role="status" class="inline-status">
                    {move || saved.get().map(|m| view! { <p class="flash">{m}</p> })}
                </div>
            </form>
        </section>
    }
}
