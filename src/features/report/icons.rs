//! A measure's Making Data Count icons in the report, or why it has none, in words.

use leptos::prelude::*;
use scorecard_core::analysis::SpcIcons;

use crate::ui::tags::{AssuranceBadge, VariationBadge};

/// The variation and assurance icons as symbols and words; with too few points, the reason
/// ("Not enough data points for SPC icons: 6 of 15").
#[component]
pub(super) fn SpcIconsView(icons: SpcIcons) -> impl IntoView {
    match icons {
        SpcIcons::Shown {
            variation,
            assurance,
        } => view! {
            <span class="report-icons">
                <VariationBadge icon=Some(variation) />
                <AssuranceBadge icon=assurance />
            </span>
        }
        .into_any(),
        SpcIcons::Withheld(withheld) => {
            view! { <span class="spc-badge spc-none">{withheld.message()}</span> }.into_any()
        }
    }
}

/// The icons as two spreadsheet cells, variation then assurance; with too few points, the
/// reason and an empty cell.
pub(super) fn icons_cells(icons: &SpcIcons) -> [String; 2] {
    match icons {
        SpcIcons::Shown {
            variation,
            assurance,
        } => [
            variation.label().to_string(),
            assurance.map_or_else(
                || "No assurance (no target or limits)".to_string(),
                |a| a.label().to_string(),
            ),
        ],
        SpcIcons::Withheld(withheld) => [withheld.message(), String::new()],
    }
}
