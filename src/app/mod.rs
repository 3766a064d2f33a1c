//! The app's side of storage: the IndexedDB store behind the core's record-store port, and the
//! channel that tells other tabs what was saved.

pub mod idb_store;
pub mod tabs;
