//! The board report's figures: a small partnership built by hand (every count worked out in the
//! comments), the demo, and the reference whole-ICS dataset timed.

use chrono::{NaiveDate, TimeZone, Utc};
use scorecard_core::analysis::{
    AssuranceIcon, Frequency, MeasureKind, Period, PeriodValue, Polarity, Rag, RagStatus,
    Tolerance, Trajectory, VariationIcon,
};
use scorecard_core::exchange::{ExchangeLedger, PartnerExchange, ReceivedFile};
use scorecard_core::model::{
    ActionStatus, Actual, DevelopmentNeed, DevelopmentStatus, ExitInterview, ExitReason,
    IndividualReviewKind, MeasureSnapshot, Recognised, Recognition, Review, ReviewAction,
    ReviewSubject, SelfAssessment,
};
use scorecard_core::report::{
    board_report, BoardReport, ExceptionReason, Quarter, QuarterKeyError, ReportScope,
};
use scorecard_core::{
    Goal, GoalLevel, Id, Measure, OrgKind, Organisation, Person, Perspective, Stamps, Team,
    Timestamp, Workspace,
};

// ---------------------------------------------------------------- quarters

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn quarters_follow_the_nhs_financial_year() {
    let q1 = Quarter::new(2025, 1).unwrap();
    assert_eq!((q1.start(), q1.end()), (day(2025, 4, 1), day(2025, 6, 30)));
    assert_eq!(q1.label(), "Q1 2025/26");
    assert_eq!(q1.label_in_words(), "Q1 2025/26, April to June 2025");
    assert_eq!((q1.financial_year(), q1.number()), (2025, 1));
    assert_eq!(q1.period().frequency(), Frequency::Quarterly);
    assert_eq!(q1.financial_year_label(), "2025/26");

    let q4 = Quarter::new(2025, 4).unwrap();
    assert_eq!((q4.start(), q4.end()), (day(2026, 1, 1), day(2026, 3, 31)));
    assert_eq!(q4.label_in_words(), "Q4 2025/26, January to March 2026");
    assert_eq!(q4.number(), 4);
    assert_eq!(
        Quarter::new(2025, 3).unwrap().label_in_words(),
        "Q3 2025/26, October to December 2025"
    );
    assert_eq!(Quarter::new(2025, 0), None);
    assert_eq!(Quarter::new(2025, 5), None);

    // Previous and next cross the financial year.
    assert_eq!(q1.previous(), Quarter::new(2024, 4));
    assert_eq!(q4.next(), Quarter::new(2026, 1));
    assert_eq!(Quarter::containing(day(2026, 2, 14)), q4);
    assert!(q4.contains(day(2026, 3, 31)) && !q4.contains(day(2026, 4, 1)));

    // The latest complete quarter: the one before today's, even on a quarter's last day.
    assert_eq!(
        Quarter::latest_complete(day(2025, 6, 30)),
        Quarter::new(2024, 4)
    );
    assert_eq!(Quarter::latest_complete(day(2025, 7, 1)), Some(q1));
    assert_eq!(
        Quarter::latest_complete(day(2026, 11, 26)),
        Quarter::new(2026, 2)
    );
}

#[test]
fn quarter_keys_round_trip_in_an_address() {
    for year in [1999, 2025, 2099] {
        for number in 1..=4 {
            let q = Quarter::new(year, number).unwrap();
            assert_eq!(q.key().parse::<Quarter>(), Ok(q), "{}", q.key());
        }
    }
    assert_eq!(Quarter::new(2025, 1).unwrap().key(), "2025-26-q1");
    assert_eq!(Quarter::new(1999, 4).unwrap().key(), "1999-00-q4");
    assert_eq!("2025-26-Q2".parse(), Ok(Quarter::new(2025, 2).unwrap()));
    for bad in [
        "",
        "2025-26",
        "2025-26-q5",
        "2025-26-q0",
        "25-26-q1",
        "2025-26-1",
        "2025/26-q1",
    ] {
        assert_eq!(
            bad.parse::<Quarter>(),
            Err(QuarterKeyError::Malformed(bad.to_string())),
            "{bad}"
        );
    }
    assert_eq!(
        "2025-27-q1".parse::<Quarter>(),
        Err(QuarterKeyError::NotConsecutive("2025-27-q1".into()))
    );
}

// ---------------------------------------------------------------- a hand-built partnership

fn at(y: i32, m: u32, d: u32) -> Timestamp {
    Utc.with_ymd_and_hms(y, m, d, 9, 0, 0).unwrap()
}

fn stamps() -> Stamps {
    Stamps::new(at(2026, 3, 1))
}

fn month(y: i32, m: u32) -> Period {
    Period::month_of(day(y, m, 1))
}

/// Report day: 26 November 2026. The latest complete quarter is Q2 2026/27 (July to
/// September 2026); the one before is Q1 (April to June).
fn today() -> NaiveDate {
    day(2026, 11, 26)
}

fn q2() -> Quarter {
    Quarter::new(2026, 2).unwrap()
}

/// Monthly actuals from `first`, one per value, entered on `entered`.
fn actuals(first: Period, values: &[f64], entered: Timestamp) -> Vec<Actual> {
    values
        .iter()
        .enumerate()
        .map(|(i, v)| Actual {
            period: first.offset(i as i64).unwrap(),
            value: *v,
            note: String::new(),
            entered_at: entered,
            entered_by: "Data team".into(),
            history: Vec::new(),
        })
        .collect()
}

fn trajectory(kind: MeasureKind, first: Period, values: &[f64]) -> Trajectory {
    Trajectory::from_profile(kind, first, values).unwrap()
}

struct Fixture {
    ws: Workspace,
    trust: Id,
    council: Id,
    agency: Id,
    ae: Id,
    fft: Id,
    theatres: Id,
    quits: Id,
    survey: Id,
    names: Vec<String>,
}

fn person(
    ws: &mut Workspace,
    names: &mut Vec<String>,
    org: Id,
    team: Option<Id>,
    name: &str,
) -> Id {
    let id = Id::new_v4();
    ws.people.upsert(Person {
        id,
        name: name.into(),
        job_title: "Nurse".into(),
        job_description: String::new(),
        organisation_id: org,
        team_id: team,
        line_manager_id: None,
        appointment: Default::default(),
        stamps: stamps(),
    });
    names.push(name.into());
    id
}

fn goal(
    ws: &mut Workspace,
    org: Id,
    level: GoalLevel,
    perspective: Perspective,
    title: &str,
) -> Id {
    let id = Id::new_v4();
    ws.goals.upsert(Goal {
        id,
        title: title.into(),
        description: String::new(),
        level,
        perspective,
        owner_id: None,
        team_id: None,
        organisation_id: org,
        shared_with: Vec::new(),
        parent_id: None,
        supports: Vec::new(),
        start_date: None,
        due_date: None,
        stamps: stamps(),
    });
    id
}

fn measure(ws: &mut Workspace, goal: Id, name: &str, polarity: Polarity, kind: MeasureKind) -> Id {
    let id = Id::new_v4();
    let mut m = Measure::new(
        id,
        goal,
        name,
        Frequency::Monthly,
        polarity,
        kind,
        at(2026, 3, 1),
    );
    m.unit = "%".into();
    ws.measures.upsert(m);
    id
}

fn review(org: Id, subject: ReviewSubject, date: NaiveDate, next: Option<NaiveDate>) -> Review {
    Review {
        id: Id::new_v4(),
        subject,
        organisation_id: org,
        date,
        participants: Vec::new(),
        goals: Vec::new(),
        measures: Vec::new(),
        notes: String::new(),
        ratings: Vec::new(),
        actions: Vec::new(),
        next_review: next,
        stamps: stamps(),
    }
}

fn action(
    text: &str,
    owner: Option<Id>,
    due: NaiveDate,
    status: ActionStatus,
    closed: Option<Timestamp>,
) -> ReviewAction {
    ReviewAction {
        id: Id::new_v4(),
        description: text.into(),
        owner_id: owner,
        due: Some(due),
        status,
        closed_at: closed,
    }
}

/// A trust and a council. Strategic goals: Financial (trust), Customer (trust), Internal
/// business process (council, shared with the trust); none in Learning and growth. A team goal
/// with no parent, and an individual goal under it, are not aligned.
fn fixture() -> Fixture {
    let mut ws = Workspace::empty("Test partnership");
    let mut names = Vec::new();
    let trust = Id::new_v4();
    let council = Id::new_v4();
    for (id, name, short, kind) in [
        (trust, "Northshire Trust", "NT", OrgKind::NhsTrust),
        (council, "Northshire Council", "NC", OrgKind::LocalAuthority),
    ] {
        ws.organisations.upsert(Organisation {
            id,
            name: name.into(),
            short_name: short.into(),
            kind,
            stamps: stamps(),
        });
    }
    let ed = Id::new_v4();
    let small = Id::new_v4();
    for (id, name) in [(ed, "Emergency department"), (small, "Small team")] {
        ws.teams.upsert(Team {
            id,
            name: name.into(),
            description: String::new(),
            organisation_id: trust,
            stamps: stamps(),
        });
    }
    // Six in the emergency department, two in the small team, one at the council: 9 people.
    let staff: Vec<Id> = [
        "Alice Adams",
        "Ben Brown",
        "Cara Clark",
        "Dan Davies",
        "Eve Evans",
        "Finn Ford",
    ]
    .iter()
    .map(|n| person(&mut ws, &mut names, trust, Some(ed), n))
    .collect();
    let small_staff: Vec<Id> = ["Gail Green", "Hal Hughes"]
        .iter()
        .map(|n| person(&mut ws, &mut names, trust, Some(small), n))
        .collect();
    let council_officer = person(&mut ws, &mut names, council, None, "Ivy Irwin");

    let g_fin = goal(
        &mut ws,
        trust,
        GoalLevel::Strategic,
        Perspective::Financial,
        "Spend public money well",
    );
    let g_pat = goal(
        &mut ws,
        trust,
        GoalLevel::Strategic,
        Perspective::Customer,
        "Timely emergency care",
    );
    ws.goals.get_mut(g_pat).unwrap().owner_id = Some(staff[0]);
    let g_smoke = goal(
        &mut ws,
        council,
        GoalLevel::Strategic,
        Perspective::InternalProcess,
        "Help people stop smoking",
    );
    ws.goals.get_mut(g_smoke).unwrap().shared_with = vec![trust];
    let loose = goal(
        &mut ws,
        trust,
        GoalLevel::Team,
        Perspective::Customer,
        "Reduce waits in the department",
    );
    let under = goal(
        &mut ws,
        trust,
        GoalLevel::Individual,
        Perspective::Customer,
        "Lead the triage audit",
    );
    ws.goals.get_mut(under).unwrap().parent_id = Some(loose);

    let apr = month(2026, 4);
    let entered = at(2026, 10, 20);

    // Agency spend (lower is better), planned 5% every month, tolerance 0.5.
    // Q1 end: June 4.9 ≤ 5 → on track. Q2 end: September 6.0 > 5.5 → off track.
    // October's 4.5 comes after the quarter and must not count. 6 points: no icons.
    let agency = measure(
        &mut ws,
        g_fin,
        "Agency spend",
        Polarity::LowerIsBetter,
        MeasureKind::Point,
    );
    {
        let m = ws.measures.get_mut(agency).unwrap();
        m.tolerance = Tolerance::Absolute(0.5);
        m.trajectory = Some(trajectory(MeasureKind::Point, apr, &[5.0; 12]));
        m.actuals = actuals(apr, &[4.8, 4.9, 4.9, 5.2, 5.8, 6.0, 4.5], entered);
    }

    // A&E (higher is better): 24 months from October 2024 alternating 70 and 72, then 60 in
    // September 2026. Planned 70 to September, target 78 in March 2027, tolerance 1.
    // Mean (12 × 70 + 11 × 72 + 60) / 24 = 70.5; ranges: 22 of 2 and one of 10, MR̄ 54/23;
    // screening drops the 10 (≥ 3.267 × 2.348 = 7.67), MR̄ 2: limits 65.18 to 75.82.
    // September's 60 is below the lower limit: special cause concern, low. The target 78 is
    // above the upper limit: consistently fail. Q1 end: June 2026 (point 21) is 70 → on track.
    let ae = measure(
        &mut ws,
        g_pat,
        "A&E within 4 hours",
        Polarity::HigherIsBetter,
        MeasureKind::Point,
    );
    {
        let m = ws.measures.get_mut(ae).unwrap();
        m.tolerance = Tolerance::Absolute(1.0);
        m.target = Some(PeriodValue::new(month(2027, 3), 78.0));
        m.trajectory = Some(trajectory(
            MeasureKind::Point,
            apr,
            &[
                70.0, 70.0, 70.0, 70.0, 70.0, 70.0, 72.0, 74.0, 75.0, 76.0, 77.0, 78.0,
            ],
        ));
        let mut values: Vec<f64> = (0..23)
            .map(|i| if i % 2 == 0 { 70.0 } else { 72.0 })
            .collect();
        values.push(60.0);
        values.push(71.0); // October 2026: after the quarter.
        m.actuals = actuals(month(2024, 10), &values, entered);
        let assess = |period: Period, rag: Rag, narrative: &str| SelfAssessment {
            period,
            rag,
            confidence: 4,
            narrative: narrative.into(),
            assessed_by: "Alice Adams".into(),
            assessed_at: entered,
        };
        m.self_assessments = vec![
            assess(month(2026, 9), Rag::Green, "Winter plan in place"),
            assess(month(2026, 10), Rag::Amber, "After the quarter"),
        ];
    }

    // Friends and family test: planned from April, never reported → data overdue both times.
    let fft = measure(
        &mut ws,
        g_pat,
        "Friends and family test",
        Polarity::HigherIsBetter,
        MeasureKind::Point,
    );
    ws.measures.get_mut(fft).unwrap().trajectory =
        Some(trajectory(MeasureKind::Point, apr, &[90.0; 12]));
    // Theatre utilisation: planned from April 2027 → not yet due both times.
    let theatres = measure(
        &mut ws,
        g_pat,
        "Theatre utilisation",
        Polarity::HigherIsBetter,
        MeasureKind::Point,
    );
    ws.measures.get_mut(theatres).unwrap().trajectory =
        Some(trajectory(MeasureKind::Point, month(2027, 4), &[85.0; 12]));

    // Quits (cumulative), planned 50 a month, tolerance 10%. Q1 end: June 140 against 150
    // (amber: within 15). Q2 end: September 310 against 300 → on track.
    let quits = measure(
        &mut ws,
        g_smoke,
        "Four-week quits",
        Polarity::HigherIsBetter,
        MeasureKind::Cumulative,
    );
    {
        let m = ws.measures.get_mut(quits).unwrap();
        m.unit = "quits".into();
        m.tolerance = Tolerance::PercentOfPlanned(10.0);
        let plan: Vec<f64> = (1..=12).map(|i| 50.0 * i as f64).collect();
        m.trajectory = Some(trajectory(MeasureKind::Cumulative, apr, &plan));
        m.actuals = actuals(
            apr,
            &[40.0, 90.0, 140.0, 200.0, 260.0, 310.0],
            at(2026, 10, 3),
        );
    }
    // Staff survey: planned from September, no data. Q1 end: not yet due; Q2 end: no data yet
    // (September's figure is not due until the end of October).
    let survey = measure(
        &mut ws,
        g_smoke,
        "Smokers' survey",
        Polarity::HigherIsBetter,
        MeasureKind::Point,
    );
    ws.measures.get_mut(survey).unwrap().trajectory =
        Some(trajectory(MeasureKind::Point, month(2026, 9), &[60.0; 7]));

    // ---- reviews
    // A strategic review in the quarter on the A&E goal, with three actions; a later one and a
    // one-to-one on the same goal must not count.
    let mut board = review(
        trust,
        ReviewSubject::Strategic {
            organisation_id: trust,
        },
        day(2026, 9, 15),
        None,
    );
    board.goals = vec![g_pat];
    board.actions = vec![
        action(
            "Open the escalation ward",
            Some(staff[1]),
            day(2026, 10, 31),
            ActionStatus::Open,
            None,
        ),
        action(
            "Add a triage nurse",
            Some(staff[2]),
            day(2026, 8, 1),
            ActionStatus::Done,
            Some(at(2026, 8, 1)),
        ),
        action(
            "Review rotas",
            None,
            day(2026, 9, 20),
            ActionStatus::Done,
            Some(at(2026, 10, 20)),
        ),
    ];
    ws.reviews.upsert(board);
    let mut later = review(
        trust,
        ReviewSubject::Strategic {
            organisation_id: trust,
        },
        day(2026, 10, 10),
        None,
    );
    later.goals = vec![g_pat];
    later.actions = vec![action(
        "After the quarter",
        None,
        day(2026, 12, 1),
        ActionStatus::Open,
        None,
    )];
    ws.reviews.upsert(later);
    // A team review that discussed agency spend (by its snapshot), with an overdue action.
    // It is also the emergency department's second team review: due 10 July, held 8 July.
    let mut team_review = review(
        trust,
        ReviewSubject::Team { team_id: ed },
        day(2026, 7, 8),
        None,
    );
    team_review.measures = vec![MeasureSnapshot {
        measure_id: agency,
        name: "Agency spend".into(),
        status: "On track".into(),
        latest: "4.9% in Jun 2026".into(),
    }];
    team_review.actions = vec![action(
        "Cut agency shifts",
        Some(staff[3]),
        day(2026, 9, 1),
        ActionStatus::Open,
        None,
    )];
    ws.reviews.upsert(team_review);
    ws.reviews.upsert(review(
        trust,
        ReviewSubject::Team { team_id: ed },
        day(2026, 4, 10),
        Some(day(2026, 7, 10)),
    ));

    // One-to-ones. Staff 0–3 had one on 1 June agreeing the next by 1 July. In the quarter:
    // 0 on 1 July (on time), 1 on 15 July (late), 2 on 1 July (on time), 3 on 1 August (late),
    // 4 on 10 August (first ever: on time). With the team review: 6 held, 4 on time.
    let one_to_one = |p: Id| ReviewSubject::Individual {
        person_id: p,
        kind: IndividualReviewKind::OneToOne,
    };
    for p in &staff[..4] {
        ws.reviews.upsert(review(
            trust,
            one_to_one(*p),
            day(2026, 6, 1),
            Some(day(2026, 7, 1)),
        ));
    }
    for (p, date) in [
        (0, day(2026, 7, 1)),
        (1, day(2026, 7, 15)),
        (2, day(2026, 7, 1)),
        (3, day(2026, 8, 1)),
        (4, day(2026, 8, 10)),
    ] {
        let mut r = review(trust, one_to_one(staff[p]), date, None);
        if p == 0 {
            // A personal review discussing the A&E goal: its action stays out of the report.
            r.goals = vec![g_pat];
            r.actions = vec![action(
                "Personal objective",
                Some(staff[0]),
                day(2026, 9, 30),
                ActionStatus::Open,
                None,
            )];
        }
        ws.reviews.upsert(r);
    }
    // The small team: one review in the quarter.
    ws.reviews.upsert(review(
        trust,
        one_to_one(small_staff[0]),
        day(2026, 9, 1),
        None,
    ));

    // ---- development plans: staff 0–4 by the quarter's end; staff 5 only after it.
    for (i, p) in staff.iter().enumerate() {
        let created = if i < 5 {
            at(2026, 5, 1)
        } else {
            at(2026, 10, 15)
        };
        ws.development.upsert(DevelopmentNeed {
            id: Id::new_v4(),
            person_id: *p,
            need: "Lead a quality improvement project".into(),
            goal_id: None,
            planned_learning: String::new(),
            status: DevelopmentStatus::InProgress,
            evidence: String::new(),
            due: None,
            stamps: Stamps::new(created),
        });
    }

    // ---- recognition: five "Employee of the month" and one team award in the quarter; one in
    // the quarter before.
    let recognise = |who: Recognised, award: &str, date: NaiveDate| Recognition {
        id: Id::new_v4(),
        recognised: who,
        award: award.into(),
        goal_id: None,
        date,
        citation: String::new(),
        stamps: stamps(),
    };
    for (i, p) in staff[..5].iter().enumerate() {
        ws.recognitions.upsert(recognise(
            Recognised::Person { person_id: *p },
            "Employee of the month",
            day(2026, 7 + (i as u32 % 3), 15),
        ));
    }
    ws.recognitions.upsert(recognise(
        Recognised::Team { team_id: ed },
        "Team of the quarter",
        day(2026, 9, 30),
    ));
    ws.recognitions.upsert(recognise(
        Recognised::Person {
            person_id: staff[5],
        },
        "Employee of the month",
        day(2026, 6, 15),
    ));

    // ---- exit interviews: five at the trust in the quarter (relocation each time, work-life
    // balance twice), one at the council in the quarter before.
    for i in 0..5 {
        let mut reasons = vec![ExitReason::Relocation];
        if i < 2 {
            reasons.push(ExitReason::WorkLifeBalance);
        }
        let name = format!("Leaver Number{i}");
        names.push(name.clone());
        ws.exit_interviews.upsert(ExitInterview {
            id: Id::new_v4(),
            organisation_id: trust,
            leaver_name: name,
            job_title: "Staff nurse".into(),
            date: day(2026, 8, 1 + i),
            reasons,
            themes: String::new(),
            stamps: stamps(),
        });
    }
    ws.exit_interviews.upsert(ExitInterview {
        id: Id::new_v4(),
        organisation_id: council,
        leaver_name: "Leaver Council".into(),
        job_title: String::new(),
        date: day(2026, 5, 1),
        reasons: vec![ExitReason::Pay],
        themes: String::new(),
        stamps: stamps(),
    });
    names.push("Leaver Council".into());
    let _ = council_officer;

    // The council's file last arrived on 5 October 2026.
    ws.exchange = ExchangeLedger {
        partners: vec![PartnerExchange {
            organisation_id: council,
            last_file: Some(ReceivedFile {
                digest: "0".repeat(64),
                exported_at: at(2026, 10, 4),
                imported_at: at(2026, 10, 5),
            }),
            records: Vec::new(),
        }],
    };

    Fixture {
        ws,
        trust,
        council,
        agency,
        ae,
        fft,
        theatres,
        quits,
        survey,
        names,
    }
}

fn report(f: &Fixture, scope: ReportScope) -> BoardReport {
    board_report(&f.ws, scope, q2(), today())
}

fn ids(measures: &[scorecard_core::report::MeasureRef]) -> Vec<Id> {
    measures.iter().map(|m| m.measure_id).collect()
}

#[test]
fn cover_says_whom_which_quarter_and_how_fresh() {
    let f = fixture();
    let r = report(&f, ReportScope::Partnership);
    let c = &r.cover;
    assert_eq!(c.title, "Integrated performance report: Test partnership");
    assert_eq!(
        c.organisations,
        vec!["Northshire Trust", "Northshire Council"]
    );
    assert_eq!(c.period, "Q2 2026/27, July to September 2026");
    // The latest data by the quarter's end is September's (October's is left out).
    assert_eq!(c.data_as_at, Some(day(2026, 9, 30)));
    assert_eq!(c.data_as_at_text, "30 September 2026");
    assert_eq!(c.prepared_text, "26 November 2026");
    assert_eq!(r.as_at, day(2026, 9, 30));

    let council = report(&f, ReportScope::Organisation(f.council));
    assert_eq!(
        council.cover.title,
        "Integrated performance report: Northshire Council"
    );
    assert_eq!(council.cover.organisations, vec!["Northshire Council"]);
}

#[test]
fn measures_are_counted_by_perspective_and_status_as_at_the_quarter_end() {
    let f = fixture();
    let s = report(&f, ReportScope::Partnership).summary;
    let at = |p: Perspective| {
        s.by_perspective
            .iter()
            .find(|c| c.perspective == p)
            .unwrap()
            .tally
    };
    assert_eq!(
        s.by_perspective
            .iter()
            .map(|c| c.perspective)
            .collect::<Vec<_>>(),
        Perspective::ALL.to_vec()
    );
    // Financial: agency spend off track (September, not October's on-track figure).
    assert_eq!(at(Perspective::Financial).off_track, 1);
    assert_eq!(at(Perspective::Financial).total(), 1);
    // Customer: A&E off track, friends and family overdue, theatres not yet due.
    let customer = at(Perspective::Customer);
    assert_eq!(
        (
            customer.off_track,
            customer.data_overdue,
            customer.not_yet_due,
            customer.total()
        ),
        (1, 1, 1, 3)
    );
    // Internal: quits on track, the survey no data yet.
    let internal = at(Perspective::InternalProcess);
    assert_eq!(
        (internal.on_track, internal.no_data_yet, internal.total()),
        (1, 1, 2)
    );
    assert_eq!(at(Perspective::LearningGrowth).total(), 0);
    let t = s.totals;
    assert_eq!(
        (
            t.on_track,
            t.at_risk,
            t.off_track,
            t.no_data_yet,
            t.not_yet_due,
            t.data_overdue
        ),
        (1, 0, 2, 1, 1, 1)
    );
    assert_eq!(t.count(RagStatus::Red), 2);
    assert_eq!(t.total(), 6);
}

#[test]
fn the_icon_grid_places_each_measure_once() {
    let f = fixture();
    let grid = report(&f, ReportScope::Partnership).summary.icon_grid;
    assert_eq!(grid.rows.len(), 7);
    assert!(grid.rows.iter().all(|r| r.cells.len() == 4));
    let cell = grid
        .cell(
            VariationIcon::ConcernLow,
            Some(AssuranceIcon::ConsistentlyFail),
        )
        .unwrap();
    assert_eq!(ids(&cell.measures), vec![f.ae]);
    let placed: usize = grid
        .rows
        .iter()
        .flat_map(|r| &r.cells)
        .map(|c| c.measures.len())
        .sum();
    assert_eq!(placed, 1);
    // Everything else has fewer than 15 points as at September: in report order.
    assert_eq!(
        ids(&grid.not_enough_data),
        vec![f.agency, f.fft, f.theatres, f.quits, f.survey]
    );
}

#[test]
fn alignment_and_balance_are_reported() {
    let f = fixture();
    let s = report(&f, ReportScope::Partnership).summary;
    let unaligned: Vec<(&str, &str)> = s
        .unaligned_goals
        .iter()
        .map(|g| (g.title.as_str(), g.reason))
        .collect();
    assert_eq!(
        unaligned,
        vec![
            (
                "Reduce waits in the department",
                "Not linked to any goal above it"
            ),
            (
                "Lead the triage audit",
                "Sits under a goal that is not aligned"
            ),
        ]
    );
    assert_eq!(
        s.balance_warning.as_deref(),
        Some("The scorecard is unbalanced: there is no strategic goal in Learning and growth.")
    );
    // The council's report has no trust goals, so none of the trust's findings.
    let council = report(&f, ReportScope::Organisation(f.council)).summary;
    assert!(council.unaligned_goals.is_empty());
    assert_eq!(council.balance.iter().filter(|b| !b.is_empty()).count(), 1);
}

#[test]
fn changes_since_last_quarter_give_both_statuses() {
    let f = fixture();
    let s = report(&f, ReportScope::Partnership).summary;
    assert_eq!(s.previous_quarter, Quarter::new(2026, 1));
    let changes: Vec<(Id, RagStatus, RagStatus)> = s
        .changes
        .iter()
        .map(|c| (c.measure_id, c.previous, c.current))
        .collect();
    assert_eq!(
        changes,
        vec![
            (f.agency, RagStatus::Green, RagStatus::Red),
            (f.ae, RagStatus::Green, RagStatus::Red),
            (f.quits, RagStatus::Amber, RagStatus::Green),
            (f.survey, RagStatus::NotYetDue, RagStatus::NoDataYet),
        ]
    );
}

#[test]
fn sections_show_each_strategic_goal_with_its_measures() {
    let f = fixture();
    let r = report(&f, ReportScope::Partnership);
    let titles: Vec<Vec<&str>> = r
        .perspectives
        .iter()
        .map(|s| s.goals.iter().map(|g| g.title.as_str()).collect())
        .collect();
    assert_eq!(
        titles,
        vec![
            vec!["Spend public money well"],
            vec!["Timely emergency care"],
            vec!["Help people stop smoking"],
            vec![],
        ]
    );
    let care = &r.perspectives[1].goals[0];
    assert_eq!(care.owner.as_deref(), Some("Alice Adams"));
    assert_eq!(care.organisation, "NT");
    let ae = &care.measures[0];
    assert_eq!(ae.measure_id, f.ae);
    let latest = ae.latest.as_ref().unwrap();
    assert_eq!((latest.period, latest.value), (month(2026, 9), 60.0));
    assert_eq!(latest.value_text, "60%");
    assert_eq!(
        (latest.planned, latest.planned_text.as_deref()),
        (Some(70.0), Some("70%"))
    );
    assert!(latest.in_quarter);
    assert_eq!(ae.target_text.as_deref(), Some("78% by Mar 2027"));
    assert_eq!(ae.icons.variation(), Some(VariationIcon::ConcernLow));
    assert_eq!(ae.icons.assurance(), Some(AssuranceIcon::ConsistentlyFail));
    // The last 24 values to September 2026, each with its plan where there is one.
    assert_eq!(ae.sparkline.len(), 24);
    assert_eq!(ae.sparkline[0].period, month(2024, 10));
    assert_eq!(ae.sparkline[23].value, 60.0);
    assert_eq!(ae.sparkline[23].planned, Some(70.0));
    assert_eq!(ae.sparkline[0].planned, None);
    // Forecast from September: 60 plus the planned rise to March (78 − 70) = 68.
    let forecast = ae.forecast.as_ref().unwrap();
    assert_eq!((forecast.value, forecast.target), (68.0, 78.0));
    assert_eq!(
        forecast.text,
        "Forecast 68% against 78% for Mar 2027: likely to miss target"
    );
    // The September self-assessment, not October's.
    let sa = ae.self_assessment.as_ref().unwrap();
    assert_eq!((sa.period, sa.rag), (month(2026, 9), Rag::Green));
    assert_eq!(
        sa.disagreement.as_deref(),
        Some("Self-assessed green, data red")
    );

    let agency = &r.perspectives[0].goals[0].measures[0];
    assert_eq!(
        agency.icons.reason().as_deref(),
        Some("Not enough data points for SPC icons: 6 of 15")
    );
    let smoke = &r.perspectives[2].goals[0];
    assert_eq!(smoke.shared_with, vec!["NT"]);
    assert_eq!(
        smoke.measures[0].latest.as_ref().unwrap().value_text,
        "310 quits"
    );
}

#[test]
fn exceptions_carry_narrative_actions_and_forecast() {
    let f = fixture();
    let r = report(&f, ReportScope::Partnership);
    let found: Vec<(Id, Vec<ExceptionReason>)> = r
        .exceptions
        .iter()
        .map(|e| (e.measure.measure_id, e.reasons.clone()))
        .collect();
    assert_eq!(
        found,
        vec![
            (f.agency, vec![ExceptionReason::OffTrack]),
            (
                f.ae,
                vec![
                    ExceptionReason::OffTrack,
                    ExceptionReason::SpecialCauseConcern
                ]
            ),
        ]
    );

    let agency = &r.exceptions[0];
    assert_eq!(agency.goal_title, "Spend public money well");
    assert_eq!(agency.narrative, None);
    let cut: Vec<(&str, Option<&str>, bool)> = agency
        .actions
        .iter()
        .map(|a| (a.description.as_str(), a.owner.as_deref(), a.overdue))
        .collect();
    assert_eq!(cut, vec![("Cut agency shifts", Some("Dan Davies"), true)]);

    let ae = &r.exceptions[1];
    assert_eq!(ae.narrative.as_deref(), Some("Winter plan in place"));
    assert!(ae.measure.forecast.is_some());
    // Open first, soonest due first; "Review rotas" was closed only after the quarter, so it
    // was still open then. The one-to-one's action and the later review's are left out.
    let actions: Vec<(&str, ActionStatus, Option<&str>)> = ae
        .actions
        .iter()
        .map(|a| (a.description.as_str(), a.status, a.due_text.as_deref()))
        .collect();
    assert_eq!(
        actions,
        vec![
            (
                "Review rotas",
                ActionStatus::Open,
                Some("20 September 2026")
            ),
            (
                "Open the escalation ward",
                ActionStatus::Open,
                Some("31 October 2026")
            ),
            (
                "Add a triage nurse",
                ActionStatus::Done,
                Some("1 August 2026")
            ),
        ]
    );
    assert_eq!(ae.actions[1].owner.as_deref(), Some("Ben Brown"));
    assert!(
        ae.actions[0].overdue,
        "due 20 September, open on 30 September"
    );
    assert!(!ae.actions[1].overdue);

    // The charts stop at September: October's 71 came after the quarter.
    let charts = &ae.charts;
    let spc = charts.spc.as_ref().unwrap();
    assert_eq!(spc.chart.points.len(), 24);
    assert_eq!(spc.labels.last().map(String::as_str), Some("Sep 2026"));
    assert_eq!(charts.spc_title, "SPC chart: A&E within 4 hours");
    assert_eq!((charts.target, charts.spc_target), (Some(78.0), Some(78.0)));
    // October 2024 to March 2027 is 30 periods; the latest 24 are shown, the plan's to March.
    let t = &charts.trajectory;
    assert_eq!(t.labels.first().map(String::as_str), Some("Apr 2025"));
    assert_eq!(t.labels.last().map(String::as_str), Some("Mar 2027"));
    let october = t.labels.iter().position(|l| l == "Oct 2026").unwrap();
    assert_eq!(
        (t.actual[october - 1], t.actual[october]),
        (Some(60.0), None)
    );
    assert_eq!(t.planned[october], Some(72.0));
    assert_eq!(
        t.note.as_deref(),
        Some("The chart shows the latest 24 of 30 periods.")
    );
    // Six points: a chart, but no icons.
    assert_eq!(agency.charts.spc.as_ref().unwrap().chart.points.len(), 6);
}

#[test]
fn partnership_shows_shared_goals_owners_and_data_arrival() {
    let f = fixture();
    let p = report(&f, ReportScope::Partnership).partnership;
    let shared: Vec<(&str, &str, Vec<String>)> = p
        .shared_goals
        .iter()
        .map(|g| (g.title.as_str(), g.owner.as_str(), g.shared_with.clone()))
        .collect();
    assert_eq!(
        shared,
        vec![("Help people stop smoking", "NC", vec!["NT".to_string()])]
    );
    let orgs: Vec<(&str, Vec<Id>)> = p
        .organisations
        .iter()
        .map(|o| (o.name.as_str(), ids(&o.measures)))
        .collect();
    assert_eq!(
        orgs,
        vec![
            ("NT", vec![f.agency, f.ae, f.fft, f.theatres]),
            ("NC", vec![f.quits, f.survey]),
        ]
    );
    assert_eq!(
        p.organisations[0].last_entered_text.as_deref(),
        Some("20 October 2026")
    );
    assert_eq!(p.organisations[0].last_received, None);
    assert_eq!(
        p.organisations[1].last_entered_text.as_deref(),
        Some("3 October 2026")
    );
    assert_eq!(
        p.organisations[1].last_received_text.as_deref(),
        Some("5 October 2026")
    );

    // For the trust alone, the council's goal is shared with it and owned elsewhere.
    let trust = report(&f, ReportScope::Organisation(f.trust));
    assert_eq!(trust.partnership.shared_goals.len(), 1);
    assert_eq!(
        trust.summary.totals.total(),
        6,
        "the shared goal's measures count"
    );
}

#[test]
fn people_figures_are_aggregates_without_names() {
    let f = fixture();
    let r = report(&f, ReportScope::Partnership);
    let p = &r.people;
    assert_eq!(p.people.count, Some(9));
    let ed = p
        .reviews_by_team
        .iter()
        .find(|t| t.team == "Emergency department")
        .unwrap();
    assert_eq!((ed.held.count, ed.on_time.count), (Some(6), None));
    assert_eq!(ed.on_time.text, "fewer than 5");
    assert_eq!(ed.on_time_share.percent, None, "hidden with its count");
    let small = p
        .reviews_by_team
        .iter()
        .find(|t| t.team == "Small team")
        .unwrap();
    assert_eq!(
        (small.held.count, small.held.text.as_str()),
        (None, "fewer than 5")
    );

    // Five of nine people had a plan by 30 September: 56%.
    assert_eq!(p.development_plans.count, Some(5));
    assert_eq!(p.development_share.text, "56%");
    assert_eq!(p.recognitions.count, Some(6));
    let awards: Vec<(&str, &str)> = p
        .recognitions_by_award
        .iter()
        .map(|a| (a.award.as_str(), a.count.text.as_str()))
        .collect();
    assert_eq!(
        awards,
        vec![
            ("Employee of the month", "5"),
            ("Team of the quarter", "fewer than 5")
        ]
    );
    assert_eq!(p.exit_interviews.count, Some(5));
    let reasons: Vec<(ExitReason, &str)> = p
        .exit_reasons
        .iter()
        .map(|r| (r.reason, r.count.text.as_str()))
        .collect();
    assert_eq!(
        reasons,
        vec![
            (ExitReason::Relocation, "5"),
            (ExitReason::WorkLifeBalance, "fewer than 5")
        ]
    );

    // No one's name anywhere in the people section.
    let text = format!("{p:?}");
    for name in &f.names {
        assert!(!text.contains(name.as_str()), "{name} in {text}");
    }

    // The council alone: one person, no reviews, no exits this quarter.
    let council = report(&f, ReportScope::Organisation(f.council)).people;
    assert_eq!(council.people.text, "fewer than 5");
    assert!(council.reviews_by_team.is_empty());
    assert_eq!(council.exit_interviews.count, Some(0));
}

#[test]
fn on_time_reviews_are_counted_once_there_are_enough() {
    // Hand count from the fixture: team review 8 July (due 10 July) on time; one-to-ones on
    // 1 July (due 1 July) twice on time, 15 July and 1 August late, 10 August first → 4 of 6.
    // Shown once a count reaches 5: one more on-time review in the quarter makes it 5 of 7.
    let mut f = fixture();
    let ed =
        f.ws.teams
            .iter()
            .find(|t| t.name == "Emergency department")
            .unwrap()
            .id;
    let finn =
        f.ws.people
            .iter()
            .find(|p| p.name == "Finn Ford")
            .unwrap()
            .id;
    f.ws.reviews.upsert(review(
        f.trust,
        ReviewSubject::Individual {
            person_id: finn,
            kind: IndividualReviewKind::Appraisal,
        },
        day(2026, 9, 1),
        None,
    ));
    let r = report(&f, ReportScope::Partnership);
    let row = r
        .people
        .reviews_by_team
        .iter()
        .find(|t| t.team_id == ed)
        .unwrap();
    assert_eq!((row.held.count, row.on_time.count), (Some(7), Some(5)));
    assert_eq!(row.on_time_share.text, "71%");
}

// ---------------------------------------------------------------- the demo

#[test]
fn the_demo_latest_complete_quarter_has_every_perspective_and_every_exception() {
    let now = at(2026, 11, 26);
    let ws = scorecard_core::demo::partnership(now);
    let quarter = Quarter::latest_complete(now.date_naive()).unwrap();
    let r = board_report(&ws, ReportScope::Partnership, quarter, now.date_naive());
    assert_eq!(r.perspectives.len(), 4);
    for section in &r.perspectives {
        assert!(!section.goals.is_empty(), "{} has goals", section.label);
        assert!(
            section.goals.iter().any(|g| !g.measures.is_empty()),
            "{} has measures",
            section.label
        );
    }
    let rows: Vec<_> = r
        .perspectives
        .iter()
        .flat_map(|s| &s.goals)
        .flat_map(|g| &g.measures)
        .collect();
    assert_eq!(
        rows.len(),
        ws.measures.len(),
        "the demo's measures are all strategic"
    );
    let off_track: Vec<Id> = rows
        .iter()
        .filter(|m| m.status == RagStatus::Red)
        .map(|m| m.measure_id)
        .collect();
    assert!(!off_track.is_empty());
    for id in &off_track {
        assert!(
            r.exceptions.iter().any(|e| e.measure.measure_id == *id),
            "an exception for {id}"
        );
    }
    assert_eq!(r.summary.totals.total(), rows.len());
    assert_eq!(r.summary.totals.off_track, off_track.len());
    assert!(
        r.exceptions.iter().any(|e| !e.actions.is_empty()),
        "recovery actions"
    );
    assert!(r.summary.balance_warning.is_none());
    assert!(r
        .partnership
        .shared_goals
        .iter()
        .any(|g| g.title.contains("smok")));
}

// ---------------------------------------------------------------- the reference dataset

/// A whole integrated care system, timed, and twice one to see the cost grow in proportion. Run
/// with `cargo test -p scorecard-core --release --test board_report -- --ignored --nocapture`.
#[test]
#[ignore = "a whole ICS: run in release"]
fn whole_ics_report_timed() {
    use scorecard_core::reference::{default_now, generate, Size, DEFAULT_SEED};
    let now = default_now();
    let today = now.date_naive();
    let quarter = Quarter::latest_complete(today).unwrap();
    for factor in [1.0, 2.0] {
        let ws = generate(&Size::ics().scaled(factor), DEFAULT_SEED, now);
        let started = std::time::Instant::now();
        let r = board_report(&ws, ReportScope::Partnership, quarter, today);
        let partnership = started.elapsed();
        let org = ws.organisations.iter().next().unwrap().id;
        let started = std::time::Instant::now();
        let one = board_report(&ws, ReportScope::Organisation(org), quarter, today);
        let single = started.elapsed();
        println!(
            "board report, {factor} × ICS ({} measures, {} reviews, {} people): partnership {partnership:?} ({} measures reported), one organisation {single:?} ({} measures)",
            ws.measures.len(),
            ws.reviews.len(),
            ws.people.len(),
            r.summary.totals.total(),
            one.summary.totals.total()
        );
        assert_eq!(r.perspectives.len(), 4);
        assert!(r.summary.totals.total() > 0);
    }
}
