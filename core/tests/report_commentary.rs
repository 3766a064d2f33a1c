//! Board report commentary: one record a section of a quarter's report, saved on its own, kept
//! in full backups and never in partner packs.

mod common;

use common::{block_on, later, now};
use scorecard_core::demo::{self, COUNCIL, TRUST};
use scorecard_core::exchange::{
    apply_replace, export_partner_pack, export_workspace, parse_file, preview_replace,
    ExportOptions, ImportError, RecordKind,
};
use scorecard_core::report::{Quarter, ReportScope, MAX_COMMENTARY};
use scorecard_core::storage::{MemoryRecordStore, RecordKey, Session, Shelf};
use scorecard_core::{Id, Workspace};

/// A quarter before the demo's own commentary (which is for its latest complete quarter).
fn q2() -> Quarter {
    Quarter::new(2025, 2).expect("Q2 2025/26")
}

fn trust() -> ReportScope {
    ReportScope::Organisation(TRUST)
}

fn with_commentary() -> (Workspace, Id) {
    let mut ws = demo::partnership(now());
    let id = Id::new_v4();
    ws.save_report_commentary(
        q2(),
        &trust(),
        "summary",
        "Flow improved in August.",
        id,
        now(),
    )
    .unwrap();
    (ws, id)
}

#[test]
fn each_section_of_each_quarter_and_scope_keeps_its_own_commentary() {
    let (mut ws, id) = with_commentary();
    let records = ws.report_commentary.len();
    let kept = ws.report_commentary_for(q2(), &trust(), "summary").unwrap();
    assert_eq!(
        (kept.id, kept.text.as_str()),
        (id, "Flow improved in August.")
    );
    assert_eq!(kept.quarter, "2025-26-q2");
    assert!(ws
        .report_commentary_for(q2(), &ReportScope::Partnership, "summary")
        .is_none());
    assert!(ws.report_commentary_for(q2(), &trust(), "people").is_none());
    assert!(ws
        .report_commentary_for(q2().previous().unwrap(), &trust(), "summary")
        .is_none());

    // Writing again changes the same record, keeping when it was made.
    ws.save_report_commentary(
        q2(),
        &trust(),
        "summary",
        "Flow improved.",
        Id::new_v4(),
        later(),
    )
    .unwrap();
    let changed = ws.report_commentary_for(q2(), &trust(), "summary").unwrap();
    assert_eq!((changed.id, changed.text.as_str()), (id, "Flow improved."));
    assert_eq!(
        (changed.stamps.created_at, changed.stamps.updated_at),
        (now(), later())
    );
    assert_eq!(ws.report_commentary.len(), records);

    // The same text again is no change at all.
    let before = ws.clone();
    ws.save_report_commentary(
        q2(),
        &trust(),
        "summary",
        "Flow improved.",
        Id::new_v4(),
        now(),
    )
    .unwrap();
    assert_eq!(ws, before);
}

#[test]
fn too_long_a_commentary_is_refused_and_changes_nothing() {
    let (mut ws, _) = with_commentary();
    let before = ws.clone();
    let long = "x".repeat(MAX_COMMENTARY + 1);
    let errors = ws
        .save_report_commentary(q2(), &trust(), "summary", &long, Id::new_v4(), later())
        .unwrap_err();
    assert_eq!(errors.0[0].field, "commentary");
    assert_eq!(ws, before);
}

#[test]
fn saving_commentary_writes_that_one_record() {
    let store = MemoryRecordStore::new();
    let mut session = Session::new("test");
    let mut ws = demo::partnership(now());
    block_on(session.save(&store, &mut ws, now())).unwrap();

    let id = Id::new_v4();
    ws.save_report_commentary(q2(), &trust(), "summary", "On plan.", id, later())
        .unwrap();
    session.collect(&mut ws);
    let commit = session.prepare(&ws, later()).unwrap().expect("a change");
    let keys: Vec<RecordKey> = commit.writes.iter().map(|w| w.key.clone()).collect();
    assert_eq!(
        keys,
        [RecordKey::new(
            Shelf::Records(RecordKind::ReportCommentary),
            id.to_string()
        )]
    );
}

#[test]
fn a_full_backup_keeps_the_commentary_and_a_partner_pack_never_carries_it() {
    let (ws, id) = with_commentary();
    let backup = export_workspace(&ws, ExportOptions::default(), now());
    let file = parse_file(backup.json.as_bytes()).unwrap();
    assert_eq!(
        file.records.report_commentary.len(),
        ws.report_commentary.len()
    );
    let mut restored = demo::partnership(now());
    let preview = preview_replace(&restored, &file).unwrap();
    apply_replace(&mut restored, &file, &preview, later()).unwrap();
    assert_eq!(
        restored
            .report_commentary_for(q2(), &trust(), "summary")
            .map(|c| c.id),
        Some(id)
    );

    let pack = export_partner_pack(&ws, TRUST, COUNCIL, ExportOptions::default(), now()).unwrap();
    assert!(!pack.json.contains("report_commentary"));
}

#[test]
fn a_partner_pack_that_carries_commentary_is_refused() {
    let (ws, _) = with_commentary();
    let pack = export_partner_pack(&ws, TRUST, COUNCIL, ExportOptions::default(), now()).unwrap();
    let commentary = serde_json::to_value(ws.report_commentary.to_vec()).unwrap();
    let mut file: serde_json::Value = serde_json::from_str(&pack.json).unwrap();
    file["payload"]["report_commentary"] = commentary;
    let digest = scorecard_core::exchange::sha256_hex(&scorecard_core::exchange::canonical_json(
        &file["payload"],
    ));
    file["digest"] = serde_json::Value::String(digest);
    match parse_file(file.to_string().as_bytes()) {
        Err(ImportError::Invalid { problems, .. }) => {
            assert!(
                problems.iter().any(|p| p.path == "report_commentary"),
                "{problems:?}"
            )
        }
        other => panic!("expected the pack to be refused, got {other:?}"),
    }
}

#[test]
fn the_demo_has_commentary_for_its_latest_complete_quarter() {
    let ws = demo::partnership(now());
    let quarter = Quarter::latest_complete(now().date_naive()).unwrap();
    for section in ["prepared-by", "summary", "financial", "exceptions"] {
        let kept = ws.report_commentary_for(quarter, &ReportScope::Partnership, section);
        assert!(kept.is_some_and(|c| !c.text.is_empty()), "{section}");
    }
}
