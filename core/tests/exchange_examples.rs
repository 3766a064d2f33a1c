//! The example files under `examples/`: real packs exported from the demo partnership, which a
//! new user can import at once. `generate_examples` (ignored) rewrites them; the other tests
//! check that each imports cleanly into an empty workspace and into the demo.

mod common;

use std::path::PathBuf;

use common::now;
use scorecard_core::demo::{self, COUNCIL, TRUST};
use scorecard_core::exchange::{
    apply, export_partner_pack, parse_file, preview, Choices, ExportOptions, FileKind, Outcome,
};
use scorecard_core::Workspace;

fn examples_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples")
}

const TRUST_PACK: &str = "northshire-trust-pack.json";
const COUNCIL_PACK: &str = "northshire-council-pack.json";

/// Rewrites the example files from the demo as of the tests' fixed date:
/// `cargo test -p scorecard-core --test exchange_examples -- --ignored generate_examples`.
#[test]
#[ignore = "writes examples/; run by hand when the demo or the format changes"]
fn generate_examples() {
    let demo = demo::partnership(now());
    for (name, from, partner) in [(TRUST_PACK, TRUST, COUNCIL), (COUNCIL_PACK, COUNCIL, TRUST)] {
        let file = export_partner_pack(&demo, from, partner, ExportOptions::default(), now())
            .expect("demo organisations exist");
        std::fs::write(examples_dir().join(name), file.json).expect("examples/ is writable");
    }
}

fn read(name: &str) -> Vec<u8> {
    std::fs::read(examples_dir().join(name)).unwrap_or_else(|e| {
        panic!("examples/{name} is missing ({e}); run the ignored generate_examples test")
    })
}

#[test]
fn example_packs_are_valid_partner_packs_from_the_demo() {
    for (name, from, partner) in [(TRUST_PACK, TRUST, COUNCIL), (COUNCIL_PACK, COUNCIL, TRUST)] {
        let file = parse_file(&read(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(file.summary.kind, FileKind::PartnerPack, "{name}");
        assert_eq!(file.summary.exported_by_org, Some(from), "{name}");
        assert_eq!(file.summary.partner_org, Some(partner), "{name}");
        assert!(!file.records.goals.is_empty(), "{name} shares goals");
        assert!(!file.records.measures.is_empty(), "{name} has measures");
    }
}

#[test]
fn each_example_imports_into_an_empty_workspace() {
    for name in [TRUST_PACK, COUNCIL_PACK] {
        let file = parse_file(&read(name)).unwrap();
        let mut ws = Workspace::empty("New");
        let p = preview(&ws, &file);
        assert_eq!(p.total(Outcome::Conflict), 0, "{name}");
        assert_eq!(p.total(Outcome::New), file.records.record_count(), "{name}");
        apply(&mut ws, &file, &p, &Choices::keep_mine(), now()).unwrap();
        assert_eq!(ws.goals.len(), file.records.goals.len(), "{name}");
        assert_eq!(ws.measures.len(), file.records.measures.len(), "{name}");
        // Importing the same file again changes nothing.
        let again = preview(&ws, &file);
        assert!(!again.has_changes() && again.already_imported, "{name}");
    }
}

#[test]
fn each_example_imports_into_the_demo() {
    for name in [TRUST_PACK, COUNCIL_PACK] {
        let file = parse_file(&read(name)).unwrap();
        let mut ws = demo::partnership(now());
        let p = preview(&ws, &file);
        apply(&mut ws, &file, &p, &Choices::keep_mine(), now()).unwrap();
        // And into a demo opened on another day, whose data differs: conflicts, not errors.
        let mut other_day = demo::partnership(common::later());
        let p = preview(&other_day, &file);
        apply(
            &mut other_day,
            &file,
            &p,
            &Choices::take_theirs_for_all(&p),
            now(),
        )
        .unwrap();
    }
}
