//! Widgets shared by several features: form fields, layout and banners, tables' CSV buttons,
//! charts, tags, the delete panel, due lists, timelines, and finding a page's record.

pub mod charts;
pub mod confirm_panel;
pub mod csv_button;
pub mod delete_panel;
pub mod due_lists;
pub mod fields;
pub mod focus;
pub mod goal_list;
pub mod inline_status;
pub mod layout;
pub mod read_only;
pub mod record;
pub mod record_form;
pub mod record_list;
pub mod record_page;
pub mod stale_notice;
pub mod table;
pub mod tags;
pub mod timeline;
