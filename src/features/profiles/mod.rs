//! Person and team pages, with development plans, recognition and exit interviews. The pages
//! import their sections; what both pages share is in `shared`.

mod appraisal;
mod development_plan;
pub mod exit_interviews;
pub mod former_addresses;
pub mod person;
mod recognition;
mod shared;
pub mod team;
