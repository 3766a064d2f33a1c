//! Small labels: goal level, perspective, personal data, status and SPC icons. Text, never
//! colour alone.

use leptos::prelude::*;
use scorecard_core::analysis::{AssuranceIcon, RagStatus, VariationIcon};
use scorecard_core::{GoalLevel, Perspective};

/// A tag naming the goal's level.
#[component]
pub fn LevelTag(level: GoalLevel) -> impl IntoView {
    let class = format!("tag tag-{}", level.key());
    view! { <span class=class>{level.label()}</span> }
}

/// A tag naming a perspective.
#[component]
pub fn PerspectiveTag(perspective: Perspective) -> impl IntoView {
    let class = format!("tag tag-perspective tag-{}", perspective.key());
    view! { <span class=class>{perspective.label()}</span> }
}

/// The "Personal" tag: what it marks is personal data.
#[component]
pub fn PersonalTag() -> impl IntoView {
    view! { <span class="tag tag-personal">"Personal"</span> }
}

/// CSS class of a status: colour is a second cue, never the only one.
fn status_class(status: RagStatus) -> &'static str {
    match status {
        RagStatus::Green => "status status-green",
        RagStatus::Amber => "status status-amber",
        RagStatus::Red => "status status-red",
        RagStatus::NoDataYet | RagStatus::NotYetDue => "status status-none",
        RagStatus::DataOverdue => "status status-overdue",
    }
}

/// A RAG status with its symbol and words, e.g. "✓ On track".
#[component]
pub fn StatusBadge(status: RagStatus) -> impl IntoView {
    view! {
        <span class=status_class(status)>
            <span class="status-symbol" aria-hidden="true">
                {status.symbol()}
            </span>
            " "
            {status.label()}
        </span>
    }
}

/// Why a measure shows no SPC icon, as a badge.
fn no_icon(text: String) -> AnyView {
    view! { <span class="spc-badge spc-none">{text}</span> }.into_any()
}

/// The Making Data Count variation icon as a symbol and words.
#[component]
pub fn VariationBadge(
    /// The icon, when there is one.
    icon: Option<VariationIcon>,
    /// Why there is none though there is data (too few points), from the core.
    #[prop(default = None)]
    withheld: Option<String>,
) -> impl IntoView {
    match icon {
        None => no_icon(withheld.unwrap_or_else(|| "Not enough data for SPC".into())),
        Some(icon) => {
            let class = match icon {
                VariationIcon::ImprovementHigh | VariationIcon::ImprovementLow => {
                    "spc-badge spc-improvement"
                }
                VariationIcon::ConcernHigh | VariationIcon::ConcernLow => "spc-badge spc-concern",
                VariationIcon::NeitherHigh | VariationIcon::NeitherLow => "spc-badge spc-neither",
                VariationIcon::CommonCause => "spc-badge spc-common",
            };
            view! {
                <span class=class>
                    <span aria-hidden="true">{icon.symbol()}</span>
                    " "
                    {icon.label()}
                </span>
            }
            .into_any()
        }
    }
}

/// The Making Data Count assurance icon as a symbol and words.
#[component]
pub fn AssuranceBadge(
    /// The icon, when there is one.
    icon: Option<AssuranceIcon>,
    /// Why there is none though there is data (too few points), from the core.
    #[prop(default = None)]
    withheld: Option<String>,
) -> impl IntoView {
    match icon {
        None => no_icon(withheld.unwrap_or_else(|| "No assurance (no target or limits)".into())),
        Some(icon) => {
            let class = match icon {
                AssuranceIcon::ConsistentlyPass => "spc-badge spc-improvement",
                AssuranceIcon::ConsistentlyFail => "spc-badge spc-concern",
                AssuranceIcon::HitAndMiss => "spc-badge spc-common",
            };
            view! {
                <span class=class>
                    <span aria-hidden="true">{icon.symbol()}</span>
                    " "
                    {icon.label()}
                </span>
            }
            .into_any()
        }
    }
}
