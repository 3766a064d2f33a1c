//! A corpus of bad files (`fixtures/bad-imports/NN-name.json`), each refused with its own
//! specific message, with the stored workspace byte-identical afterwards.
//!
//! The files are committed; `generate_bad_imports` (ignored) rebuilds them from the demo's
//! trust pack when the format changes:
//! `cargo test -p scorecard-core --test exchange_bad_files -- --ignored generate_bad_imports`.

mod common;

use std::path::PathBuf;

use common::now;
use scorecard_core::demo::{self, COUNCIL, TRUST};
use scorecard_core::exchange::{
    apply, canonical_json, export_partner_pack, parse_file, parse_file_with, preview, sha256_hex,
    Choices, ExportOptions, ImportError, ImportLimits, EXCHANGE_SCHEMA_VERSION,
};
use scorecard_core::storage::{KeyValueStore, MemoryStore, Repository, WORKSPACE_KEY};
use scorecard_core::Workspace;
use serde_json::{json, Value};

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad-imports")
}

/// Each file and the exact message it must give.
const EXPECTED: &[(&str, &str)] = &[
    ("01-empty.json", "The file is empty."),
    ("02-only-spaces.json", "The file is empty."),
    ("03-utf16-not-utf8.json", "The file is not text: line 1, column 1 has bytes that are not UTF-8 text. Is it a spreadsheet, a PDF or a zip file?"),
    ("04-unclosed-object.json", "This is not valid JSON: line 3, column 25: the file ends before an object is closed (a } is missing)."),
    ("05-trailing-comma.json", "This is not valid JSON: line 3, column 1: there is a comma just before a closing bracket."),
    ("06-missing-comma.json", "This is not valid JSON: line 3, column 3: expected a comma or a closing } here."),
    ("07-single-quotes.json", "This is not valid JSON: line 1, column 2: a name in an object must be in double quotes."),
    ("08-nan.json", "This is not valid JSON: line 3, column 12: expected a value here (text in double quotes, a number, true, false, null, a list or an object)."),
    ("09-text-after-the-end.json", "This is not valid JSON: line 2, column 1: there is more text after the end of the JSON."),
    ("10-line-break-inside-text.json", "This is not valid JSON: line 2, column 23: a piece of text contains a line break or other control character (write it as \\n)."),
    ("11-number-1e400.json", "This is not a usable file: line 1, column 24 has a number too large to use (numbers must be between about -1.7e308 and 1.7e308)."),
    ("12-nested-200-deep.json", "The file is nested too deeply: line 1, column 33 opens level 33, but a Scorecard file never goes deeper than 32 levels."),
    ("13-nested-deep-in-payload.json", "The file is nested too deeply: line 1, column 323 opens level 33, but a Scorecard file never goes deeper than 32 levels."),
    ("14-a-list-not-an-object.json", "This is not a Scorecard file: it is JSON, but a list rather than an object starting with {\"format\": \"scorecard-exchange\", …}."),
    ("15-just-text.json", "This is not a Scorecard file: it is JSON, but a piece of text rather than an object starting with {\"format\": \"scorecard-exchange\", …}."),
    ("16-no-format-field.json", "This is not a Scorecard exchange file: it is JSON, but it has no \"format\": \"scorecard-exchange\" field."),
    ("17-other-format.json", "This is not a Scorecard exchange file: its format is “geojson”, not “scorecard-exchange”."),
    ("18-browser-storage-envelope.json", "This is Scorecard's own saved data from a browser's storage, not an exported file. Open Scorecard in the browser it came from and export a backup from “Your data”."),
    ("19-package-json.json", "This is not a Scorecard exchange file: it is JSON, but it has no \"format\": \"scorecard-exchange\" field."),
    ("20-format-is-a-number.json", "format: expected the text \"scorecard-exchange\", found a number"),
    ("21-no-schema-version.json", "schema_version: this field is missing"),
    ("22-schema-version-as-text.json", "schema_version: expected a whole number such as 2, found the text \"one\""),
    ("23-newer-version.json", "This file was made by a newer version of Scorecard (file format version 3; this app reads versions up to 2). Open it with the latest version of Scorecard."),
    ("24-unknown-version-0.json", "This file has an unknown format version (0); Scorecard file format versions start at 1."),
    ("25-no-digest.json", "digest: this field is missing"),
    ("26-digest-not-hex.json", "digest: expected 64 hexadecimal characters (a SHA-256 digest)"),
    ("27-changed-after-export.json", "This file was changed or damaged since export: its contents do not match the digest written when it was exported. Ask the sender for a fresh copy."),
    ("28-no-payload.json", "payload: this field is missing"),
    ("29-huge-text.json", "goals[0].title: this text is 50000 characters long; no text in a Scorecard file may be longer than 20000 characters"),
    ("30-unknown-kind.json", "kind: “spreadsheet” is not one of the allowed values (workspace, partner_pack)"),
    ("31-exported-at-not-a-date.json", "exported_at: expected a date and time such as 2026-11-26T09:00:00Z"),
    ("32-target-not-a-number.json", "measures[0].target.value: expected a number, found the text \"high\""),
    ("33-title-is-a-number.json", "goals[1].title: expected text in double quotes, found the number 42"),
    ("34-missing-title.json", "goals[0].title: this field is missing"),
    ("35-id-not-a-uuid.json", "goals[0].id: expected an id (a UUID such as 5c0eca4d-0000-4000-8000-000000000301)"),
    ("36-unknown-perspective.json", "goals[0].perspective: “happiness” is not one of the allowed values (financial, customer, internal_process, learning_growth)"),
    ("37-period-not-first-day.json", "measures[0].actuals[0].period: 2024-11-15 is not the first day of a period (Monthly)"),
    ("38-value-is-true.json", "measures[0].actuals[0].value: expected a number, found true"),
    ("39-duplicate-goal-ids.json", "goals[1].id: the same id as goals[0]; each goal needs its own id"),
    ("40-goal-organisation-missing.json", "2 problems: goals[1].organisation_id: no organisation with this id is in the file; goals[1]: this goal belongs to organisation 5c0eca4d-0000-4000-8000-0000000000ff, but the pack was exported by Northshire Hospitals NHS Foundation Trust (fictional); a pack may only carry its exporter's own records"),
    ("41-measure-goal-missing.json", "measures[0].goal_id: no goal with this id is in the file"),
    ("42-another-organisations-goal.json", "goals[1]: this goal belongs to Northshire County Council (fictional), but the pack was exported by Northshire Hospitals NHS Foundation Trust (fictional); a pack may only carry its exporter's own records"),
    ("43-pack-without-partner.json", "partner_org: a partner pack must say which partner it is for"),
    ("44-deleted-and-present.json", "goals[1]: this goal is also listed as deleted (tombstones[0])"),
    ("45-undeclared-personal-review.json", "reviews[0]: this review is personal data, but the file says personal data was not included"),
    ("46-empty-trajectory.json", "measures[0].trajectory: the trajectory has no periods"),
    ("47-duplicate-tombstones.json", "tombstones[1]: the same deletion as tombstones[0]"),
    ("48-measure-frequency-mismatch.json", "4 problems: measures[0].baseline.period: baseline period must be a quarter, to match how often the measure is reported; measures[0].target.period: target period must be a quarter, to match how often the measure is reported; measures[0].trajectory: trajectory must be in quarters, to match how often the measure is reported; measures[0].actuals: the actual for Nov 2024 must be a quarter, to match how often the measure is reported (and 2 more like it)"),
    ("49-confidence-out-of-range.json", "measures[0].self_assessments[0].confidence: the number 300 is out of range: expected a whole number from 0 to 255"),
    ("50-tombstone-of-another-org.json", "tombstones[0].organisation_id: a pack from Northshire Hospitals NHS Foundation Trust (fictional) can only delete that organisation's own records"),
];

// ---- building the corpus ----

fn pack_value() -> Value {
    let demo = demo::partnership(now());
    let file = export_partner_pack(&demo, TRUST, COUNCIL, ExportOptions::default(), now())
        .expect("demo pack");
    let mut v: Value = serde_json::from_str(&file.json).expect("valid JSON");
    // Three months of data are enough, and keep the corpus small.
    v["payload"]["measures"][0]["actuals"]
        .as_array_mut()
        .expect("actuals")
        .truncate(3);
    v["digest"] = json!(sha256_hex(&canonical_json(&v["payload"])));
    v
}

fn pretty(v: &Value) -> Vec<u8> {
    let mut text = serde_json::to_string_pretty(v).expect("serialises");
    text.push('\n');
    text.into_bytes()
}

/// The file with its digest recomputed, so the check that fails is the one meant.
fn sealed(mut v: Value) -> Vec<u8> {
    let digest = sha256_hex(&canonical_json(&v["payload"]));
    v["digest"] = json!(digest);
    pretty(&v)
}

fn edit(f: impl FnOnce(&mut Value)) -> Value {
    let mut v = pack_value();
    f(&mut v);
    v
}

fn nested(depth: usize) -> String {
    format!("{}{}", "[".repeat(depth), "]".repeat(depth))
}

fn corpus() -> Vec<(&'static str, Vec<u8>)> {
    let other_org = "5c0eca4d-0000-4000-8000-0000000000ff";
    let tombstone_of_goal_1 = |v: &Value| {
        json!({
            "kind": "goal",
            "id": v["payload"]["goals"][1]["id"],
            "organisation_id": TRUST.to_string(),
            "deleted_at": "2026-11-20T10:00:00Z"
        })
    };
    vec![
        ("01-empty.json", Vec::new()),
        ("02-only-spaces.json", b"  \n\t\n  ".to_vec()),
        (
            "03-utf16-not-utf8.json",
            [0xff, 0xfe, b'{', 0, b'}', 0].to_vec(),
        ),
        (
            "04-unclosed-object.json",
            b"{\n  \"format\": \"scorecard-exchange\",\n  \"kind\": \"partner_pack\"\n".to_vec(),
        ),
        (
            "05-trailing-comma.json",
            b"{\n  \"format\": \"scorecard-exchange\",\n}\n".to_vec(),
        ),
        (
            "06-missing-comma.json",
            b"{\n  \"format\": \"scorecard-exchange\"\n  \"kind\": \"partner_pack\"\n}\n".to_vec(),
        ),
        (
            "07-single-quotes.json",
            b"{'format': 'scorecard-exchange'}\n".to_vec(),
        ),
        (
            "08-nan.json",
            b"{\n  \"format\": \"scorecard-exchange\",\n  \"value\": NaN\n}\n".to_vec(),
        ),
        ("09-text-after-the-end.json", {
            let mut bytes = serde_json::to_vec(&pack_value()).unwrap();
            bytes.extend_from_slice(b"\n}\n");
            bytes
        }),
        (
            "10-line-break-inside-text.json",
            b"{\n  \"format\": \"scorecard\nexchange\"\n}\n".to_vec(),
        ),
        (
            "11-number-1e400.json",
            b"{\"schema_version\": 1e400}\n".to_vec(),
        ),
        ("12-nested-200-deep.json", nested(200).into_bytes()),
        ("13-nested-deep-in-payload.json", {
            let deep = format!("{}1{}", "{\"a\":".repeat(200), "}".repeat(200));
            format!(
                "{{\"format\": \"scorecard-exchange\", \"kind\": \"partner_pack\", \"schema_version\": 1, \"digest\": \"{}\", \"payload\": {deep}}}",
                "0".repeat(64)
            )
            .into_bytes()
        }),
        ("14-a-list-not-an-object.json", b"[1, 2, 3]\n".to_vec()),
        ("15-just-text.json", b"\"scorecard-exchange\"\n".to_vec()),
        (
            "16-no-format-field.json",
            pretty(&json!({"kind": "partner_pack", "schema_version": 1})),
        ),
        (
            "17-other-format.json",
            pretty(&json!({"format": "geojson", "type": "FeatureCollection", "features": []})),
        ),
        (
            "18-browser-storage-envelope.json",
            pretty(&json!({
                "format": "scorecard-workspace", "schema_version": 1, "app_version": "0.1.0",
                "revision": 3, "saved_at": "2026-11-26T09:00:00Z", "checksum": "0".repeat(64),
                "workspace": {"name": "Mine"}
            })),
        ),
        (
            "19-package-json.json",
            pretty(&json!({"name": "my-app", "version": "1.0.0", "dependencies": {}})),
        ),
        (
            "20-format-is-a-number.json",
            pretty(&edit(|v| v["format"] = json!(1))),
        ),
        (
            "21-no-schema-version.json",
            pretty(&edit(|v| {
                v.as_object_mut().unwrap().remove("schema_version");
            })),
        ),
        (
            "22-schema-version-as-text.json",
            pretty(&edit(|v| v["schema_version"] = json!("one"))),
        ),
        (
            "23-newer-version.json",
            pretty(&edit(|v| {
                v["schema_version"] = json!(EXCHANGE_SCHEMA_VERSION + 1)
            })),
        ),
        (
            "24-unknown-version-0.json",
            pretty(&edit(|v| v["schema_version"] = json!(0))),
        ),
        (
            "25-no-digest.json",
            pretty(&edit(|v| {
                v.as_object_mut().unwrap().remove("digest");
            })),
        ),
        (
            "26-digest-not-hex.json",
            pretty(&edit(|v| v["digest"] = json!("abc"))),
        ),
        (
            "27-changed-after-export.json",
            pretty(&edit(|v| {
                v["payload"]["goals"][0]["title"] = json!("Get people home sooner (edited by hand)")
            })),
        ),
        (
            "28-no-payload.json",
            pretty(&edit(|v| {
                v.as_object_mut().unwrap().remove("payload");
            })),
        ),
        (
            "29-huge-text.json",
            sealed(edit(|v| {
                v["payload"]["goals"][0]["title"] = json!("x".repeat(50_000))
            })),
        ),
        (
            "30-unknown-kind.json",
            sealed(edit(|v| v["kind"] = json!("spreadsheet"))),
        ),
        (
            "31-exported-at-not-a-date.json",
            sealed(edit(|v| v["exported_at"] = json!("yesterday"))),
        ),
        (
            "32-target-not-a-number.json",
            sealed(edit(|v| {
                v["payload"]["measures"][0]["target"]["value"] = json!("high")
            })),
        ),
        (
            "33-title-is-a-number.json",
            sealed(edit(|v| v["payload"]["goals"][1]["title"] = json!(42))),
        ),
        (
            "34-missing-title.json",
            sealed(edit(|v| {
                v["payload"]["goals"][0]
                    .as_object_mut()
                    .unwrap()
                    .remove("title");
            })),
        ),
        (
            "35-id-not-a-uuid.json",
            sealed(edit(|v| v["payload"]["goals"][0]["id"] = json!("goal-1"))),
        ),
        (
            "36-unknown-perspective.json",
            sealed(edit(|v| {
                v["payload"]["goals"][0]["perspective"] = json!("happiness")
            })),
        ),
        (
            "37-period-not-first-day.json",
            sealed(edit(|v| {
                v["payload"]["measures"][0]["actuals"][0]["period"]["start"] = json!("2024-11-15")
            })),
        ),
        (
            "38-value-is-true.json",
            sealed(edit(|v| {
                v["payload"]["measures"][0]["actuals"][0]["value"] = json!(true)
            })),
        ),
        (
            "39-duplicate-goal-ids.json",
            sealed(edit(|v| {
                v["payload"]["goals"][1]["id"] = v["payload"]["goals"][0]["id"].clone()
            })),
        ),
        (
            "40-goal-organisation-missing.json",
            sealed(edit(|v| {
                v["payload"]["goals"][1]["organisation_id"] = json!(other_org)
            })),
        ),
        (
            "41-measure-goal-missing.json",
            sealed(edit(|v| {
                v["payload"]["measures"][0]["goal_id"] = json!(other_org)
            })),
        ),
        (
            "42-another-organisations-goal.json",
            sealed(edit(|v| {
                v["payload"]["goals"][1]["organisation_id"] = json!(COUNCIL.to_string());
                v["payload"]["goals"][1]["team_id"] = Value::Null;
                v["payload"]["goals"][1]["shared_with"] = json!([TRUST.to_string()]);
            })),
        ),
        (
            "43-pack-without-partner.json",
            sealed(edit(|v| {
                v.as_object_mut().unwrap().remove("partner_org");
            })),
        ),
        (
            "44-deleted-and-present.json",
            sealed(edit(|v| {
                let t = tombstone_of_goal_1(v);
                v["payload"]["tombstones"] = json!([t]);
            })),
        ),
        (
            "45-undeclared-personal-review.json",
            sealed(edit(|v| {
                let goal = v["payload"]["goals"][0]["id"].clone();
                let person = v["payload"]["people"][0]["id"].clone();
                v["payload"]["reviews"] = json!([{
                    "id": "5c0eca4d-0000-4000-8000-0000000007aa",
                    "subject": {"level": "individual", "person_id": person, "kind": "appraisal"},
                    "organisation_id": TRUST.to_string(),
                    "date": "2026-10-01",
                    "goals": [goal],
                    "notes": "Appraisal notes that should not have left the trust.",
                    "created_at": "2026-10-01T10:00:00Z",
                    "updated_at": "2026-10-01T10:00:00Z"
                }]);
            })),
        ),
        (
            "46-empty-trajectory.json",
            sealed(edit(|v| {
                v["payload"]["measures"][0]["trajectory"]["points"] = json!([])
            })),
        ),
        (
            "47-duplicate-tombstones.json",
            sealed(edit(|v| {
                let t = json!({
                    "kind": "measure", "id": other_org, "organisation_id": TRUST.to_string(),
                    "deleted_at": "2026-11-20T10:00:00Z"
                });
                v["payload"]["tombstones"] = json!([t.clone(), t]);
            })),
        ),
        (
            "48-measure-frequency-mismatch.json",
            sealed(edit(|v| {
                v["payload"]["measures"][0]["frequency"] = json!("Quarterly")
            })),
        ),
        (
            "49-confidence-out-of-range.json",
            sealed(edit(|v| {
                let period = v["payload"]["measures"][0]["actuals"][0]["period"].clone();
                v["payload"]["measures"][0]["self_assessments"] = json!([{
                    "period": period, "rag": "Green", "confidence": 300,
                    "assessed_at": "2026-11-01T09:00:00Z"
                }]);
            })),
        ),
        (
            "50-tombstone-of-another-org.json",
            sealed(edit(|v| {
                v["payload"]["tombstones"] = json!([{
                    "kind": "goal", "id": other_org, "organisation_id": COUNCIL.to_string(),
                    "deleted_at": "2026-11-20T10:00:00Z"
                }]);
            })),
        ),
    ]
}

#[test]
#[ignore = "writes tests/fixtures/bad-imports/; run by hand when the format changes"]
fn generate_bad_imports() {
    std::fs::create_dir_all(corpus_dir()).unwrap();
    for (name, bytes) in corpus() {
        std::fs::write(corpus_dir().join(name), bytes).unwrap();
    }
}

// ---- the table test ----

/// What the app does with a picked file: read it, preview it, apply it, save. A bad file must
/// stop at the first step.
fn import(
    ws: &mut Workspace,
    repo: &mut Repository<MemoryStore>,
    bytes: &[u8],
) -> Result<(), String> {
    let file = parse_file(bytes).map_err(|e| e.to_string())?;
    let p = preview(ws, &file);
    apply(ws, &file, &p, &Choices::keep_mine(), now()).map_err(|e| e.to_string())?;
    repo.save(ws, now()).map_err(|e| e.to_string())?;
    Ok(())
}

#[test]
fn every_bad_file_gives_its_own_message_and_changes_nothing() {
    assert!(EXPECTED.len() >= 30, "the corpus has at least 30 files");
    let on_disk = std::fs::read_dir(corpus_dir())
        .expect("the corpus exists")
        .count();
    assert_eq!(
        on_disk,
        EXPECTED.len(),
        "every corpus file has an expected message"
    );

    let mut ws = demo::partnership(now());
    ws.home_organisation = Some(COUNCIL);
    let mut repo = Repository::new(MemoryStore::new(), "test");
    repo.save(&ws, now()).unwrap();
    let stored_before = repo.store().get(WORKSPACE_KEY).unwrap().unwrap();
    let ws_before = serde_json::to_string(&ws).unwrap();

    let mut failures = Vec::new();
    for (name, expected) in EXPECTED {
        let bytes =
            std::fs::read(corpus_dir().join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        match import(&mut ws, &mut repo, &bytes) {
            Ok(()) => failures.push(format!("{name}: was imported")),
            Err(message) if message != *expected => failures.push(format!(
                "{name}:\n  expected: {expected}\n  got:      {message}"
            )),
            Err(_) => {}
        }
        assert_eq!(
            repo.store().get(WORKSPACE_KEY).unwrap().unwrap(),
            stored_before,
            "{name}: stored data changed"
        );
        assert_eq!(
            serde_json::to_string(&ws).unwrap(),
            ws_before,
            "{name}: workspace changed"
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn messages_name_the_place_and_list_problems() {
    let bytes = std::fs::read(corpus_dir().join("32-target-not-a-number.json")).unwrap();
    let err = parse_file(&bytes).unwrap_err();
    assert_eq!(err.problems().len(), 1);
    assert_eq!(err.problems()[0].path, "measures[0].target.value");
}

#[test]
fn a_file_over_the_size_cap_is_refused_before_it_is_read() {
    let limits = ImportLimits::default();
    let big = vec![b' '; limits.max_bytes + 1];
    assert_eq!(
        parse_file(&big).unwrap_err().to_string(),
        "The file is too large to import (25.0 MB); the largest file Scorecard can import is 25.0 MB."
    );
    let small = ImportLimits {
        max_bytes: 100,
        ..ImportLimits::default()
    };
    let err = parse_file_with(&[b' '; 1500], &small).unwrap_err();
    assert!(matches!(
        err,
        ImportError::TooLarge {
            bytes: 1500,
            max: 100
        }
    ));
    assert_eq!(
        err.to_string(),
        "The file is too large to import (1.5 kB); the largest file Scorecard can import is 100 bytes."
    );
}

#[test]
fn many_problems_are_counted_and_capped() {
    let mut v = pack_value();
    let goals = v["payload"]["goals"].as_array().unwrap().clone();
    let mut many = Vec::new();
    for _ in 0..30 {
        many.extend(goals.iter().cloned());
    }
    v["payload"]["goals"] = json!(many);
    let err = parse_file(&sealed(v)).unwrap_err();
    let ImportError::Invalid { problems, more } = &err else {
        panic!("expected problems, got {err}");
    };
    assert_eq!(problems.len(), 20);
    assert_eq!(
        problems.len() + more,
        58,
        "two goals, each repeated 29 times"
    );
    assert!(err
        .to_string()
        .starts_with("58 problems: goals[2].id: the same id as goals[0]"));
    assert!(err.to_string().ends_with("; and 38 more"));
}
