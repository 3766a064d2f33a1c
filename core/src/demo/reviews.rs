//! The demo's reviews and people cycle, dated relative to today: every appraisal held in the last
//! year, team and strategic reviews with actions that reference the measures (one action overdue,
//! one team review due), a development plan and recognition.

use chrono::{Days, Months, NaiveDate};

use super::{id, COUNCIL, ICB, SMOKING_GOAL, TRUST};
use crate::model::{
    ActionStatus, Cadence, DevelopmentNeed, DevelopmentStatus, ExitInterview, ExitReason,
    GoalRating, IndividualReviewKind, Recognised, Recognition, Review, ReviewAction, ReviewSubject,
    Stamps, Timestamp,
};
use crate::workspace::Workspace;

fn months_ago(today: NaiveDate, months: u32, day_offset: u64) -> NaiveDate {
    today
        .checked_sub_months(Months::new(months))
        .and_then(|d| d.checked_sub_days(Days::new(day_offset)))
        .unwrap_or(today)
}

fn action(
    n: u128,
    text: &str,
    owner: u128,
    due: NaiveDate,
    status: ActionStatus,
    now: Timestamp,
) -> ReviewAction {
    ReviewAction {
        id: id(n),
        description: text.into(),
        owner_id: Some(id(owner)),
        due: Some(due),
        status,
        closed_at: (status != ActionStatus::Open).then_some(now),
    }
}

/// Adds the demo's reviews, cadences, development plan, recognition and an exit interview.
pub fn add(ws: &mut Workspace, now: Timestamp) {
    let today = now.date_naive();
    let stamps = Stamps::new(now);
    let mut reviews = Vec::new();

    // Appraisals: everyone had one in the last year, spread over the months.
    for (i, person) in ws.people.iter().enumerate() {
        reviews.push(Review {
            id: id(0x700 + i as u128),
            subject: ReviewSubject::Individual { person_id: person.id, kind: IndividualReviewKind::Appraisal },
            organisation_id: person.organisation_id,
            date: months_ago(today, 2 + (i as u32 % 9), i as u64),
            participants: [Some(person.id), person.line_manager_id].into_iter().flatten().collect(),
            goals: ws.goals.iter().filter(|g| g.owner_id == Some(person.id)).map(|g| g.id).collect(),
            measures: vec![],
            notes: "Objectives for the year agreed and linked to the team's goals; development needs recorded in the PDP.".into(),
            ratings: ws
                .goals
                .iter()
                .filter(|g| g.owner_id == Some(person.id))
                .take(2)
                .map(|g| GoalRating { goal_id: g.id, self_rating: Some(4), manager_rating: Some(3 + (i as u8 % 2)) })
                .collect(),
            actions: vec![],
            next_review: None,
            stamps,
        });
    }

    // The trust's quarterly board performance review, last month, with actions on the measures.
    let ae_goal = id(0x301);
    let fds_goal = id(0x304);
    let strategic = Review {
        id: id(0x780),
        subject: ReviewSubject::Strategic { organisation_id: TRUST },
        organisation_id: TRUST,
        date: months_ago(today, 1, 0),
        participants: vec![id(0x201), id(0x202), id(0x206), id(0x20e)],
        goals: vec![ae_goal, fds_goal, id(0x305), id(0x306)],
        measures: ws.snapshot_measures(&[ae_goal, fds_goal, id(0x305), id(0x306)], months_ago(today, 1, 0)),
        notes: "A&E 4-hour performance is stable but the process cannot reach 78% without change: the board asked for a recovery plan rather than more monitoring. Cancer faster diagnosis fell sharply in the latest month (special cause concern).".into(),
        ratings: vec![],
        actions: vec![
            action(0x790, "Bring a recovery plan for the 4-hour standard, with the expected effect of streaming, to the next board", 0x201, months_ago(today, 0, 0).checked_add_days(Days::new(20)).unwrap_or(today), ActionStatus::Open, now),
            action(0x791, "Report the endoscopy capacity gap and mitigation for faster diagnosis", 0x20e, months_ago(today, 0, 7), ActionStatus::Open, now),
            action(0x792, "Confirm the back-loaded phasing of the cost improvement programme", 0x206, months_ago(today, 1, 0).checked_add_days(Days::new(10)).unwrap_or(today), ActionStatus::Done, now),
        ],
        next_review: None,
        stamps,
    };
    reviews.push(strategic);

    // The smoking partnership: the council's strategic review of the shared goal, with the trust.
    reviews.push(Review {
        id: id(0x781),
        subject: ReviewSubject::Strategic { organisation_id: COUNCIL },
        organisation_id: COUNCIL,
        date: months_ago(today, 2, 3),
        participants: vec![id(0x207), id(0x208), id(0x204)],
        goals: vec![SMOKING_GOAL],
        measures: ws.snapshot_measures(&[SMOKING_GOAL], months_ago(today, 2, 3)),
        notes: "Quits are on the seasonal plan. A straight-line reading would look red at this point in the year; the October and January campaigns carry the plan.".into(),
        ratings: vec![],
        actions: vec![action(0x793, "Agree referral targets from the trust's wards for the January campaign", 0x208, today.checked_add_days(Days::new(30)).unwrap_or(today), ActionStatus::Open, now)],
        next_review: None,
        stamps,
    });

    // Team reviews: the emergency department last held one four months ago (now overdue).
    reviews.push(Review {
        id: id(0x782),
        subject: ReviewSubject::Team { team_id: id(0x101) },
        organisation_id: TRUST,
        date: months_ago(today, 4, 0),
        participants: vec![id(0x203), id(0x204)],
        goals: vec![id(0x401), id(0x403)],
        measures: vec![],
        notes: "Triage within 15 minutes is improving on day shifts; nights still depend on agency nurses.".into(),
        ratings: vec![GoalRating { goal_id: id(0x401), self_rating: Some(4), manager_rating: Some(3) }],
        actions: vec![action(0x794, "Audit triage times on night shifts for two weeks", 0x204, months_ago(today, 3, 0), ActionStatus::Open, now)],
        next_review: None,
        stamps,
    });
    for (n, team, org) in [
        (0x783, 0x106, COUNCIL),
        (0x784, 0x104, TRUST),
        (0x785, 0x108, ICB),
    ] {
        reviews.push(Review {
            id: id(n),
            subject: ReviewSubject::Team { team_id: id(team) },
            organisation_id: org,
            date: months_ago(today, 1, 10),
            participants: vec![],
            goals: vec![],
            measures: vec![],
            notes: String::new(),
            ratings: vec![],
            actions: vec![],
            next_review: None,
            stamps,
        });
    }
    ws.reviews = reviews.into();

    // Monthly one-to-ones for the stop smoking adviser with her manager.
    ws.cadences.set_one_to_one(id(0x209), Cadence::Monthly);

    ws.development = vec![
        DevelopmentNeed {
            id: id(0x7a0),
            person_id: id(0x204),
            need: "Lead the department's flow improvement work".into(),
            goal_id: Some(id(0x401)),
            planned_learning:
                "Quality improvement foundations course; shadow the site manager for four shifts."
                    .into(),
            status: DevelopmentStatus::InProgress,
            evidence: "Course module 1 certificate.".into(),
            due: today.checked_add_months(Months::new(4)),
            stamps,
        },
        DevelopmentNeed {
            id: id(0x7a1),
            person_id: id(0x209),
            need: "Very brief advice (VBA) trainer accreditation".into(),
            goal_id: Some(SMOKING_GOAL),
            planned_learning: "NCSCT trainer course before the January campaign.".into(),
            status: DevelopmentStatus::Planned,
            evidence: String::new(),
            due: today.checked_add_months(Months::new(2)),
            stamps,
        },
    ]
    .into();
    ws.recognitions = vec![
        Recognition {
            id: id(0x7b0),
            recognised: Recognised::Person {
                person_id: id(0x209),
            },
            award: "Employee of the month".into(),
            goal_id: Some(SMOKING_GOAL),
            date: months_ago(today, 1, 5),
            citation:
                "Ran the October quit clinics in three GP surgeries and a supermarket car park."
                    .into(),
            stamps,
        },
        Recognition {
            id: id(0x7b1),
            recognised: Recognised::Team { team_id: id(0x103) },
            award: "Team of the month".into(),
            goal_id: Some(id(0x303)),
            date: months_ago(today, 2, 12),
            citation: "Daily long-stay reviews with adult social care.".into(),
            stamps,
        },
    ]
    .into();
    ws.exit_interviews = vec![ExitInterview {
        id: id(0x7c0),
        organisation_id: TRUST,
        leaver_name: "A staff nurse (fictional)".into(),
        job_title: "Staff nurse, emergency department".into(),
        date: months_ago(today, 2, 0),
        reasons: vec![ExitReason::Workload, ExitReason::WorkLifeBalance],
        themes: "Night-shift staffing; would have stayed with self-rostering.".into(),
        stamps,
    }]
    .into();
}
