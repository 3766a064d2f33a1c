//! Partner exchange: one documented, versioned JSON format for a whole workspace (a backup) and
//! for a partner pack (what one organisation shares with a partner), with export, validated
//! import, a preview of every change, a merge that respects ownership, tombstones and conflicts,
//! one-step undo, and CSV for tables and actuals.
//!
//! The flow an app follows:
//! 1. [`export_workspace`] or [`plan_partner_pack`] → [`export_partner_pack`] gives a file.
//! 2. [`parse_file`] checks a file a user picked (size, JSON syntax, depth, kind, version,
//!    digest, types, references) and never changes anything.
//! 3. [`preview`] says, per kind of record, what is new, updated, unchanged, deleted and in
//!    conflict; the user picks "keep mine" or "take theirs" per conflict ([`Choices`]).
//! 4. [`apply`] makes exactly those changes and returns an [`UndoPoint`] (the workspace as it
//!    was) that restores it in one step.
//!
//! The file format is described in `docs/exchange-format.md` and by the JSON Schema in
//! `schema/scorecard-exchange.schema.json`, generated from these types by [`schema`].

mod apply;
mod canonical;
pub mod csv;
mod csv_actuals;
mod export;
mod format;
mod kind;
mod ledger;
mod links;
mod messages;
mod migrate;
mod ownership;
mod parse;
mod plan;
mod records;
mod scan;
pub mod schema;
mod summary;
mod tombstone;
mod undo;
mod validate;

pub use apply::{apply, apply_replace, Applied, ApplyError};
pub use canonical::{canonical_json, pretty_sorted_json, sha256_hex};
pub use csv_actuals::{
    apply_actuals, parse_actuals_csv, ActualsApplied, ActualsImport, ActualsRow, ActualsRowOutcome,
    CsvFileError, CsvRowError, MAX_CSV_BYTES, MAX_CSV_ROWS, MAX_ROW_ERRORS,
};
pub use export::{
    backup_file_name, export_partner_pack, export_plan, export_workspace, pack_file_name,
    plan_backup, plan_partner_pack, ExportError, ExportOptions, ExportPlan, ExportedFile,
    PlanSection,
};
pub use format::{ExchangeFile, FileKind, PartnerPack, Payload};
pub use kind::{RecordKind, RecordRef};
pub use ledger::{ExchangeLedger, PartnerExchange, ReceivedFile, ReceivedRecord};
pub use ownership::{is_read_only, Arrival};
pub use parse::{parse_file, parse_file_with, ImportError, ImportLimits, ImportedFile};
pub use plan::{
    preview, preview_replace, Choices, Mode, Outcome, Preview, RecordChange, SectionPreview,
};
pub use summary::{FileSummary, Problem};
pub use tombstone::Tombstone;
pub use undo::{UndoPoint, UNDO_KEY};

/// The `format` value of every exchange file.
pub const EXCHANGE_FORMAT: &str = "scorecard-exchange";

/// The schema version this build writes. Older versions are migrated on import; newer ones are
/// refused. Bump it, with a step in `migrate.rs`, whenever the file's shape changes.
///
/// 1: the first version. 2: goals' strategy-map links (`supports`).
pub const EXCHANGE_SCHEMA_VERSION: u32 = 2;

/// The version of Scorecard written into exported files.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
