//! The embedded demo: a fictional partnership of an NHS trust, a county council and an ICB, the
//! first thing a new user sees. Ids are fixed so links into the demo stay stable.

use chrono::NaiveDate;

use crate::model::{
    Goal, GoalLevel, Id, OrgKind, Organisation, Person, Perspective, Stamps, Team, Timestamp,
};
use crate::workspace::Workspace;

mod commentary;
mod measures;
mod reviews;

/// Name of the demo workspace; says plainly that it is fictional.
pub const DEMO_NAME: &str = "Northshire partnership (fictional demo)";

/// Fixed ids: the high bits say "demo", the low bits number the record.
const fn id(n: u128) -> Id {
    Id::from_u128(0x5c0e_ca4d_0000_4000_8000_0000_0000_0000 | n)
}

/// The trust.
pub const TRUST: Id = id(0x1);
/// The county council.
pub const COUNCIL: Id = id(0x2);
/// The integrated care board.
pub const ICB: Id = id(0x3);
/// The shared smoking-cessation goal (council, shared with the trust and the ICB).
pub const SMOKING_GOAL: Id = id(0x309);

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid demo date")
}

struct Builder {
    ws: Workspace,
    stamps: Stamps,
}

impl Builder {
    fn org(&mut self, id: Id, name: &str, short: &str, kind: OrgKind) {
        self.ws.organisations.upsert(Organisation {
            id,
            name: name.into(),
            short_name: short.into(),
            kind,
            stamps: self.stamps,
        });
    }

    fn team(&mut self, id: Id, org: Id, name: &str, description: &str) {
        self.ws.teams.upsert(Team {
            id,
            name: name.into(),
            description: description.into(),
            organisation_id: org,
            stamps: self.stamps,
        });
    }

    #[allow(clippy::too_many_arguments)]
    fn person(
        &mut self,
        id: Id,
        org: Id,
        team: Option<Id>,
        manager: Option<Id>,
        name: &str,
        job_title: &str,
        job_description: &str,
    ) {
        self.ws.people.upsert(Person {
            id,
            name: name.into(),
            job_title: job_title.into(),
            job_description: job_description.into(),
            organisation_id: org,
            team_id: team,
            line_manager_id: manager,
            appointment: Default::default(),
            stamps: self.stamps,
        });
    }

    #[allow(clippy::too_many_arguments)]
    fn goal(
        &mut self,
        id: Id,
        level: GoalLevel,
        perspective: Perspective,
        org: Id,
        parent: Option<Id>,
        owner: Option<Id>,
        team: Option<Id>,
        title: &str,
        description: &str,
    ) -> &mut Goal {
        self.ws.goals.upsert(Goal {
            id,
            title: title.into(),
            description: description.into(),
            level,
            perspective,
            owner_id: owner,
            team_id: team,
            organisation_id: org,
            shared_with: Vec::new(),
            parent_id: parent,
            supports: Vec::new(),
            // The demo plans for the 2026/27 financial year (April to March).
            start_date: Some(date(2026, 4, 1)),
            due_date: Some(date(2027, 3, 31)),
            stamps: self.stamps,
        });
        self.ws.goals.get_mut(id).expect("just added")
    }

    /// Goal `from` supports each of `to` on the strategy map.
    fn supports(&mut self, from: Id, to: &[Id]) {
        self.ws.goals.get_mut(from).expect("a demo goal").supports = to.to_vec();
    }
}

/// The demo partnership as of `now`.
pub fn partnership(now: Timestamp) -> Workspace {
    use GoalLevel::{Individual as I, Strategic as S, Team as T};
    use Perspective::{Customer, Financial, InternalProcess, LearningGrowth};

    let mut b = Builder {
        ws: Workspace {
            name: DEMO_NAME.into(),
            is_demo: true,
            ..Workspace::default()
        },
        stamps: Stamps::new(now),
    };

    b.org(
        TRUST,
        "Northshire Hospitals NHS Foundation Trust (fictional)",
        "NHFT",
        OrgKind::NhsTrust,
    );
    b.org(
        COUNCIL,
        "Northshire County Council (fictional)",
        "NCC",
        OrgKind::LocalAuthority,
    );
    b.org(
        ICB,
        "NHS Northshire and Wexdale Integrated Care Board (fictional)",
        "N&W ICB",
        OrgKind::Icb,
    );

    // Teams
    let ed = id(0x101);
    let planned = id(0x102);
    let flow = id(0x103);
    let workforce = id(0x104);
    let finance = id(0x105);
    let stop_smoking = id(0x106);
    let adult_care = id(0x107);
    let icb_perf = id(0x108);
    let cancer = id(0x109);
    b.team(
        ed,
        TRUST,
        "Emergency department",
        "Adult and children's emergency care at Northshire General.",
    );
    b.team(
        planned,
        TRUST,
        "Planned care and surgery",
        "Elective pathways, outpatients and theatres.",
    );
    b.team(
        flow,
        TRUST,
        "Patient flow and discharge",
        "Site management and the integrated discharge hub.",
    );
    b.team(
        workforce,
        TRUST,
        "Workforce and organisational development",
        "Recruitment, appraisal, training and staff wellbeing.",
    );
    b.team(
        finance,
        TRUST,
        "Finance",
        "Financial planning and the cost improvement programme.",
    );
    b.team(
        cancer,
        TRUST,
        "Cancer services",
        "Suspected cancer referrals and diagnostics.",
    );
    b.team(
        stop_smoking,
        COUNCIL,
        "Stop Smoking Service",
        "The council's public health stop smoking service.",
    );
    b.team(
        adult_care,
        COUNCIL,
        "Adult social care",
        "Assessment, safeguarding and support for adults.",
    );
    b.team(
        icb_perf,
        ICB,
        "Performance and assurance",
        "System performance reporting for the ICB board.",
    );

    // People
    let coo = id(0x201);
    let perf_lead = id(0x202);
    let ed_matron = id(0x203);
    let ed_manager = id(0x204);
    let wf_head = id(0x205);
    let fin_deputy = id(0x206);
    let ph_consultant = id(0x207);
    let ss_lead = id(0x208);
    let ss_advisor = id(0x209);
    let safeguarding = id(0x20a);
    let icb_head = id(0x20b);
    let flow_lead = id(0x20c);
    let theatre_manager = id(0x20d);
    let cancer_lead = id(0x20e);
    b.person(coo, TRUST, None, None, "Dr Amara Okafor", "Chief Operating Officer",
        "Accountable to the board for operational performance across urgent, planned and cancer care.");
    b.person(
        perf_lead,
        TRUST,
        None,
        Some(coo),
        "Helen Marsh",
        "Associate Director of Performance",
        "Leads the integrated performance report and the quarterly board performance review.",
    );
    b.person(ed_matron, TRUST, Some(ed), Some(coo), "James Whitfield", "Matron, emergency department",
        "Leads nursing in the emergency department; accountable for time to triage and the 4-hour standard.");
    b.person(
        ed_manager,
        TRUST,
        Some(ed),
        Some(ed_matron),
        "Priya Nair",
        "Operational manager, emergency department",
        "Runs the department day to day, including rotas and escalation.",
    );
    b.person(
        wf_head,
        TRUST,
        Some(workforce),
        Some(coo),
        "Tom Evans",
        "Head of Workforce",
        "Leads appraisal, statutory and mandatory training, and attendance management.",
    );
    b.person(
        fin_deputy,
        TRUST,
        Some(finance),
        None,
        "Sarah Lewis",
        "Deputy Director of Finance",
        "Leads financial planning and the cost improvement programme.",
    );
    b.person(
        flow_lead,
        TRUST,
        Some(flow),
        Some(coo),
        "Owen Price",
        "Head of Patient Flow",
        "Leads the discharge hub with the council's adult social care team.",
    );
    b.person(
        theatre_manager,
        TRUST,
        Some(planned),
        Some(coo),
        "Chloe Martin",
        "Theatres manager",
        "Manages theatre lists and utilisation for planned surgery.",
    );
    b.person(
        cancer_lead,
        TRUST,
        Some(cancer),
        Some(coo),
        "Dr Ravi Shah",
        "Clinical lead for cancer",
        "Leads the faster diagnosis pathways.",
    );
    b.person(
        ph_consultant,
        COUNCIL,
        None,
        None,
        "Dr Grace Adeyemi",
        "Consultant in Public Health",
        "Leads tobacco control and the NHS Health Check programme for the county.",
    );
    b.person(
        ss_lead,
        COUNCIL,
        Some(stop_smoking),
        Some(ph_consultant),
        "Mark Doyle",
        "Stop Smoking Service lead",
        "Manages the stop smoking advisers and the service's quit targets.",
    );
    b.person(
        ss_advisor,
        COUNCIL,
        Some(stop_smoking),
        Some(ss_lead),
        "Leah Brooks",
        "Stop smoking adviser",
        "Supports residents to set a quit date and stay smoke-free at four weeks.",
    );
    b.person(
        safeguarding,
        COUNCIL,
        Some(adult_care),
        None,
        "Fiona Grant",
        "Head of Adult Safeguarding",
        "Leads adult safeguarding and the service user survey.",
    );
    b.person(
        icb_head,
        ICB,
        Some(icb_perf),
        None,
        "Daniel Cho",
        "Head of Performance and Assurance",
        "Reports system performance to the ICB board.",
    );

    // Strategic goals: about a dozen over the four perspectives and three organisations.
    let g_ae = id(0x301);
    let g_rtt = id(0x302);
    let g_flow = id(0x303);
    let g_cancer = id(0x304);
    let g_finance = id(0x305);
    let g_agency = id(0x306);
    let g_people = id(0x307);
    let g_sickness = id(0x308);
    let g_safe = id(0x30a);
    let g_mmr = id(0x30b);
    let g_system = id(0x30c);
    let g_theatres = id(0x30d);
    b.goal(
        g_ae,
        S,
        Customer,
        TRUST,
        None,
        Some(coo),
        None,
        "See 78% of A&E patients within 4 hours",
        "Meet the planning ambition for the 4-hour standard by March 2027, on the way to 95%.",
    );
    b.goal(
        g_rtt,
        S,
        Customer,
        TRUST,
        None,
        Some(coo),
        None,
        "Cut waits for planned care towards 92% within 18 weeks",
        "Referral to treatment within 18 weeks, recovering towards the constitutional standard.",
    );
    b.goal(
        g_cancer,
        S,
        InternalProcess,
        TRUST,
        None,
        Some(cancer_lead),
        None,
        "Tell 80% of people whether they have cancer within 28 days",
        "The cancer faster diagnosis standard.",
    );
    b.goal(g_flow, S, InternalProcess, TRUST, None, Some(coo), None,
        "Get people home when they are medically ready",
        "Fewer patients with no criteria to reside still in hospital; shorter average length of stay.")
        .shared_with = vec![COUNCIL];
    b.goal(
        g_theatres,
        S,
        InternalProcess,
        TRUST,
        None,
        Some(coo),
        None,
        "Use theatres well: 85% utilisation of planned sessions",
        "",
    );
    b.goal(g_finance, S, Financial, TRUST, None, Some(fin_deputy), None,
        "Deliver the financial plan and an £18m cost improvement programme",
        "Variance from plan within £0.5m each month; savings are back-loaded into the second half of the year.");
    b.goal(
        g_agency,
        S,
        Financial,
        TRUST,
        None,
        Some(wf_head),
        None,
        "Bring agency spend below 3.2% of the pay bill",
        "",
    );
    b.goal(
        g_people,
        S,
        LearningGrowth,
        TRUST,
        None,
        Some(wf_head),
        None,
        "Every member of staff has an appraisal and is up to date with mandatory training",
        "90% appraisal completion and 90% statutory and mandatory training compliance.",
    );
    b.goal(
        g_sickness,
        S,
        LearningGrowth,
        TRUST,
        None,
        Some(wf_head),
        None,
        "Reduce sickness absence to 4.5%",
        "",
    );
    b.goal(SMOKING_GOAL, S, InternalProcess, COUNCIL, None, Some(ph_consultant), None,
        "Help 1,000 Northshire residents to stop smoking this year",
        "Four-week quits through the council's stop smoking service, with referrals from the trust's wards and maternity. Many quit attempts start in January and October, so the plan is not a straight line.")
        .shared_with = vec![TRUST, ICB];
    b.goal(
        g_safe,
        S,
        Customer,
        COUNCIL,
        None,
        Some(safeguarding),
        None,
        "People who use adult social care feel safe",
        "The ASCOF measure from the annual adult social care survey.",
    );
    b.goal(
        g_mmr,
        S,
        Customer,
        ICB,
        None,
        Some(icb_head),
        None,
        "Raise MMR2 coverage at 5 years to the WHO level of 95%",
        "",
    )
    .shared_with = vec![COUNCIL];
    b.goal(
        g_system,
        S,
        Financial,
        ICB,
        None,
        Some(icb_head),
        None,
        "Keep the Northshire and Wexdale system in financial balance",
        "",
    )
    .shared_with = vec![TRUST];

    // The strategy map's cause and effect, as the Balanced Scorecard reads it from the bottom:
    // trained, well staff → patients home sooner and theatres used well → shorter waits →
    // lower cost (less agency spend, the financial plan met).
    b.supports(g_people, &[g_flow]);
    b.supports(g_sickness, &[g_agency]);
    b.supports(g_flow, &[g_ae]);
    b.supports(g_theatres, &[g_rtt]);
    b.supports(g_ae, &[g_finance]);
    b.supports(g_agency, &[g_finance]);

    // Team goals
    let t_triage = id(0x401);
    let t_discharge = id(0x402);
    let t_referrals = id(0x403);
    let t_quits = id(0x404);
    let t_appraisal = id(0x405);
    let t_cip = id(0x406);
    let t_theatre = id(0x407);
    let t_fds = id(0x408);
    b.goal(
        t_triage,
        T,
        Customer,
        TRUST,
        Some(g_ae),
        Some(ed_matron),
        Some(ed),
        "Triage every walk-in patient within 15 minutes",
        "",
    );
    b.goal(
        t_discharge,
        T,
        InternalProcess,
        TRUST,
        Some(g_flow),
        Some(flow_lead),
        Some(flow),
        "Agree a discharge plan within 24 hours of admission",
        "",
    )
    .shared_with = vec![COUNCIL];
    b.goal(
        t_referrals,
        T,
        InternalProcess,
        TRUST,
        Some(SMOKING_GOAL),
        Some(ed_manager),
        Some(ed),
        "Refer every patient who smokes to the stop smoking service",
        "",
    );
    b.goal(
        t_quits,
        T,
        InternalProcess,
        COUNCIL,
        Some(SMOKING_GOAL),
        Some(ss_lead),
        Some(stop_smoking),
        "Run the January and October quit campaigns",
        "",
    );
    b.goal(
        t_appraisal,
        T,
        LearningGrowth,
        TRUST,
        Some(g_people),
        Some(wf_head),
        Some(workforce),
        "Remind managers of appraisals due each month",
        "",
    );
    b.goal(
        t_cip,
        T,
        Financial,
        TRUST,
        Some(g_finance),
        Some(fin_deputy),
        Some(finance),
        "Sign off a quality impact assessment for every saving scheme",
        "",
    );
    b.goal(
        t_theatre,
        T,
        InternalProcess,
        TRUST,
        Some(g_theatres),
        Some(theatre_manager),
        Some(planned),
        "Start the first case of every list on time",
        "",
    );
    b.goal(
        t_fds,
        T,
        InternalProcess,
        TRUST,
        Some(g_cancer),
        Some(cancer_lead),
        Some(cancer),
        "Book straight-to-test appointments for suspected lower GI cancer",
        "",
    );

    // Individual goals
    b.goal(
        id(0x501),
        I,
        Customer,
        TRUST,
        Some(t_triage),
        Some(ed_manager),
        Some(ed),
        "Roster a triage nurse for every shift",
        "",
    );
    b.goal(
        id(0x502),
        I,
        LearningGrowth,
        TRUST,
        Some(t_triage),
        Some(ed_matron),
        Some(ed),
        "Train six nurses in streaming to urgent treatment",
        "",
    );
    b.goal(
        id(0x503),
        I,
        InternalProcess,
        COUNCIL,
        Some(t_quits),
        Some(ss_advisor),
        Some(stop_smoking),
        "Support 150 quit attempts through the January campaign",
        "",
    );
    b.goal(
        id(0x504),
        I,
        InternalProcess,
        TRUST,
        Some(t_discharge),
        Some(flow_lead),
        Some(flow),
        "Hold the daily long-length-of-stay review with adult social care",
        "",
    );
    b.goal(
        id(0x505),
        I,
        LearningGrowth,
        TRUST,
        Some(t_appraisal),
        Some(perf_lead),
        None,
        "Complete my appraisal and PDP by the end of June",
        "",
    );
    b.goal(
        id(0x506),
        I,
        Financial,
        TRUST,
        Some(t_cip),
        Some(fin_deputy),
        Some(finance),
        "Report cost improvement delivery to the board each month",
        "",
    );
    // Deliberately not aligned, so the demo shows the finding.
    b.goal(
        id(0x507),
        I,
        LearningGrowth,
        TRUST,
        None,
        Some(theatre_manager),
        Some(planned),
        "Finish the leadership course",
        "Not yet linked to a team or strategic goal: the cascade lists it under “not aligned”.",
    );
    b.goal(
        id(0x508),
        I,
        Customer,
        COUNCIL,
        Some(g_safe),
        Some(safeguarding),
        Some(adult_care),
        "Publish the safeguarding survey results with an easy-read version",
        "",
    );

    b.ws.measures = measures::measures(now).into();
    reviews::add(&mut b.ws, now);
    commentary::add(&mut b.ws, now);
    b.ws
}
