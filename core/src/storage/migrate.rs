//! Migrations: pure functions that bring a stored workspace from each schema version to the next.
//!
//! A saved workspace carries the schema version it was written with. On load, the steps from that
//! version up to [`CURRENT_SCHEMA_VERSION`] run in order over the workspace as plain JSON
//! ([`serde_json::Value`]), and only the result is read into a [`Workspace`]. Each step is a pure
//! function (no clock, no store), so it can be tested on its own against a frozen fixture.
//!
//! To change the shape of the saved model:
//! 1. bump [`CURRENT_SCHEMA_VERSION`] to N + 1;
//! 2. add a [`Step`] `{ from: N, .. }` to [`STEPS`] that rewrites version-N JSON into N + 1;
//! 3. freeze a golden fixture of the new version (`core/tests/fixtures/workspace-v{N+1}.json`,
//!    written by `cargo test -p scorecard-core --test storage_migrations -- --ignored`), and keep
//!    every older fixture: `core/tests/storage_migrations.rs` loads each one through the steps.
//!
//! Data written by a newer schema than this build knows is never migrated or touched.

use serde_json::Value;

use super::envelope::CURRENT_SCHEMA_VERSION;
use crate::workspace::Workspace;

/// The oldest schema version this build can read. Version 1 is the first that was ever written.
pub const OLDEST_SCHEMA_VERSION: u32 = 1;

/// One migration: rewrites a workspace stored at schema `from` into schema `from + 1`.
#[derive(Debug, Clone, Copy)]
pub struct Step {
    /// The schema version the step reads.
    pub from: u32,
    /// What changes, in a few words (for error messages and the record).
    pub what: &'static str,
    /// The change itself: a pure function of the stored JSON.
    pub apply: fn(Value) -> Result<Value, String>,
}

/// Every migration, oldest first. Schema 1 is the first and the current one, so there are none
/// yet; the next shape change adds `Step { from: 1, .. }` here.
pub const STEPS: &[Step] = &[];

/// Why a stored workspace could not be brought up to date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MigrateError {
    /// Written by a newer version of the app; left alone.
    #[error("it was saved by a newer version of Scorecard (schema {found}; this version reads up to {current})")]
    Newer {
        /// The version found.
        found: u32,
        /// The newest version this build reads.
        current: u32,
    },
    /// Older than any version this build knows (or 0).
    #[error("schema {0} is not one Scorecard has ever written")]
    Unknown(u32),
    /// A step is missing from [`STEPS`].
    #[error("there is no way to move schema {0} to schema {next}", next = .0 + 1)]
    MissingStep(u32),
    /// A step refused the data.
    #[error("moving from schema {from} to {to} failed ({reason})", to = .from + 1)]
    StepFailed {
        /// The version the step reads.
        from: u32,
        /// What the step said.
        reason: String,
    },
    /// After the steps, the data does not match the workspace model.
    #[error("the saved workspace does not match schema {version} ({reason})")]
    Shape {
        /// The version the data was read as.
        version: u32,
        /// What did not match.
        reason: String,
    },
}

/// Runs `steps` over `value` from schema `from` up to schema `to`. Pure; used by [`upgrade`] with
/// the real [`STEPS`], and by tests with made-up ones.
pub fn upgrade_with(
    steps: &[Step],
    from: u32,
    to: u32,
    mut value: Value,
) -> Result<Value, MigrateError> {
    if from > to {
        return Err(MigrateError::Newer {
            found: from,
            current: to,
        });
    }
    if from < OLDEST_SCHEMA_VERSION {
        return Err(MigrateError::Unknown(from));
    }
    for version in from..to {
        let step = steps
            .iter()
            .find(|s| s.from == version)
            .ok_or(MigrateError::MissingStep(version))?;
        value = (step.apply)(value).map_err(|reason| MigrateError::StepFailed {
            from: version,
            reason,
        })?;
    }
    Ok(value)
}

/// Brings stored workspace JSON of `schema_version` up to [`CURRENT_SCHEMA_VERSION`].
pub fn upgrade(schema_version: u32, value: Value) -> Result<Value, MigrateError> {
    upgrade_with(STEPS, schema_version, CURRENT_SCHEMA_VERSION, value)
}

/// Reads the stored workspace text of `schema_version` as a current [`Workspace`], running any
/// migrations first.
pub fn migrate(schema_version: u32, text: &str) -> Result<Workspace, MigrateError> {
    let shape = |version: u32| {
        move |e: serde_json::Error| MigrateError::Shape {
            version,
            reason: e.to_string(),
        }
    };
    if schema_version == CURRENT_SCHEMA_VERSION {
        // Nothing to migrate: read the text directly (faster, and exactly what was hashed).
        return serde_json::from_str(text).map_err(shape(schema_version));
    }
    if schema_version > CURRENT_SCHEMA_VERSION {
        return Err(MigrateError::Newer {
            found: schema_version,
            current: CURRENT_SCHEMA_VERSION,
        });
    }
    let value: Value = serde_json::from_str(text).map_err(shape(schema_version))?;
    let value = upgrade(schema_version, value)?;
    serde_json::from_value(value).map_err(shape(CURRENT_SCHEMA_VERSION))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    // Made-up history: v1 had `title`, v2 renamed it to `name`, v3 added `tags`.
    fn rename_title(mut v: Value) -> Result<Value, String> {
        let obj = v.as_object_mut().ok_or("not an object")?;
        let title = obj.remove("title").ok_or("no title")?;
        obj.insert("name".into(), title);
        Ok(v)
    }
    fn add_tags(mut v: Value) -> Result<Value, String> {
        v.as_object_mut()
            .ok_or("not an object")?
            .entry("tags")
            .or_insert(json!([]));
        Ok(v)
    }
    const HISTORY: &[Step] = &[
        Step {
            from: 2,
            what: "add tags",
            apply: add_tags,
        },
        Step {
            from: 1,
            what: "rename title to name",
            apply: rename_title,
        },
    ];

    #[test]
    fn steps_run_in_version_order_whatever_their_order_in_the_list() {
        let out = upgrade_with(HISTORY, 1, 3, json!({"title": "A"})).unwrap();
        assert_eq!(out, json!({"name": "A", "tags": []}));
    }

    #[test]
    fn a_middle_version_runs_only_the_later_steps() {
        let out = upgrade_with(HISTORY, 2, 3, json!({"name": "B"})).unwrap();
        assert_eq!(out, json!({"name": "B", "tags": []}));
    }

    #[test]
    fn the_current_version_is_unchanged() {
        let v = json!({"name": "C", "tags": ["x"]});
        assert_eq!(upgrade_with(HISTORY, 3, 3, v.clone()).unwrap(), v);
    }

    #[test]
    fn a_newer_version_is_refused_not_changed() {
        assert_eq!(
            upgrade_with(HISTORY, 4, 3, json!({})),
            Err(MigrateError::Newer {
                found: 4,
                current: 3
            })
        );
        assert!(matches!(
            migrate(CURRENT_SCHEMA_VERSION + 1, "{}"),
            Err(MigrateError::Newer { .. })
        ));
    }

    #[test]
    fn a_missing_step_or_unknown_version_is_an_error() {
        assert_eq!(
            upgrade_with(&HISTORY[1..], 1, 3, json!({"title": "A"})),
            Err(MigrateError::MissingStep(2))
        );
        assert_eq!(
            upgrade_with(HISTORY, 0, 3, json!({})),
            Err(MigrateError::Unknown(0))
        );
    }

    #[test]
    fn a_failing_step_says_which() {
        let err = upgrade_with(HISTORY, 1, 3, json!({"name": "no title"})).unwrap_err();
        assert_eq!(
            err,
            MigrateError::StepFailed {
                from: 1,
                reason: "no title".into()
            }
        );
        assert_eq!(
            err.to_string(),
            "moving from schema 1 to 2 failed (no title)"
        );
    }

    #[test]
    #[allow(clippy::reversed_empty_ranges)] // empty while schema 1 is the only one
    fn the_real_steps_form_an_unbroken_chain_to_the_current_version() {
        for version in OLDEST_SCHEMA_VERSION..CURRENT_SCHEMA_VERSION {
            assert_eq!(
                STEPS.iter().filter(|s| s.from == version).count(),
                1,
                "exactly one step from schema {version}"
            );
        }
        assert!(STEPS
            .iter()
            .all(|s| (OLDEST_SCHEMA_VERSION..CURRENT_SCHEMA_VERSION).contains(&s.from)));
    }
}
