//! Dates as pages show them and as date inputs give them: the core's one rule for each.

pub(crate) use scorecard_core::format::{long_date as day, parse_input_date as parse_date};
