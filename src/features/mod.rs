//! The app's features, one folder each: its pages and the sections only they use. A page is a
//! thin view over the core; shared widgets live in `crate::ui`, app state in `crate::app`.

pub mod directory;
pub mod exchange;
pub mod goals;
pub mod measures;
pub mod my_work;
pub mod not_found;
pub mod profiles;
pub mod report;
pub mod reviews;
pub mod scorecard;
pub mod strategy_map;
pub mod workspace;
