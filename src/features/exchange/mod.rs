//! Exchanging files with partners: share a pack or a backup, import one, import actuals from CSV.

pub mod actuals;
pub mod export;
pub mod import;
