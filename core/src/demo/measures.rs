//! The demo's measures: two years of monthly data ending last month, so the SPC views have
//! enough points whatever day the demo is opened. Each one shows something a board asks about:
//! - smoking quits: red on a pro-rata reading, green against its seasonal trajectory;
//! - cancer faster diagnosis: a special-cause concern in the latest month;
//! - A&E 4 hours: a target the process cannot reach (assurance: consistently fail), with the
//!   owner's self-assessment disagreeing with the data;
//! - agency spend: a run of improvement.

use chrono::{Datelike, NaiveDate};

use super::id;
use crate::analysis::{
    financial_year_start, Frequency, MeasureKind, Period, PeriodValue, Polarity, Rag, Shape,
    Tolerance, Trajectory,
};
use crate::model::{Actual, Id, Measure, SelfAssessment, Timestamp};

/// A small deterministic generator, so the demo's "noise" is the same on every load.
struct Noise(u64);

impl Noise {
    /// A value in [-1, 1).
    fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as f64 / (1u64 << 31) as f64) * 2.0 - 1.0
    }
}

/// The months of the two years of history, oldest first, ending with last month.
fn history(now: Timestamp) -> Vec<Period> {
    let this_month = Period::month_of(now.date_naive());
    (1..=24)
        .rev()
        .filter_map(|back| this_month.offset(-back))
        .collect()
}

fn round(value: f64, places: i32) -> f64 {
    let f = 10f64.powi(places);
    (value * f).round() / f
}

/// The financial year of `period`: its April and the March that ends it.
fn financial_year(period: Period) -> (Period, Period) {
    let year = financial_year_start(period.start());
    let april = Period::month_of(NaiveDate::from_ymd_opt(year, 4, 1).expect("valid date"));
    let march = april.offset(11).expect("in range");
    (april, march)
}

struct Spec {
    id: Id,
    goal: Id,
    name: &'static str,
    definition: &'static str,
    unit: &'static str,
    source: &'static str,
    polarity: Polarity,
    kind: MeasureKind,
    tolerance: Tolerance,
}

fn measure(spec: Spec, now: Timestamp) -> Measure {
    let mut m = Measure::new(
        spec.id,
        spec.goal,
        spec.name,
        Frequency::Monthly,
        spec.polarity,
        spec.kind,
        now,
    );
    m.definition = spec.definition.into();
    m.unit = spec.unit.into();
    m.data_source = spec.source.into();
    m.tolerance = spec.tolerance;
    m
}

fn actual(period: Period, value: f64, note: &str, by: &str, now: Timestamp) -> Actual {
    Actual {
        period,
        value,
        note: note.into(),
        entered_at: now,
        entered_by: by.into(),
        history: Vec::new(),
    }
}

/// A point measure's plan for this financial year: a straight line from last March to the target.
fn straight_plan(
    kind: MeasureKind,
    april: Period,
    march: Period,
    from: f64,
    to: f64,
) -> Option<(PeriodValue, PeriodValue, Trajectory)> {
    let baseline = PeriodValue::new(april.previous()?, from);
    let target = PeriodValue::new(march, to);
    let trajectory = Trajectory::straight_line(kind, baseline, target).ok()?;
    Some((baseline, target, trajectory))
}

/// The demo's measures as of `now`.
pub fn measures(now: Timestamp) -> Vec<Measure> {
    let months = history(now);
    let latest = *months.last().expect("24 months");
    let (april, march) = financial_year(latest);
    let mut out = Vec::new();

    // A&E 4-hour performance: stuck around 72%, so 78% is beyond the upper process limit.
    let mut ae = measure(
        Spec {
            id: id(0x601),
            goal: id(0x301),
            name: "A&E patients seen within 4 hours",
            definition: "Percentage of all A&E attendances (types 1–3) admitted, transferred or discharged within 4 hours of arrival.",
            unit: "%",
            source: "Emergency Care Data Set (ECDS), monthly A&E situation report",
            polarity: Polarity::HigherIsBetter,
            kind: MeasureKind::Point,
            tolerance: Tolerance::Absolute(1.0),
        },
        now,
    );
    let mut noise = Noise(11);
    let winter = |p: &Period| matches!(p.start().month(), 12 | 1 | 2);
    for p in &months {
        let v = 72.5 + noise.next() * 1.2 - if winter(p) { 1.0 } else { 0.0 };
        ae.actuals
            .push(actual(*p, round(v, 1), "", "Helen Marsh", now));
    }
    if let Some((b, t, traj)) = straight_plan(MeasureKind::Point, april, march, 72.0, 78.0) {
        ae.baseline = Some(b);
        ae.target = Some(t);
        ae.trajectory = Some(traj);
    }
    ae.self_assessments.push(SelfAssessment {
        period: latest,
        rag: Rag::Green,
        confidence: 4,
        narrative: "The new streaming model and the urgent treatment centre should recover performance over winter.".into(),
        assessed_by: "Dr Amara Okafor".into(),
        assessed_at: now,
    });
    out.push(ae);

    // Four-week smoking quits: cumulative over the year, with January and October campaigns.
    let mut quits = measure(
        Spec {
            id: id(0x602),
            goal: super::SMOKING_GOAL,
            name: "Four-week smoking quits",
            definition: "Residents who set a quit date with the stop smoking service and are not smoking four weeks later (self-reported, CO-validated where possible). Running total for the financial year.",
            unit: "quits",
            source: "Stop smoking service case management system, quarterly NHS Digital return",
            polarity: Polarity::HigherIsBetter,
            kind: MeasureKind::Cumulative,
            tolerance: Tolerance::PercentOfPlanned(5.0),
        },
        now,
    );
    let seasonal = Shape::Seasonal {
        april_to_march: [6.0, 6.0, 6.0, 6.0, 6.0, 6.0, 14.0, 8.0, 6.0, 20.0, 8.0, 8.0],
    };
    let baseline = PeriodValue::new(april.previous().expect("in range"), 0.0);
    let target = PeriodValue::new(march, 1000.0);
    quits.baseline = Some(baseline);
    quits.target = Some(target);
    let plan = Trajectory::from_shape(MeasureKind::Cumulative, baseline, target, &seasonal).ok();
    // Last year ran about 10% under plan; this year runs just ahead of it.
    let mut noise = Noise(23);
    let mut running = 0.0;
    for p in &months {
        let (fy_april, _) = financial_year(*p);
        if p.start() == fy_april.start() {
            running = 0.0;
        }
        let index = crate::analysis::financial_month_index(p.start().month());
        let weights = [6.0, 6.0, 6.0, 6.0, 6.0, 6.0, 14.0, 8.0, 6.0, 20.0, 8.0, 8.0];
        let this_year = fy_april.start() == april.start();
        let scale = if this_year { 1.04 } else { 0.9 };
        running += (weights[index] * 10.0 * scale + noise.next() * 4.0).round();
        quits
            .actuals
            .push(actual(*p, running, "", "Mark Doyle", now));
    }
    quits.trajectory = plan;
    quits.self_assessments.push(SelfAssessment {
        period: latest,
        rag: Rag::Green,
        confidence: 3,
        narrative: "On plan. Most quits come with the October and January campaigns, so the half-year position looks low on a straight-line reading.".into(),
        assessed_by: "Dr Grace Adeyemi".into(),
        assessed_at: now,
    });
    out.push(quits);

    // Cancer 28-day faster diagnosis: stable near 78%, then a fall in the latest month.
    let mut fds = measure(
        Spec {
            id: id(0x603),
            goal: id(0x304),
            name: "Cancer faster diagnosis within 28 days",
            definition: "Percentage of people referred urgently with suspected cancer who are told they have cancer, or that it is ruled out, within 28 days.",
            unit: "%",
            source: "Cancer Waiting Times dataset",
            polarity: Polarity::HigherIsBetter,
            kind: MeasureKind::Point,
            tolerance: Tolerance::Absolute(2.0),
        },
        now,
    );
    let mut noise = Noise(37);
    for (i, p) in months.iter().enumerate() {
        let v = if i == months.len() - 1 {
            69.4
        } else {
            78.0 + noise.next() * 1.5
        };
        let note = if i == months.len() - 1 {
            "Endoscopy capacity lost to two consultant vacancies."
        } else {
            ""
        };
        fds.actuals
            .push(actual(*p, round(v, 1), note, "Dr Ravi Shah", now));
    }
    if let Some((b, t, traj)) = straight_plan(MeasureKind::Point, april, march, 77.0, 80.0) {
        fds.baseline = Some(b);
        fds.target = Some(t);
        fds.trajectory = Some(traj);
    }
    out.push(fds);

    // Agency spend as a share of the pay bill: falling steadily (lower is better).
    let mut agency = measure(
        Spec {
            id: id(0x604),
            goal: id(0x306),
            name: "Agency spend as a share of the pay bill",
            definition: "Agency staff costs as a percentage of total pay costs in the month.",
            unit: "%",
            source: "Ledger, monthly provider finance return",
            polarity: Polarity::LowerIsBetter,
            kind: MeasureKind::Point,
            tolerance: Tolerance::Absolute(0.2),
        },
        now,
    );
    let mut noise = Noise(41);
    for (i, p) in months.iter().enumerate() {
        let v = 4.6 - 0.06 * i as f64 + noise.next() * 0.12;
        agency
            .actuals
            .push(actual(*p, round(v, 2), "", "Sarah Lewis", now));
    }
    if let Some((b, t, traj)) = straight_plan(MeasureKind::Point, april, march, 3.8, 3.2) {
        agency.baseline = Some(b);
        agency.target = Some(t);
        agency.trajectory = Some(traj);
    }
    out.push(agency);

    // Sickness absence: seasonal, common-cause variation around the target (hit and miss).
    let mut sickness = measure(
        Spec {
            id: id(0x605),
            goal: id(0x308),
            name: "Sickness absence rate",
            definition:
                "Full-time-equivalent days lost to sickness as a percentage of days available.",
            unit: "%",
            source: "Electronic Staff Record (ESR)",
            polarity: Polarity::LowerIsBetter,
            kind: MeasureKind::Point,
            tolerance: Tolerance::Absolute(0.2),
        },
        now,
    );
    let mut noise = Noise(53);
    for p in &months {
        let v = 4.7 + noise.next() * 0.35 + if winter(p) { 0.3 } else { 0.0 };
        sickness
            .actuals
            .push(actual(*p, round(v, 2), "", "Tom Evans", now));
    }
    if let Some((b, t, traj)) = straight_plan(MeasureKind::Point, april, march, 4.9, 4.5) {
        sickness.baseline = Some(b);
        sickness.target = Some(t);
        sickness.trajectory = Some(traj);
    }
    out.push(sickness);

    // Appraisal completion: close to but short of plan (amber).
    let mut appraisal = measure(
        Spec {
            id: id(0x606),
            goal: id(0x307),
            name: "Appraisal completion",
            definition: "Percentage of eligible staff with an appraisal in the last 12 months.",
            unit: "%",
            source: "Electronic Staff Record (ESR)",
            polarity: Polarity::HigherIsBetter,
            kind: MeasureKind::Point,
            tolerance: Tolerance::Absolute(2.0),
        },
        now,
    );
    let mut noise = Noise(61);
    let plan = straight_plan(MeasureKind::Point, april, march, 84.0, 90.0);
    for p in &months {
        let planned = plan
            .as_ref()
            .and_then(|(_, _, t)| t.planned_for(p))
            .unwrap_or(83.5);
        let v = planned - 1.2 + noise.next() * 0.4;
        appraisal
            .actuals
            .push(actual(*p, round(v, 1), "", "Tom Evans", now));
    }
    if let Some((b, t, traj)) = plan {
        appraisal.baseline = Some(b);
        appraisal.target = Some(t);
        appraisal.trajectory = Some(traj);
    }
    out.push(appraisal);

    // Cost improvement programme: cumulative £m, back-loaded into the second half of the year.
    let mut cip = measure(
        Spec {
            id: id(0x607),
            goal: id(0x305),
            name: "Cost improvement programme delivered",
            definition: "Recurrent and non-recurrent savings delivered so far this financial year, in £ millions.",
            unit: "£m",
            source: "PMO savings tracker, signed off by finance",
            polarity: Polarity::HigherIsBetter,
            kind: MeasureKind::Cumulative,
            tolerance: Tolerance::PercentOfPlanned(10.0),
        },
        now,
    );
    let baseline = PeriodValue::new(april.previous().expect("in range"), 0.0);
    let target = PeriodValue::new(march, 18.0);
    let plan = Trajectory::from_shape(
        MeasureKind::Cumulative,
        baseline,
        target,
        &Shape::BackLoaded,
    )
    .ok();
    for p in months.iter().filter(|p| p.start() >= april.start()) {
        let planned = plan.as_ref().and_then(|t| t.planned_for(p)).unwrap_or(0.0);
        cip.actuals
            .push(actual(*p, round(planned * 0.93, 2), "", "Sarah Lewis", now));
    }
    cip.baseline = Some(baseline);
    cip.target = Some(target);
    cip.trajectory = plan;
    out.push(cip);

    // Patients with no criteria to reside: well above the ambition (red).
    let mut nctr = measure(
        Spec {
            id: id(0x608),
            goal: id(0x303),
            name: "Patients with no criteria to reside still in hospital",
            definition: "Average daily number of adult inpatients who no longer meet the criteria to reside but remain in hospital.",
            unit: "patients",
            source: "Daily discharge situation report",
            polarity: Polarity::LowerIsBetter,
            kind: MeasureKind::Point,
            tolerance: Tolerance::Absolute(5.0),
        },
        now,
    );
    let mut noise = Noise(71);
    for p in &months {
        let v = 92.0 + noise.next() * 6.0 + if winter(p) { 8.0 } else { 0.0 };
        nctr.actuals
            .push(actual(*p, v.round(), "", "Owen Price", now));
    }
    if let Some((b, t, traj)) = straight_plan(MeasureKind::Point, april, march, 90.0, 60.0) {
        nctr.baseline = Some(b);
        nctr.target = Some(t);
        nctr.trajectory = Some(traj);
    }
    out.push(nctr);

    out
}
