//! CSV: any table out, actuals in, with a preview and row-by-row errors.

mod common;

use common::{later, now};
use scorecard_core::analysis::{Frequency, Period};
use scorecard_core::demo::{self, COUNCIL, SMOKING_GOAL};
use scorecard_core::exchange::csv::{actuals_table, csv_file_name, safe_cell, to_csv, Table};
use scorecard_core::exchange::{
    apply_actuals, parse_actuals_csv, ActualsRowOutcome, ApplyError, CsvFileError, RecordKind,
};
use scorecard_core::Workspace;

fn smoking(ws: &Workspace) -> &scorecard_core::Measure {
    ws.measures_of_goal(SMOKING_GOAL)[0]
}

#[test]
fn a_table_becomes_csv_that_spreadsheets_open_safely() {
    let mut t = Table::new(&["Measure", "Value", "Note"]);
    t.push(&["Agency spend, % of pay bill", "-3.5", "fell, \"at last\""]);
    t.push(&["=HYPERLINK(\"http://x\")", "£1,200", "line one\nline two"]);
    t.push(&["short row"]);
    assert_eq!(
        t.to_csv(),
        "\u{feff}Measure,Value,Note\r\n\
         \"Agency spend, % of pay bill\",-3.5,\"fell, \"\"at last\"\"\"\r\n\
         \"'=HYPERLINK(\"\"http://x\"\")\",£1,200,\"line one\nline two\"\r\n\
         short row,,\r\n"
            .replace("£1,200", "\"£1,200\"")
    );
    assert_eq!(safe_cell("-5"), "-5");
    assert_eq!(safe_cell("@SUM(A1)"), "'@SUM(A1)");
    assert_eq!(safe_cell("+44 1234"), "'+44 1234");
    assert_eq!(to_csv(&["a"], &[]), "\u{feff}a\r\n");
    assert_eq!(
        csv_file_name("Measures: Northshire", now()),
        "scorecard-measures-northshire-2026-11-26.csv"
    );
}

#[test]
fn exported_actuals_read_back_unchanged() {
    let ws = demo::partnership(now());
    let csv = actuals_table(&ws, &[]).to_csv();
    let import = parse_actuals_csv(&ws, csv.as_bytes()).unwrap();
    assert!(import.errors.is_empty(), "{:?}", import.errors);
    let total: usize = ws.measures.iter().map(|m| m.actuals.len()).sum();
    assert_eq!(import.rows.len(), total);
    assert_eq!(import.unchanged(), total);
}

#[test]
fn a_spreadsheet_of_actuals_previews_then_enters_the_good_rows() {
    let mut ws = demo::partnership(now());
    ws.home_organisation = Some(COUNCIL);
    // Two measures with the same name, to show a name that does not say which.
    for goal in [demo::SMOKING_GOAL, ws.goals[0].id] {
        let mut twin = smoking(&ws).clone();
        twin.id = scorecard_core::Id::new_v4();
        twin.goal_id = goal;
        twin.name = "Twin".into();
        ws.measures.upsert(twin);
    }
    let quits = smoking(&ws).clone();
    let n = quits.actuals.len();
    let (last, previous) = (quits.actuals[n - 1].clone(), quits.actuals[n - 2].clone());
    let next = last.period.next().unwrap();
    let trust_measure = ws
        .measures
        .iter()
        .find(|m| ws.is_record_read_only(RecordKind::Measure, m.id))
        .unwrap()
        .name
        .clone();

    let mut t = Table::new(&["Measure", "Period", "Value", "Note"]);
    let value = |v: f64| v.to_string();
    t.push(&[
        quits.name.as_str(),
        &next.label(),
        "1,234",
        "January campaign",
    ]);
    t.push(&[
        quits.id.to_string(),
        last.period.label(),
        value(last.value),
        last.note.clone(),
    ]);
    t.push(&[
        "four-week SMOKING quits",
        &previous.period.label(),
        "999",
        "Corrected",
    ]);
    t.push(&["Unknown measure", "Apr 2026", "5", ""]);
    t.push(&[quits.name.as_str(), "Q1 2026/27", "5", ""]);
    t.push(&[quits.name.as_str(), "Apr 2031", "abc", ""]);
    t.push(&[trust_measure.as_str(), "Apr 2026", "5", ""]);
    t.push(&["", "", "", ""]);
    t.push(&[quits.name.as_str(), &next.label(), "7", ""]);
    t.push(&["Twin", "Apr 2026", "1", ""]);
    let import = parse_actuals_csv(&ws, t.to_csv().as_bytes()).unwrap();

    let errors: Vec<String> = import.errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        errors,
        [
            "row 5, column Measure: no measure is called “Unknown measure”".to_string(),
            "row 6, column Period: “Q1 2026/27” is a quarter, but the measure is reported monthly".to_string(),
            "row 7, column Value: “abc” is not a number".to_string(),
            format!("row 8, column Measure: “{trust_measure}” belongs to Northshire Hospitals NHS Foundation Trust (fictional), so only they can enter its data"),
            format!("row 10: the same measure and period as row 2 ({}, {})", quits.name, next.label()),
            "row 11, column Measure: 2 measures are called “Twin”; use the measure's id instead".to_string(),
        ]
    );
    let outcomes: Vec<(usize, ActualsRowOutcome)> =
        import.rows.iter().map(|r| (r.row, r.outcome)).collect();
    assert_eq!(
        outcomes,
        [
            (2, ActualsRowOutcome::New),
            (3, ActualsRowOutcome::Unchanged),
            (
                4,
                ActualsRowOutcome::Correction {
                    previous: previous.value
                }
            ),
        ]
    );
    assert_eq!(import.rows[0].value, 1234.0);
    assert_eq!(
        (
            import.new_values(),
            import.corrections(),
            import.unchanged()
        ),
        (1, 1, 1)
    );

    let before = ws.clone();
    let applied = apply_actuals(&mut ws, &import, "Mark Doyle", later()).unwrap();
    assert_eq!(applied.entered, 2);
    let m = ws.measure(quits.id).unwrap();
    assert_eq!(m.actual_for(&next).unwrap().value, 1234.0);
    let corrected = m.actual_for(&previous.period).unwrap();
    assert_eq!(corrected.value, 999.0);
    assert_eq!(corrected.history.last().unwrap().value, previous.value);
    assert_eq!(applied.undo.restore(), before);

    // The preview is for the workspace as it was: after the change it is refused.
    assert_eq!(
        apply_actuals(&mut ws, &import, "Mark Doyle", later()).unwrap_err(),
        ApplyError::Stale
    );
}

#[test]
fn months_can_be_written_the_ways_spreadsheets_write_them() {
    let ws = demo::partnership(now());
    let quits = smoking(&ws);
    let april = Period::new(
        Frequency::Monthly,
        chrono::NaiveDate::from_ymd_opt(2026, 4, 1).unwrap(),
    )
    .unwrap();
    for text in [
        "2026-04",
        "Apr 2026",
        "April 2026",
        "apr-26",
        "2026-04-01",
        "15/04/2026",
        "04/2026",
    ] {
        let csv = format!("measure,period,value\n{},{text},£12%\n", quits.name);
        let import = parse_actuals_csv(&ws, csv.as_bytes()).unwrap();
        assert!(import.errors.is_empty(), "{text}: {:?}", import.errors);
        assert_eq!(import.rows[0].period, april, "{text}");
        assert_eq!(import.rows[0].value, 12.0);
    }
}

#[test]
fn a_file_that_is_not_a_table_of_actuals_says_why() {
    let ws = demo::partnership(now());
    assert_eq!(
        parse_actuals_csv(&ws, b"").unwrap_err(),
        CsvFileError::Empty
    );
    assert_eq!(
        parse_actuals_csv(&ws, b"measure,period,value\n").unwrap_err(),
        CsvFileError::Empty
    );
    assert_eq!(
        parse_actuals_csv(&ws, &[0xff, 0xfe, 0x41]).unwrap_err(),
        CsvFileError::NotText
    );
    assert_eq!(
        parse_actuals_csv(&ws, b"measure,month,amount\nx,Apr 2026,1\n")
            .unwrap_err()
            .to_string(),
        "The file has no “value” column. The first row must name the columns: measure (or measure_id), period, value and, if you like, note. It has: measure, month, amount."
    );
}
