//! Organisations, teams and people: their lists and the forms that add and edit them. The pages
//! of a person and a team are in `profiles`. Each kind is a `ListedKind` for the shared list
//! page and form in `crate::ui` (`record_list`, `record_form`), with the fields of its own.

pub mod organisations;
pub mod people;
pub mod teams;
