//! The scorecard (the home page), its work lists, and the cascade.

pub mod cascade;
pub mod home_work;
pub mod overview;
