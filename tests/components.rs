//! Component tests for the shared widgets, mounted one at a time in a real browser (headless
//! Chromium through ChromeDriver; `scripts/test.sh` runs them with wasm-bindgen-test-runner).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use scorecard::ui::delete_panel::DeletePanel;
use scorecard::ui::fields::{Choice, SelectField, TextField};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `view` in a fresh element of the page, and returns that element.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> HtmlElement {
    let document = document();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    std::mem::forget(leptos::mount::mount_to(host.clone(), view));
    host
}

fn find(host: &HtmlElement, selector: &str) -> Option<HtmlElement> {
    host.query_selector(selector)
        .unwrap()
        .map(|e| e.unchecked_into())
}

fn text(host: &HtmlElement) -> String {
    host.text_content().unwrap_or_default()
}

/// Lets effects scheduled by a change run.
async fn settle() {
    leptos::task::tick().await;
}

fn button(host: &HtmlElement, label: &str) -> HtmlElement {
    let buttons = host.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .map(|b| b.unchecked_into::<HtmlElement>())
        .find(|b| b.text_content().as_deref() == Some(label))
        .unwrap_or_else(|| panic!("no button “{label}” in: {}", text(host)))
}

#[wasm_bindgen_test]
async fn a_text_field_shows_its_error_above_the_control_and_links_it_for_screen_readers() {
    let error = RwSignal::new(None::<String>);
    let host = mount(move || {
        view! {
            <TextField
                id="goal-title".into()
                label="Title"
                hint="Up to 150 characters."
                value=RwSignal::new(String::new())
                error=error.into()
            />
        }
    });
    let input = find(&host, "input#goal-title").unwrap();
    assert_eq!(
        input.get_attribute("aria-describedby").as_deref(),
        Some("goal-title-hint")
    );
    assert_eq!(input.get_attribute("aria-invalid"), None);
    assert!(find(&host, ".error-message").is_none());

    error.set(Some("Enter a title".into()));
    settle().await;
    let message = find(&host, "#goal-title-error").expect("the error is shown");
    assert_eq!(message.text_content().unwrap(), "Error: Enter a title");
    assert_eq!(
        input.get_attribute("aria-describedby").as_deref(),
        Some("goal-title-hint goal-title-error")
    );
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(find(&host, ".form-group-error").is_some());

    error.set(None);
    settle().await;
    assert!(find(&host, ".error-message").is_none());
}

#[wasm_bindgen_test]
async fn a_select_shows_the_chosen_value_and_follows_a_value_the_page_sets() {
    let value = RwSignal::new("b".to_string());
    let choices = Signal::stored(vec![
        Choice::new("a", "Alpha"),
        Choice::grouped("b", "Bravo", "Group one".into()),
        Choice::grouped("c", "Charlie", "Group one".into()),
    ]);
    let host = mount(move || {
        view! {
            <SelectField
                id="owner".into()
                label="Owner"
                choices=choices
                empty="Not named"
                value=value
                error=Signal::stored(None)
            />
        }
    });
    let select: HtmlSelectElement = find(&host, "select#owner").unwrap().unchecked_into();
    assert_eq!(select.value(), "b");
    assert_eq!(select.length(), 4, "the empty choice and three others");
    assert!(find(&host, "optgroup[label='Group one']").is_some());

    // A page clearing its form sets the value; the select follows.
    value.set(String::new());
    settle().await;
    assert_eq!(select.value(), "");
    value.set("c".into());
    settle().await;
    assert_eq!(select.value(), "c");
}

#[wasm_bindgen_test]
async fn the_delete_panel_asks_first_and_deletes_only_when_confirmed() {
    let confirmed = RwSignal::new(0);
    let host = mount(move || {
        view! {
            <DeletePanel
                noun="team"
                name="Discharge team".into()
                consequences=vec!["2 people will have no team.".into()]
                blocked=None
                on_confirm=Callback::new(move |()| confirmed.update(|n| *n += 1))
            />
        }
    });
    assert!(!text(&host).contains("Are you sure"));

    button(&host, "Delete team").click();
    settle().await;
    assert!(text(&host).contains("Are you sure you want to delete “Discharge team”?"));
    assert!(text(&host).contains("2 people will have no team."));
    button(&host, "Cancel").click();
    settle().await;
    assert_eq!(confirmed.get_untracked(), 0, "cancel deletes nothing");
    assert!(!text(&host).contains("Are you sure"));

    button(&host, "Delete team").click();
    settle().await;
    button(&host, "Yes, delete team").click();
    assert_eq!(confirmed.get_untracked(), 1);
}

#[wasm_bindgen_test]
fn a_record_that_cannot_be_deleted_says_why_and_offers_no_button() {
    let host = mount(move || {
        view! {
            <DeletePanel
                noun="organisation"
                name="Riverside".into()
                consequences=Vec::new()
                blocked=Some("It still has 3 teams.".into())
                on_confirm=Callback::new(|()| panic!("nothing can be confirmed"))
            />
        }
    });
    assert!(text(&host).contains("It still has 3 teams."));
    assert_eq!(host.query_selector_all("button").unwrap().length(), 0);
}
