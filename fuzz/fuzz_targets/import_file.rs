//! Feeds arbitrary bytes to the exchange file parser, and whatever it accepts to the preview
//! and the merge, against the demo. Nothing may panic, and a refused file must come with a
//! message. Inputs that are JSON objects with a payload are also tried with their digest
//! recomputed, so mutations reach the type checks, validation and merge behind the digest.
//!
//! `cargo +nightly fuzz run import_file` from the repository root (see fuzz/README.md).

#![no_main]

use std::sync::OnceLock;

use chrono::{TimeZone, Utc};
use libfuzzer_sys::fuzz_target;
use scorecard_core::demo;
use scorecard_core::exchange::{
    apply, apply_replace, canonical_json, parse_file, preview, preview_replace, sha256_hex, Choices,
};
use scorecard_core::{Timestamp, Workspace};

fn now() -> Timestamp {
    Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap()
}

fn demo_workspace() -> &'static Workspace {
    static DEMO: OnceLock<Workspace> = OnceLock::new();
    DEMO.get_or_init(|| {
        let mut ws = demo::partnership(now());
        ws.home_organisation = Some(demo::COUNCIL);
        ws
    })
}

fn import(data: &[u8]) {
    match parse_file(data) {
        Err(e) => assert!(!e.to_string().is_empty()),
        Ok(file) => {
            let mut ws = demo_workspace().clone();
            let p = preview(&ws, &file);
            let all = Choices::take_theirs_for_all(&p);
            apply(&mut ws, &file, &p, &all, now()).expect("a fresh preview applies");
            if let Some(p) = preview_replace(&ws, &file) {
                apply_replace(&mut ws, &file, &p, now()).expect("a fresh preview applies");
            }
        }
    }
}

fuzz_target!(|data: &[u8]| {
    import(data);
    if let Ok(serde_json::Value::Object(mut file)) = serde_json::from_slice(data) {
        if let Some(payload) = file.get("payload") {
            let digest = sha256_hex(&canonical_json(payload));
            file.insert("digest".into(), digest.into());
            if let Ok(sealed) = serde_json::to_vec(&file) {
                import(&sealed);
            }
        }
    }
});
