//! The data entered for a measure, newest first, a page at a time, with the values each actual
//! corrected. A page costs its rows, however long the history.

use leptos::html;
use leptos::prelude::*;
use scorecard_core::format::value;
use scorecard_core::measures::{data_page, DataPage, DataRow, DATA_PAGE_SIZE};
use scorecard_core::Id;

use crate::app::state::AppState;

/// "Not recorded" for a name left empty.
fn who(name: &str) -> String {
    if name.is_empty() {
        "not recorded".to_string()
    } else {
        name.to_string()
    }
}

/// One actual: its period, value, plan, evidence, who entered it and the values it replaced.
fn row(r: DataRow, unit: &str) -> impl IntoView {
    let a = r.actual;
    let planned = r
        .planned
        .map(|p| value(p, unit))
        .unwrap_or_else(|| "–".into());
    let history = a
        .history
        .iter()
        .rev()
        .map(|h| {
            let note = if h.note.is_empty() {
                String::new()
            } else {
                format!(" (“{}”)", h.note)
            };
            view! {
                <li>
                    {format!(
                        "Was {}{note}, entered by {} on {}",
                        value(h.value, unit),
                        who(&h.changed_by),
                        h.changed_at.format("%-d %B %Y at %H:%M"),
                    )}
                </li>
            }
        })
        .collect_view();
    view! {
        <tr>
            <th scope="row">{a.period.label()}</th>
            <td class="numeric">{value(a.value, unit)}</td>
            <td class="numeric">{planned}</td>
            <td class="preserve-lines">{a.note.clone()}</td>
            <td>
                {format!("{}, {}", who(&a.entered_by), a.entered_at.format("%-d %B %Y at %H:%M"))}
            </td>
            <td>
                {if a.history.is_empty() {
                    view! { "None" }.into_any()
                } else {
                    view! { <ul class="plain-list history">{history}</ul> }.into_any()
                }}
            </td>
        </tr>
    }
}

/// One button of the pager.
#[component]
fn PageButton(text: &'static str, press: Callback<()>) -> impl IntoView {
    view! {
        <button type="button" class="button button-secondary" on:click=move |_| press.run(())>
            {text}
        </button>
    }
}

/// Buttons to page through the data, and where the page is in it. The buttons stay in place
/// while they apply, so pressing one again and again works from the keyboard; when the one
/// pressed no longer applies (at the newest or oldest page), focus moves to the position text
/// rather than being lost.
#[component]
fn Pager(data: Memo<Option<(DataPage, String)>>, page: RwSignal<usize>) -> impl IntoView {
    let status = NodeRef::<html::Div>::new();
    // (this page, how many pages)
    let at = move || data.with(|d| d.as_ref().map_or((0, 1), |(p, _)| (p.page, p.pages)));
    let go = move |to: usize, hides: bool| {
        page.set(to);
        if hides {
            if let Some(el) = status.get_untracked() {
                let _ = el.focus();
            }
        }
    };
    let newest = Callback::new(move |()| go(0, true));
    let newer = Callback::new(move |()| {
        let to = at().0.saturating_sub(1);
        go(to, to == 0);
    });
    let older = Callback::new(move |()| {
        let (p, pages) = at();
        go(p + 1, p + 2 >= pages);
    });
    let oldest = Callback::new(move |()| go(at().1 - 1, true));
    let has_newer = move || at().0 > 0;
    let has_older = move || {
        let (p, pages) = at();
        p + 1 < pages
    };
    view! {
        <nav aria-label="Pages of data entered">
            <div role="status" tabindex="-1" node_ref=status>
                <p>
                    {move || data.with(|d| d.as_ref().map(|(p, _)| p.showing()))}", newest first."
                </p>
            </div>
            <div class="button-row">
                <Show when=has_newer>
                    <PageButton text="Newest" press=newest />
                    <PageButton text="Newer" press=newer />
                </Show>
                <Show when=has_older>
                    <PageButton text="Older" press=older />
                    <PageButton text="Oldest" press=oldest />
                </Show>
            </div>
        </nav>
    }
}

/// Every actual, newest first, [`DATA_PAGE_SIZE`] a page, with the values it corrected.
#[component]
pub(super) fn DataTable(id: Id) -> impl IntoView {
    let state = AppState::get();
    let page = RwSignal::new(0_usize);
    let data = Memo::new(move |_| {
        let page = page.get();
        state.workspace.with(|ws| {
            ws.measure(id)
                .map(|m| (data_page(m, page, DATA_PAGE_SIZE), m.unit.clone()))
        })
    });
    let empty = move || data.with(|d| d.as_ref().is_none_or(|(p, _)| p.total == 0));
    let paged = move || data.with(|d| d.as_ref().is_some_and(|(p, _)| p.pages > 1));
    let rows = move || {
        data.get()
            .map(|(p, unit)| p.rows.into_iter().map(|r| row(r, &unit)).collect_view())
    };
    view! {
        <Show when=move || !empty() fallback=|| view! { <p>"No data entered yet."</p> }>
            <Show when=paged>
                <Pager data=data page=page />
            </Show>
            <table class="table">
                <caption class="visually-hidden">
                    "Data entered, newest first, with earlier values"
                </caption>
                <thead>
                    <tr>
                        <th scope="col">"Period"</th>
                        <th scope="col" class="numeric">
                            "Actual"
                        </th>
                        <th scope="col" class="numeric">
                            "Planned"
                        </th>
                        <th scope="col">"Evidence"</th>
                        <th scope="col">"Entered"</th>
                        <th scope="col">"Earlier values"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </Show>
    }
}
