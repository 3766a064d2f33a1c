//! Organisations, teams and people: lists and forms.

pub mod organisations;
pub mod people;
pub mod teams;
