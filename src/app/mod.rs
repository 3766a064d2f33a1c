//! App state and everything the app keeps in the browser: the state pages share, opening and
//! saving the workspace (IndexedDB behind the core's record-store port), other tabs, snapshots,
//! damaged data kept aside, localStorage's small things, and downloads.

pub mod browser_store;
mod damaged;
pub mod download;
pub mod idb_store;
pub mod opening;
mod saving;
pub mod snapshots;
pub mod state;
pub mod tabs;
