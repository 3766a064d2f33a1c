//! `/reviews/schedule`: how often strategic, team and one-to-one reviews happen.

use leptos::prelude::*;
use leptos_router::components::A;
use scorecard_core::format::long_date;
use scorecard_core::reviews::Schedule;
use scorecard_core::{Cadence, Id};

use crate::app::state::{now, AppState};
use crate::ui::due_lists::DueTag;
use crate::ui::fields::{CellSelect, Choice};
use crate::ui::inline_status::InlineStatus;
use crate::ui::layout::set_page_title;

/// The part of each schedule's ids: "schedule-team", "schedule-team-ID".
fn key(schedule: Schedule) -> &'static str {
    match schedule {
        Schedule::Strategic => "strategic",
        Schedule::Team => "team",
        Schedule::OneToOne => "one-to-one",
    }
}

/// Set how often each kind of review happens.
#[component]
pub fn CadencesPage() -> impl IntoView {
    set_page_title(|| "Review schedule".into());
    view! {
        <A href="/reviews" attr:class="back-link">
            "Back to reviews"
        </A>
        <h1>"Review schedule"</h1>
        <p class="lede">
            "How often each review should happen. A review is due this often after the last one, unless a date was agreed at it; one never held is due now."
        </p>
        <p>"Annual appraisals are due once a year for everyone."</p>
        <CadenceSection
            section=Schedule::Strategic
            title="Strategic (board) reviews"
            hint="Per organisation. Quarterly unless you choose otherwise."
            noun="Organisation"
        />
        <CadenceSection
            section=Schedule::Team
            title="Team reviews"
            hint="Per team. Quarterly unless you choose otherwise."
            noun="Team"
        />
        <CadenceSection
            section=Schedule::OneToOne
            title="One-to-ones"
            hint="Per person. Not scheduled unless you choose; monthly is usual."
            noun="Person"
        />
    }
}

/// One schedule: a row per organisation, team or person with how often and when next due. The
/// choices are read once, so a change elsewhere does not undo what is being chosen here.
#[component]
fn CadenceSection(
    section: Schedule,
    title: &'static str,
    hint: &'static str,
    noun: &'static str,
) -> impl IntoView {
    let state = AppState::get();
    let rows = state.workspace.with_untracked(|ws| {
        ws.schedule_rows(section)
            .into_iter()
            .map(|r| {
                let choice = RwSignal::new(r.cadence.key().to_string());
                (r.id, r.name, r.organisation, choice)
            })
            .collect::<Vec<_>>()
    });
    let rows = StoredValue::new(rows);
    let due = Memo::new(move |_| {
        state
            .workspace
            .with(|ws| ws.schedule_due(section, now().date_naive()))
    });
    let saved = RwSignal::new(None::<String>);
    let heading_id = format!("schedule-{}", key(section));
    let show_org = section != Schedule::Strategic;

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
                if ws.set_scheduled_cadence(section, id, c) {
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
    let default = section.default_cadence();
    let cadences: Vec<Choice> = Cadence::ALL
        .into_iter()
        .map(|c| {
            let label = if c == default {
                format!("{} (default)", c.label())
            } else {
                c.label().to_string()
            };
            Choice::new(c.key(), label)
        })
        .collect();

    view! {
        <section aria-labelledby=heading_id.clone()>
            <h2 id=heading_id.clone()>{title}</h2>
            <p class="hint">{hint}</p>
            <form novalidate on:submit=submit>
                <table class="table table-row-headers">
                    <caption class="visually-hidden">{title}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{noun}</th>
                            {show_org.then(|| view! { <th scope="col">"Organisation"</th> })}
                            <th scope="col">"How often"</th>
                            <th scope="col">"Next due"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows
                            .get_value()
                            .into_iter()
                            .map(|(id, name, org, choice)| {
                                let select_id = format!("schedule-{}-{id}", key(section));
                                view! {
                                    <tr>
                                        <th scope="row">{name.clone()}</th>
                                        {show_org.then(|| view! { <td>{org}</td> })}
                                        <td>
                                            <CellSelect
                                                id=select_id
                                                label=format!("How often for {name}")
                                                choices=cadences.clone()
                                                value=choice
                                                on_change=move |c| choice.set(c)
                                            />
                                        </td>
                                        <td>
                                            {move || match due.with(|due| due.get(&id).cloned()) {
                                                Some(d) => {
                                                    view! {
                                                        {long_date(d.due)}
                                                        " "
                                                        <DueTag state=d.state />
                                                    }
                                                        .into_any()
                                                }
                                                None => view! { "Not scheduled" }.into_any(),
                                            }}
                                        </td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
                <button type="submit" class="button">
                    {format!("Save {}", title.to_lowercase())}
                </button>
                <InlineStatus message=saved />
            </form>
        </section>
    }
}
