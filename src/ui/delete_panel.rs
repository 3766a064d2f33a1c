//! "Delete this …" with a confirmation that says what else will change.

use leptos::prelude::*;

use crate::ui::confirm_panel::ConfirmPanel;

/// A delete button that opens a confirmation. When `blocked` is set the record cannot be deleted
/// and the reason is shown instead.
#[component]
pub fn DeletePanel(
    /// What is being deleted, e.g. "team".
    noun: &'static str,
    /// The record's name, for the question.
    name: String,
    /// What else will change, one line each.
    consequences: Vec<String>,
    /// Why it cannot be deleted, if it cannot.
    blocked: Option<String>,
    /// Called when the user confirms.
    on_confirm: Callback<()>,
) -> impl IntoView {
    let confirming = RwSignal::new(false);
    let question = format!("Are you sure you want to delete “{name}”?");
    let has_consequences = !consequences.is_empty();
    let consequences = StoredValue::new(consequences);
    view! {
        <h2>{format!("Delete this {noun}")}</h2>
        {match blocked {
            Some(reason) => view! { <p class="inset inset-warning">{reason}</p> }.into_any(),
            None => {
                view! {
                    <Show
                        when=move || confirming.get()
                        fallback=move || {
                            view! {
                                <button
                                    type="button"
                                    class="button button-warning"
                                    on:click=move |_| confirming.set(true)
                                >
                                    {format!("Delete {noun}")}
                                </button>
                            }
                        }
                    >
                        <ConfirmPanel
                            heading_id=format!("delete-{noun}-title")
                            question=question.clone()
                            confirm=format!("Yes, delete {noun}")
                            on_confirm=on_confirm
                            on_cancel=move |()| confirming.set(false)
                            take_focus=true
                        >
                            <Show when=move || has_consequences>
                                <ul class="plain-list bulleted">
                                    {consequences
                                        .get_value()
                                        .into_iter()
                                        .map(|c| view! { <li>{c}</li> })
                                        .collect_view()}
                                </ul>
                            </Show>
                            <p>"This cannot be undone."</p>
                        </ConfirmPanel>
                    </Show>
                }
                    .into_any()
            }
        }}
    }
}
