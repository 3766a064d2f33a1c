//! Pieces shared by several pages.

pub mod charts;
pub mod delete_panel;
pub mod fields;
pub mod layout;
pub mod tags;
