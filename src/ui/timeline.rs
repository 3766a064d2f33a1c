//! Timelines: what happened to a goal or a person, newest first. The list is shared; the goal's
//! timeline is a component the goal page places.

use leptos::prelude::*;
use leptos_router::components::A;
use scorecard_core::format::long_date;
use scorecard_core::reviews::TimelineEvent;
use scorecard_core::Id;

use crate::app::state::AppState;

/// How many events show before "Show all".
const FIRST_SHOWN: usize = 15;

/// CSS class of a kind of event; the kind is always written out too.
fn kind_class(kind: &str) -> String {
    format!("tag timeline-kind timeline-{}", kind.to_lowercase())
}

/// Events newest first: date, a tag naming the kind, what happened, and a link to read more.
/// Long timelines show the newest events first with a button to show the rest.
#[component]
pub fn Timeline(
    /// The events, newest first.
    events: Vec<TimelineEvent>,
    /// What to say when there is nothing yet.
    #[prop(optional)]
    empty: Option<&'static str>,
) -> impl IntoView {
    if events.is_empty() {
        return view! { <p>{empty.unwrap_or("Nothing has happened yet.")}</p> }.into_any();
    }
    let total = events.len();
    let show_all = RwSignal::new(total <= FIRST_SHOWN);
    let events = StoredValue::new(events);
    let items = move || {
        let limit = if show_all.get() {
            usize::MAX
        } else {
            FIRST_SHOWN
        };
        events
            .get_value()
            .into_iter()
            .take(limit)
            .map(|e| {
                let text = match e.link {
                    Some(href) => view! { <A href=href>{e.text}</A> }.into_any(),
                    None => view! { <span>{e.text}</span> }.into_any(),
                };
                view! {
                    <li class="timeline-item">
                        <time class="timeline-date" datetime=e.date.to_string()>
                            {long_date(e.date)}
                        </time>
                        <span class=kind_class(e.kind)>{e.kind}</span>
                        <span class="timeline-text">{text}</span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <ol class="timeline">{items}</ol>
        <Show when=move || { total > FIRST_SHOWN }>
            <button
                type="button"
                class="button button-secondary"
                aria-expanded=move || show_all.get().to_string()
                on:click=move |_| show_all.update(|s| *s = !*s)
            >
                {move || {
                    if show_all.get() {
                        format!("Show the newest {FIRST_SHOWN} only")
                    } else {
                        format!("Show all {total} events")
                    }
                }}
            </button>
        </Show>
    }
    .into_any()
}

/// A goal's timeline: reviews that discussed it, data entered, status changes, actions agreed
/// and recognition linked to it.
#[component]
pub fn GoalTimeline(goal_id: Id) -> impl IntoView {
    let state = AppState::get();
    let events = Memo::new(move |_| state.workspace.with(|ws| ws.goal_timeline(goal_id)));
    view! {
        <h2>"Timeline"</h2>
        <p class="hint">
            "Reviews, data entries, changes of status, actions and recognition, newest first."
        </p>
        {move || {
            view! {
                <Timeline events=events.get() empty="Nothing has happened to this goal yet." />
            }
        }}
    }
}
