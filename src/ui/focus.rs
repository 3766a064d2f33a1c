//! Moving keyboard focus to an element a change has just drawn or left in place.

use leptos::prelude::*;

/// Focuses the element with `id`, if it is on the page.
pub fn focus_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
