//! The three lists of a work list (reviews, actions and data due or overdue), shared by
//! "My work", the reviews page and the scorecard page.

use leptos::prelude::*;

use crate::ui::csv_button::CsvButton;
use leptos_router::components::A;
use scorecard_core::format::long_date;
use scorecard_core::reviews::{DueState, WorkList};
use scorecard_core::{ActionStatus, Id, IndividualReviewKind, ReviewSubject};

use crate::app::state::{now, AppState};

/// Where to record a review of `subject`.
pub(crate) fn record_href(subject: &ReviewSubject) -> String {
    match subject {
        ReviewSubject::Individual { person_id, kind } => format!(
            "/reviews/new?person={person_id}&kind={}",
            match kind {
                IndividualReviewKind::OneToOne => "one_to_one",
                IndividualReviewKind::Appraisal => "appraisal",
            }
        ),
        ReviewSubject::Team { team_id } => format!("/reviews/new?team={team_id}"),
        ReviewSubject::Strategic { organisation_id } => {
            format!("/reviews/new?org={organisation_id}")
        }
    }
}

/// A tag saying where something stands against its due date: the words carry the meaning.
/// `no_date` says "No date" for something with no due date.
#[component]
pub fn DueTag(state: DueState, #[prop(optional)] no_date: bool) -> impl IntoView {
    let (class, words) = match (state, no_date) {
        (_, true) => ("due-tag due-none", "No date"),
        (DueState::Overdue, _) => ("due-tag due-overdue", state.label()),
        (DueState::DueSoon, _) => ("due-tag due-soon", state.label()),
        (DueState::Upcoming, _) => ("due-tag due-upcoming", state.label()),
    };
    view! { <span class=class>{words}</span> }
}

/// Marks an action done from a list; says so in the status region and moves focus to the list's
/// heading, since the button leaves with the action.
pub(crate) fn mark_done(
    state: AppState,
    review_id: Id,
    action_id: Id,
    description: String,
    message: RwSignal<Option<String>>,
    heading_id: &'static str,
) {
    match state.edit(|ws| ws.set_action_status(review_id, action_id, ActionStatus::Done, now())) {
        Ok(()) => state.confirm(message, format!("Action marked as done: {description}.")),
        Err(e) => message.set(Some(format!("The action could not be changed: {e}."))),
    }
    request_animation_frame(move || focus_id(heading_id));
}

/// Focuses the element with `id`, if it is on the page.
pub(crate) fn focus_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

fn count(n: usize) -> String {
    format!(" ({n})")
}

/// "Show all N" / "Show the first N" under a list cut short; the button stays put so focus does.
#[component]
fn MoreButton(
    total: Signal<usize>,
    limit: Option<usize>,
    expanded: RwSignal<bool>,
    noun: &'static str,
) -> impl IntoView {
    let shown = move || limit.is_some_and(|l| total.get() > l);
    view! {
        <Show when=shown>
            <button type="button" class="button button-secondary" aria-expanded=move || expanded.get().to_string()
                on:click=move |_| expanded.update(|e| *e = !*e)>
                {move || if expanded.get() {
                    format!("Show the first {} {noun} only", limit.unwrap_or_default())
                } else {
                    format!("Show all {} {noun}", total.get())
                }}
            </button>
        </Show>
    }
}

/// How many rows to show.
fn cut(limit: Option<usize>, expanded: RwSignal<bool>) -> usize {
    match limit {
        Some(l) if !expanded.get() => l,
        _ => usize::MAX,
    }
}

/// A section heading: h2, or h3 when the lists sit under a heading of their own.
fn heading(sub: bool, id: &'static str, text: &'static str, n: Signal<usize>) -> AnyView {
    let content = move || format!("{text}{}", count(n.get()));
    if sub {
        view! { <h3 id=id tabindex="-1">{content}</h3> }.into_any()
    } else {
        view! { <h2 id=id tabindex="-1">{content}</h2> }.into_any()
    }
}

/// Reviews due soon or overdue, with a link to record each.
#[component]
pub fn DueReviewsList(
    /// The work list.
    work: Signal<WorkList>,
    /// The heading's id, for the section's label.
    id: &'static str,
    /// The heading's words, before the count.
    #[prop(optional)]
    title: Option<&'static str>,
    /// Use an h3 (the lists sit under a heading of their own).
    #[prop(optional)]
    sub: bool,
    /// What to say when there are none.
    #[prop(optional)]
    empty: Option<&'static str>,
    /// Show only this many until the user asks for all.
    #[prop(optional)]
    limit: Option<usize>,
) -> impl IntoView {
    let expanded = RwSignal::new(false);
    let rows = move || {
        let n = cut(limit, expanded);
        work.with(|w| w.reviews.iter().take(n).cloned().collect::<Vec<_>>())
    };
    let total = Signal::derive(move || work.with(|w| w.reviews.len()));
    view! {
        <section class="work-section" aria-labelledby=id>
            {heading(sub, id, title.unwrap_or("Reviews due"), Signal::derive(move || work.with(|w| w.reviews.len())))}
            {move || {
                let rows = rows();
                if rows.is_empty() {
                    return view! { <p>{empty.unwrap_or("No reviews are due in the next two weeks, and none are overdue.")}</p> }.into_any();
                }
                view! {
                    <table class="table">
                        <caption class="visually-hidden">"Reviews due or overdue"</caption>
                        <thead><tr>
                            <th scope="col">"Review"</th><th scope="col">"Due"</th><th scope="col">"State"</th>
                            <th scope="col">"Last held"</th><th scope="col"><span class="visually-hidden">"Action"</span></th>
                        </tr></thead>
                        <tbody>
                            {rows.into_iter().map(|r| {
                                let href = record_href(&r.subject);
                                let title = r.title.clone();
                                view! {
                                    <tr>
                                        <td>{r.title}</td>
                                        <td>{long_date(r.due)}</td>
                                        <td><DueTag state=r.state/></td>
                                        <td>{r.last.map(long_date).unwrap_or_else(|| "Never".into())}</td>
                                        <td><A href=href attr:aria-label=format!("Record it: {title}")>"Record it"</A></td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
            <MoreButton total=total limit=limit expanded=expanded noun="reviews"/>
            <Show when=move || { total.get() > 0 }>
                <CsvButton what="reviews-due" context="reviews due" headers=&["Review", "Due", "State", "Last held"]
                    rows=Callback::new(move |_| work.with_untracked(|w| w.reviews.iter().map(|r| vec![
                        r.title.clone(), r.due.to_string(), r.state.label().to_string(),
                        r.last.map(|d| d.to_string()).unwrap_or_else(|| "Never".into()),
                    ]).collect()))/>
            </Show>
        </section>
    }
}

/// Open actions with their due state, a link to the review and a "Mark as done" button.
#[component]
pub fn DueActionsList(
    /// The work list.
    work: Signal<WorkList>,
    /// The heading's id.
    id: &'static str,
    /// Show each action's owner (for an organisation's list).
    #[prop(optional)]
    show_owner: bool,
    /// Use an h3.
    #[prop(optional)]
    sub: bool,
    /// What to say when there are none.
    #[prop(optional)]
    empty: Option<&'static str>,
    /// Show only this many until the user asks for all.
    #[prop(optional)]
    limit: Option<usize>,
) -> impl IntoView {
    let state = AppState::get();
    let message = RwSignal::new(None::<String>);
    let expanded = RwSignal::new(false);
    let total = Signal::derive(move || work.with(|w| w.actions.len()));
    let rows = move || {
        let n = cut(limit, expanded);
        let list = work.with(|w| w.actions.iter().take(n).cloned().collect::<Vec<_>>());
        state.workspace.with(|ws| {
            list.into_iter()
                .map(|a| {
                    let owner = a
                        .owner_id
                        .and_then(|o| ws.person(o))
                        .map(|p| (p.id, p.name.clone()));
                    let review = ws
                        .review(a.review_id)
                        .map(|r| format!("{}, {}", ws.subject_title(&r.subject), long_date(r.date)))
                        .unwrap_or_else(|| "The review".into());
                    (a, owner, review)
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="work-section" aria-labelledby=id>
            {heading(sub, id, "Actions", Signal::derive(move || work.with(|w| w.actions.len())))}
            <div role="status" class="inline-status">
                {move || message.get().map(|m| view! { <p class="flash">{m}</p> })}
            </div>
            {move || {
                let rows = rows();
                if rows.is_empty() {
                    return view! { <p>{empty.unwrap_or("There are no open actions.")}</p> }.into_any();
                }
                view! {
                    <table class="table">
                        <caption class="visually-hidden">"Open actions"</caption>
                        <thead><tr>
                            <th scope="col">"Action"</th>
                            {show_owner.then(|| view! { <th scope="col">"Owner"</th> })}
                            <th scope="col">"Due"</th><th scope="col">"State"</th>
                            <th scope="col">"Agreed at"</th><th scope="col"><span class="visually-hidden">"Change"</span></th>
                        </tr></thead>
                        <tbody>
                            {rows.into_iter().map(|(a, owner, review)| {
                                let description = a.description.clone();
                                let (rid, aid) = (a.review_id, a.action_id);
                                view! {
                                    <tr>
                                        <td>{a.description.clone()}</td>
                                        {show_owner.then(|| view! {
                                            <td>{match owner.clone() {
                                                Some((pid, name)) => view! { <A href=format!("/people/{pid}")>{name}</A> }.into_any(),
                                                None => view! { "Not named" }.into_any(),
                                            }}</td>
                                        })}
                                        <td>{a.due.map(long_date).unwrap_or_else(|| "Not set".into())}</td>
                                        <td><DueTag state=a.state no_date=a.due.is_none()/></td>
                                        <td><A href=format!("/reviews/{rid}")>{review}</A></td>
                                        <td>
                                            <button type="button" class="button button-secondary button-small"
                                                aria-label=format!("Mark as done: {}", a.description)
                                                on:click=move |_| mark_done(state, rid, aid, description.clone(), message, id)>
                                                "Mark as done"
                                            </button>
                                        </td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
            <MoreButton total=total limit=limit expanded=expanded noun="actions"/>
            <Show when=move || { total.get() > 0 }>
                <CsvButton what="actions" context="actions" headers=&["Action", "Owner", "Due", "State", "Agreed at"]
                    rows=Callback::new(move |_| {
                        let list = work.with_untracked(|w| w.actions.clone());
                        state.workspace.with_untracked(|ws| list.iter().map(|a| vec![
                            a.description.clone(),
                            a.owner_id.and_then(|o| ws.person(o)).map(|p| p.name.clone()).unwrap_or_default(),
                            a.due.map(|d| d.to_string()).unwrap_or_default(),
                            if a.due.is_none() { "No date".to_string() } else { a.state.label().to_string() },
                            ws.review(a.review_id).map(|r| format!("{}, {}", ws.subject_title(&r.subject), r.date)).unwrap_or_default(),
                        ]).collect())
                    })/>
            </Show>
        </section>
    }
}

/// Measures whose next data is due soon or overdue.
#[component]
pub fn DueDataList(
    /// The work list.
    work: Signal<WorkList>,
    /// The heading's id.
    id: &'static str,
    /// Use an h3.
    #[prop(optional)]
    sub: bool,
    /// What to say when there is none.
    #[prop(optional)]
    empty: Option<&'static str>,
    /// Show only this many until the user asks for all.
    #[prop(optional)]
    limit: Option<usize>,
) -> impl IntoView {
    let expanded = RwSignal::new(false);
    let rows = move || {
        let n = cut(limit, expanded);
        work.with(|w| w.data.iter().take(n).cloned().collect::<Vec<_>>())
    };
    let total = Signal::derive(move || work.with(|w| w.data.len()));
    view! {
        <section class="work-section" aria-labelledby=id>
            {heading(sub, id, "Data due", Signal::derive(move || work.with(|w| w.data.len())))}
            {move || {
                let rows = rows();
                if rows.is_empty() {
                    return view! { <p>{empty.unwrap_or("No data is due in the next two weeks, and none is overdue.")}</p> }.into_any();
                }
                view! {
                    <table class="table">
                        <caption class="visually-hidden">"Data due or overdue"</caption>
                        <thead><tr>
                            <th scope="col">"Measure"</th><th scope="col">"Period"</th>
                            <th scope="col">"Due by"</th><th scope="col">"State"</th>
                        </tr></thead>
                        <tbody>
                            {rows.into_iter().map(|d| view! {
                                <tr>
                                    <td><A href=format!("/measures/{}", d.measure_id)>{d.name}</A></td>
                                    <td>{d.period.label()}</td>
                                    <td>{long_date(d.due)}</td>
                                    <td><DueTag state=d.state/></td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
            <MoreButton total=total limit=limit expanded=expanded noun="measures"/>
            <Show when=move || { total.get() > 0 }>
                <CsvButton what="data-due" context="data due" headers=&["Measure", "Period", "Due by", "State"]
                    rows=Callback::new(move |_| work.with_untracked(|w| w.data.iter().map(|d| vec![
                        d.name.clone(), d.period.label(), d.due.to_string(), d.state.label().to_string(),
                    ]).collect()))/>
            </Show>
        </section>
    }
}
