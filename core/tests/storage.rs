//! Saving and loading: the envelope, verification, quota, damaged data, the spare copy of the
//! previous save, and two tabs sharing one store.

mod common;

use common::*;
use scorecard_core::demo;
use scorecard_core::storage::{
    quarantine_keys, Envelope, KeyValueStore, LoadOutcome, MemoryStore, Reloaded, Repository,
    SaveError, StoreError, CURRENT_SCHEMA_VERSION, ENVELOPE_FORMAT, PREVIOUS_KEY, QUARANTINE_KEY,
    WORKSPACE_KEY,
};
use scorecard_core::Workspace;

fn repo() -> Repository<MemoryStore> {
    Repository::new(MemoryStore::new(), "test")
}

fn renamed(ws: &Workspace, name: &str) -> Workspace {
    let mut ws = ws.clone();
    ws.name = name.into();
    ws
}

fn stored(store: &impl KeyValueStore, key: &str) -> Option<String> {
    store.get(key).unwrap()
}

fn size(key: &str, value: &str) -> usize {
    (key.encode_utf16().count() + value.encode_utf16().count()) * 2
}

#[test]
fn nothing_saved_is_a_first_visit() {
    assert!(matches!(repo().load(), LoadOutcome::Nothing));
}

#[test]
fn the_envelope_carries_format_versions_revision_and_checksum() {
    let mut r = Repository::new(MemoryStore::new(), "9.8.7");
    r.save(&demo::partnership(now()), now()).unwrap();
    let text = stored(r.store(), WORKSPACE_KEY).unwrap();
    let envelope: Envelope = serde_json::from_str(&text).unwrap();
    assert_eq!(envelope.format, ENVELOPE_FORMAT);
    assert_eq!(envelope.schema_version, CURRENT_SCHEMA_VERSION);
    assert_eq!(envelope.app_version, "9.8.7");
    assert_eq!(envelope.revision, 1);
    assert_eq!(envelope.saved_at, now());
    assert_eq!(envelope.checksum.len(), 64);
    assert!(envelope.checksum_ok());
}

#[test]
fn save_then_load_gives_back_exactly_the_workspace() {
    let ws = demo::partnership(now());
    let mut r = repo();
    r.save(&ws, now()).unwrap();
    let saved = r.save(&ws, later()).unwrap();
    assert_eq!(saved.revision, 2);
    assert_eq!(r.revision(), 2);

    let text = stored(r.store(), WORKSPACE_KEY).unwrap();
    let mut fresh = repo();
    fresh.store().set(WORKSPACE_KEY, &text).unwrap();
    match fresh.load() {
        LoadOutcome::Loaded(loaded) => assert_eq!(loaded, ws),
        other => panic!("expected Loaded, got {other:?}"),
    }
    assert_eq!(fresh.revision(), 2);
}

#[test]
fn a_save_that_does_not_read_back_is_reported() {
    /// A store that silently changes what it is given, like a failing disk.
    struct Mangling(MemoryStore);
    impl KeyValueStore for Mangling {
        fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
            self.0.get(key)
        }
        fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
            self.0.set(key, &value[..value.len() - 1])
        }
        fn remove(&self, key: &str) -> Result<(), StoreError> {
            self.0.remove(key)
        }
    }
    let mut r = Repository::new(Mangling(MemoryStore::new()), "test");
    assert_eq!(
        r.save(&demo::partnership(now()), now()),
        Err(SaveError::VerifyFailed)
    );
    assert_eq!(r.revision(), 0);
}

#[test]
fn a_full_store_refuses_the_save_and_keeps_the_last_good_copy() {
    let ws = demo::partnership(now());
    let mut r = repo();
    r.save(&ws, now()).unwrap();
    let good = stored(r.store(), WORKSPACE_KEY);
    r.store_mut()
        .set_quota(Some(size(WORKSPACE_KEY, good.as_ref().unwrap()) + 10));

    let bigger = renamed(&ws, &"x".repeat(1000));
    assert_eq!(
        r.save(&bigger, later()),
        Err(SaveError::Store(StoreError::QuotaExceeded))
    );
    assert_eq!(stored(r.store(), WORKSPACE_KEY), good);
    assert_eq!(r.revision(), 1);

    r.store_mut().set_quota(None);
    r.save(&bigger, later()).unwrap();
    assert_eq!(r.revision(), 2);
}

#[test]
fn each_save_keeps_the_one_before_as_a_spare_copy() {
    let ws = demo::partnership(now());
    let mut r = repo();
    let first = r.save(&ws, now()).unwrap();
    assert!(!first.no_spare_copy, "nothing to keep on the first save");
    assert!(!r.has_spare_copy());
    let rev1 = stored(r.store(), WORKSPACE_KEY);
    let second = r.save(&renamed(&ws, "Second"), later()).unwrap();
    assert!(!second.no_spare_copy);
    assert_eq!(stored(r.store(), PREVIOUS_KEY), rev1);
}

#[test]
fn when_the_store_is_nearly_full_the_spare_copy_gives_way_to_the_new_save() {
    let ws = demo::partnership(now());
    let mut r = repo();
    r.save(&ws, now()).unwrap();
    r.save(&renamed(&ws, "Second"), now()).unwrap();
    let main = stored(r.store(), WORKSPACE_KEY).unwrap();
    let previous = stored(r.store(), PREVIOUS_KEY).unwrap();
    // Room for both copies as they are, but not for a bigger main copy beside the spare one.
    let quota = size(WORKSPACE_KEY, &main) + size(PREVIOUS_KEY, &previous) + 100;
    r.store_mut().set_quota(Some(quota));

    let bigger = renamed(&ws, &"y".repeat(500));
    let saved = r.save(&bigger, later()).unwrap();
    assert!(saved.no_spare_copy);
    assert!(!r.has_spare_copy());
    let mut fresh = Repository::new(
        {
            let s = MemoryStore::new();
            s.set(WORKSPACE_KEY, &stored(r.store(), WORKSPACE_KEY).unwrap())
                .unwrap();
            s
        },
        "test",
    );
    assert!(matches!(fresh.load(), LoadOutcome::Loaded(w) if w == bigger));

    // Still too big even without the spare copy: refused, the last good copy kept.
    let huge = renamed(&ws, &"z".repeat(quota));
    let before = stored(r.store(), WORKSPACE_KEY);
    assert_eq!(
        r.save(&huge, later()),
        Err(SaveError::Store(StoreError::QuotaExceeded))
    );
    assert_eq!(stored(r.store(), WORKSPACE_KEY), before);
}

#[test]
fn damaged_data_is_moved_to_quarantine_never_overwritten() {
    let mut r = repo();
    r.save(&demo::partnership(now()), now()).unwrap();
    let text = stored(r.store(), WORKSPACE_KEY).unwrap();
    let truncated = &text[..text.len() / 2];

    let mut r2 = repo();
    r2.store().set(WORKSPACE_KEY, truncated).unwrap();
    match r2.load() {
        LoadOutcome::Quarantined {
            reason,
            key,
            earlier,
        } => {
            assert_eq!(key.as_deref(), Some(QUARANTINE_KEY));
            assert!(earlier.is_none());
            assert!(
                reason.starts_with("the saved data is not readable"),
                "{reason}"
            );
        }
        other => panic!("expected Quarantined, got {other:?}"),
    }
    assert_eq!(
        stored(r2.store(), QUARANTINE_KEY).as_deref(),
        Some(truncated)
    );
    assert_eq!(stored(r2.store(), WORKSPACE_KEY), None);
    assert_eq!(
        r2.quarantined(),
        vec![(QUARANTINE_KEY.to_string(), truncated.to_string())]
    );

    // Saving afterwards never touches the quarantined copy.
    r2.save(&demo::partnership(now()), later()).unwrap();
    assert_eq!(
        stored(r2.store(), QUARANTINE_KEY).as_deref(),
        Some(truncated)
    );
}

#[test]
fn damaged_main_copy_falls_back_to_the_spare_copy_of_the_save_before() {
    let ws = demo::partnership(now());
    let mut r = repo();
    r.save(&renamed(&ws, "Good"), now()).unwrap();
    r.save(&renamed(&ws, "Latest"), later()).unwrap();
    let latest = stored(r.store(), WORKSPACE_KEY).unwrap();
    let damaged = latest.replacen("Latest", "Lat3st", 1);
    r.store().set(WORKSPACE_KEY, &damaged).unwrap();

    let store = MemoryStore::new();
    store.set(WORKSPACE_KEY, &damaged).unwrap();
    store
        .set(PREVIOUS_KEY, &stored(r.store(), PREVIOUS_KEY).unwrap())
        .unwrap();
    let mut r2 = Repository::new(store, "test");
    match r2.load() {
        LoadOutcome::Quarantined {
            reason,
            key,
            earlier: Some(earlier),
        } => {
            assert!(reason.contains("checksum"), "{reason}");
            assert_eq!(key.as_deref(), Some(QUARANTINE_KEY));
            assert_eq!(earlier.workspace.name, "Good");
            assert_eq!(earlier.saved_at, now());
            assert_eq!(earlier.revision, 1);
        }
        other => panic!("expected Quarantined with an earlier copy, got {other:?}"),
    }
    assert_eq!(r2.revision(), 1);
    assert_eq!(stored(r2.store(), QUARANTINE_KEY), Some(damaged));
    // The earlier copy is the main copy again, so a reload opens it normally.
    let mut again = Repository::new(r2.store(), "test");
    assert!(matches!(again.load(), LoadOutcome::Loaded(w) if w.name == "Good"));
    // And the next save goes ahead from there.
    r2.save(&renamed(&ws, "After"), later()).unwrap();
    assert_eq!(r2.revision(), 2);
}

#[test]
fn a_missing_main_copy_is_restored_from_the_spare_copy() {
    let ws = demo::partnership(now());
    let mut r = repo();
    r.save(&renamed(&ws, "One"), now()).unwrap();
    r.save(&renamed(&ws, "Two"), later()).unwrap();
    r.store().remove(WORKSPACE_KEY).unwrap();
    let mut r2 = Repository::new(r.store(), "test");
    match r2.load() {
        LoadOutcome::Restored(copy) => assert_eq!(copy.workspace.name, "One"),
        other => panic!("expected Restored, got {other:?}"),
    }
    assert!(stored(r.store(), WORKSPACE_KEY).is_some());
}

#[test]
fn a_damaged_spare_copy_is_moved_aside_too() {
    let store = MemoryStore::new();
    store.set(WORKSPACE_KEY, "{broken").unwrap();
    store.set(PREVIOUS_KEY, "also broken").unwrap();
    let mut r = Repository::new(&store, "test");
    assert!(matches!(
        r.load(),
        LoadOutcome::Quarantined {
            key: Some(_),
            earlier: None,
            ..
        }
    ));
    let kept: Vec<String> = r.quarantined().into_iter().map(|(_, t)| t).collect();
    assert_eq!(kept, vec!["{broken".to_string(), "also broken".to_string()]);
    assert_eq!(stored(&store, PREVIOUS_KEY), None);
}

#[test]
fn a_second_damaged_copy_never_overwrites_the_first() {
    let store = MemoryStore::new();
    store.set(QUARANTINE_KEY, "first damage").unwrap();
    store.set(WORKSPACE_KEY, "second damage").unwrap();
    let mut r = Repository::new(&store, "test");
    assert!(matches!(
        r.load(),
        LoadOutcome::Quarantined { key: Some(k), .. } if k == "scorecard.quarantine.2"
    ));
    assert_eq!(
        stored(&store, QUARANTINE_KEY).as_deref(),
        Some("first damage")
    );

    // With every slot taken, the data stays where it is and saving is paused.
    for (n, key) in quarantine_keys().enumerate() {
        store.set(&key, &format!("damage {n}")).unwrap();
    }
    store.set(WORKSPACE_KEY, "one too many").unwrap();
    let mut r = Repository::new(&store, "test");
    assert!(matches!(
        r.load(),
        LoadOutcome::Quarantined { key: None, .. }
    ));
    assert!(matches!(
        r.save(&demo::partnership(now()), now()),
        Err(SaveError::Blocked(_))
    ));
    assert_eq!(
        stored(&store, WORKSPACE_KEY).as_deref(),
        Some("one too many")
    );

    // Once the user has downloaded and deleted one, there is room again.
    r.discard_quarantined(QUARANTINE_KEY).unwrap();
    r.discard_quarantined(WORKSPACE_KEY).unwrap(); // not a quarantine key: ignored
    assert_eq!(
        stored(&store, WORKSPACE_KEY).as_deref(),
        Some("one too many")
    );
    let mut r = Repository::new(&store, "test");
    assert!(
        matches!(r.load(), LoadOutcome::Quarantined { key: Some(k), .. } if k == QUARANTINE_KEY)
    );
}

#[test]
fn damaged_data_found_when_saving_is_moved_aside_first() {
    let store = MemoryStore::new();
    let mut r = Repository::new(&store, "test");
    r.save(&demo::partnership(now()), now()).unwrap();
    store.set(WORKSPACE_KEY, "{\"damaged\": ").unwrap();
    let saved = r.save(&demo::partnership(now()), later()).unwrap();
    assert_eq!(saved.set_aside.as_deref(), Some(QUARANTINE_KEY));
    assert_eq!(
        stored(&store, QUARANTINE_KEY).as_deref(),
        Some("{\"damaged\": ")
    );
}

#[test]
fn a_changed_workspace_fails_its_checksum() {
    let mut r = repo();
    r.save(&demo::partnership(now()), now()).unwrap();
    let text = stored(r.store(), WORKSPACE_KEY).unwrap();
    let tampered = text.replacen("Dr Amara Okafor", "Dr Amara Okafor!", 1);
    assert_ne!(tampered, text);
    let mut r2 = repo();
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
    let text = stored(r.store(), WORKSPACE_KEY).unwrap();
    let newer = text.replacen("\"schema_version\":1", "\"schema_version\":99", 1);
    let mut r2 = repo();
    r2.store().set(WORKSPACE_KEY, &newer).unwrap();
    assert!(matches!(r2.load(), LoadOutcome::NewerVersion { found: 99 }));
    assert!(matches!(
        r2.save(&demo::partnership(now()), later()),
        Err(SaveError::Blocked(_))
    ));
    assert_eq!(
        stored(r2.store(), WORKSPACE_KEY).as_deref(),
        Some(newer.as_str())
    );
}

#[test]
fn a_newer_version_saved_by_another_tab_is_not_overwritten() {
    let store = MemoryStore::new();
    let mut tab = Repository::new(&store, "test");
    tab.save(&demo::partnership(now()), now()).unwrap();
    let text = stored(&store, WORKSPACE_KEY).unwrap();
    let newer = text.replacen("\"schema_version\":1", "\"schema_version\":2", 1);
    store.set(WORKSPACE_KEY, &newer).unwrap();
    assert!(matches!(
        tab.save(&demo::partnership(now()), later()),
        Err(SaveError::Blocked(_))
    ));
    assert_eq!(stored(&store, WORKSPACE_KEY), Some(newer));
}

#[test]
fn something_else_under_our_key_is_quarantined() {
    let mut r = repo();
    r.store().set(WORKSPACE_KEY, "{\"hello\": 1}").unwrap();
    assert!(matches!(
        r.load(),
        LoadOutcome::Quarantined { key: Some(_), .. }
    ));
}

#[test]
fn a_stale_tab_cannot_overwrite_a_newer_save() {
    let store = MemoryStore::new();
    let ws = demo::partnership(now());
    Repository::new(&store, "test").save(&ws, now()).unwrap();

    let mut a = Repository::new(&store, "test");
    let mut b = Repository::new(&store, "test");
    let LoadOutcome::Loaded(in_a) = a.load() else {
        panic!()
    };
    let LoadOutcome::Loaded(in_b) = b.load() else {
        panic!()
    };
    assert_eq!(in_a, in_b);

    a.save(&renamed(&ws, "Changed in A"), later()).unwrap();
    let after_a = stored(&store, WORKSPACE_KEY);
    assert!(b.stored_is_newer());
    assert_eq!(
        b.save(&renamed(&ws, "Changed in B"), later()),
        Err(SaveError::Stale { stored: 2, this: 1 })
    );
    assert_eq!(stored(&store, WORKSPACE_KEY), after_a, "B wrote nothing");

    // B takes A's version (what the storage event does when B has nothing unsaved)…
    match b.reload() {
        Reloaded::Changed(w) => assert_eq!(w.name, "Changed in A"),
        other => panic!("expected Changed, got {other:?}"),
    }
    assert!(matches!(b.reload(), Reloaded::Unchanged));
    assert!(!b.stored_is_newer());
    // …and can then save on top of it, which A in turn cannot overwrite.
    b.save(&renamed(&ws, "B after A"), later()).unwrap();
    assert!(matches!(
        a.save(&renamed(&ws, "A again"), later()),
        Err(SaveError::Stale { stored: 3, this: 2 })
    ));
}

#[test]
fn two_tabs_on_a_first_visit_do_not_overwrite_each_other() {
    let store = MemoryStore::new();
    let mut a = Repository::new(&store, "test");
    let mut b = Repository::new(&store, "test");
    assert!(matches!(a.load(), LoadOutcome::Nothing));
    assert!(matches!(b.load(), LoadOutcome::Nothing));
    a.save(&Workspace::empty("A"), now()).unwrap();
    assert!(matches!(
        b.save(&Workspace::empty("B"), now()),
        Err(SaveError::Stale { stored: 1, this: 0 })
    ));
}

#[test]
fn the_same_revision_with_different_content_is_also_stale() {
    let store = MemoryStore::new();
    let ws = demo::partnership(now());
    let mut a = Repository::new(&store, "test");
    a.save(&ws, now()).unwrap();
    // Another writer puts a different workspace under the same revision number.
    let other = scorecard_core::storage::encode(&renamed(&ws, "Other"), 1, "test", now());
    store.set(WORKSPACE_KEY, &other).unwrap();
    assert!(matches!(
        a.save(&ws, later()),
        Err(SaveError::Stale { stored: 1, this: 1 })
    ));
}

#[test]
fn keeping_my_version_replaces_the_newer_one_only_when_asked() {
    let store = MemoryStore::new();
    let ws = demo::partnership(now());
    let mut a = Repository::new(&store, "test");
    let mut b = Repository::new(&store, "test");
    a.save(&ws, now()).unwrap();
    b.load();
    a.save(&renamed(&ws, "A"), now()).unwrap();
    let newer = b.stored_text().unwrap();
    assert!(newer.contains("\"name\":\"A\""));
    assert!(matches!(
        b.save(&renamed(&ws, "B"), later()),
        Err(SaveError::Stale { .. })
    ));
    b.take_over();
    b.save(&renamed(&ws, "B"), later()).unwrap();
    assert_eq!(b.revision(), 3);
    // A's version is the spare copy now, so it is not lost either.
    assert_eq!(stored(&store, PREVIOUS_KEY), Some(newer));
}

#[test]
fn a_removed_or_damaged_store_is_left_alone_on_reload() {
    let store = MemoryStore::new();
    let mut a = Repository::new(&store, "test");
    a.save(&demo::partnership(now()), now()).unwrap();
    store.set(WORKSPACE_KEY, "garbage").unwrap();
    assert!(matches!(a.reload(), Reloaded::Unreadable(_)));
    assert_eq!(stored(&store, WORKSPACE_KEY).as_deref(), Some("garbage"));
    store.remove(WORKSPACE_KEY).unwrap();
    assert!(matches!(a.reload(), Reloaded::Missing));
}

#[test]
fn non_finite_numbers_are_refused_before_they_reach_the_store() {
    let ws = demo::partnership(now());
    assert!(!ws.measures.is_empty(), "the demo has measures");
    let mut r = repo();
    r.save(&ws, now()).unwrap();
    let good = stored(r.store(), WORKSPACE_KEY);
    for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        let mut attempt = ws.clone();
        let first = attempt.measures[0].id;
        attempt.measures.get_mut(first).unwrap().weight = bad;
        assert!(
            matches!(r.save(&attempt, later()), Err(SaveError::NotSavable(_))),
            "{bad} refused"
        );
        assert_eq!(stored(r.store(), WORKSPACE_KEY), good);
        assert_eq!(r.revision(), 1);
    }
}
