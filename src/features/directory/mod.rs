//! Organisations, teams and people: their lists and the forms that add and edit them. The pages
//! of a person and a team are in `profiles`; what the three kinds share is in `shared`.

pub mod organisations;
pub mod people;
mod shared;
pub mod teams;
