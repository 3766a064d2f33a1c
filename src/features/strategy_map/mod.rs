//! The strategy map: the Balanced Scorecard's perspectives as bands, each strategic goal a box
//! coloured and labelled by its status, and an arrow from each goal to each goal it supports;
//! under it, the same links in words, for screen readers and print. One Memo over the core's
//! read-model ([`scorecard_core::chart::strategy_map::strategy_map`]).

mod drawing;

use leptos::prelude::*;
use leptos_router::components::A;
use scorecard_core::chart::strategy_map::{strategy_map, LinkLine};

use crate::app::state::{now, AppState};
use crate::ui::layout::set_page_title;

/// `/strategy-map`: the drawing, its key, the links it cannot draw, and every link in words.
#[component]
pub fn StrategyMapPage() -> impl IntoView {
    set_page_title(|| "Strategy map".into());
    let state = AppState::get();
    let map = Memo::new(move |_| {
        let today = now().date_naive();
        state.workspace.with(|ws| strategy_map(ws, today))
    });

    view! {
        <h1>"Strategy map"</h1>
        <p class="lede">
            "The strategic goals in the four perspectives of the Balanced Scorecard, with Learning and growth at the bottom and Financial at the top. An arrow runs from a goal to each goal it supports: cause and effect, as staff training leads to shorter waits, more satisfied patients and a lower cost per case."
        </p>
        <p>
            "Add and remove links on a strategic goal's page, under “This goal supports”. Select a goal on the map to open it."
        </p>
        {move || {
            let map = map.get();
            if map.boxes.is_empty() {
                return view! {
                    <p class="inset">
                        "There are no strategic goals yet, so there is nothing to map."
                    </p>
                    <p>
                        <A href="/">"Go to the scorecard to add one"</A>
                    </p>
                }
                    .into_any();
            }
            let not_drawn = map.not_drawn.clone();
            let list = map.list.clone();
            view! {
                <drawing::MapFigure map=map />
                {(!not_drawn.is_empty()).then(|| view! { <NotDrawn lines=not_drawn /> })}
                <LinkList list=list />
            }
                .into_any()
        }}
    }
}

/// Links that the map cannot draw, and why.
#[component]
fn NotDrawn(lines: Vec<String>) -> impl IntoView {
    view! {
        <div class="inset inset-warning strategy-map-not-drawn" role="note">
            <p>
                <strong>
                    {if lines.len() == 1 {
                        "1 link is not drawn:".to_string()
                    } else {
                        format!("{} links are not drawn:", lines.len())
                    }}
                </strong>
            </p>
            <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
        </div>
    }
}

/// Every link on the map in words, causes first, each goal a link to its page.
#[component]
fn LinkList(list: Vec<LinkLine>) -> impl IntoView {
    view! {
        <h2 id="strategy-map-links">"The links in words"</h2>
        {if list.is_empty() {
            view! {
                <p>
                    "No links yet. On a strategic goal's page, add the goals it supports under “This goal supports”."
                </p>
            }
                .into_any()
        } else {
            view! {
                <ul class="strategy-map-list" aria-labelledby="strategy-map-links">
                    {list
                        .into_iter()
                        .map(|l| {
                            view! {
                                <li>
                                    <A href=format!("/goals/{}", l.from)>{l.from_title}</A>
                                    " supports "
                                    <A href=format!("/goals/{}", l.to)>{l.to_title}</A>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
                .into_any()
        }}
    }
}
