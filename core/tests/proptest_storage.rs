//! Property tests of saving: any workspace the model can hold saves and loads back identical;
//! a number JSON cannot hold is refused at the edge (before the store); and damaged stored text is
//! never loaded as something other than what was saved.

use chrono::{NaiveDate, TimeZone, Utc};
use proptest::prelude::*;
use scorecard_core::analysis::{Frequency, MeasureKind, Period, PeriodValue, Polarity, Tolerance};
use scorecard_core::storage::{
    encode, KeyValueStore, LoadOutcome, MemoryStore, Repository, SaveError, WORKSPACE_KEY,
};
use scorecard_core::{
    Actual, ActualRevision, Goal, GoalLevel, Id, Measure, OrgKind, Organisation, Perspective,
    Stamps, Timestamp, Workspace,
};

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        // Anything Unicode allows, including quotes, backslashes, control characters and emoji…
        any::<String>().prop_map(|s| s.chars().take(40).collect()),
        // …and markup that must stay inert text.
        Just("<script>alert(1)</script>".to_string()),
        Just("\"quoted\" \\ back\\slash \u{0000} nul".to_string()),
        Just("Ünïcödé – “curly” 👩‍⚕️ 🏥".to_string()),
    ]
}

fn finite() -> impl Strategy<Value = f64> {
    use proptest::num::f64::{NEGATIVE, NORMAL, POSITIVE, SUBNORMAL, ZERO};
    prop_oneof![
        POSITIVE | NEGATIVE | NORMAL | SUBNORMAL | ZERO,
        Just(f64::MAX),
        Just(f64::MIN_POSITIVE),
        Just(0.1 + 0.2),
    ]
}

fn time() -> impl Strategy<Value = Timestamp> {
    (946_684_800i64..4_102_444_800, 0u32..1_000_000_000)
        .prop_map(|(s, ns)| Utc.timestamp_opt(s, ns).unwrap())
}

fn month() -> impl Strategy<Value = Period> {
    (2000i32..2100, 1u32..=12)
        .prop_map(|(y, m)| Period::month_of(NaiveDate::from_ymd_opt(y, m, 1).unwrap()))
}

fn id() -> impl Strategy<Value = Id> {
    any::<u128>().prop_map(Id::from_u128)
}

fn actual() -> impl Strategy<Value = Actual> {
    (
        month(),
        finite(),
        text(),
        time(),
        text(),
        prop::collection::vec((finite(), text(), time(), text()), 0..3),
    )
        .prop_map(
            |(period, value, note, entered_at, entered_by, history)| Actual {
                period,
                value,
                note,
                entered_at,
                entered_by,
                history: history
                    .into_iter()
                    .map(|(value, note, changed_at, changed_by)| ActualRevision {
                        value,
                        note,
                        changed_at,
                        changed_by,
                    })
                    .collect(),
            },
        )
}

fn measure(goal_id: Id) -> impl Strategy<Value = Measure> {
    (
        (id(), text(), text(), text(), text()),
        (
            prop_oneof![
                Just(Polarity::HigherIsBetter),
                Just(Polarity::LowerIsBetter),
                (finite(), finite()).prop_map(|(a, b)| Polarity::WithinBand {
                    lower: a.min(b),
                    upper: a.max(b)
                }),
            ],
            prop::option::of((month(), finite())),
            prop::option::of((month(), finite())),
            prop_oneof![
                finite().prop_map(Tolerance::Absolute),
                finite().prop_map(Tolerance::PercentOfPlanned)
            ],
            finite(),
            any::<bool>(),
        ),
        prop::collection::vec(actual(), 0..4),
        time(),
    )
        .prop_map(
            move |(
                (mid, name, definition, unit, source),
                (polarity, baseline, target, tolerance, weight, cumulative),
                actuals,
                now,
            )| {
                let kind = if cumulative {
                    MeasureKind::Cumulative
                } else {
                    MeasureKind::Point
                };
                let mut m =
                    Measure::new(mid, goal_id, name, Frequency::Monthly, polarity, kind, now);
                m.definition = definition;
                m.unit = unit;
                m.data_source = source;
                m.baseline = baseline.map(|(p, v)| PeriodValue::new(p, v));
                m.target = target.map(|(p, v)| PeriodValue::new(p, v));
                m.tolerance = tolerance;
                m.weight = weight;
                m.actuals = actuals;
                m
            },
        )
}

fn workspace() -> impl Strategy<Value = Workspace> {
    (
        text(),
        any::<bool>(),
        prop::collection::vec((id(), text(), text(), 0usize..5, time()), 1..4),
        prop::collection::vec(
            (
                id(),
                text(),
                text(),
                0usize..3,
                0usize..4,
                any::<prop::sample::Index>(),
                prop::option::of((2000i32..2100, 1u32..=365)),
                time(),
            ),
            0..6,
        ),
        prop::collection::vec((text(), any::<prop::sample::Index>(), time()), 0..3),
    )
        .prop_flat_map(|(name, is_demo, orgs, goals, people)| {
            let organisations: Vec<Organisation> = orgs
                .into_iter()
                .map(|(id, name, short_name, kind, t)| Organisation {
                    id,
                    name,
                    short_name,
                    kind: OrgKind::ALL[kind],
                    stamps: Stamps::new(t),
                })
                .collect();
            let mut built: Vec<Goal> = Vec::new();
            for (gid, title, description, level, perspective, pick, due, t) in goals {
                let parent = (!built.is_empty()).then(|| built[pick.index(built.len())].id);
                built.push(Goal {
                    id: gid,
                    title,
                    description,
                    level: GoalLevel::ALL[level],
                    perspective: Perspective::ALL[perspective],
                    owner_id: None,
                    team_id: None,
                    organisation_id: organisations[pick.index(organisations.len())].id,
                    shared_with: vec![],
                    parent_id: parent,
                    supports: Vec::new(),
                    start_date: None,
                    due_date: due.and_then(|(y, d)| NaiveDate::from_yo_opt(y, d)),
                    stamps: Stamps::new(t),
                });
            }
            // People are built from JSON so fields added later (all defaulted) do not break this.
            let people: Vec<_> = people
                .into_iter()
                .map(|(name, pick, t)| {
                    serde_json::from_value(serde_json::json!({
                        "id": Id::from_u128(pick.index(usize::MAX) as u128),
                        "name": name,
                        "organisation_id": organisations[pick.index(organisations.len())].id,
                        "created_at": t, "updated_at": t,
                    }))
                    .expect("a person from JSON")
                })
                .collect();
            let goal_ids: Vec<Id> = built.iter().map(|g| g.id).collect();
            let measures = goal_ids
                .into_iter()
                .map(|g| prop::collection::vec(measure(g), 0..2))
                .collect::<Vec<_>>();
            (
                Just((name, is_demo, organisations, built, people)),
                measures,
            )
        })
        .prop_map(
            |((name, is_demo, organisations, goals, people), measures)| Workspace {
                name,
                is_demo,
                organisations: organisations.into(),
                goals: goals.into(),
                people: people.into(),
                measures: measures.into_iter().flatten().collect(),
                ..Workspace::default()
            },
        )
}

fn now() -> Timestamp {
    Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn save_then_load_is_the_identity(ws in workspace()) {
        let mut tab = Repository::new(MemoryStore::new(), "test");
        tab.save(&ws, now()).unwrap();
        tab.save(&ws, now()).unwrap();
        let mut fresh = Repository::new(tab.store(), "test");
        match fresh.load() {
            LoadOutcome::Loaded(loaded) => prop_assert_eq!(loaded, ws),
            other => prop_assert!(false, "expected Loaded, got {:?}", other),
        }
        prop_assert_eq!(fresh.revision(), 2);
    }

    #[test]
    fn a_non_finite_number_is_refused_and_the_store_is_unchanged(
        ws in workspace(),
        bad in prop_oneof![Just(f64::NAN), Just(f64::INFINITY), Just(f64::NEG_INFINITY)],
        which in 0usize..4,
    ) {
        let mut tab = Repository::new(MemoryStore::new(), "test");
        tab.save(&ws, now()).unwrap();
        let before = tab.store().get(WORKSPACE_KEY).unwrap();
        let mut broken = ws.clone();
        let mut m = Measure::new(
            Id::nil(), Id::nil(), "Broken", Frequency::Monthly,
            Polarity::HigherIsBetter, MeasureKind::Point, now(),
        );
        match which {
            0 => m.weight = bad,
            1 => m.tolerance = Tolerance::Absolute(bad),
            2 => m.baseline = Some(PeriodValue::new(Period::month_of(now().date_naive()), bad)),
            _ => m.polarity = Polarity::WithinBand { lower: 0.0, upper: bad },
        }
        broken.measures.upsert(m);
        let refused = matches!(tab.save(&broken, now()), Err(SaveError::NotSavable(_)));
        prop_assert!(refused);
        prop_assert_eq!(tab.store().get(WORKSPACE_KEY).unwrap(), before);
        prop_assert_eq!(tab.revision(), 1);
    }

    #[test]
    fn damaged_text_never_loads_as_something_else(
        ws in workspace(),
        cut in any::<prop::sample::Index>(),
        flip in any::<prop::sample::Index>(),
        truncate in any::<bool>(),
    ) {
        let text = encode(&ws, 7, "test", now());
        let damaged = if truncate {
            let mut at = cut.index(text.len());
            while !text.is_char_boundary(at) { at -= 1; }
            text[..at].to_string()
        } else {
            // Change one ASCII character somewhere in the text.
            let bytes: Vec<usize> = text.char_indices()
                .filter(|(_, c)| c.is_ascii_alphanumeric()).map(|(i, _)| i).collect();
            let at = bytes[flip.index(bytes.len())];
            let c = text.as_bytes()[at];
            let replacement = if c == b'7' { '8' } else { '7' };
            format!("{}{}{}", &text[..at], replacement, &text[at + 1..])
        };
        let store = MemoryStore::new();
        store.set(WORKSPACE_KEY, &damaged).unwrap();
        let mut repo = Repository::new(&store, "test");
        match repo.load() {
            // A change outside the checksummed workspace (say, in the revision or the date) may
            // still load, but only ever as exactly the workspace that was saved.
            LoadOutcome::Loaded(loaded) => prop_assert_eq!(loaded, ws),
            LoadOutcome::Quarantined { key, .. } => {
                prop_assert!(key.is_some());
                prop_assert_eq!(repo.quarantined()[0].1.clone(), damaged);
            }
            LoadOutcome::NewerVersion { .. } => {}
            other => prop_assert!(false, "unexpected {:?}", other),
        }
    }
}
