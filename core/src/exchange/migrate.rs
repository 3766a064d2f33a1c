//! Bringing files from older versions of the format up to the current one.
//!
//! Each step is a pure function on the file's JSON that turns version `n` into version `n + 1`;
//! a file of version `v` goes through every step from `v` on. Migration runs after the digest
//! check (the digest is of the payload as exported) and before the file is read into types.
//!
//! To change the format: bump [`super::EXCHANGE_SCHEMA_VERSION`], add a step here from the
//! old version, add a file of the old version to the tests, and regenerate the schema.
//!
//! Before version 1 there was no exchange format: "Download a copy" saved the bare workspace.
//! Such a file is recognised ([`looks_like_bare_workspace`]) and read as a workspace backup of
//! version 0 that has no header and no digest.

use serde_json::{Map, Value};

use super::EXCHANGE_SCHEMA_VERSION;

/// The version of a bare workspace saved by "Download a copy" before the exchange format.
pub(crate) const BARE_WORKSPACE_VERSION: u32 = 0;

/// One migration step: the version it starts from and the change it makes.
type Step = (u32, fn(&mut Map<String, Value>));

/// Every step, oldest first.
const STEPS: &[Step] = &[(1, v1_to_v2)];

/// Version 2 adds `supports` to goals: the strategic goals a goal supports on the strategy map.
/// A version-1 goal has no links, which is what reading a goal without the field gives, so
/// nothing is rewritten. The version goes up all the same, so that an app that reads only
/// version 1 refuses a file with links instead of dropping them without a word.
fn v1_to_v2(_file: &mut Map<String, Value>) {}

/// Applies every step from `from` to the current version to `file`.
pub(crate) fn upgrade(from: u32, file: &mut Map<String, Value>) {
    for (version, step) in STEPS {
        if *version >= from && *version < EXCHANGE_SCHEMA_VERSION {
            step(file);
        }
    }
    file.insert(
        "schema_version".to_string(),
        Value::from(EXCHANGE_SCHEMA_VERSION),
    );
}

/// Whether `value` looks like a workspace saved by "Download a copy" before the exchange
/// format: an object with a text `name` and at least one list of records, and no `format`.
pub(crate) fn looks_like_bare_workspace(value: &Map<String, Value>) -> bool {
    !value.contains_key("format")
        && value.get("name").is_some_and(Value::is_string)
        && ["organisations", "teams", "people", "goals", "measures"]
            .iter()
            .any(|k| value.get(*k).is_some_and(Value::is_array))
}
