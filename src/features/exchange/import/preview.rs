//! The preview: what would change, kind by kind, and a choice for each record changed on both
//! sides.

use leptos::prelude::*;
use scorecard_core::exchange::{Choices, Outcome, Preview, RecordChange};

use crate::ui::fields::Radio;

/// The preview: a table of counts per kind, the notes, and a choice per conflict.
#[component]
pub(super) fn PreviewView(preview: Preview, choices: RwSignal<Choices>) -> impl IntoView {
    let cols = [
        Outcome::New,
        Outcome::Updated,
        Outcome::Unchanged,
        Outcome::Deleted,
        Outcome::Conflict,
    ];
    let rows = preview
        .sections
        .iter()
        .map(|s| {
            view! {
                <tr>
                    <th scope="row">{s.kind.plural_label()}</th>
                    {cols
                        .iter()
                        .map(|o| view! { <td class="numeric">{s.count(*o)}</td> })
                        .collect_view()}
                </tr>
            }
        })
        .collect_view();
    let conflicts: Vec<RecordChange> = preview.conflicts().cloned().collect();
    let notes = preview.notes.clone();
    view! {
        <h2>"What would change"</h2>
        <table class="table preview-table">
            <caption class="visually-hidden">"Changes by kind of record"</caption>
            <thead>
                <tr>
                    <th scope="col">"Kind of record"</th>
                    {cols
                        .iter()
                        .map(|o| {
                            view! {
                                <th scope="col" class="numeric">
                                    {o.label()}
                                </th>
                            }
                        })
                        .collect_view()}
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        {(!notes.is_empty())
            .then(|| {
                view! {
                    <ul class="list import-notes">
                        {notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                    </ul>
                }
            })}
        {(!conflicts.is_empty())
            .then(|| {
                view! {
                    <h2>"Changed on both sides"</h2>
                    <p>
                        "These records were changed by you and by the partner since the last exchange. Choose which copy to keep."
                    </p>
                    {conflicts
                        .into_iter()
                        .map(|c| view! { <ConflictChoice change=c choices=choices /> })
                        .collect_view()}
                }
            })}
    }
}

/// "Keep mine" / "Take theirs" for one record.
#[component]
fn ConflictChoice(change: RecordChange, choices: RwSignal<Choices>) -> impl IntoView {
    let record = change.record;
    let name = format!(
        "conflict-{}-{}",
        record.kind.noun().replace(' ', "-"),
        record.id
    );
    let mine_id = format!("{name}-mine");
    let theirs_id = format!("{name}-theirs");
    let fields = if change.changed_fields.is_empty() {
        None
    } else {
        Some(format!("Changed: {}.", change.changed_fields.join(", ")))
    };
    view! {
        <fieldset class="fieldset conflict">
            <legend class="legend">{format!("{}: {}", record.kind.noun(), change.label)}</legend>
            {fields.map(|f| view! { <p class="hint">{f}</p> })}
            {change.note.map(|n| view! { <p class="hint">{n}</p> })}
            <div class="radios radios-inline">
                <Radio
                    id=mine_id
                    name=name.clone()
                    label="Keep mine"
                    checked=Signal::derive(move || !choices.with(|c| c.takes_theirs(record)))
                    on_choose=move |()| choices.update(|c| c.choose(record, false))
                />
                <Radio
                    id=theirs_id
                    name=name
                    label="Take theirs"
                    checked=Signal::derive(move || choices.with(|c| c.takes_theirs(record)))
                    on_choose=move |()| choices.update(|c| c.choose(record, true))
                />
            </div>
        </fieldset>
    }
}
