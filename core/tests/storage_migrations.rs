//! Golden fixtures: one real saved envelope per schema version, frozen in
//! `core/tests/fixtures/workspace-v{N}.json`. Every one must still load, through the migrations,
//! into the current model with its content intact.
//!
//! When the schema version goes up, write the new version's fixture once with
//! `cargo test -p scorecard-core --test storage_migrations -- --ignored` (it never overwrites a
//! fixture), check it in, and add a test of its content below. Never edit a fixture afterwards.

use std::path::PathBuf;

use chrono::{NaiveDate, TimeZone, Utc};
use scorecard_core::analysis::{
    Frequency, MeasureKind, Period, PeriodValue, Polarity, Rag, Tolerance, Trajectory,
};
use scorecard_core::storage::migrate::{upgrade, OLDEST_SCHEMA_VERSION};
use scorecard_core::storage::{
    encode, Envelope, KeyValueStore, LoadOutcome, MemoryStore, Repository, CURRENT_SCHEMA_VERSION,
    WORKSPACE_KEY,
};
use scorecard_core::{
    Goal, GoalLevel, Id, Measure, OrgKind, Organisation, Perspective, SelfAssessment, Stamps, Team,
    Timestamp, Workspace,
};

fn fixture_path(version: u32) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(format!("workspace-v{version}.json"))
}

fn fixture(version: u32) -> String {
    let path = fixture_path(version);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("golden fixture {} is missing ({e})", path.display()))
}

fn load(text: &str) -> (Workspace, u64) {
    let store = MemoryStore::new();
    store.set(WORKSPACE_KEY, text).unwrap();
    let mut repo = Repository::new(store, "test");
    match repo.load() {
        LoadOutcome::Loaded(ws) => (ws, repo.revision()),
        other => panic!("fixture did not load: {other:?}"),
    }
}

fn id(n: u128) -> Id {
    Id::from_u128(0x5c0e_ca2d_0000_4000_8000_0000_0000_0000 | n)
}

fn at(day: u32, hour: u32) -> Timestamp {
    Utc.with_ymd_and_hms(2026, 5, day, hour, 0, 0).unwrap()
}

fn month(y: i32, m: u32) -> Period {
    Period::month_of(NaiveDate::from_ymd_opt(y, m, 1).unwrap())
}

#[test]
fn there_is_a_golden_fixture_for_every_schema_version() {
    for version in OLDEST_SCHEMA_VERSION..=CURRENT_SCHEMA_VERSION {
        assert!(
            fixture_path(version).exists(),
            "add core/tests/fixtures/workspace-v{version}.json (see this file's header)"
        );
    }
}

#[test]
fn every_fixture_loads_through_the_migrations() {
    for version in OLDEST_SCHEMA_VERSION..=CURRENT_SCHEMA_VERSION {
        let text = fixture(version);
        let envelope: Envelope = serde_json::from_str(&text).unwrap();
        assert_eq!(
            envelope.schema_version, version,
            "fixture {version} is of its version"
        );
        assert!(envelope.checksum_ok(), "fixture {version} is intact");
        // The steps alone, over plain JSON…
        let value = serde_json::from_str(envelope.workspace.get()).unwrap();
        let upgraded = upgrade(version, value).unwrap();
        let direct: Workspace = serde_json::from_value(upgraded).unwrap();
        // …and the repository's load give the same workspace.
        let (loaded, _) = load(&text);
        assert_eq!(direct, loaded, "fixture {version}");
    }
}

#[test]
fn schema_1_fixture_keeps_its_goals_and_measures() {
    let (ws, revision) = load(&fixture(1));
    assert_eq!(revision, 3);
    assert_eq!(ws.name, "Fixture partnership v1");
    assert!(!ws.is_demo);

    let names: Vec<&str> = ws.organisations.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["Fixture Community Trust", "Fixture County Council"]);
    assert_eq!(ws.organisations[0].short_name, "FCT");
    assert_eq!(ws.organisations[1].kind, OrgKind::LocalAuthority);
    assert_eq!(ws.teams.len(), 1);
    assert_eq!(ws.teams[0].name, "District nursing");
    assert_eq!(ws.people.len(), 1);
    assert_eq!(ws.people[0].name, "Sam Patel");
    assert_eq!(ws.people[0].team_id, Some(id(10)));

    let strategic = ws.goal(id(20)).expect("strategic goal");
    let team = ws.goal(id(21)).expect("team goal");
    let individual = ws.goal(id(22)).expect("individual goal");
    assert_eq!(strategic.title, "Care closer to home");
    assert_eq!(strategic.level, GoalLevel::Strategic);
    assert_eq!(strategic.perspective, Perspective::Customer);
    assert_eq!(team.parent_id, Some(strategic.id));
    assert_eq!(team.shared_with, vec![id(2)]);
    assert_eq!(individual.parent_id, Some(team.id));
    assert_eq!(individual.owner_id, Some(id(30)));
    assert_eq!(individual.due_date, NaiveDate::from_ymd_opt(2027, 3, 31));
    assert!(ws.cascade().unaligned_roots.is_empty());

    assert_eq!(ws.measures.len(), 1);
    let m = &ws.measures[0];
    assert_eq!(m.name, "Home visits each month");
    assert_eq!(m.goal_id, team.id);
    assert_eq!(m.unit, "visits");
    assert_eq!(m.frequency, Frequency::Monthly);
    assert_eq!(m.polarity, Polarity::HigherIsBetter);
    assert_eq!(m.tolerance, Tolerance::PercentOfPlanned(5.0));
    assert_eq!(m.baseline, Some(PeriodValue::new(month(2026, 3), 100.0)));
    assert_eq!(m.target, Some(PeriodValue::new(month(2027, 3), 130.0)));
    let trajectory = m.trajectory.as_ref().expect("trajectory");
    assert_eq!(trajectory.points().len(), 12);
    assert_eq!(
        trajectory.points()[0],
        PeriodValue::new(month(2026, 4), 102.5)
    );
    assert_eq!(m.actuals.len(), 2);
    assert_eq!(m.actuals[0].value, 104.0);
    assert_eq!(m.actuals[1].value, 106.25);
    assert_eq!(
        m.actuals[1].history.len(),
        1,
        "the correction keeps the earlier value"
    );
    assert_eq!(m.actuals[1].history[0].value, 103.0);
    assert_eq!(m.actuals[1].entered_by, "Sam Patel");
    assert_eq!(m.self_assessments.len(), 1);
    assert_eq!(m.self_assessments[0].rag, Rag::Amber);
    assert_eq!(
        m.self_assessments[0].narrative,
        "Two staff off sick in May; “agency” cover booked."
    );
    assert!(m.spc.run_length_six);
    assert_eq!(m.weight, 2.0);
}

/// The workspace frozen as the schema-1 fixture: small, but with every kind of record.
fn fixture_workspace() -> Workspace {
    let mut ws = Workspace::empty("Fixture partnership v1");
    let org = |n, name: &str, short: &str, kind| Organisation {
        id: id(n),
        name: name.into(),
        short_name: short.into(),
        kind,
        stamps: Stamps::new(at(1, 9)),
    };
    ws.save_organisation(
        org(1, "Fixture Community Trust", "FCT", OrgKind::NhsTrust),
        at(1, 9),
    )
    .unwrap();
    ws.save_organisation(
        org(2, "Fixture County Council", "", OrgKind::LocalAuthority),
        at(1, 9),
    )
    .unwrap();
    ws.save_team(
        Team {
            id: id(10),
            name: "District nursing".into(),
            description: "Community nurses for the north locality".into(),
            organisation_id: id(1),
            stamps: Stamps::new(at(1, 10)),
        },
        at(1, 10),
    )
    .unwrap();
    // Built from JSON so fields added to people later (all defaulted) do not break this.
    let person = serde_json::from_value(serde_json::json!({
        "id": id(30), "name": "Sam Patel", "job_title": "Team lead",
        "organisation_id": id(1), "team_id": id(10),
        "created_at": at(1, 11), "updated_at": at(1, 11),
    }))
    .unwrap();
    ws.save_person(person, at(1, 11)).unwrap();
    let goal = |n, title: &str, level, parent: Option<Id>| Goal {
        id: id(n),
        title: title.into(),
        description: String::new(),
        level,
        perspective: Perspective::Customer,
        owner_id: None,
        team_id: None,
        organisation_id: id(1),
        shared_with: vec![],
        parent_id: parent,
        supports: Vec::new(),
        start_date: None,
        due_date: None,
        stamps: Stamps::new(at(2, 9)),
    };
    ws.save_goal(
        goal(20, "Care closer to home", GoalLevel::Strategic, None),
        at(2, 9),
    )
    .unwrap();
    let mut team_goal = goal(21, "More visits at home", GoalLevel::Team, Some(id(20)));
    team_goal.team_id = Some(id(10));
    team_goal.shared_with = vec![id(2)];
    team_goal.description = "Fewer trips to clinic for housebound patients".into();
    ws.save_goal(team_goal, at(2, 10)).unwrap();
    let mut mine = goal(
        22,
        "Plan rotas a month ahead",
        GoalLevel::Individual,
        Some(id(21)),
    );
    mine.owner_id = Some(id(30));
    mine.team_id = Some(id(10));
    mine.due_date = NaiveDate::from_ymd_opt(2027, 3, 31);
    ws.save_goal(mine, at(2, 11)).unwrap();

    let mut m = Measure::new(
        id(40),
        id(21),
        "Home visits each month",
        Frequency::Monthly,
        Polarity::HigherIsBetter,
        MeasureKind::Point,
        at(3, 9),
    );
    m.unit = "visits".into();
    m.definition = "Face-to-face visits at the patient's home, from the rota system".into();
    m.data_source = "Rota system monthly extract".into();
    m.baseline = Some(PeriodValue::new(month(2026, 3), 100.0));
    m.target = Some(PeriodValue::new(month(2027, 3), 130.0));
    m.tolerance = Tolerance::PercentOfPlanned(5.0);
    let mut points = Vec::new();
    let mut p = month(2026, 4);
    for i in 1..=12 {
        points.push(PeriodValue::new(p, 100.0 + 2.5 * f64::from(i)));
        p = p.next().unwrap();
    }
    m.trajectory = Some(Trajectory::from_points(MeasureKind::Point, m.baseline, points).unwrap());
    m.spc.run_length_six = true;
    m.weight = 2.0;
    ws.save_measure(m, at(3, 9)).unwrap();
    ws.record_actual(
        id(40),
        month(2026, 4),
        104.0,
        "From the April extract",
        "Sam Patel",
        at(4, 9),
    )
    .unwrap();
    ws.record_actual(id(40), month(2026, 5), 103.0, "", "Sam Patel", at(5, 9))
        .unwrap();
    ws.record_actual(
        id(40),
        month(2026, 5),
        106.25,
        "Late returns added",
        "Sam Patel",
        at(6, 9),
    )
    .unwrap();
    ws.record_self_assessment(
        id(40),
        SelfAssessment {
            period: month(2026, 5),
            rag: Rag::Amber,
            confidence: 3,
            narrative: "Two staff off sick in May; “agency” cover booked.".into(),
            assessed_by: "Sam Patel".into(),
            assessed_at: at(6, 10),
        },
    )
    .unwrap();
    ws
}

/// Writes the current schema's fixture if it is not there yet. Never overwrites one.
#[test]
#[ignore = "writes a new golden fixture; run by hand when the schema version goes up"]
fn write_the_fixture_for_the_current_schema() {
    let path = fixture_path(CURRENT_SCHEMA_VERSION);
    if path.exists() {
        println!(
            "{} already exists and is frozen: not written",
            path.display()
        );
        return;
    }
    assert_eq!(
        CURRENT_SCHEMA_VERSION, 1,
        "update fixture_workspace() for the new schema first"
    );
    let text = encode(&fixture_workspace(), 3, "0.1.0", at(6, 12));
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, text + "\n").unwrap();
    println!("wrote {}", path.display());
}
