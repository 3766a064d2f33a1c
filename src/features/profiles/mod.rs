//! Person and team pages, with development plans, recognition and exit interviews.

pub mod development_plan;
pub mod exit_interviews;
pub mod person;
pub mod recognition;
pub mod team;
