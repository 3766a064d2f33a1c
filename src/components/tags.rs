//! Small labels: goal level, perspective, organisation. Text, never colour alone.

use leptos::prelude::*;
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
