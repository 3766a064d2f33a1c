//! Goals: the goal page and its form.

pub mod form;
pub mod supports;
pub mod view;
