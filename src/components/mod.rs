//! Pieces shared by several pages.

pub mod charts;
pub mod csv_button;
pub mod delete_panel;
pub mod fields;
pub mod layout;
pub mod read_only;
pub mod stale_notice;
pub mod tags;
