//! The committed JSON Schema must be exactly what the Rust types generate, so the documented
//! format and the code never drift. To accept a change to the format, regenerate it:
//! `UPDATE_SCHEMA=1 cargo test -p scorecard-core --test exchange_schema`.

use std::path::PathBuf;

use scorecard_core::exchange::schema::{exchange_schema, exchange_schema_json, SCHEMA_FILE};

fn schema_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(SCHEMA_FILE)
}

#[test]
fn committed_schema_matches_the_rust_types() {
    let generated = exchange_schema_json();
    let path = schema_path();
    let update = std::env::var("UPDATE_SCHEMA").is_ok_and(|v| !v.is_empty() && v != "0");
    if update {
        std::fs::write(&path, &generated).expect("schema/ is writable");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed != generated {
        let first_difference = committed
            .lines()
            .zip(generated.lines())
            .position(|(a, b)| a != b)
            .map_or_else(
                || "one file is longer than the other".to_string(),
                |i| format!("first difference at line {}", i + 1),
            );
        panic!(
            "{SCHEMA_FILE} is not what the Rust types generate ({first_difference}).\n\
             The exchange types (or the model types inside them) changed. If the change to the \
             file format is intended, regenerate the schema with\n\
             \n    UPDATE_SCHEMA=1 cargo test -p scorecard-core --test exchange_schema\n\n\
             and, if files written before no longer read the same, bump \
             EXCHANGE_SCHEMA_VERSION with a migration step (core/src/exchange/migrate.rs)."
        );
    }
}

#[test]
fn schema_is_draft_2020_12_and_describes_both_kinds_of_file() {
    let schema = exchange_schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    let defs = schema["$defs"].as_object().expect("definitions");
    for name in [
        "Workspace",
        "PartnerPack",
        "Goal",
        "Measure",
        "Tombstone",
        "Trajectory",
    ] {
        assert!(defs.contains_key(name), "{name} is defined");
    }
    let required = schema["required"].as_array().expect("required fields");
    for field in ["format", "kind", "schema_version", "digest", "payload"] {
        assert!(required.iter().any(|r| r == field), "{field} is required");
    }
}
