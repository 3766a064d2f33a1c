//! Scorecard's domain core: goals on a Balanced Scorecard, the strategic → team → individual
//! cascade, validation, and the versioned storage envelope.
//!
//! This crate has no browser imports (no leptos, web-sys or gloo) so the compiler keeps the line
//! between the domain and the UI, native tests build fast, and a fuzz target can link it. It never
//! reads the clock: callers pass `now`.

pub mod alignment;
pub mod analysis;
pub mod balance;
pub mod chart;
pub mod demo;
pub mod directory;
pub mod exchange;
pub mod format;
pub mod goal_measures;
pub mod measures;
pub mod model;
pub mod order;
pub mod profiles;
pub mod reference;
pub mod report;
pub mod reviews;
pub mod storage;
pub mod validation;
pub mod workspace;

pub use model::*;
pub use validation::{FieldError, ValidationErrors};
pub use workspace::Workspace;
