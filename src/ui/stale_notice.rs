//! What a form shows when the record it was opened on was changed or deleted in another tab
//! before it was saved: the two versions side by side, and nothing written.

use leptos::prelude::*;
use scorecard_core::storage::compare::FieldDifference;

/// A save refused because the record changed since the form opened.
#[derive(Debug, Clone, PartialEq)]
pub struct StaleRecord {
    /// The record, e.g. "goal".
    pub noun: &'static str,
    /// When the saved version was changed, in words; `None` when it was deleted.
    pub changed_at: Option<String>,
    /// The fields that differ.
    pub differences: Vec<FieldDifference>,
}

/// The two versions, side by side.
#[component]
pub fn StaleNotice(
    /// The refused save, if any.
    #[prop(into)]
    stale: Signal<Option<StaleRecord>>,
) -> impl IntoView {
    move || {
        stale.get().map(|s| {
            let heading = match &s.changed_at {
                Some(at) => format!("This {} was changed in another tab at {at}", s.noun),
                None => format!("This {} was deleted in another tab", s.noun),
            };
            let advice = if s.changed_at.is_some() {
                "Your changes have not been saved, so neither version is lost. Compare the two versions below, then open the form again to make your changes on the saved version."
            } else {
                "Your changes have not been saved, and it has not been brought back. Copy anything you need from the form before you leave it."
            };
            let rows = s
                .differences
                .into_iter()
                .map(|d| {
                    view! {
                        <tr>
                            <th scope="row">{d.field}</th>
                            <td>{d.yours}</td>
                            <td>{d.saved}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <div class="banner banner-error stale-notice" role="alert" tabindex="-1">
                    <h2 class="banner-title">{heading}</h2>
                    <p>{advice}</p>
                    {s
                        .changed_at
                        .is_some()
                        .then(|| {
                            view! {
                                <div class="table-scroll">
                                    <table class="table">
                                        <caption>"What differs"</caption>
                                        <thead>
                                            <tr>
                                                <th scope="col">"Field"</th>
                                                <th scope="col">"Your version (not saved)"</th>
                                                <th scope="col">"Saved in the other tab"</th>
                                            </tr>
                                        </thead>
                                        <tbody>{rows}</tbody>
                                    </table>
                                </div>
                            }
                        })}
                </div>
            }
        })
    }
}

/// Whether a save from a form must be refused: the record was deleted since the form opened
/// (`saved` is `None`), or changed (its `updated_at` is no longer `opened_at`). Changes made in
/// this tab move `opened_at` on too, since the form reopens on the saved record.
pub fn refuse_stale<T: serde::Serialize>(
    noun: &'static str,
    opened_at: scorecard_core::Timestamp,
    yours: &T,
    saved: Option<(&T, scorecard_core::Timestamp)>,
) -> Option<StaleRecord> {
    match saved {
        None => Some(StaleRecord {
            noun,
            changed_at: None,
            differences: Vec::new(),
        }),
        Some((saved, updated_at)) if updated_at != opened_at => Some(StaleRecord {
            noun,
            changed_at: Some(crate::app::state::when(updated_at)),
            differences: scorecard_core::storage::compare::differences(yours, saved),
        }),
        Some(_) => None,
    }
}
