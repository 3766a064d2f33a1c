mod common;

use common::*;
use scorecard_core::demo;
use scorecard_core::storage::{
    KeyValueStore, LoadOutcome, MemoryStore, Repository, SaveError, StoreError, QUARANTINE_KEY,
    WORKSPACE_KEY,
};

fn repo() -> Repository<MemoryStore> {
    Repository::new(MemoryStore::new(), "test")
}

#[test]
fn nothing_saved_is_a_first_visit() {
    assert!(matches!(repo().load(), LoadOutcome::Nothing));
}

#[test]
fn save_then_load_gives_back_exactly_the_workspace() {
    let ws = demo::partnership(now());
    let mut r = repo();
    r.save(&ws, now()).unwrap();
    r.save(&ws, later()).unwrap();
    assert_eq!(r.revision(), 2);

    let text = r.store().get(WORKSPACE_KEY).unwrap().unwrap();
    let mut fresh = Repository::new(MemoryStore::new(), "test");
    fresh.store().set(WORKSPACE_KEY, &text).unwrap();
    match fresh.load() {
        LoadOutcome::Loaded(loaded) => assert_eq!(loaded, ws),
        other => panic!("expected Loaded, got {other:?}"),
    }
    assert_eq!(fresh.revision(), 2);
}

#[test]
fn a_full_store_refuses_the_save_and_keeps_the_last_good_copy() {
    let ws = demo::partnership(now());
    let mut r = repo();
    r.save(&ws, now()).unwrap();
    let good = r.store().get(WORKSPACE_KEY).unwrap();
    let size = good.as_ref().unwrap().len() * 2 + WORKSPACE_KEY.len() * 2;
    r.store_mut().set_quota(Some(size + 10));

    let mut bigger = ws.clone();
    bigger.name = "x".repeat(1000);
    assert_eq!(
        r.save(&bigger, later()),
        Err(SaveError::Store(StoreError::QuotaExceeded))
    );
    assert_eq!(r.store().get(WORKSPACE_KEY).unwrap(), good);
    assert_eq!(r.revision(), 1);

    r.store_mut().set_quota(None);
    r.save(&bigger, later()).unwrap();
    assert_eq!(r.revision(), 2);
}

#[test]
fn damaged_data_is_moved_to_quarantine_never_overwritten() {
    let mut r = repo();
    r.save(&demo::partnership(now()), now()).unwrap();
    let text = r.store().get(WORKSPACE_KEY).unwrap().unwrap();
    let truncated = &text[..text.len() / 2];
    r.store().set(WORKSPACE_KEY, truncated).unwrap();

    let mut r2 = Repository::new(MemoryStore::new(), "test");
    r2.store().set(WORKSPACE_KEY, truncated).unwrap();
    match r2.load() {
        LoadOutcome::Quarantined { reason, moved } => {
            assert!(moved);
            assert!(
                reason.starts_with("the saved data is not readable"),
                "{reason}"
            );
        }
        other => panic!("expected Quarantined, got {other:?}"),
    }
    assert_eq!(
        r2.store().get(QUARANTINE_KEY).unwrap().as_deref(),
        Some(truncated)
    );
    assert_eq!(r2.store().get(WORKSPACE_KEY).unwrap(), None);
}

#[test]
fn a_changed_workspace_fails_its_checksum() {
    let mut r = repo();
    r.save(&demo::partnership(now()), now()).unwrap();
    let text = r.store().get(WORKSPACE_KEY).unwrap().unwrap();
    let tampered = text.replacen("Dr Amara Okafor", "Dr Amara Okafor!", 1);
    assert_ne!(tampered, text);
    let mut r2 = Repository::new(MemoryStore::new(), "test");
    r2.store().set(WORKSPACE_KEY, &tampered).unwrap();
    match r2.load() {
        LoadOutcome::Quarantined { reason, .. } => assert!(reason.contains("checksum"), "{reason}"),
        other => panic!("expected Quarantined, got {other:?}"),
    }
}

#[test]
fn data_from_a_newer_version_is_left_alone_and_saving_is_paused() {
    let mut r = repo();
    r.save(&demo::partnership(now()), now()).unwrap();
    let text = r.store().get(WORKSPACE_KEY).unwrap().unwrap();
    let newer = text.replacen("\"schema_version\":1", "\"schema_version\":99", 1);
    let mut r2 = Repository::new(MemoryStore::new(), "test");
    r2.store().set(WORKSPACE_KEY, &newer).unwrap();
    assert!(matches!(r2.load(), LoadOutcome::NewerVersion { found: 99 }));
    assert!(matches!(
        r2.save(&demo::partnership(now()), later()),
        Err(SaveError::Blocked(_))
    ));
    assert_eq!(
        r2.store().get(WORKSPACE_KEY).unwrap().as_deref(),
        Some(newer.as_str())
    );
}

#[test]
fn something_else_under_our_key_is_quarantined() {
    let mut r = repo();
    r.store().set(WORKSPACE_KEY, "{\"hello\": 1}").unwrap();
    assert!(matches!(
        r.load(),
        LoadOutcome::Quarantined { moved: true, .. }
    ));
}
