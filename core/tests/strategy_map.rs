//! The strategy map: its layout (bands, boxes that never overlap, every link drawn from box to
//! box, the links in words), the rules for links between goals, what deleting a goal does to
//! them, and how they travel in exchange files.

mod common;

use chrono::NaiveDate;
use common::{goal, new_id, now, org};
use scorecard_core::analysis::RagStatus;
use scorecard_core::chart::strategy_map::{
    columns, layout_strategy_map, strategy_map, wrap, MapGoal, StrategyMap, BOX_HEIGHT,
    TITLE_CHARS, TITLE_LINES, WIDTH,
};
use scorecard_core::demo::{self, COUNCIL, TRUST};
use scorecard_core::exchange::{
    apply, canonical_json, export_partner_pack, export_workspace, parse_file, preview, sha256_hex,
    Choices, ExportOptions,
};
use scorecard_core::workspace::ChildGoals;
use scorecard_core::{GoalLevel, Id, Perspective, Workspace};
use serde_json::{json, Value};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

fn demo_id(n: u128) -> Id {
    Id::from_u128(0x5c0e_ca4d_0000_4000_8000_0000_0000_0000 | n)
}

/// The demo's goals named in its links.
const G_AE: u128 = 0x301;
const G_FLOW: u128 = 0x303;
const G_FINANCE: u128 = 0x305;
const G_AGENCY: u128 = 0x306;
const G_PEOPLE: u128 = 0x307;
const G_SICKNESS: u128 = 0x308;
const T_TRIAGE: u128 = 0x401;

/// Every box inside its own band and the drawing, and no two boxes sharing any area.
fn assert_boxes_apart(map: &StrategyMap) {
    for b in &map.boxes {
        let band = map
            .bands
            .iter()
            .find(|band| band.perspective == b.perspective)
            .unwrap();
        assert!(
            b.rect.y >= band.rect.y && b.rect.bottom() <= band.rect.bottom(),
            "“{}” is inside its band",
            b.title
        );
        assert!(b.rect.x >= 0.0 && b.rect.right() <= map.width);
    }
    for (i, a) in map.boxes.iter().enumerate() {
        for b in &map.boxes[i + 1..] {
            assert!(
                !a.rect.overlaps(&b.rect),
                "“{}” and “{}” overlap",
                a.title,
                b.title
            );
        }
    }
}

/// Every link starts on its supporting goal's box and ends on the box of the goal it supports.
fn assert_links_on_their_boxes(map: &StrategyMap) {
    for link in &map.links {
        let from = map.boxes.iter().find(|b| b.id == link.from).unwrap();
        let to = map.boxes.iter().find(|b| b.id == link.to).unwrap();
        assert!(
            from.rect.on_border(link.start.0, link.start.1),
            "a link starts on “{}”",
            from.title
        );
        assert!(
            to.rect.on_border(link.end.0, link.end.1),
            "a link ends on “{}”",
            to.title
        );
        assert!(link.path.starts_with('M') && link.arrow.ends_with('Z'));
        // No point along the way is inside a box: no link passes under one.
        for (x, y) in points_along(&link.path) {
            for b in &map.boxes {
                let r = b.rect;
                let inside = x > r.x + 0.01
                    && x < r.right() - 0.01
                    && y > r.y + 0.01
                    && y < r.bottom() - 0.01;
                assert!(
                    !inside,
                    "a link from “{}” passes under “{}”",
                    from.title, b.title
                );
            }
        }
    }
}

/// Points every 1/50 of the way along each piece of an SVG path of M, L and C commands.
fn points_along(path: &str) -> Vec<(f64, f64)> {
    let tokens: Vec<&str> = path.split(' ').collect();
    let num = |i: usize| tokens[i].parse::<f64>().unwrap();
    let (mut points, mut at, mut i) = (Vec::new(), (0.0, 0.0), 0);
    while i < tokens.len() {
        match tokens[i] {
            "M" => {
                at = (num(i + 1), num(i + 2));
                i += 3;
            }
            "L" => {
                let to = (num(i + 1), num(i + 2));
                for s in 0..=50 {
                    let t = f64::from(s) / 50.0;
                    points.push((at.0 + (to.0 - at.0) * t, at.1 + (to.1 - at.1) * t));
                }
                at = to;
                i += 3;
            }
            "C" => {
                let p = [
                    at,
                    (num(i + 1), num(i + 2)),
                    (num(i + 3), num(i + 4)),
                    (num(i + 5), num(i + 6)),
                ];
                for s in 0..=50 {
                    let t = f64::from(s) / 50.0;
                    let u = 1.0 - t;
                    let w = [u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t];
                    points.push((
                        (0..4).map(|j| w[j] * p[j].0).sum(),
                        (0..4).map(|j| w[j] * p[j].1).sum(),
                    ));
                }
                at = p[3];
                i += 7;
            }
            other => panic!("unexpected path command {other}"),
        }
    }
    points
}

// ---- layout ----

#[test]
fn the_demo_map_has_every_strategic_goal_in_its_band_and_every_link_drawn() {
    let ws = demo::partnership(now());
    let map = strategy_map(&ws, today());
    let strategic: Vec<Id> = ws.cascade().strategic.clone();
    assert_eq!(map.boxes.len(), strategic.len());
    for id in &strategic {
        let b = map.boxes.iter().find(|b| b.id == *id).unwrap();
        assert_eq!(b.perspective, ws.goal(*id).unwrap().perspective);
    }
    // Financial at the top, Learning and growth at the bottom, the bands stacked without gaps.
    let order: Vec<Perspective> = map.bands.iter().map(|b| b.perspective).collect();
    assert_eq!(order, Perspective::ALL.to_vec());
    for pair in map.bands.windows(2) {
        assert_eq!(pair[0].rect.bottom(), pair[1].rect.y);
    }
    assert_eq!(map.bands.last().unwrap().rect.bottom(), map.height);
    assert_eq!(map.bands[0].label[0].text, "Financial");
    assert_boxes_apart(&map);

    let linked = ws.goals.iter().map(|g| g.supports.len()).sum::<usize>();
    assert_eq!(linked, 6, "the demo has a handful of links");
    assert_eq!(map.links.len(), linked);
    assert!(map.not_drawn.is_empty());
    assert_links_on_their_boxes(&map);

    // In words, causes first: the supporting goals from the bottom band up.
    let list: Vec<String> = map.list.iter().map(|l| l.text()).collect();
    assert_eq!(
        list,
        [
            "Every member of staff has an appraisal and is up to date with mandatory training supports Get people home when they are medically ready",
            "Reduce sickness absence to 4.5% supports Bring agency spend below 3.2% of the pay bill",
            "Get people home when they are medically ready supports See 78% of A&E patients within 4 hours",
            "Use theatres well: 85% utilisation of planned sessions supports Cut waits for planned care towards 92% within 18 weeks",
            "See 78% of A&E patients within 4 hours supports Deliver the financial plan and an £18m cost improvement programme",
            "Bring agency spend below 3.2% of the pay bill supports Deliver the financial plan and an £18m cost improvement programme",
        ]
    );
    assert_eq!(
        map.links.iter().map(|l| (l.from, l.to)).collect::<Vec<_>>(),
        map.list.iter().map(|l| (l.from, l.to)).collect::<Vec<_>>(),
        "links are drawn in the list's order"
    );
    assert!(map
        .summary()
        .starts_with("13 strategic goals in four perspectives"));
}

#[test]
fn each_box_says_its_status_and_organisation_in_words() {
    let ws = demo::partnership(now());
    let map = strategy_map(&ws, today());
    let statuses = ws.all_goal_statuses(today(), &ws.rollup);
    for b in &map.boxes {
        let status = statuses[&b.id];
        assert_eq!(b.status, status);
        assert!(
            b.meta.text.contains(status.label()),
            "“{}” says {}",
            b.meta.text,
            status.label()
        );
        let shown: Vec<&str> = b.title_lines.iter().map(|l| l.text.as_str()).collect();
        assert!(
            b.label.starts_with(&shown.join(" ")),
            "the link's name begins with what its box shows"
        );
        assert!(b.title_lines.len() <= TITLE_LINES);
        for line in &b.title_lines {
            assert!(line.text.chars().count() <= TITLE_CHARS, "{}", line.text);
            assert!(line.y > b.rect.y && line.y < b.meta.y);
        }
        assert!(b.meta.y < b.rect.bottom());
    }
    let people = map
        .boxes
        .iter()
        .find(|b| b.id == demo_id(G_PEOPLE))
        .unwrap();
    assert!(people.meta.text.ends_with("· NHFT"), "{}", people.meta.text);
}

fn many_goals(n: usize, perspective: Perspective) -> Vec<MapGoal> {
    (0..n)
        .map(|i| MapGoal {
            id: Id::from_u128(i as u128 + 1),
            title: format!(
                "Goal number {i} with a title long enough to wrap onto several lines of its box"
            ),
            perspective,
            status: RagStatus::Green,
            organisation: "NHFT".into(),
        })
        .collect()
}

#[test]
fn forty_goals_in_one_band_sit_in_rows_that_never_overlap() {
    let goals = many_goals(40, Perspective::InternalProcess);
    // A chain through them all, links within a row and across rows, and one back down.
    let mut links: Vec<(Id, Id)> = goals.windows(2).map(|w| (w[0].id, w[1].id)).collect();
    links.push((goals[39].id, goals[0].id));
    links.push((goals[5].id, goals[1].id));
    let map = layout_strategy_map(&goals, &links);
    assert_eq!(map.boxes.len(), 40);
    assert_boxes_apart(&map);
    let rows = 40_usize.div_ceil(columns());
    let band = &map.bands[2];
    assert_eq!(band.perspective, Perspective::InternalProcess);
    assert!(band.rect.height >= rows as f64 * BOX_HEIGHT);
    assert_eq!(map.links.len(), links.len(), "every link is drawn");
    assert_links_on_their_boxes(&map);
    // The other bands are empty, and say so.
    for b in map
        .bands
        .iter()
        .filter(|b| b.perspective != Perspective::InternalProcess)
    {
        assert_eq!(
            b.empty.as_ref().map(|e| e.text.as_str()),
            Some("No strategic goals in this perspective")
        );
    }
    assert!(columns() >= 3 && map.width == WIDTH);
}

#[test]
fn links_meeting_one_edge_are_spread_along_it() {
    let mut goals = many_goals(3, Perspective::LearningGrowth);
    goals[2].perspective = Perspective::Financial;
    let links = [(goals[0].id, goals[2].id), (goals[1].id, goals[2].id)];
    let map = layout_strategy_map(&goals, &links);
    assert_eq!(map.links.len(), 2);
    assert_ne!(map.links[0].end, map.links[1].end);
    let target = map.boxes.iter().find(|b| b.id == goals[2].id).unwrap();
    for link in &map.links {
        assert_eq!(
            link.end.1,
            target.rect.bottom(),
            "an upward link ends on the bottom edge"
        );
    }
    // Ordered along the edge as their other ends are, so they do not cross there.
    let x_of = |id: Id| map.boxes.iter().find(|b| b.id == id).unwrap().rect.x;
    let (a, b) = (&map.links[0], &map.links[1]);
    assert_eq!(x_of(a.from) < x_of(b.from), a.end.0 < b.end.0);
}

#[test]
fn links_to_goals_off_the_map_to_themselves_or_repeated_are_left_out() {
    let goals = many_goals(2, Perspective::Customer);
    let (a, b) = (goals[0].id, goals[1].id);
    let map = layout_strategy_map(&goals, &[(a, b), (a, b), (a, a), (a, new_id())]);
    assert_eq!(map.links.len(), 1);
    assert_eq!(map.list.len(), 1);
    // Same row: the curve leaves and reaches the bottom edges, through the gap below.
    let link = &map.links[0];
    let bottom = map.boxes[0].rect.bottom();
    assert_eq!((link.start.1, link.end.1), (bottom, bottom));
}

#[test]
fn titles_wrap_to_the_box_and_a_long_one_ends_with_an_ellipsis() {
    assert_eq!(
        wrap("Reduce sickness absence to 4.5%", TITLE_CHARS, TITLE_LINES),
        ["Reduce sickness absence to", "4.5%"]
    );
    let long = "word ".repeat(60);
    let lines = wrap(&long, TITLE_CHARS, TITLE_LINES);
    assert_eq!(lines.len(), TITLE_LINES);
    assert!(lines[3].ends_with('…') && lines[3].chars().count() <= TITLE_CHARS);
    let unbroken = "x".repeat(60);
    assert_eq!(
        wrap(&unbroken, 26, 0),
        ["x".repeat(26), "x".repeat(26), "x".repeat(8)]
    );
    assert!(wrap("   ", 26, 4).is_empty());
}

#[test]
fn links_that_cannot_be_drawn_are_listed_with_why() {
    let mut ws = demo::partnership(now());
    let people = demo_id(G_PEOPLE);
    ws.goals
        .get_mut(people)
        .unwrap()
        .supports
        .push(demo_id(0xfff));
    ws.goals
        .get_mut(people)
        .unwrap()
        .supports
        .push(demo_id(T_TRIAGE));
    let map = strategy_map(&ws, today());
    assert_eq!(map.links.len(), 6);
    assert_eq!(
        map.not_drawn,
        [
            "“Every member of staff has an appraisal and is up to date with mandatory training” supports a goal that is not in this workspace (it may not be shared with you, or it was deleted).",
            "“Every member of staff has an appraisal and is up to date with mandatory training” supports “Triage every walk-in patient within 15 minutes”, a team goal: the map shows strategic goals only.",
        ]
    );
}

// ---- the rules for links ----

/// A workspace with strategic goals a, b and c and a team goal t under a.
fn four_goals() -> (Workspace, [Id; 4]) {
    let mut ws = Workspace::empty("Links");
    let o = org("Links Trust");
    let org_id = o.id;
    ws.save_organisation(o, now()).unwrap();
    let a = goal(org_id, GoalLevel::Strategic, None, "A");
    let b = goal(org_id, GoalLevel::Strategic, None, "B");
    let c = goal(org_id, GoalLevel::Strategic, None, "C");
    let t = goal(org_id, GoalLevel::Team, Some(a.id), "T");
    let ids = [a.id, b.id, c.id, t.id];
    for g in [a, b, c, t] {
        ws.save_goal(g, now()).unwrap();
    }
    ws.goals.take_changed();
    (ws, ids)
}

fn message(result: Result<(), scorecard_core::ValidationErrors>) -> String {
    let errors = result.unwrap_err();
    assert_eq!(errors.0.len(), 1, "{errors:?}");
    errors.0[0].message.clone()
}

#[test]
fn a_link_is_one_edit_that_saves_only_its_goal() {
    let (mut ws, [a, b, ..]) = four_goals();
    ws.add_support(a, b, common::later()).unwrap();
    assert_eq!(ws.goal(a).unwrap().supports, [b]);
    assert_eq!(ws.goal(a).unwrap().stamps.updated_at, common::later());
    assert_eq!(ws.goals.take_changed(), [a].into());
    ws.remove_support(a, b, common::later()).unwrap();
    assert!(ws.goal(a).unwrap().supports.is_empty());
    assert_eq!(ws.goals.take_changed(), [a].into());
}

#[test]
fn links_must_name_other_existing_strategic_goals_once() {
    let (mut ws, [a, b, _, t]) = four_goals();
    ws.add_support(a, b, now()).unwrap();
    let before = ws.clone();
    assert_eq!(
        message(ws.add_support(a, a, now())),
        "A goal cannot support itself"
    );
    assert_eq!(
        message(ws.add_support(a, b, now())),
        "This goal already supports “B”"
    );
    assert_eq!(
        message(ws.add_support(a, new_id(), now())),
        "The chosen goal no longer exists"
    );
    assert_eq!(
        message(ws.add_support(a, t, now())),
        "Choose a strategic goal: the strategy map links strategic goals only"
    );
    assert_eq!(
        message(ws.add_support(t, b, now())),
        "Only a strategic goal can support other goals on the strategy map"
    );
    assert_eq!(
        message(ws.add_support(new_id(), b, now())),
        "This goal no longer exists"
    );
    assert_eq!(
        message(ws.remove_support(a, t, now())),
        "This goal no longer supports that goal: the link was already removed"
    );
    assert_eq!(ws, before, "a refused edit changes nothing");
    // The same rules hold for a goal saved whole.
    let mut twice = ws.goal(a).unwrap().clone();
    twice.supports.push(b);
    let errors = ws.validate_goal(&twice);
    assert_eq!(
        errors.for_field("supports"),
        Some("This goal already supports “B”")
    );
}

#[test]
fn a_goal_on_the_map_cannot_leave_the_strategic_level_while_linked() {
    let (mut ws, [a, b, c, _]) = four_goals();
    ws.add_support(a, b, now()).unwrap();
    for (id, parent) in [(a, c), (b, c)] {
        let mut moved = ws.goal(id).unwrap().clone();
        moved.level = GoalLevel::Team;
        moved.parent_id = Some(parent);
        assert_eq!(
            ws.validate_goal(&moved).for_field("level"),
            Some("This goal has 1 link on the strategy map, which shows strategic goals only. Remove them on the goal's page before changing its level"),
        );
    }
    // Without links it may.
    let mut moved = ws.goal(c).unwrap().clone();
    moved.level = GoalLevel::Team;
    moved.parent_id = Some(a);
    assert!(ws.validate_goal(&moved).is_empty());
}

#[test]
fn a_kept_link_to_a_goal_that_is_gone_does_not_stop_an_edit() {
    let (mut ws, [a, ..]) = four_goals();
    // As an import leaves it: a partner's goal, not shared here.
    ws.goals.get_mut(a).unwrap().supports.push(new_id());
    let mut edited = ws.goal(a).unwrap().clone();
    edited.title = "A, renamed".into();
    ws.save_goal(edited, now()).unwrap();
    let section = ws.supports_section(a).unwrap();
    assert_eq!(section.supports.len(), 1);
    assert_eq!(section.supports[0].title, None);
}

#[test]
fn the_goal_form_keeps_the_links_saved_meanwhile() {
    let (mut ws, [a, b, ..]) = four_goals();
    let draft = scorecard_core::workspace::GoalDraft::from(ws.goal(a).unwrap());
    // Linked on the page while the form was open.
    ws.add_support(a, b, now()).unwrap();
    let stamps = ws.goal(a).unwrap().stamps;
    let goal = draft.into_goal(&ws, a, stamps).unwrap();
    assert_eq!(goal.supports, [b]);
}

#[test]
fn the_goal_page_section_lists_links_both_ways_and_the_goals_to_choose() {
    let ws = demo::partnership(now());
    let agency = ws.supports_section(demo_id(G_AGENCY)).unwrap();
    assert!(agency.strategic);
    let titles = |list: &[scorecard_core::workspace::LinkedGoal]| -> Vec<String> {
        list.iter().map(|g| g.title.clone().unwrap()).collect()
    };
    assert_eq!(
        titles(&agency.supports),
        ["Deliver the financial plan and an £18m cost improvement programme"]
    );
    assert_eq!(
        titles(&agency.supported_by),
        ["Reduce sickness absence to 4.5%"]
    );
    assert_eq!(agency.supports[0].organisation, "NHFT");
    // Every other strategic goal not yet linked, the top band first.
    assert_eq!(agency.choices.len(), ws.cascade().strategic.len() - 2);
    assert!(agency
        .choices
        .iter()
        .all(|c| c.id != demo_id(G_AGENCY) && c.id != demo_id(G_FINANCE)));
    assert_eq!(agency.choices[0].perspective, Some(Perspective::Financial));
    assert_eq!(
        agency.choices.last().unwrap().perspective,
        Some(Perspective::LearningGrowth)
    );
    // A team goal with no links has no section; one that is not there has none either.
    assert_eq!(ws.supports_section(demo_id(T_TRIAGE)), None);
    assert_eq!(ws.supports_section(new_id()), None);
}

// ---- deleting ----

#[test]
fn deleting_a_goal_removes_the_links_to_it_and_saves_the_goals_that_had_them() {
    let mut ws = demo::partnership(now());
    ws.goals.take_changed();
    let finance = demo_id(G_FINANCE);
    ws.delete_goal(finance, ChildGoals::KeepUnaligned, common::later())
        .unwrap();
    for from in [G_AE, G_AGENCY] {
        let g = ws.goal(demo_id(from)).unwrap();
        assert!(!g.supports.contains(&finance), "{}", g.title);
        assert_eq!(g.stamps.updated_at, common::later());
        assert!(ws.goals.changed().contains(&g.id), "{} is saved", g.title);
    }
    // Other links stay, and goals without a link to it are not touched.
    assert_eq!(ws.goal(demo_id(G_FLOW)).unwrap().supports, [demo_id(G_AE)]);
    assert!(!ws.goals.changed().contains(&demo_id(G_SICKNESS)));
    let map = strategy_map(&ws, today());
    assert_eq!(map.links.len(), 4);
    assert!(map.not_drawn.is_empty());
}

// ---- exchange ----

fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn a_version_1_file_without_links_still_imports() {
    let file = parse_file(&fixture("exchange-v1-trust-pack.json")).unwrap();
    assert_eq!(file.summary.schema_version, 1);
    assert_eq!(file.summary.migrated_from, Some(1));
    assert!(file.records.goals.iter().all(|g| g.supports.is_empty()));
    let mut ws = Workspace::empty("New");
    let p = preview(&ws, &file);
    assert!(p.notes.contains(
        &"The file uses an older version of the format (1); it was converted.".to_string()
    ));
    apply(&mut ws, &file, &p, &Choices::keep_mine(), now()).unwrap();
    assert_eq!(ws.goals.len(), file.records.goals.len());
}

#[test]
fn links_round_trip_in_a_backup() {
    let ws = demo::partnership(now());
    let exported = export_workspace(&ws, ExportOptions::default(), now());
    let file = parse_file(exported.json.as_bytes()).unwrap();
    assert_eq!(file.summary.migrated_from, None);
    let backup = file.backup.unwrap();
    for g in ws.goals.iter() {
        assert_eq!(
            backup.goal(g.id).unwrap().supports,
            g.supports,
            "{}",
            g.title
        );
    }
    // A goal without links is written as before, with no `supports`.
    let text: Value = serde_json::from_str(&exported.json).unwrap();
    let goals = text["payload"]["goals"].as_array().unwrap();
    let without = goals
        .iter()
        .find(|g| g["id"] == json!(demo_id(T_TRIAGE).to_string()))
        .unwrap();
    assert!(without.get("supports").is_none());
}

#[test]
fn a_link_to_a_goal_not_shared_is_kept_and_the_preview_says_so() {
    let trust = demo::partnership(now());
    let pack =
        export_partner_pack(&trust, TRUST, COUNCIL, ExportOptions::default(), now()).unwrap();
    let file = parse_file(pack.json.as_bytes()).unwrap();
    let flow = demo_id(G_FLOW);
    assert_eq!(
        file.records
            .goals
            .iter()
            .find(|g| g.id == flow)
            .unwrap()
            .supports,
        [demo_id(G_AE)],
        "the pack carries the link; the goal it names is not shared with the council"
    );
    let mut council = Workspace::empty("Council");
    let p = preview(&council, &file);
    assert!(
        p.notes.contains(&"“Get people home when they are medically ready” supports a goal on the strategy map that is not in the file or in this workspace (it may not be shared with you). The link is kept, and is drawn once that goal is here.".to_string()),
        "{:?}",
        p.notes
    );
    apply(&mut council, &file, &p, &Choices::keep_mine(), now()).unwrap();
    assert_eq!(council.goal(flow).unwrap().supports, [demo_id(G_AE)]);
    assert_eq!(strategy_map(&council, today()).not_drawn.len(), 1);

    // Into the demo, where the goal it names is: nothing to say.
    let demo = demo::partnership(now());
    let p = preview(&demo, &file);
    assert!(
        !p.notes.iter().any(|n| n.contains("strategy map")),
        "{:?}",
        p.notes
    );
}

/// The trust's pack with `edit` made to its payload, sealed with a fresh digest.
fn edited_pack(edit: impl FnOnce(&mut Value)) -> Vec<u8> {
    let trust = demo::partnership(now());
    let pack =
        export_partner_pack(&trust, TRUST, COUNCIL, ExportOptions::default(), now()).unwrap();
    let mut v: Value = serde_json::from_str(&pack.json).unwrap();
    edit(&mut v["payload"]);
    v["digest"] = json!(sha256_hex(&canonical_json(&v["payload"])));
    serde_json::to_vec(&v).unwrap()
}

#[test]
fn a_file_with_a_goal_supporting_itself_or_one_goal_twice_is_refused() {
    let bytes = edited_pack(|p| {
        let id = p["goals"][0]["id"].clone();
        p["goals"][0]["supports"] = json!([id]);
    });
    assert_eq!(
        parse_file(&bytes).unwrap_err().to_string(),
        "goals[0].supports[0]: a goal cannot support itself"
    );
    let bytes = edited_pack(|p| {
        let id = demo_id(G_AE).to_string();
        p["goals"][0]["supports"] = json!([id, id]);
    });
    assert_eq!(
        parse_file(&bytes).unwrap_err().to_string(),
        "goals[0].supports[1]: the same goal as supports[0]; each link is listed once"
    );
}

#[test]
fn a_title_cut_short_names_its_link_by_what_shows_then_in_full() {
    let title = "Reduce the time people wait for planned care in every hospital across the whole \
                 partnership, with the longest waits seen first and nobody waiting over a year";
    let goal = MapGoal {
        id: Id::from_u128(1),
        title: title.into(),
        perspective: Perspective::Customer,
        status: RagStatus::Amber,
        organisation: "NHFT".into(),
    };
    let map = layout_strategy_map(&[goal], &[]);
    let b = &map.boxes[0];
    let shown: Vec<&str> = b.title_lines.iter().map(|l| l.text.as_str()).collect();
    let shown = shown.join(" ");
    assert!(shown.ends_with('…'), "{shown}");
    assert_eq!(
        b.label,
        format!("{shown} (full title: {title}): At risk, NHFT")
    );
}
