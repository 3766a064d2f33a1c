//! `/reviews/:id`: one review — who, when, the goals and measures discussed, ratings with their
//! gaps, the actions agreed (each can be marked done or reopened), and delete.

use leptos::prelude::*;

use crate::ui::csv_button::CsvButton;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use scorecard_core::reviews::DueState;
use scorecard_core::{ActionStatus, Id, Review, ReviewSubject};

use crate::app::state::{now, AppState};
use crate::ui::dates::day;
use crate::ui::delete_panel::DeletePanel;
use crate::ui::due_lists::{focus_id, record_href, DueTag};
use crate::ui::layout::set_page_title;
use crate::ui::record::{id_param, org_short, person_name};
use scorecard_core::reviews::{gap_words, rating_words};

/// The review at `/reviews/:id`.
#[component]
pub fn ReviewPage() -> impl IntoView {
    let state = AppState::get();
    let id = id_param();
    let title = Memo::new(move |_| {
        id.get().and_then(|id| {
            state.workspace.with(|ws| {
                ws.review(id)
                    .map(|r| format!("{}, {}", ws.subject_title(&r.subject), day(r.date)))
            })
        })
    });
    set_page_title(move || title.get().unwrap_or_else(|| "Review not found".into()));
    let exists = Memo::new(move |_| {
        id.get()
            .filter(|id| state.workspace.with(|ws| ws.review(*id).is_some()))
    });
    move || match exists.get() {
        Some(id) => view! { <ReviewDetails id=id/> }.into_any(),
        None => view! {
            <h1>"Review not found"</h1>
            <p>"There is no review at this address. It may have been deleted."</p>
            <p><A href="/reviews">"Go to reviews"</A></p>
        }
        .into_any(),
    }
}

fn person_link(id: Id, name: String) -> impl IntoView {
    view! { <A href=format!("/people/{id}")>{name}</A> }
}

#[component]
fn ReviewDetails(id: Id) -> impl IntoView {
    let state = AppState::get();
    let navigate = use_navigate();
    let review = Memo::new(move |_| state.workspace.with(|ws| ws.review(id).cloned()));
    let r0: Review = review
        .get_untracked()
        .expect("the review exists when this is shown");
    let subject_title = state
        .workspace
        .with_untracked(|ws| ws.subject_title(&r0.subject));
    let subject_href = match r0.subject {
        ReviewSubject::Individual { person_id, .. } => Some(format!("/people/{person_id}")),
        ReviewSubject::Team { team_id } => Some(format!("/teams/{team_id}")),
        ReviewSubject::Strategic { .. } => None,
    };
    let personal = r0.is_personal();
    let message = RwSignal::new(None::<String>);

    let set_status = move |action_id: Id, status: ActionStatus, description: String| {
        match state.edit(|ws| ws.set_action_status(id, action_id, status, now())) {
            Ok(()) => state.confirm(
                message,
                match status {
                    ActionStatus::Done => format!("Action marked as done: {description}."),
                    ActionStatus::Open => format!("Action reopened: {description}."),
                    ActionStatus::Dropped => format!("Action dropped: {description}."),
                },
            ),
            Err(e) => message.set(Some(format!("The action could not be changed: {e}."))),
        }
        // The button changes from "Mark as done" to "Reopen"; keep focus on it.
        request_animation_frame(move || focus_id(&format!("action-{action_id}-toggle")));
    };

    let summary = move || {
        let Some(r) = review.get() else {
            return ().into_any();
        };
        state.workspace.with(|ws| {
            let participants: Vec<(Id, String)> = r
                .participants
                .iter()
                .filter_map(|p| ws.person(*p).map(|p| (p.id, p.name.clone())))
                .collect();
            let next = match r.next_review {
                Some(d) => day(d),
                None => match ws.review_due(r.subject, now().date_naive()) {
                    Some(due) if ws.reviews_of(&r.subject).first().map(|x| x.id) == Some(r.id) => {
                        format!("Not agreed; by the review schedule, due by {}", day(due.due))
                    }
                    _ => "Not agreed".into(),
                },
            };
            view! {
                <dl class="summary-list">
                    <div class="summary-row"><dt>"Kind"</dt><dd>{r.subject.kind_label()}</dd></div>
                    <div class="summary-row"><dt>"Date"</dt><dd>{day(r.date)}</dd></div>
                    <div class="summary-row"><dt>"Organisation"</dt><dd>{org_short(ws, r.organisation_id)}</dd></div>
                    <div class="summary-row"><dt>"Who took part"</dt><dd>
                        {if participants.is_empty() {
                            view! { "Not recorded" }.into_any()
                        } else {
                            view! {
                                <ul class="plain-list inline-list">
                                    {participants.into_iter().map(|(pid, name)| view! { <li>{person_link(pid, name)}</li> }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                    </dd></div>
                    <div class="summary-row"><dt>"Next review"</dt><dd>{next}</dd></div>
                    <div class="summary-row"><dt>"Notes"</dt><dd class="preserve-lines">
                        {if r.notes.trim().is_empty() { "None recorded".to_string() } else { r.notes.clone() }}
                    </dd></div>
                </dl>
            }
            .into_any()
        })
    };

    let goals = move || {
        let Some(r) = review.get() else {
            return ().into_any();
        };
        state.workspace.with(|ws| {
            if r.goals.is_empty() {
                return view! { <p>"No goals were recorded as discussed."</p> }.into_any();
            }
            let rows = r
                .goals
                .iter()
                .map(|g| {
                    let title = ws.goal(*g).map(|g| g.title.clone());
                    let rating = r.ratings.iter().find(|x| x.goal_id == *g).copied();
                    (*g, title, rating)
                })
                .collect::<Vec<_>>();
            let words = |v: Option<u8>| v.map(rating_words).unwrap_or("Not rated");
            let csv: Vec<Vec<String>> = rows
                .iter()
                .map(|(_, title, rating)| vec![
                    title.clone().unwrap_or_else(|| "A goal that has since been deleted".into()),
                    words(rating.and_then(|x| x.self_rating)).to_string(),
                    words(rating.and_then(|x| x.manager_rating)).to_string(),
                    gap_words(rating.and_then(|x| x.gap())).to_string(),
                ])
                .collect();
            view! {
                <table class="table table-row-headers">
                    <caption class="visually-hidden">"Goals discussed, with ratings"</caption>
                    <thead><tr>
                        <th scope="col">"Goal"</th><th scope="col">"Self rating"</th>
                        <th scope="col">"Manager rating"</th><th scope="col">"Gap"</th>
                    </tr></thead>
                    <tbody>
                        {rows.into_iter().map(|(gid, title, rating)| view! {
                            <tr>
                                <th scope="row">{match title {
                                    Some(t) => view! { <A href=format!("/goals/{gid}")>{t}</A> }.into_any(),
                                    None => view! { "A goal that has since been deleted" }.into_any(),
                                }}</th>
                                <td>{words(rating.and_then(|x| x.self_rating))}</td>
                                <td>{words(rating.and_then(|x| x.manager_rating))}</td>
                                <td>{gap_words(rating.and_then(|x| x.gap()))}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
                <CsvButton what="review-ratings" context="goals and ratings"
                    headers=&["Goal", "Self rating", "Manager rating", "Gap"]
                    rows=Callback::new(move |_| csv.clone())/>
            }
            .into_any()
        })
    };

    let measures = move || {
        let Some(r) = review.get() else {
            return ().into_any();
        };
        if r.measures.is_empty() {
            return view! { <p>"No measures were recorded."</p> }.into_any();
        }
        let csv: Vec<Vec<String>> = r
            .measures
            .iter()
            .map(|m| vec![m.name.clone(), m.status.clone(), m.latest.clone()])
            .collect();
        view! {
            <table class="table">
                <caption class="visually-hidden">"Measures as they stood at the review"</caption>
                <thead><tr>
                    <th scope="col">"Measure"</th><th scope="col">"Status then"</th><th scope="col">"Latest data then"</th>
                </tr></thead>
                <tbody>
                    {r.measures.into_iter().map(|m| view! {
                        <tr>
                            <td><A href=format!("/measures/{}", m.measure_id)>{m.name}</A></td>
                            <td>{m.status}</td>
                            <td>{m.latest}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            <CsvButton what="review-measures" context="measures at the review"
                headers=&["Measure", "Status then", "Latest data then"]
                rows=Callback::new(move |_| csv.clone())/>
        }
        .into_any()
    };

    let actions = move || {
        let Some(r) = review.get() else {
            return ().into_any();
        };
        if r.actions.is_empty() {
            return view! { <p>"No actions were agreed."</p> }.into_any();
        }
        let today = now().date_naive();
        let rows = state.workspace.with(|ws| {
            r.actions
                .iter()
                .map(|a| {
                    (
                        a.clone(),
                        a.owner_id
                            .and_then(|o| person_name(ws, Some(o)).map(|n| (o, n))),
                    )
                })
                .collect::<Vec<_>>()
        });
        let csv: Vec<Vec<String>> = rows
            .iter()
            .map(|(a, owner)| {
                vec![
                    a.description.clone(),
                    owner.as_ref().map(|(_, n)| n.clone()).unwrap_or_default(),
                    a.due.map(|d| d.to_string()).unwrap_or_default(),
                    a.status.label().to_string(),
                ]
            })
            .collect();
        view! {
            <table class="table">
                <caption class="visually-hidden">"Actions agreed"</caption>
                <thead><tr>
                    <th scope="col">"Action"</th><th scope="col">"Owner"</th><th scope="col">"Due"</th>
                    <th scope="col">"Status"</th><th scope="col"><span class="visually-hidden">"Change"</span></th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|(a, owner)| {
                        let open = a.status == ActionStatus::Open;
                        let description = a.description.clone();
                        let aid = a.id;
                        let state_tag = open.then(|| {
                            let s = a.due.map_or(DueState::Upcoming, |d| DueState::of(d, today));
                            view! { " "<DueTag state=s no_date=a.due.is_none()/> }
                        });
                        let closed = a.closed_at.map(|c| format!(" on {}", day(c.date_naive())));
                        view! {
                            <tr>
                                <td>{a.description.clone()}</td>
                                <td>{match owner {
                                    Some((oid, name)) => person_link(oid, name).into_any(),
                                    None => view! { "Not named" }.into_any(),
                                }}</td>
                                <td>{a.due.map(day).unwrap_or_else(|| "Not set".into())}</td>
                                <td>{a.status.label()}{(!open).then_some(closed).flatten()}{state_tag}</td>
                                <td>
                                    {if open {
                                        view! {
                                            <button type="button" class="button button-secondary button-small" id=format!("action-{aid}-toggle")
                                                aria-label=format!("Mark as done: {}", a.description)
                                                on:click=move |_| set_status(aid, ActionStatus::Done, description.clone())>
                                                "Mark as done"
                                            </button>
                                        }.into_any()
                                    } else {
                                        view! {
                                            <button type="button" class="button button-secondary button-small" id=format!("action-{aid}-toggle")
                                                aria-label=format!("Reopen: {}", a.description)
                                                on:click=move |_| set_status(aid, ActionStatus::Open, description.clone())>
                                                "Reopen"
                                            </button>
                                        }.into_any()
                                    }}
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            <CsvButton what="review-actions" context="actions agreed"
                headers=&["Action", "Owner", "Due", "Status"]
                rows=Callback::new(move |_| csv.clone())/>
        }
        .into_any()
    };

    let on_delete = Callback::new(move |_| {
        match state.edit(|ws| ws.delete_review(id, now())) {
            Ok(()) => state.flash("/reviews", "Review deleted."),
            Err(e) => state.flash("/reviews", e.to_string()),
        }
        state.open_when_sent(&navigate, "/reviews");
    });
    let consequences = match r0.actions.len() {
        0 => Vec::new(),
        1 => vec!["The action agreed at it will be deleted too.".to_string()],
        n => vec![format!("The {n} actions agreed at it will be deleted too.")],
    };

    view! {
        <A href="/reviews" attr:class="back-link">"Back to reviews"</A>
        <span class="caption">{r0.subject.kind_label()}</span>
        <h1>{format!("{subject_title}, {}", day(r0.date))}</h1>
        {subject_href.map(|href| view! { <p><A href=href>{match r0.subject {
            ReviewSubject::Team { .. } => "The team's page",
            _ => "Their page",
        }}</A></p> })}
        {personal.then(|| view! {
            <p><span class="tag tag-personal">"Personal"</span>" "
                <span class="hint">"One-to-ones and appraisals are personal data. Exports leave them out unless you choose otherwise."</span></p>
        })}
        {summary}
        <div class="button-row">
            <A href=format!("/reviews/{id}/edit") attr:class="button">"Change this review"</A>
            <A href=record_href(&r0.subject) attr:class="button button-secondary">"Record the next one"</A>
        </div>

        <h2>"Goals discussed and ratings"</h2>
        {goals}

        <h2>"Measures as they stood"</h2>
        {measures}

        <h2 id="review-actions-title">"Actions agreed"</h2>
        <div role="status" class="inline-status">
            {move || message.get().map(|m| view! { <p class="flash">{m}</p> })}
        </div>
        {actions}

        <DeletePanel noun="review" name=format!("{subject_title}, {}", day(r0.date)) consequences=consequences
            blocked=None on_confirm=on_delete/>
    }
}
