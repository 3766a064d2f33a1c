//! Links the review page shares between its parts.

use leptos::prelude::*;
use leptos_router::components::A;
use scorecard_core::reviews::NamedPerson;

/// A person's name, linking to their page.
pub(super) fn person_link(person: NamedPerson) -> impl IntoView {
    view! { <A href=format!("/people/{}", person.id)>{person.name}</A> }
}
