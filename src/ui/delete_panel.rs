//! "Delete this …" with a confirmation that says what else will change.

use leptos::prelude::*;

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
    let panel = NodeRef::<leptos::html::Div>::new();
    let open = move |_| {
        confirming.set(true);
        request_animation_frame(move || {
            if let Some(el) = panel.get_untracked() {
                let _ = el.focus();
            }
        });
    };
    let heading_id = format!("delete-{noun}-title");
    let question = format!("Are you sure you want to delete “{name}”?");
    let has_consequences = !consequences.is_empty();
    let consequences = StoredValue::new(consequences);
    view! {
        <h2>{format!("Delete this {noun}")}</h2>
        {match blocked {
            Some(reason) => view! { <p class="inset inset-warning">{reason}</p> }.into_any(),
            None => view! {
                <Show
                    when=move || confirming.get()
                    fallback=move || view! {
                        <button type="button" class="button button-warning" on:click=open>{format!("Delete {noun}")}</button>
                    }
                >
                    <div class="confirm-panel" node_ref=panel tabindex="-1" role="group" aria-labelledby=heading_id.clone()>
                        <h3 id=heading_id.clone()>{question.clone()}</h3>
                        <Show when=move || has_consequences>
                            <ul class="plain-list bulleted">
                                {consequences.get_value().into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}
                            </ul>
                        </Show>
                        <p>"This cannot be undone."</p>
                        <div class="button-row">
                            <button type="button" class="button button-warning" on:click=move |_| on_confirm.run(())>
                                {format!("Yes, delete {noun}")}
                            </button>
                            <button type="button" class="button button-secondary" on:click=move |_| confirming.set(false)>"Cancel"</button>
                        </div>
                    </div>
                </Show>
            }.into_any(),
        }}
    }
}
