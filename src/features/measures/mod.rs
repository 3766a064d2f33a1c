//! Measures: the measure page with its charts, its form, and data entry.

pub mod entry;
pub mod form;
pub mod view;
