//! Measures in the workspace: validation, saving, entering data and self-assessments, and the
//! status of a measure, a goal and a Balanced Scorecard perspective.
//!
//! Every edit validates first and changes nothing when it fails. Every number saved is finite:
//! JSON has no NaN, so one would be stored as `null` and the whole workspace would then fail to
//! load.
//!
//! Status functions never fail: anything that cannot be worked out from (possibly imported)
//! data is left out and explained in plain words rather than reported as an error.
//!
//! * [`draft`](MeasureDraft) — the measure form's fields as typed, and the checks on them.
//! * `edit` — finding, saving and deleting measures; self-assessments.
//! * `actuals` — entering actuals, with corrections kept in their history.
//! * `validate` — the rules a measure must meet to be saved.
//! * [`status`](measure_status) — a measure's status, forecast and SPC chart on a day.
//! * [`page`](measure_view) — the measure page: status and both charts over recent windows.
//! * [`data`](data_page) — the page's table of data entered, a page at a time.
//! * [`entry`](entry_periods) — the choices the page's forms offer.
//! * `rollup` — a goal's and a perspective's status, rolled up from their measures.

mod actuals;
mod data;
mod draft;
mod edit;
mod entry;
mod page;
mod rollup;
mod status;
mod validate;

pub use data::{data_page, DataPage, DataRow, DATA_PAGE_SIZE};
pub use draft::{MeasureDraft, DEFAULT_SEASONAL};
pub use entry::{entry_periods, next_period, rebase_choices};
pub use page::{
    measure_view, spc_window, trajectory_series, ChartWindow, MeasureAbout, MeasureView, SpcWindow,
    TrajectorySeries, SPC_WINDOW, TRAJECTORY_WINDOW,
};
pub use status::{measure_status, MeasureSummary};

use crate::validation as v;

/// Longest measure name.
pub const MAX_MEASURE_NAME: usize = 150;
/// Longest measure definition.
pub const MAX_DEFINITION: usize = v::MAX_DESCRIPTION;
/// Longest unit, e.g. "patients".
pub const MAX_UNIT: usize = 20;
/// Longest data source.
pub const MAX_DATA_SOURCE: usize = 200;
/// Longest note on an actual or self-assessment narrative.
pub const MAX_NOTE: usize = v::MAX_DESCRIPTION;
/// Lowest self-assessment confidence.
pub const MIN_CONFIDENCE: u8 = 1;
/// Highest self-assessment confidence.
pub const MAX_CONFIDENCE: u8 = 5;
