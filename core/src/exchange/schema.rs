//! The JSON Schema (draft 2020-12) of exchange files, generated from the Rust types so the two
//! cannot drift. A copy is kept in the repository at [`SCHEMA_FILE`]; a test regenerates it and
//! fails if the copy differs (run the test with `UPDATE_SCHEMA=1` to rewrite it).

use serde_json::{json, Value};

use super::canonical::pretty_sorted_json;
use super::format::ExchangeFile;
use super::{EXCHANGE_FORMAT, EXCHANGE_SCHEMA_VERSION};

/// Where the schema is kept, relative to the repository root.
pub const SCHEMA_FILE: &str = "schema/scorecard-exchange.schema.json";

/// The schema's `$id`.
pub const SCHEMA_ID: &str = "urn:scorecard:exchange-file";

/// The schema of an exchange file as a JSON value.
pub fn exchange_schema() -> Value {
    let generator = schemars::generate::SchemaSettings::draft2020_12().into_generator();
    let mut schema = generator.into_root_schema_for::<ExchangeFile>().to_value();
    if let Value::Object(root) = &mut schema {
        root.insert("$id".into(), json!(SCHEMA_ID));
        root.insert(
            "description".into(),
            json!(format!(
                "A Scorecard exchange file, format version {EXCHANGE_SCHEMA_VERSION}: a whole workspace (kind \"workspace\") or what one organisation shares with a partner (kind \"partner_pack\"). Every record has a UUID, an owning organisation (its own, its organisation_id, or that of the goal, person or team it belongs to) and an updated_at time; deletions travel as tombstones. The digest is the SHA-256 of the payload's canonical JSON (compact, object keys in ascending order). See docs/exchange-format.md."
            )),
        );
        if let Some(Value::Object(props)) = root.get_mut("properties") {
            if let Some(Value::Object(format)) = props.get_mut("format") {
                format.insert("const".into(), json!(EXCHANGE_FORMAT));
            }
            if let Some(Value::Object(version)) = props.get_mut("schema_version") {
                version.insert("const".into(), json!(EXCHANGE_SCHEMA_VERSION));
            }
            if let Some(Value::Object(digest)) = props.get_mut("digest") {
                digest.insert("pattern".into(), json!("^[0-9a-f]{64}$"));
            }
        }
        // Which payload goes with which kind.
        root.insert(
            "allOf".into(),
            json!([
                {
                    "if": { "properties": { "kind": { "const": "workspace" } } },
                    "then": { "properties": { "payload": { "$ref": "#/$defs/Workspace" } } }
                },
                {
                    "if": { "properties": { "kind": { "const": "partner_pack" } } },
                    "then": {
                        "properties": { "payload": { "$ref": "#/$defs/PartnerPack" } },
                        "required": ["exported_by_org", "partner_org"]
                    }
                }
            ]),
        );
    }
    schema
}

/// The schema as the text kept in [`SCHEMA_FILE`]: indented, keys sorted, ending with a line
/// break.
pub fn exchange_schema_json() -> String {
    pretty_sorted_json(&exchange_schema())
}
