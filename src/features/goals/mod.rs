//! Goals: the goal page (`view`) and its form (`form`).

pub mod form;
pub mod supports;
pub mod view;

/// What the goal pages say when the address names no goal.
const GOAL_GONE: &str = "There is no goal at this address. It may have been deleted.";
