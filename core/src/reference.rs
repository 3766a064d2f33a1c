//! A deterministic reference workspace the size of a whole integrated care system (ICS), for
//! benchmarks, load tests and anyone who wants realistic data at scale.
//!
//! [`generate`] builds, from a [`Size`], a seed and `now`, a fictional system: NHS trusts (acute,
//! community, mental health, ambulance), the integrated care board, county and unitary councils,
//! a GP federation and a voluntary sector partner, with their teams, staff and line managers;
//! strategic, team and individual goals over the four Balanced Scorecard perspectives, linked up
//! the cascade (a handful deliberately left unaligned, as real scorecards have); measures that
//! NHS and council boards really report, with five years of monthly data ending at the latest
//! complete month before `now`, trajectories (straight line, seasonal, back-loaded or typed in
//! period by period) and self-assessments; one-to-ones, appraisals, team and strategic reviews
//! with ratings, actions and the measures as they stood; development plans, recognition and exit
//! interviews.
//!
//! Guarantees, pinned by `core/tests/reference.rs`:
//! - **Deterministic**: the same size, seed and `now` give the same workspace, and so
//!   byte-identical JSON. A small built-in PRNG (SplitMix64) drives everything, ids included, and
//!   the numbers use only IEEE arithmetic that gives the same bits on every platform.
//! - **Valid**: every record passes the workspace's own validation (goals, people, teams,
//!   measures, reviews, development, recognition and exit interviews), line managers and goal
//!   parents never loop, and a backup of it imports cleanly.
//! - **Fictional**: every organisation's name ends "(fictional)"; people are made up from lists
//!   of first names and surnames.
//!
//! Each kind of record comes from its own stream of random numbers, so changing how many reviews
//! are asked for does not change the goals or measures.

mod catalogue;

use std::collections::HashSet;

use chrono::{Datelike, Days, Months, NaiveDate, TimeZone, Utc};

use self::catalogue::{
    exit_themes, Flavour, MeasureSpec, Season, Theme, ACTUAL_NOTES, AMBER_NARRATIVES,
    APPOINTMENT_OBJECTIVES, APPRAISAL_NOTES, AWARDS, CITATIONS, CLINICAL_DEVELOPMENT,
    CORPORATE_STAFF, CORPORATE_TEAMS, EXIT_REASONS, EXTRA_KINDS, EXTRA_PLACES, FIRST_NAMES,
    GENERAL_DEVELOPMENT, GREEN_NARRATIVES, JOB_DESCRIPTIONS, MEASURE_ACTIONS, ONE_TO_ONE_NOTES,
    ORGANISATIONS, PERSONAL_ACTIONS, PERSONAL_GOALS, RED_NARRATIVES, SITES, STRATEGIC_NOTES,
    SURNAMES, TEAM_NOTES, THEMES,
};
use crate::analysis::{
    financial_month_index, rag, Frequency, MeasureKind, Period, PeriodValue, Polarity, Rag,
    RagStatus, Shape, Trajectory,
};
use crate::model::{
    ActionStatus, Actual, ActualRevision, Appointment, Cadence, Cadences, DevelopmentNeed,
    DevelopmentStatus, ExitInterview, Goal, GoalLevel, GoalRating, Id, IndividualReviewKind,
    Measure, MeasureSnapshot, Organisation, Person, Perspective, Recognised, Recognition, Review,
    ReviewAction, ReviewSubject, SelfAssessment, SpcSettings, Stamps, Team, Timestamp,
};
use crate::workspace::Workspace;

/// Name of a generated workspace; says plainly that the data is fictional.
pub const REFERENCE_NAME: &str = "Avenmere and Kestwick ICS (fictional reference data)";

/// The seed the example binaries use unless told otherwise.
pub const DEFAULT_SEED: u64 = 2026;

/// The `now` the example binaries use unless told otherwise, so their files are reproducible:
/// 1 November 2026, 09:00 UTC (the latest complete month is October 2026, in 2026/27).
pub fn default_now() -> Timestamp {
    Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0)
        .single()
        .unwrap_or_default()
}

/// How many of each record a reference workspace has. [`Size::ics`] is a whole integrated care
/// system; [`Size::scaled`] shrinks (or grows) it.
///
/// `generate` makes exactly these numbers, except where a count needs another that is zero:
/// no measures without goals, no individual reviews, development plans or recognition of people
/// without people, no team reviews without teams (those reviews become strategic ones).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Size {
    /// Organisations: NHS trusts, the ICB, councils and partners.
    pub organisations: usize,
    /// Teams, spread over the organisations by their size.
    pub teams: usize,
    /// Staff, each in one organisation, most in a team, all but the chief executives with a
    /// line manager.
    pub people: usize,
    /// Goals at all three levels (about 5% strategic, 30% team, the rest individual).
    pub goals: usize,
    /// Measures, each with `months` monthly actuals.
    pub measures: usize,
    /// Months of actuals per measure, ending at the latest complete month before `now`.
    pub months: usize,
    /// Reviews: one-to-ones, appraisals, team and strategic reviews.
    pub reviews: usize,
    /// Personal development plan items.
    pub development: usize,
    /// Recognition awards.
    pub recognitions: usize,
    /// Exit interviews.
    pub exit_interviews: usize,
}

impl Size {
    /// A whole integrated care system: 12 organisations, 120 teams, 1,000 people, 2,000 goals,
    /// 400 measures with 60 months of data each, 3,000 reviews, 600 development plan items, 300
    /// recognitions and 120 exit interviews. Its backup file is about 17 MB.
    pub const fn ics() -> Size {
        Size {
            organisations: 12,
            teams: 120,
            people: 1000,
            goals: 2000,
            measures: 400,
            months: 60,
            reviews: 3000,
            development: 600,
            recognitions: 300,
            exit_interviews: 120,
        }
    }

    /// Every count multiplied by `factor` and rounded, keeping at least one of anything there
    /// was, and at least three organisations (a trust, the ICB and a county council, so
    /// partnership goals remain). `months` is the length of each measure's history, not a number
    /// of records, and stays as it is. A factor that is not a positive number counts as 0.
    pub fn scaled(&self, factor: f64) -> Size {
        let factor = if factor.is_finite() && factor > 0.0 {
            factor
        } else {
            0.0
        };
        let scale = |count: usize| -> usize {
            if count == 0 {
                0
            } else {
                ((count as f64 * factor).round() as usize).max(1)
            }
        };
        Size {
            organisations: scale(self.organisations).max(self.organisations.min(3)),
            teams: scale(self.teams),
            people: scale(self.people),
            goals: scale(self.goals),
            measures: scale(self.measures),
            months: self.months,
            reviews: scale(self.reviews),
            development: scale(self.development),
            recognitions: scale(self.recognitions),
            exit_interviews: scale(self.exit_interviews),
        }
    }
}

impl Default for Size {
    /// [`Size::ics`].
    fn default() -> Self {
        Size::ics()
    }
}

/// A reference workspace of `size`, the same for the same `seed` and `now`. Dates are relative
/// to `now`: the data ends with the latest complete month before it, reviews are in the past,
/// and every record was created and last changed at or before `now`.
///
/// Nothing is read-only in it (`home_organisation` is not set); set it to look at the system
/// from one organisation.
pub fn generate(size: &Size, seed: u64, now: Timestamp) -> Workspace {
    let mut g = Gen::new(size, seed, now);
    g.organisations();
    g.teams();
    g.people();
    g.goals();
    g.measures();
    g.reviews();
    g.development();
    g.recognitions();
    g.exit_interviews();
    g.finish()
}

// ---- random numbers ----

/// The SplitMix64 output function: a bijection of 64-bit numbers that mixes every bit.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// SplitMix64 (Steele, Lea and Flood, 2014): tiny, fast and good enough for test data.
struct Rng(u64);

impl Rng {
    /// The stream called `name` for `seed`: streams for different names do not overlap in
    /// practice, so each kind of record has its own.
    fn stream(seed: u64, name: &str) -> Rng {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325; // FNV-1a
        for b in name.bytes() {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        Rng(mix(seed ^ mix(hash)))
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        mix(self.0)
    }

    /// A whole number in `0..n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// A whole number in `lo..=hi`.
    fn between(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below((hi.saturating_sub(lo) + 1) as usize) as u64
    }

    /// A number in `[0, 1)`.
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// Roughly normal noise with mean 0 and standard deviation 1 (a scaled sum of four
    /// uniforms, so no transcendental functions whose last bit may differ between platforms).
    fn noise(&mut self) -> f64 {
        let sum = self.unit() + self.unit() + self.unit() + self.unit();
        (sum - 2.0) * 1.732_050_807_568_877_2
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> Option<T> {
        if items.is_empty() {
            None
        } else {
            Some(items[self.below(items.len())])
        }
    }

    /// A random (version 4) UUID.
    fn id(&mut self) -> Id {
        let mut bytes = [0u8; 16];
        bytes[..8].copy_from_slice(&self.next_u64().to_be_bytes());
        bytes[8..].copy_from_slice(&self.next_u64().to_be_bytes());
        uuid::Builder::from_random_bytes(bytes).into_uuid()
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }

    /// An index into `weights`, with chances in proportion to them.
    fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u64 = weights.iter().map(|w| u64::from(*w)).sum();
        let mut r = self.below(total as usize) as u64;
        for (i, w) in weights.iter().enumerate() {
            if r < u64::from(*w) {
                return i;
            }
            r -= u64::from(*w);
        }
        0
    }
}

/// Splits `total` in proportion to `weights` (largest remainder; ties go to the earlier one).
fn apportion(total: usize, weights: &[u64]) -> Vec<usize> {
    if weights.is_empty() {
        return Vec::new();
    }
    let sum: u64 = weights.iter().sum();
    let weights: Vec<u128> = if sum == 0 {
        vec![1; weights.len()]
    } else {
        weights.iter().map(|w| u128::from(*w)).collect()
    };
    let sum: u128 = weights.iter().sum();
    let total_big = total as u128;
    let mut out: Vec<usize> = weights
        .iter()
        .map(|w| (total_big * w / sum) as usize)
        .collect();
    let given: usize = out.iter().sum();
    let mut rest: Vec<(u128, usize)> = weights
        .iter()
        .enumerate()
        .map(|(i, w)| ((total_big * w) % sum, i))
        .collect();
    rest.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    for (_, i) in rest.into_iter().take(total - given) {
        out[i] += 1;
    }
    out
}

/// Like [`apportion`], but everyone gets at least one when there are enough to go round.
fn apportion_at_least_one(total: usize, weights: &[u64]) -> Vec<usize> {
    if total < weights.len() {
        return apportion(total, weights);
    }
    apportion(total - weights.len(), weights)
        .into_iter()
        .map(|n| n + 1)
        .collect()
}

// ---- numbers, dates and text ----

/// `value` rounded to `decimals` places, without a negative zero.
fn round_to(value: f64, decimals: u8) -> f64 {
    let factor = match decimals {
        0 => 1.0,
        1 => 10.0,
        2 => 100.0,
        _ => 1000.0,
    };
    (value * factor).round() / factor + 0.0
}

fn at(date: NaiveDate, hour: u32, minute: u32) -> Timestamp {
    date.and_hms_opt(hour % 24, minute % 60, 0)
        .map(|t| t.and_utc())
        .unwrap_or_default()
}

fn add_days(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_add_days(Days::new(days)).unwrap_or(date)
}

fn sub_days(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_sub_days(Days::new(days)).unwrap_or(date)
}

fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(Months::new(months)).unwrap_or(date)
}

fn sub_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_sub_months(Months::new(months)).unwrap_or(date)
}

/// "Emergency department" → "emergency department", for the middle of a sentence; names that
/// start with an abbreviation ("NHS 111") are left alone.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && second.is_lowercase() => {
            first.to_lowercase().chain(text.chars().skip(1)).collect()
        }
        _ => text.to_string(),
    }
}

/// The initials of `text`'s words, e.g. "Brackenmoor Hospitals NHS Trust" → "BHNT".
fn initials(text: &str) -> String {
    text.split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_uppercase)
        .collect()
}

/// Days from `from` to `to`, at least 1.
fn span_days(from: NaiveDate, to: NaiveDate) -> u64 {
    (to - from).num_days().max(1) as u64
}

/// The dates a generated workspace is built around.
struct Calendar {
    now: Timestamp,
    today: NaiveDate,
    /// The latest complete month before `now`: the last month with data.
    latest: Period,
    /// April of the financial year `latest` is in.
    april: Period,
}

impl Calendar {
    fn new(now: Timestamp) -> Calendar {
        let today = now.date_naive();
        let this_month = Period::month_of(today);
        let latest = this_month.previous().unwrap_or(this_month);
        let back = financial_month_index(latest.start().month()) as i64;
        let april = latest.offset(-back).unwrap_or(latest);
        Calendar {
            now,
            today,
            latest,
            april,
        }
    }

    /// `date` at `hour:minute`, but never after `now`.
    fn at(&self, date: NaiveDate, hour: u32, minute: u32) -> Timestamp {
        at(date, hour, minute).min(self.now)
    }

    /// Stamps created at `created` and changed at `updated`, both at or before `now`.
    fn stamps(&self, created: Timestamp, updated: Timestamp) -> Stamps {
        let created_at = created.min(self.now);
        Stamps {
            created_at,
            updated_at: updated.max(created_at).min(self.now),
        }
    }

    /// Stamps for a record created `days` days ago and perhaps changed since.
    fn stamps_days_ago(&self, rng: &mut Rng, days: u64) -> Stamps {
        let created = self.at(sub_days(self.today, days), 8 + rng.below(9) as u32, 0);
        let changed = if rng.chance(0.4) {
            let later = add_days(sub_days(self.today, days), rng.between(0, days));
            self.at(later, 8 + rng.below(9) as u32, rng.below(60) as u32)
        } else {
            created
        };
        self.stamps(created, changed)
    }

    /// The first day of the financial year.
    fn year_start(&self) -> NaiveDate {
        self.april.start()
    }

    /// The last day of the financial year (31 March).
    fn year_end(&self) -> NaiveDate {
        self.april
            .offset(11)
            .and_then(|p| p.end())
            .unwrap_or(self.today)
    }
}

// ---- what the generator keeps about each record ----

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rank {
    Chief,
    Director,
    Lead,
    Staff,
}

struct OrgInfo {
    id: Id,
    flavour: Flavour,
    short: String,
    chief: Option<usize>,
    directors: Vec<usize>,
    people: Vec<usize>,
    teams: Vec<usize>,
    strategic: Vec<usize>,
    team_goals: Vec<usize>,
    /// Other organisations' strategic goals shared with this one.
    shared_in: Vec<usize>,
}

struct TeamInfo {
    id: Id,
    org: usize,
    base: &'static str,
    lead: Option<usize>,
    members: Vec<usize>,
    goals: Vec<usize>,
    individual_goals: Vec<usize>,
}

struct PersonInfo {
    id: Id,
    org: usize,
    team: Option<usize>,
    manager: Option<usize>,
    rank: Rank,
    name: String,
    goals: Vec<usize>,
}

struct GoalInfo {
    id: Id,
    org: usize,
    owner: Option<usize>,
    theme: usize,
    title: String,
    measures: Vec<usize>,
}

/// The generator: one pass per kind of record, each with its own random stream.
struct Gen<'a> {
    size: &'a Size,
    seed: u64,
    cal: Calendar,
    orgs: Vec<OrgInfo>,
    teams: Vec<TeamInfo>,
    people: Vec<PersonInfo>,
    goals: Vec<GoalInfo>,
    organisation_records: Vec<Organisation>,
    team_records: Vec<Team>,
    person_records: Vec<Person>,
    goal_records: Vec<Goal>,
    measure_records: Vec<Measure>,
    review_records: Vec<Review>,
    development_records: Vec<DevelopmentNeed>,
    recognition_records: Vec<Recognition>,
    exit_records: Vec<ExitInterview>,
    cadences: Cadences,
}

impl<'a> Gen<'a> {
    fn new(size: &'a Size, seed: u64, now: Timestamp) -> Gen<'a> {
        Gen {
            size,
            seed,
            cal: Calendar::new(now),
            orgs: Vec::new(),
            teams: Vec::new(),
            people: Vec::new(),
            goals: Vec::new(),
            organisation_records: Vec::new(),
            team_records: Vec::new(),
            person_records: Vec::new(),
            goal_records: Vec::new(),
            measure_records: Vec::new(),
            review_records: Vec::new(),
            development_records: Vec::new(),
            recognition_records: Vec::new(),
            exit_records: Vec::new(),
            cadences: Cadences::default(),
        }
    }

    fn rng(&self, name: &str) -> Rng {
        Rng::stream(self.seed, name)
    }

    fn org_weights(&self) -> Vec<u64> {
        self.orgs
            .iter()
            .map(|o| u64::from(o.flavour.weight()))
            .collect()
    }

    // ---- organisations ----

    fn organisations(&mut self) {
        let mut rng = self.rng("organisations");
        for i in 0..self.size.organisations {
            let (name, short, flavour) = match ORGANISATIONS.get(i) {
                Some(t) => (t.name.to_string(), t.short.to_string(), t.flavour),
                None => {
                    let k = i - ORGANISATIONS.len();
                    let place = EXTRA_PLACES[k % EXTRA_PLACES.len()];
                    let (flavour, ending) =
                        EXTRA_KINDS[(k / EXTRA_PLACES.len()) % EXTRA_KINDS.len()];
                    let round = k / (EXTRA_PLACES.len() * EXTRA_KINDS.len());
                    let number = if round == 0 {
                        String::new()
                    } else {
                        format!(" {}", round + 1)
                    };
                    let name = format!("{place} {ending}{number} (fictional)");
                    let short: String = format!(
                        "{}{}",
                        initials(&format!("{place} {ending}")),
                        number.trim()
                    )
                    .chars()
                    .take(20)
                    .collect();
                    (name, short, flavour)
                }
            };
            let id = rng.id();
            let age = 1000 + rng.between(0, 400);
            let stamps = self.cal.stamps_days_ago(&mut rng, age);
            self.organisation_records.push(Organisation {
                id,
                name,
                short_name: short.clone(),
                kind: flavour.kind(),
                stamps,
            });
            self.orgs.push(OrgInfo {
                id,
                flavour,
                short,
                chief: None,
                directors: Vec::new(),
                people: Vec::new(),
                teams: Vec::new(),
                strategic: Vec::new(),
                team_goals: Vec::new(),
                shared_in: Vec::new(),
            });
        }
    }

    // ---- teams ----

    fn teams(&mut self) {
        let mut rng = self.rng("teams");
        let counts = apportion(self.size.teams, &self.org_weights());
        for (o, count) in counts.into_iter().enumerate() {
            let list = self.orgs[o].flavour.teams();
            for k in 0..count {
                let (base, description) = list[k % list.len()];
                let round = k / list.len();
                let name = if round == 0 {
                    base.to_string()
                } else {
                    let site = SITES[(round - 1) % SITES.len()];
                    let again = (round - 1) / SITES.len();
                    if again == 0 {
                        format!("{base}, {site} team")
                    } else {
                        format!("{base}, {site} team {}", again + 1)
                    }
                };
                let id = rng.id();
                let age = 400 + rng.between(0, 800);
                let stamps = self.cal.stamps_days_ago(&mut rng, age);
                self.orgs[o].teams.push(self.teams.len());
                self.teams.push(TeamInfo {
                    id,
                    org: o,
                    base,
                    lead: None,
                    members: Vec::new(),
                    goals: Vec::new(),
                    individual_goals: Vec::new(),
                });
                self.team_records.push(Team {
                    id,
                    name,
                    description: description.to_string(),
                    organisation_id: self.orgs[o].id,
                    stamps,
                });
            }
        }
    }

    // ---- people ----

    fn people(&mut self) {
        let mut rng = self.rng("people");
        let mut names: HashSet<String> = HashSet::new();
        let counts = apportion(self.size.people, &self.org_weights());
        for (o, count) in counts.into_iter().enumerate() {
            let flavour = self.orgs[o].flavour;
            let directors = flavour.directors();
            let director_count = if count <= 1 {
                0
            } else {
                ((count - 1) / 4).clamp(1, directors.len())
            };
            let org_teams = self.orgs[o].teams.clone();
            for k in 0..count {
                let (rank, team, manager) = if k == 0 {
                    (Rank::Chief, None, None)
                } else if k <= director_count {
                    (Rank::Director, None, self.orgs[o].chief)
                } else if k <= director_count + org_teams.len() {
                    let t = org_teams[k - director_count - 1];
                    let manager = rng.pick(&self.orgs[o].directors).or(self.orgs[o].chief);
                    (Rank::Lead, Some(t), manager)
                } else {
                    let team = rng.pick(&org_teams);
                    let manager = match team {
                        Some(t) => {
                            let seniors = &self.teams[t].members;
                            if rng.chance(0.25) && !seniors.is_empty() {
                                rng.pick(seniors)
                            } else {
                                self.teams[t].lead
                            }
                        }
                        None => rng.pick(&self.orgs[o].directors).or(self.orgs[o].chief),
                    };
                    (Rank::Staff, team, manager)
                };
                let job_title = match rank {
                    Rank::Chief => flavour.chief().to_string(),
                    Rank::Director => directors[k - 1].to_string(),
                    Rank::Lead => {
                        let title = rng.pick(flavour.lead_titles()).unwrap_or("Team manager");
                        let team_name = lower_first(team.map_or("", |t| self.teams[t].base));
                        if title.ends_with(" of") {
                            format!("{title} {team_name}")
                        } else {
                            format!("{title}, {team_name}")
                        }
                    }
                    Rank::Staff => {
                        let base = team.map(|t| self.teams[t].base);
                        let corporate = base.is_some_and(|b| CORPORATE_TEAMS.contains(&b));
                        let list = if corporate {
                            CORPORATE_STAFF
                        } else {
                            flavour.staff()
                        };
                        let title = rng.pick(list).unwrap_or("Officer");
                        match base {
                            Some(b) => format!("{title}, {}", lower_first(b)),
                            None => title.to_string(),
                        }
                    }
                };
                let doctor = ["Medical", "Consultant", "doctor", "GP", "psychologist"]
                    .iter()
                    .any(|w| job_title.contains(w))
                    || job_title == "Director of Public Health"
                    || job_title == "Clinical Director";
                let name = unique_name(&mut rng, &mut names, doctor);
                let short = &self.orgs[o].short;
                let team_words =
                    team.map_or_else(|| short.clone(), |t| lower_first(self.teams[t].base));
                let job_description = match rank {
                    Rank::Chief => format!(
                        "Accountable to the board for the performance of {short} and for its part in the integrated care system."
                    ),
                    Rank::Director => format!(
                        "Member of the executive team at {short}; holds strategic goals and chairs performance reviews."
                    ),
                    Rank::Lead => JOB_DESCRIPTIONS[0].replace("{team}", &team_words),
                    Rank::Staff if rng.chance(0.4) => {
                        JOB_DESCRIPTIONS[1 + rng.below(3)].replace("{team}", &team_words)
                    }
                    Rank::Staff => String::new(),
                };
                let (appointment, joined_days_ago) = if rng.chance(0.25) {
                    let days = rng.between(30, 1500);
                    (
                        Appointment {
                            start_date: Some(sub_days(self.cal.today, days)),
                            objectives: rng.pick(APPOINTMENT_OBJECTIVES).unwrap_or("").to_string(),
                        },
                        days,
                    )
                } else {
                    (Appointment::default(), rng.between(200, 1600))
                };
                let id = rng.id();
                let stamps = self.cal.stamps_days_ago(&mut rng, joined_days_ago);
                let p = self.people.len();
                match rank {
                    Rank::Chief => self.orgs[o].chief = Some(p),
                    Rank::Director => self.orgs[o].directors.push(p),
                    Rank::Lead => {
                        if let Some(t) = team {
                            self.teams[t].lead = Some(p);
                        }
                    }
                    Rank::Staff => {
                        if let Some(t) = team {
                            self.teams[t].members.push(p);
                        }
                    }
                }
                self.orgs[o].people.push(p);
                self.person_records.push(Person {
                    id,
                    name: name.clone(),
                    job_title,
                    job_description,
                    organisation_id: self.orgs[o].id,
                    team_id: team.map(|t| self.teams[t].id),
                    line_manager_id: manager.map(|m| self.people[m].id),
                    appointment,
                    stamps,
                });
                self.people.push(PersonInfo {
                    id,
                    org: o,
                    team,
                    manager,
                    rank,
                    name,
                    goals: Vec::new(),
                });
            }
        }
    }

    // ---- goals ----

    /// Themes an organisation of `flavour` works on, by perspective.
    fn themes_for(flavour: Flavour) -> [Vec<usize>; 4] {
        let mut out: [Vec<usize>; 4] = Default::default();
        for (i, theme) in THEMES.iter().enumerate() {
            if theme.flavours.contains(&flavour) {
                let p = Perspective::ALL
                    .iter()
                    .position(|x| *x == theme.perspective)
                    .unwrap_or(0);
                out[p].push(i);
            }
        }
        out
    }

    /// A theme for `flavour`, for a goal with nothing above it to take one from.
    fn any_theme(rng: &mut Rng, flavour: Flavour) -> usize {
        let all: Vec<usize> = Self::themes_for(flavour).into_iter().flatten().collect();
        rng.pick(&all).unwrap_or(0)
    }

    fn push_goal(&mut self, rng: &mut Rng, draft: GoalDraft) -> usize {
        let id = rng.id();
        let start = if rng.chance(0.1) {
            sub_months(self.cal.year_start(), 12)
        } else {
            self.cal.year_start()
        };
        let created = self.cal.at(sub_days(start, rng.between(0, 45)), 10, 0);
        let updated = if rng.chance(0.5) {
            let days = span_days(created.date_naive(), self.cal.today);
            self.cal
                .at(add_days(created.date_naive(), rng.between(0, days)), 14, 30)
        } else {
            created
        };
        let mut shared: Vec<Id> = draft
            .partners
            .iter()
            .filter(|o| **o != draft.org)
            .map(|o| self.orgs[*o].id)
            .collect();
        shared.sort();
        shared.dedup();
        let g = self.goals.len();
        self.goal_records.push(Goal {
            id,
            title: draft.title.clone(),
            description: draft.description,
            level: draft.level,
            perspective: draft.perspective,
            owner_id: draft.owner.map(|p| self.people[p].id),
            team_id: draft.team.map(|t| self.teams[t].id),
            organisation_id: self.orgs[draft.org].id,
            shared_with: shared,
            parent_id: draft.parent.map(|p| self.goals[p].id),
            supports: Vec::new(),
            start_date: Some(start),
            due_date: Some(draft.due.max(start)),
            stamps: self.cal.stamps(created, updated),
        });
        self.goals.push(GoalInfo {
            id,
            org: draft.org,
            owner: draft.owner,
            theme: draft.theme,
            title: draft.title,
            measures: Vec::new(),
        });
        if let Some(p) = draft.owner {
            self.people[p].goals.push(g);
        }
        g
    }

    /// A due date in this financial year: its end, or the end of a quarter.
    fn due_in_year(&self, rng: &mut Rng) -> NaiveDate {
        let quarter = [3u32, 6, 9, 12][rng.weighted(&[1, 1, 2, 6])];
        let end = add_months(self.cal.year_start(), quarter);
        sub_days(end, 1)
    }

    fn goals(&mut self) {
        let mut rng = self.rng("goals");
        let total = self.size.goals;
        if self.orgs.is_empty() {
            return;
        }
        let strategic = if total == 0 {
            0
        } else {
            ((total as f64 * 0.05).round() as usize).clamp(1, total)
        };
        let team_level = ((total as f64 * 0.30).round() as usize).min(total - strategic);
        let individual = total - strategic - team_level;

        // Strategic goals: each organisation takes its themes in turn over the four perspectives,
        // every theme once before any is used again (then for another locality).
        let counts = apportion_at_least_one(strategic, &self.org_weights());
        for (o, count) in counts.into_iter().enumerate() {
            let by_perspective = Self::themes_for(self.orgs[o].flavour);
            let offsets: Vec<usize> = (0..4).map(|_| rng.below(16)).collect();
            let longest = by_perspective.iter().map(Vec::len).max().unwrap_or(0);
            let mut order = Vec::new();
            for round in 0..longest {
                for k in 0..4 {
                    let p = (o + k) % 4;
                    let list = &by_perspective[p];
                    if round < list.len() {
                        order.push(list[(round + offsets[p]) % list.len()]);
                    }
                }
            }
            for made in 0..count {
                let Some(&theme) = order.get(made % order.len().max(1)) else {
                    break;
                };
                let again = made / order.len();
                let title = if again == 0 {
                    THEMES[theme].goal.to_string()
                } else {
                    let site = SITES[(again - 1) % SITES.len()];
                    let mut chars = site.chars();
                    let site: String = chars
                        .next()
                        .map(|c| c.to_uppercase().chain(chars).collect())
                        .unwrap_or_default();
                    format!("{} ({site} locality)", THEMES[theme].goal)
                };
                let owner = rng.pick(&self.orgs[o].directors).or(self.orgs[o].chief);
                let mut partners = Vec::new();
                if self.orgs.len() > 1 && rng.chance(0.3) {
                    for _ in 0..1 + rng.below(2) {
                        let other = rng.below(self.orgs.len());
                        if other != o && !partners.contains(&other) {
                            partners.push(other);
                        }
                    }
                }
                let due = if rng.chance(0.3) {
                    add_months(self.cal.year_end(), 12)
                } else {
                    self.cal.year_end()
                };
                let g = self.push_goal(
                    &mut rng,
                    GoalDraft {
                        level: GoalLevel::Strategic,
                        org: o,
                        theme,
                        perspective: THEMES[theme].perspective,
                        title,
                        description: THEMES[theme].description.to_string(),
                        parent: None,
                        team: None,
                        owner,
                        partners: partners.clone(),
                        due,
                    },
                );
                self.orgs[o].strategic.push(g);
                for partner in partners {
                    self.orgs[partner].shared_in.push(g);
                }
            }
        }
        let all_strategic: Vec<usize> = (0..self.goals.len()).collect();

        // Team goals: spread evenly over the teams (or the organisations, if there are none).
        let holders: Vec<(usize, Option<usize>)> = if self.teams.is_empty() {
            let counts = apportion(team_level, &self.org_weights());
            counts
                .into_iter()
                .enumerate()
                .flat_map(|(o, n)| std::iter::repeat_n((o, None), n))
                .collect()
        } else {
            let counts = apportion(team_level, &vec![1; self.teams.len()]);
            counts
                .into_iter()
                .enumerate()
                .flat_map(|(t, n)| std::iter::repeat_n((self.teams[t].org, Some(t)), n))
                .collect()
        };
        let mut used_titles: HashSet<(usize, &'static str)> = HashSet::new();
        for (o, team) in holders {
            let r = rng.unit();
            let base = team.map(|t| self.teams[t].base);
            let matching: Vec<usize> = self.orgs[o]
                .strategic
                .iter()
                .copied()
                .filter(|g| base.is_some_and(|b| THEMES[self.goals[*g].theme].teams.contains(&b)))
                .collect();
            let people_goals: Vec<usize> = self.orgs[o]
                .strategic
                .iter()
                .copied()
                .filter(|g| THEMES[self.goals[*g].theme].perspective == Perspective::LearningGrowth)
                .collect();
            let parent = if r < 0.005 {
                None
            } else if r < 0.10 && !self.orgs[o].team_goals.is_empty() {
                rng.pick(&self.orgs[o].team_goals)
            } else if r < 0.18 && !self.orgs[o].shared_in.is_empty() {
                rng.pick(&self.orgs[o].shared_in)
            } else if r < 0.30 && !people_goals.is_empty() {
                // Any team may hold a goal on appraisal, training or wellbeing.
                rng.pick(&people_goals)
            } else if !matching.is_empty() && rng.chance(0.85) {
                rng.pick(&matching)
            } else {
                rng.pick(&self.orgs[o].strategic)
                    .or_else(|| rng.pick(&all_strategic))
            };
            let theme = match parent {
                Some(p) => self.goals[p].theme,
                None => Self::any_theme(&mut rng, self.orgs[o].flavour),
            };
            let title = pick_title(
                &mut rng,
                THEMES[theme].team_goals,
                team.unwrap_or(usize::MAX - o),
                &mut used_titles,
            );
            let owner = team.and_then(|t| {
                self.teams[t]
                    .lead
                    .or_else(|| rng.pick(&self.teams[t].members))
            });
            let owner = owner.or_else(|| rng.pick(&self.orgs[o].people));
            let mut partners = Vec::new();
            if let Some(p) = parent {
                let parent_org = self.goals[p].org;
                if parent_org != o && rng.chance(0.5) {
                    partners.push(parent_org);
                }
            }
            if partners.is_empty() && self.orgs.len() > 1 && rng.chance(0.03) {
                partners.push(rng.below(self.orgs.len()));
            }
            let description = if rng.chance(0.4) {
                format!(
                    "Our part in “{}”.",
                    parent.map_or(THEMES[theme].goal, |p| self.goals[p].title.as_str())
                )
            } else {
                String::new()
            };
            let due = self.due_in_year(&mut rng);
            let g = self.push_goal(
                &mut rng,
                GoalDraft {
                    level: GoalLevel::Team,
                    org: o,
                    theme,
                    perspective: THEMES[theme].perspective,
                    title: title.to_string(),
                    description,
                    parent,
                    team,
                    owner,
                    partners,
                    due,
                },
            );
            self.orgs[o].team_goals.push(g);
            if let Some(t) = team {
                self.teams[t].goals.push(g);
            }
        }

        // Individual goals: objectives of people below the chief executives.
        let owners: Vec<usize> = (0..self.people.len())
            .filter(|p| self.people[*p].rank != Rank::Chief)
            .collect();
        let mut used_titles: HashSet<(usize, &'static str)> = HashSet::new();
        for _ in 0..individual {
            let owner = rng.pick(&owners);
            let (o, team) = match owner {
                Some(p) => (self.people[p].org, self.people[p].team),
                None => (rng.below(self.orgs.len()), None),
            };
            let team_goals: &[usize] = team.map_or(&[], |t| &self.teams[t].goals);
            let colleagues: &[usize] = team.map_or(&[], |t| &self.teams[t].individual_goals);
            let r = rng.unit();
            let parent = if r < 0.005 {
                None
            } else if r < 0.75 && !team_goals.is_empty() {
                rng.pick(team_goals)
            } else if r < 0.95 || colleagues.is_empty() {
                rng.pick(&self.orgs[o].strategic)
                    .or_else(|| rng.pick(team_goals))
                    .or_else(|| rng.pick(&self.orgs[o].team_goals))
                    .or_else(|| rng.pick(&all_strategic))
            } else {
                rng.pick(colleagues)
            };
            let theme = match parent {
                Some(p) => self.goals[p].theme,
                None => Self::any_theme(&mut rng, self.orgs[o].flavour),
            };
            let personal = rng.chance(0.15);
            let (options, perspective) = if personal {
                (PERSONAL_GOALS, Perspective::LearningGrowth)
            } else {
                (THEMES[theme].individual_goals, THEMES[theme].perspective)
            };
            let title = pick_title(
                &mut rng,
                options,
                owner.unwrap_or(usize::MAX),
                &mut used_titles,
            );
            let description = if rng.chance(0.2) {
                "Agreed at my appraisal and recorded in my PDP.".to_string()
            } else {
                String::new()
            };
            let due = self.due_in_year(&mut rng);
            let g = self.push_goal(
                &mut rng,
                GoalDraft {
                    level: GoalLevel::Individual,
                    org: o,
                    theme,
                    perspective,
                    title: title.to_string(),
                    description,
                    parent,
                    team,
                    owner,
                    partners: Vec::new(),
                    due,
                },
            );
            if let Some(t) = team {
                self.teams[t].individual_goals.push(g);
            }
        }
    }

    // ---- measures ----

    fn measures(&mut self) {
        let mut rng = self.rng("measures");
        let total = self.size.measures;
        let mut pools: [Vec<usize>; 3] = Default::default();
        for (i, g) in self.goal_records.iter().enumerate() {
            let level = match g.level {
                GoalLevel::Strategic => 0,
                GoalLevel::Team => 1,
                GoalLevel::Individual => 2,
            };
            pools[level].push(i);
        }
        let weights: Vec<u64> = [50u64, 40, 10]
            .iter()
            .zip(&pools)
            .map(|(w, pool)| if pool.is_empty() { 0 } else { *w })
            .collect();
        if weights.iter().all(|w| *w == 0) {
            return;
        }
        let counts = apportion(total, &weights);
        let mut slots = Vec::with_capacity(total);
        for (level, count) in counts.into_iter().enumerate() {
            let mut order = pools[level].clone();
            rng.shuffle(&mut order);
            for j in 0..count {
                slots.push(order[j % order.len()]);
            }
        }
        let mut names: HashSet<(usize, String)> = HashSet::new();
        for goal in slots {
            let theme: &'static Theme = &THEMES[self.goals[goal].theme];
            let specs = theme.measures;
            let start = rng.below(specs.len());
            let fresh = (0..specs.len())
                .map(|k| &specs[(start + k) % specs.len()])
                .find(|s| !names.contains(&(goal, s.name.to_string())));
            let (spec, name) = match fresh {
                Some(s) => (s, s.name.to_string()),
                None => {
                    let s = &specs[start];
                    let mut n = 0;
                    let name = loop {
                        let site = SITES[n % SITES.len()];
                        let candidate = if n < SITES.len() {
                            format!("{} ({site} site)", s.name)
                        } else {
                            format!("{} ({site} site {})", s.name, n / SITES.len() + 1)
                        };
                        if !names.contains(&(goal, candidate.clone())) {
                            break candidate;
                        }
                        n += 1;
                    };
                    (s, name)
                }
            };
            names.insert((goal, name.clone()));
            let owner = self.goals[goal].owner.map(|p| self.people[p].name.clone());
            let entered_by = match owner {
                Some(name) if rng.chance(0.7) => name,
                _ => "Performance and information team".to_string(),
            };
            let m = self.measure_records.len();
            let measure = build_measure(
                &mut rng,
                &self.cal,
                self.size.months,
                spec,
                MeasureHead {
                    goal_id: self.goals[goal].id,
                    name,
                    entered_by,
                },
            );
            self.measure_records.push(measure);
            self.goals[goal].measures.push(m);
        }
    }

    // ---- reviews ----

    /// The measures of `goals` as they stood on `date`, at most `max` of them.
    fn snapshots(&self, goals: &[usize], date: NaiveDate, max: usize) -> Vec<MeasureSnapshot> {
        goals
            .iter()
            .flat_map(|g| self.goals[*g].measures.iter())
            .take(max)
            .map(|m| snapshot(&self.measure_records[*m], date))
            .collect()
    }

    fn reviews(&mut self) {
        let mut rng = self.rng("reviews");
        let total = self.size.reviews;
        if self.orgs.is_empty() {
            return;
        }
        let mut strategic = (total as f64 * 0.04).round() as usize;
        let mut team = ((total as f64 * 0.16).round() as usize).min(total - strategic);
        let mut appraisal = ((total as f64 * 0.25).round() as usize).min(total - strategic - team);
        let mut one_to_one = total - strategic - team - appraisal;
        if self.teams.is_empty() {
            strategic += team;
            team = 0;
        }
        if self.people.is_empty() {
            strategic += appraisal + one_to_one;
            appraisal = 0;
            one_to_one = 0;
        }
        let today = self.cal.today;

        // Strategic reviews: quarterly board reviews, going back from last month.
        let counts = apportion(strategic, &vec![1; self.orgs.len()]);
        for (o, count) in counts.into_iter().enumerate() {
            for j in 0..count {
                let date = sub_days(sub_months(today, 3 * j as u32), rng.between(3, 27));
                let participants: Vec<usize> = self.orgs[o]
                    .chief
                    .into_iter()
                    .chain(self.orgs[o].directors.iter().copied().take(5))
                    .collect();
                let mut goals = self.orgs[o].strategic.clone();
                rng.shuffle(&mut goals);
                goals.truncate(6);
                goals.sort_unstable();
                let measures = self.snapshots(&goals, date, 8);
                let subject = ReviewSubject::Strategic {
                    organisation_id: self.orgs[o].id,
                };
                let review = self.review(
                    &mut rng,
                    ReviewParts {
                        subject,
                        org: o,
                        date,
                        participants,
                        goals,
                        measures,
                        notes: STRATEGIC_NOTES,
                        rated: false,
                        actions: (1, 3),
                        next: Some((3, 0.8)),
                    },
                );
                self.review_records.push(review);
            }
        }

        // Team reviews: quarterly, going back from last month.
        if !self.teams.is_empty() {
            let counts = apportion(team, &vec![1; self.teams.len()]);
            for (t, count) in counts.into_iter().enumerate() {
                if count > 0 && rng.chance(0.2) {
                    self.cadences
                        .team
                        .push((self.teams[t].id, Cadence::Monthly));
                }
                for j in 0..count {
                    let date = sub_days(sub_months(today, 3 * j as u32), rng.between(2, 40));
                    let mut members = self.teams[t].members.clone();
                    rng.shuffle(&mut members);
                    members.truncate(4);
                    let participants: Vec<usize> =
                        self.teams[t].lead.into_iter().chain(members).collect();
                    let goals: Vec<usize> = self.teams[t].goals.iter().copied().take(4).collect();
                    let measures = self.snapshots(&goals, date, 5);
                    let subject = ReviewSubject::Team {
                        team_id: self.teams[t].id,
                    };
                    let review = self.review(
                        &mut rng,
                        ReviewParts {
                            subject,
                            org: self.teams[t].org,
                            date,
                            participants,
                            goals,
                            measures,
                            notes: TEAM_NOTES,
                            rated: true,
                            actions: (0, 3),
                            next: Some((3, 0.6)),
                        },
                    );
                    self.review_records.push(review);
                }
            }
        }

        // Appraisals: one a year per person, most recent first, in a random order of people.
        let mut order: Vec<usize> = (0..self.people.len()).collect();
        rng.shuffle(&mut order);
        let anchors: Vec<u32> = (0..self.people.len())
            .map(|_| rng.below(12) as u32)
            .collect();
        for k in 0..appraisal {
            let p = order[k % order.len()];
            let round = (k / order.len()) as u32;
            let date = sub_days(
                sub_months(today, anchors[p] + 12 * round),
                rng.between(1, 27),
            );
            let review = self.individual_review(&mut rng, p, IndividualReviewKind::Appraisal, date);
            self.review_records.push(review);
        }

        // One-to-ones: monthly, for about one person in six.
        let mut order: Vec<usize> = (0..self.people.len()).collect();
        rng.shuffle(&mut order);
        if one_to_one > 0 && !order.is_empty() {
            let people = one_to_one.div_ceil(6).min(order.len());
            let counts = apportion(one_to_one, &vec![1; people]);
            for (i, count) in counts.into_iter().enumerate() {
                let p = order[i];
                self.cadences
                    .one_to_one
                    .push((self.people[p].id, Cadence::Monthly));
                for j in 0..count {
                    let date = sub_days(sub_months(today, j as u32), rng.between(1, 20));
                    let review =
                        self.individual_review(&mut rng, p, IndividualReviewKind::OneToOne, date);
                    self.review_records.push(review);
                }
            }
        }
        for (o, org) in self.orgs.iter().enumerate() {
            if org.flavour == Flavour::Icb || o % 5 == 4 {
                self.cadences.strategic.push((org.id, Cadence::Monthly));
            }
        }
        // Oldest first, as they were recorded.
        self.review_records.sort_by_key(|r| r.date);
    }

    fn individual_review(
        &self,
        rng: &mut Rng,
        p: usize,
        kind: IndividualReviewKind,
        date: NaiveDate,
    ) -> Review {
        let person = &self.people[p];
        let participants: Vec<usize> = std::iter::once(p).chain(person.manager).collect();
        let mut goals = person.goals.clone();
        if goals.is_empty() {
            if let Some(t) = person.team {
                goals = self.teams[t].goals.iter().copied().take(2).collect();
            }
        }
        let (notes, rated, actions, next, max_goals) = match kind {
            IndividualReviewKind::Appraisal => (APPRAISAL_NOTES, true, (0, 2), (12, 0.7), 3),
            IndividualReviewKind::OneToOne => {
                (ONE_TO_ONE_NOTES, rng.chance(0.25), (0, 2), (1, 0.5), 2)
            }
        };
        goals.truncate(max_goals);
        self.review(
            rng,
            ReviewParts {
                subject: ReviewSubject::Individual {
                    person_id: person.id,
                    kind,
                },
                org: person.org,
                date,
                participants,
                goals,
                measures: Vec::new(),
                notes,
                rated,
                actions,
                next: Some(next),
            },
        )
    }

    fn review(&self, rng: &mut Rng, parts: ReviewParts) -> Review {
        let today = self.cal.today;
        let topic = parts
            .measures
            .first()
            .map(|m| m.name.clone())
            .or_else(|| parts.goals.first().map(|g| self.goals[*g].title.clone()))
            .unwrap_or_else(|| "the scorecard".to_string());
        let notes = rng
            .pick(parts.notes)
            .unwrap_or("")
            .replace("{measure}", &topic);
        let ratings = if parts.rated {
            parts
                .goals
                .iter()
                .map(|g| {
                    let own = 2 + rng.below(4) as u8;
                    let manager = (own as i8 + rng.below(3) as i8 - 1).clamp(1, 5) as u8;
                    GoalRating {
                        goal_id: self.goals[*g].id,
                        self_rating: Some(own),
                        manager_rating: Some(manager),
                    }
                })
                .collect()
        } else {
            Vec::new()
        };
        let (least, most) = parts.actions;
        let count = if parts.participants.is_empty() {
            0
        } else {
            least + rng.below(most - least + 1)
        };
        let individual = matches!(parts.subject, ReviewSubject::Individual { .. });
        let mut updated = self
            .cal
            .at(parts.date, 16 + rng.below(2) as u32, rng.below(60) as u32);
        let created = updated;
        let mut actions = Vec::with_capacity(count);
        for _ in 0..count {
            let description = if individual || parts.measures.is_empty() {
                if individual {
                    rng.pick(PERSONAL_ACTIONS).unwrap_or("").to_string()
                } else {
                    rng.pick(MEASURE_ACTIONS)
                        .unwrap_or("")
                        .replace("{measure}", &lower_first(&topic))
                }
            } else {
                let m = &parts.measures[rng.below(parts.measures.len())].name;
                rng.pick(MEASURE_ACTIONS)
                    .unwrap_or("")
                    .replace("{measure}", &lower_first(m))
            };
            let owner = rng.pick(&parts.participants).map(|p| self.people[p].id);
            let due = add_days(parts.date, rng.between(14, 90));
            let r = rng.unit();
            let status = if due < today {
                if r < 0.7 {
                    ActionStatus::Done
                } else if r < 0.8 {
                    ActionStatus::Dropped
                } else {
                    ActionStatus::Open
                }
            } else if r < 0.1 {
                ActionStatus::Done
            } else {
                ActionStatus::Open
            };
            let closed_at = (status != ActionStatus::Open).then(|| {
                let last = add_days(due, 14).min(today);
                let day = add_days(parts.date, rng.between(1, span_days(parts.date, last)));
                self.cal.at(
                    day.min(today),
                    9 + rng.below(8) as u32,
                    rng.below(60) as u32,
                )
            });
            if let Some(t) = closed_at {
                updated = updated.max(t);
            }
            actions.push(ReviewAction {
                id: rng.id(),
                description,
                owner_id: owner,
                due: Some(due),
                status,
                closed_at,
            });
        }
        let next_review = parts.next.and_then(|(months, chance)| {
            rng.chance(chance)
                .then(|| add_months(parts.date, months))
                .filter(|d| *d > parts.date)
        });
        Review {
            id: rng.id(),
            subject: parts.subject,
            organisation_id: self.orgs[parts.org].id,
            date: parts.date,
            participants: parts
                .participants
                .iter()
                .map(|p| self.people[*p].id)
                .collect(),
            goals: parts.goals.iter().map(|g| self.goals[*g].id).collect(),
            measures: parts.measures,
            notes,
            ratings,
            actions,
            next_review,
            stamps: self.cal.stamps(created, updated),
        }
    }

    // ---- the people cycle ----

    fn development(&mut self) {
        let mut rng = self.rng("development");
        if self.people.is_empty() {
            return;
        }
        let mut seen: HashSet<(usize, &'static str)> = HashSet::new();
        for _ in 0..self.size.development {
            let p = rng.below(self.people.len());
            let person = &self.people[p];
            let clinical = self.orgs[person.org].flavour.clinical() && rng.chance(0.6);
            let list = if clinical {
                CLINICAL_DEVELOPMENT
            } else {
                GENERAL_DEVELOPMENT
            };
            let mut item = list[rng.below(list.len())];
            for _ in 0..4 {
                if !seen.contains(&(p, item.0)) {
                    break;
                }
                item = list[rng.below(list.len())];
            }
            seen.insert((p, item.0));
            let (need, planned, evidence) = item;
            let goal = if rng.chance(0.5) {
                rng.pick(&person.goals)
            } else if rng.chance(0.4) {
                person.team.and_then(|t| rng.pick(&self.teams[t].goals))
            } else {
                None
            };
            let status = [
                DevelopmentStatus::Planned,
                DevelopmentStatus::InProgress,
                DevelopmentStatus::Done,
            ][rng.weighted(&[35, 40, 25])];
            let today = self.cal.today;
            let due = match status {
                DevelopmentStatus::Done => sub_days(today, rng.between(1, 300)),
                _ => add_days(sub_days(today, 60), rng.between(0, 360)),
            };
            let evidence = match status {
                DevelopmentStatus::Done => evidence.to_string(),
                DevelopmentStatus::InProgress if rng.chance(0.3) => {
                    "First module completed.".to_string()
                }
                _ => String::new(),
            };
            let age = rng.between(30, 540);
            let stamps = self.cal.stamps_days_ago(&mut rng, age);
            self.development_records.push(DevelopmentNeed {
                id: rng.id(),
                person_id: person.id,
                need: need.to_string(),
                goal_id: goal.map(|g| self.goals[g].id),
                planned_learning: planned.to_string(),
                status,
                evidence,
                due: Some(due),
                stamps,
            });
        }
    }

    fn recognitions(&mut self) {
        let mut rng = self.rng("recognitions");
        if self.people.is_empty() && self.teams.is_empty() {
            return;
        }
        for _ in 0..self.size.recognitions {
            let to_team = self.people.is_empty() || (!self.teams.is_empty() && rng.chance(0.3));
            let (recognised, goal, award) = if to_team {
                let t = rng.below(self.teams.len());
                let goal = if rng.chance(0.5) {
                    rng.pick(&self.teams[t].goals)
                } else {
                    None
                };
                let award = rng
                    .pick(&[
                        "Team of the month",
                        "Chief Executive's award",
                        "Improvement award",
                    ])
                    .unwrap_or("Team of the month");
                (
                    Recognised::Team {
                        team_id: self.teams[t].id,
                    },
                    goal,
                    award,
                )
            } else {
                let p = rng.below(self.people.len());
                let goal = if rng.chance(0.5) {
                    rng.pick(&self.people[p].goals)
                } else {
                    None
                };
                let award = loop {
                    let a = rng.pick(AWARDS).unwrap_or("Employee of the month");
                    if a != "Team of the month" {
                        break a;
                    }
                };
                (
                    Recognised::Person {
                        person_id: self.people[p].id,
                    },
                    goal,
                    award,
                )
            };
            let citation = match goal {
                Some(g) => rng
                    .pick(CITATIONS)
                    .unwrap_or("")
                    .replace("{what}", &self.goals[g].title),
                None => CITATIONS[2 + rng.below(2)].to_string(),
            };
            let date = sub_days(self.cal.today, rng.between(1, 730));
            let when = self.cal.at(date, 12, 0);
            self.recognition_records.push(Recognition {
                id: rng.id(),
                recognised,
                award: award.to_string(),
                goal_id: goal.map(|g| self.goals[g].id),
                date,
                citation,
                stamps: self.cal.stamps(when, when),
            });
        }
        self.recognition_records.sort_by_key(|r| r.date);
    }

    fn exit_interviews(&mut self) {
        let mut rng = self.rng("exit interviews");
        let counts = apportion(self.size.exit_interviews, &self.org_weights());
        let mut names = HashSet::new();
        let weights: Vec<u32> = EXIT_REASONS.iter().map(|(_, w)| *w).collect();
        for (o, count) in counts.into_iter().enumerate() {
            let flavour = self.orgs[o].flavour;
            for _ in 0..count {
                let mut reasons: Vec<_> = (0..1 + rng.weighted(&[6, 3, 1]))
                    .map(|_| EXIT_REASONS[rng.weighted(&weights)].0)
                    .collect();
                let main = reasons[0];
                reasons.sort();
                reasons.dedup();
                let date = sub_days(self.cal.today, rng.between(1, 730));
                let when = self.cal.at(date, 15, 0);
                self.exit_records.push(ExitInterview {
                    id: rng.id(),
                    organisation_id: self.orgs[o].id,
                    leaver_name: unique_name(&mut rng, &mut names, false),
                    job_title: rng.pick(flavour.staff()).unwrap_or("").to_string(),
                    date,
                    reasons,
                    themes: exit_themes(main).to_string(),
                    stamps: self.cal.stamps(when, when),
                });
            }
        }
        self.exit_records.sort_by_key(|e| e.date);
    }

    // ---- the workspace ----

    // The collections are about to become an indexed type built `From<Vec<T>>`, so each is
    // assigned once with `into()`; today that is a conversion of a Vec to itself.
    #[allow(clippy::useless_conversion)]
    fn finish(self) -> Workspace {
        let mut ws = Workspace::empty(REFERENCE_NAME);
        ws.organisations = self.organisation_records.into();
        ws.teams = self.team_records.into();
        ws.people = self.person_records.into();
        ws.goals = self.goal_records.into();
        ws.measures = self.measure_records.into();
        ws.reviews = self.review_records.into();
        ws.development = self.development_records.into();
        ws.recognitions = self.recognition_records.into();
        ws.exit_interviews = self.exit_records.into();
        ws.cadences = self.cadences;
        ws
    }
}

/// A goal about to be made.
struct GoalDraft {
    level: GoalLevel,
    org: usize,
    theme: usize,
    perspective: Perspective,
    title: String,
    description: String,
    parent: Option<usize>,
    team: Option<usize>,
    owner: Option<usize>,
    /// Organisations it is shared with.
    partners: Vec<usize>,
    due: NaiveDate,
}

/// What a review is made of, before the details are filled in.
struct ReviewParts {
    subject: ReviewSubject,
    org: usize,
    date: NaiveDate,
    participants: Vec<usize>,
    goals: Vec<usize>,
    measures: Vec<MeasureSnapshot>,
    notes: &'static [&'static str],
    rated: bool,
    /// Fewest and most actions agreed.
    actions: (usize, usize),
    /// Months to the next review, and the chance one is set.
    next: Option<(u32, f64)>,
}

/// A made-up name not used before in `names`.
fn unique_name(rng: &mut Rng, names: &mut HashSet<String>, doctor: bool) -> String {
    let mut name = String::new();
    for attempt in 0..20 {
        let first = rng.pick(FIRST_NAMES).unwrap_or("Alex");
        let last = rng.pick(SURNAMES).unwrap_or("Smith");
        name = if attempt < 10 {
            format!("{first} {last}")
        } else {
            let middle = rng.pick(FIRST_NAMES).unwrap_or("Jo");
            format!("{first} {} {last}", &middle[..1])
        };
        if !names.contains(&name) {
            break;
        }
    }
    names.insert(name.clone());
    if doctor {
        format!("Dr {name}")
    } else {
        name
    }
}

/// A title from `options` that `holder` does not have yet, if one turns up in a few tries.
fn pick_title(
    rng: &mut Rng,
    options: &'static [&'static str],
    holder: usize,
    used: &mut HashSet<(usize, &'static str)>,
) -> &'static str {
    let mut title = options[rng.below(options.len())];
    for _ in 0..4 {
        if !used.contains(&(holder, title)) {
            break;
        }
        title = options[rng.below(options.len())];
    }
    used.insert((holder, title));
    title
}

/// A measure as a review saw it on `date`: its latest data entered before then, and its status
/// against the trajectory for that period.
fn snapshot(m: &Measure, date: NaiveDate) -> MeasureSnapshot {
    let latest = m
        .actuals
        .iter()
        .rev()
        .find(|a| a.entered_at.date_naive() < date);
    let (status, latest) = match latest {
        None => (RagStatus::NoDataYet, "No data".to_string()),
        Some(a) => {
            let planned = m.trajectory.as_ref().and_then(|t| t.planned_for(&a.period));
            let status = match planned {
                Some(p) => rag(a.value, p, &m.polarity, &m.tolerance)
                    .map(RagStatus::from)
                    .unwrap_or(RagStatus::NoDataYet),
                None => RagStatus::NotYetDue,
            };
            (
                status,
                format!(
                    "{} in {}",
                    crate::format::value(a.value, &m.unit),
                    a.period.label()
                ),
            )
        }
    };
    MeasureSnapshot {
        measure_id: m.id,
        name: m.name.clone(),
        status: status.label().to_string(),
        latest,
    }
}

// ---- a measure's data ----

/// The parts of a measure that come from the goal it belongs to.
struct MeasureHead {
    goal_id: Id,
    name: String,
    entered_by: String,
}

/// How a trajectory spreads the year's change over its months.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PlanShape {
    /// The same change every month.
    Straight,
    /// Typed in month by month, e.g. an operational plan shaped by winter.
    PerPeriod,
    /// Weights per calendar month (smoking quits: January and October campaigns).
    Seasonal,
    /// More change late in the year (savings).
    BackLoaded,
}

/// Monthly weights, April first, of four-week quits (campaigns in October and January).
const QUIT_WEIGHTS: [f64; 12] = [6.0, 6.0, 6.0, 6.0, 6.0, 6.0, 14.0, 8.0, 6.0, 20.0, 8.0, 8.0];
/// Monthly weights, April first, of a typed-in running total: quieter in August and December.
const TYPED_WEIGHTS: [f64; 12] = [9.0, 9.0, 8.0, 7.0, 9.0, 9.0, 9.0, 8.0, 6.0, 8.0, 9.0, 9.0];

fn shape_weights(shape: PlanShape) -> [f64; 12] {
    match shape {
        PlanShape::Straight => [1.0; 12],
        PlanShape::PerPeriod => TYPED_WEIGHTS,
        PlanShape::Seasonal => QUIT_WEIGHTS,
        PlanShape::BackLoaded => [
            1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0,
        ],
    }
}

fn is_winter(p: &Period) -> bool {
    matches!(p.start().month(), 12 | 1 | 2)
}

/// One financial year of a trajectory: from `from` (at the March before `april`) to `to` in
/// March, as `shape` spreads it.
fn plan_year(
    kind: MeasureKind,
    shape: PlanShape,
    april: Period,
    from: f64,
    to: f64,
    winter: f64,
    decimals: u8,
) -> Option<Vec<PeriodValue>> {
    let baseline = PeriodValue::new(april.previous()?, from);
    let target = PeriodValue::new(april.offset(11)?, to);
    let trajectory = match shape {
        PlanShape::Straight => Trajectory::straight_line(kind, baseline, target),
        PlanShape::Seasonal => Trajectory::from_shape(
            kind,
            baseline,
            target,
            &Shape::Seasonal {
                april_to_march: QUIT_WEIGHTS,
            },
        ),
        PlanShape::BackLoaded => Trajectory::from_shape(kind, baseline, target, &Shape::BackLoaded),
        PlanShape::PerPeriod => {
            let values: Vec<f64> = match kind {
                MeasureKind::Point => (0..12)
                    .map(|m| {
                        let p = april.offset(m);
                        let bump = if p.as_ref().is_some_and(is_winter) {
                            winter
                        } else {
                            0.0
                        };
                        round_to(from + (to - from) * (m + 1) as f64 / 12.0 + bump, decimals)
                    })
                    .collect(),
                MeasureKind::Cumulative => {
                    let total: f64 = TYPED_WEIGHTS.iter().sum();
                    let mut used = 0.0;
                    TYPED_WEIGHTS
                        .iter()
                        .map(|w| {
                            used += w;
                            round_to(from + (to - from) * used / total, decimals)
                        })
                        .collect()
                }
            };
            Trajectory::from_profile(kind, april, &values)
        }
    };
    trajectory.ok().map(|t| t.points().to_vec())
}

/// A measure with `months` of monthly data ending at the calendar's latest month, a trajectory
/// for this financial year (and last year's, when the data goes back that far), and perhaps
/// self-assessments, corrections, notes and SPC settings.
fn build_measure(
    rng: &mut Rng,
    cal: &Calendar,
    months: usize,
    spec: &MeasureSpec,
    head: MeasureHead,
) -> Measure {
    let id = rng.id();
    let mut m = Measure::new(
        id,
        head.goal_id,
        head.name,
        Frequency::Monthly,
        spec.polarity,
        spec.kind,
        cal.now,
    );
    m.definition = spec.definition.to_string();
    m.unit = spec.unit.to_string();
    m.data_source = spec.source.to_string();
    m.tolerance = spec.tolerance;
    m.weight = [1.0, 2.0, 0.5][rng.weighted(&[8, 1, 1])];

    let periods: Vec<Period> = (0..months)
        .rev()
        .filter_map(|back| cal.latest.offset(-(back as i64)))
        .collect();
    let april = cal.april;
    let last_april = april.offset(-12);
    let plan_aprils: Vec<Period> = match (last_april, periods.first()) {
        (Some(last), Some(first)) if *first <= last => vec![last, april],
        _ => vec![april],
    };
    let in_plan_year = |p: &Period| -> Option<usize> {
        plan_aprils
            .iter()
            .position(|a| p.start() >= a.start() && a.offset(11).is_some_and(|end| *p <= end))
    };

    // Which way is better: +1 higher, -1 lower, 0 for a band.
    let better = match spec.polarity {
        Polarity::HigherIsBetter => 1.0,
        Polarity::LowerIsBetter => -1.0,
        Polarity::WithinBand { .. } => 0.0,
    };
    let worse = if better == 0.0 { 1.0 } else { -better };
    let scale = if spec.scales { 0.5 + rng.unit() } else { 1.0 };
    // How each plan year goes against plan, in units of the noise: ahead, on plan, a little
    // behind, well behind.
    let gaps: Vec<f64> = plan_aprils
        .iter()
        .map(|_| [0.8, 0.0, -0.8, -2.2][rng.weighted(&[3, 3, 2, 2])])
        .collect();
    let d = spec.decimals;
    let clamp = |v: f64| round_to(v.clamp(spec.min, spec.max), d);

    let mut values: Vec<f64> = Vec::with_capacity(periods.len());
    let mut rebase: Option<usize> = None;
    let (trajectory, start, baseline, target) = match spec.kind {
        MeasureKind::Point => {
            let spread = spec.spread * scale;
            let now_level = spec.level * scale;
            let target = spec.target * scale;
            let step = target - now_level;
            let last_level = now_level - step * 0.5;
            let first_level = last_level - step * 0.5 * rng.unit();
            let winter_effect = |p: &Period| {
                if spec.season == Season::Winter && is_winter(p) {
                    worse * spread * 1.2
                } else {
                    0.0
                }
            };
            let shape = match spec.season {
                Season::Winter if rng.chance(0.65) => PlanShape::PerPeriod,
                _ if rng.chance(0.4) => PlanShape::PerPeriod,
                _ => PlanShape::Straight,
            };
            let years: Vec<(Period, f64, f64)> = if plan_aprils.len() == 2 {
                vec![
                    (plan_aprils[0], last_level, now_level),
                    (plan_aprils[1], now_level, target),
                ]
            } else {
                vec![(april, now_level, target)]
            };
            let mut points = Vec::new();
            for (a, from, to) in &years {
                let winter = if shape == PlanShape::PerPeriod && spec.season == Season::Winter {
                    worse * spread * 1.2
                } else {
                    0.0
                };
                points.extend(
                    plan_year(
                        MeasureKind::Point,
                        shape,
                        *a,
                        round_to(*from, d),
                        round_to(*to, d),
                        winter,
                        d,
                    )
                    .unwrap_or_default(),
                );
            }
            let before_plan = periods.iter().filter(|p| in_plan_year(p).is_none()).count();
            for (i, p) in periods.iter().enumerate() {
                let underlying = match in_plan_year(p) {
                    Some(y) => {
                        let (a, from, to) = years[y];
                        let step_in = a.periods_until(p).unwrap_or(0) + 1;
                        from + (to - from) * step_in as f64 / 12.0 + gaps[y] * spread * better
                    }
                    None => {
                        let frac = (i + 1) as f64 / before_plan.max(1) as f64;
                        first_level + (last_level - first_level) * frac
                    }
                };
                values.push(underlying + winter_effect(p) + rng.noise() * spread);
            }
            // Now and then something a board would ask about.
            let n = values.len();
            if n >= 15 && rng.chance(0.08) {
                values[n - 1] += worse * 4.0 * spread; // special cause concern
            } else if n >= 15 && better != 0.0 && rng.chance(0.06) {
                for v in &mut values[n - 8..] {
                    *v += better * 1.5 * spread; // a run of improvement
                }
            } else if n >= 30 && better != 0.0 && rng.chance(0.05) {
                let at = n - 18; // a service change: a step, and the chart starts again there
                for v in &mut values[at..] {
                    *v += better * 2.0 * spread;
                }
                rebase = Some(at);
            }
            let baseline = april
                .previous()
                .map(|p| PeriodValue::new(p, round_to(now_level, d)));
            let target = april
                .offset(11)
                .map(|p| PeriodValue::new(p, round_to(target, d)));
            (points, round_to(years[0].1, d), baseline, target)
        }
        MeasureKind::Cumulative => {
            let target_total = round_to(spec.target * scale, d);
            let last_total = spec.level * scale;
            let shape = match spec.season {
                Season::QuitCampaigns => PlanShape::Seasonal,
                Season::BackLoaded => PlanShape::BackLoaded,
                _ if rng.chance(0.5) => PlanShape::PerPeriod,
                _ => PlanShape::Straight,
            };
            let weights = shape_weights(shape);
            let weight_sum: f64 = weights.iter().sum();
            let plan_totals: Vec<f64> = if plan_aprils.len() == 2 {
                vec![round_to(last_total * 1.03, d), target_total]
            } else {
                vec![target_total]
            };
            let mut points = Vec::new();
            for (a, total) in plan_aprils.iter().zip(&plan_totals) {
                points.extend(
                    plan_year(MeasureKind::Cumulative, shape, *a, 0.0, *total, 0.0, d)
                        .unwrap_or_default(),
                );
            }
            let mut running = 0.0;
            for (i, p) in periods.iter().enumerate() {
                let index = financial_month_index(p.start().month());
                let fresh_year = index == 0 || i == 0;
                let year_total = match in_plan_year(p) {
                    Some(y) => plan_totals[y] * (1.0 + better * gaps[y] * 0.04),
                    None => {
                        let years_back = april.periods_until(p).map_or(1, |n| (-n + 11) / 12);
                        let mut total = last_total;
                        for _ in 1..years_back.max(1) {
                            total *= 0.96;
                        }
                        total
                    }
                };
                if fresh_year {
                    // A history that starts mid-year starts from the year so far.
                    let so_far: f64 = weights[..index].iter().sum();
                    running = year_total * so_far / weight_sum;
                }
                let planned = year_total * weights[index] / weight_sum;
                let increment = (planned * (1.0 + rng.noise() * spec.spread)).max(0.0);
                running += increment;
                values.push(running);
            }
            let baseline = april.previous().map(|p| PeriodValue::new(p, 0.0));
            let target = april.offset(11).map(|p| PeriodValue::new(p, target_total));
            (points, 0.0, baseline, target)
        }
    };
    let first_plan = plan_aprils[0];
    m.trajectory = first_plan.previous().and_then(|before| {
        Trajectory::from_points(spec.kind, Some(PeriodValue::new(before, start)), trajectory).ok()
    });
    m.baseline = baseline;
    m.target = target;

    // The data, as entered: by the owner or the information team, a week or so after each
    // month ends; now and then with a note or a correction.
    let mut last_change = cal.at(
        sub_days(periods.first().map_or(cal.today, |p| p.start()), 20),
        9,
        0,
    );
    for (i, (p, v)) in periods.iter().zip(&values).enumerate() {
        let value = clamp(*v);
        let end = p.end().unwrap_or(cal.today);
        let first_entry = cal.at(
            add_days(end, rng.between(4, 12)),
            9 + rng.below(8) as u32,
            rng.below(60) as u32,
        );
        let (entered_at, history) = if rng.chance(0.02) {
            let later = cal.at(
                add_days(first_entry.date_naive(), rng.between(3, 20)),
                10,
                rng.below(60) as u32,
            );
            let earlier = clamp(value + rng.noise() * spec.spread.max(0.1) * scale);
            let revision = ActualRevision {
                value: earlier,
                note: "Provisional figure.".to_string(),
                changed_at: first_entry,
                changed_by: head.entered_by.clone(),
            };
            (later.max(first_entry), vec![revision])
        } else {
            (first_entry, Vec::new())
        };
        let note = if Some(i) == rebase {
            "New pathway went live this month; the SPC chart starts a new section here.".to_string()
        } else if !history.is_empty() {
            "Corrected after data quality review.".to_string()
        } else if rng.chance(0.04) {
            rng.pick(ACTUAL_NOTES).unwrap_or("").to_string()
        } else {
            String::new()
        };
        last_change = last_change.max(entered_at);
        m.actuals.push(Actual {
            period: *p,
            value,
            note,
            entered_at,
            entered_by: head.entered_by.clone(),
            history,
        });
    }

    // The owner's own view of the last few months, for about half the measures.
    if rng.chance(0.5) && !m.actuals.is_empty() {
        let count = (1 + rng.below(6)).min(m.actuals.len());
        let from = m.actuals.len() - count;
        for a in &m.actuals[from..] {
            let data = m
                .trajectory
                .as_ref()
                .and_then(|t| t.planned_for(&a.period))
                .and_then(|p| rag(a.value, p, &m.polarity, &m.tolerance).ok())
                .unwrap_or(Rag::Green);
            let r = rng.unit();
            let own = if r < 0.7 {
                data
            } else if r < 0.9 {
                // Owners tend to see it a shade better than the data does.
                match data {
                    Rag::Red => Rag::Amber,
                    _ => Rag::Green,
                }
            } else {
                match data {
                    Rag::Green => Rag::Amber,
                    _ => Rag::Red,
                }
            };
            let narratives = match own {
                Rag::Green => GREEN_NARRATIVES,
                Rag::Amber => AMBER_NARRATIVES,
                Rag::Red => RED_NARRATIVES,
            };
            let end = a.period.end().unwrap_or(cal.today);
            let assessed_at = cal.at(add_days(end, rng.between(8, 15)), 10, rng.below(60) as u32);
            last_change = last_change.max(assessed_at);
            m.self_assessments.push(SelfAssessment {
                period: a.period,
                rag: own,
                confidence: [1, 2, 3, 4, 5][rng.weighted(&[1, 2, 4, 4, 2])],
                narrative: rng.pick(narratives).unwrap_or("").to_string(),
                assessed_by: head.entered_by.clone(),
                assessed_at,
            });
        }
    }

    // SPC choices: mostly the defaults.
    let mut spc = SpcSettings::default();
    if let Some(at) = rebase {
        spc.rebase_at = vec![periods[at]];
    }
    if rng.chance(0.05) {
        spc.freeze_after = Some(12 + rng.below(13));
    }
    if rng.chance(0.04) {
        spc.run_length_six = true;
    }
    if rng.chance(0.03) {
        spc.screening = false;
    }
    m.spc = spc;

    let created = cal.at(
        sub_days(
            periods.first().map_or(cal.today, |p| p.start()),
            rng.between(5, 40),
        ),
        9,
        0,
    );
    m.stamps = cal.stamps(created, last_change);
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apportion_shares_out_exactly() {
        assert_eq!(apportion(10, &[1, 1, 1]), vec![4, 3, 3]);
        assert_eq!(apportion(7, &[14, 5, 11]), vec![3, 1, 3]);
        assert_eq!(apportion(0, &[1, 2]), vec![0, 0]);
        assert_eq!(apportion(5, &[0, 0]), vec![3, 2]);
        assert_eq!(apportion_at_least_one(3, &[10, 1, 1]), vec![1, 1, 1]);
        assert_eq!(apportion_at_least_one(2, &[10, 1, 1]), vec![2, 0, 0]);
    }

    #[test]
    fn the_generator_is_a_known_sequence() {
        // SplitMix64 from state 0 (Steele, Lea and Flood's reference values).
        let mut rng = Rng(0);
        assert_eq!(rng.next_u64(), 0xE220_A839_7B1D_CDAF);
        assert_eq!(rng.next_u64(), 0x6E78_9E6A_A1B9_65F4);
        let mut rng = Rng::stream(1, "x");
        for _ in 0..1000 {
            assert!(rng.below(7) < 7);
            let u = rng.unit();
            assert!((0.0..1.0).contains(&u));
        }
        assert_eq!(rng.id().get_version_num(), 4);
    }

    #[test]
    fn text_helpers() {
        assert_eq!(lower_first("Emergency department"), "emergency department");
        assert_eq!(lower_first("NHS 111"), "NHS 111");
        assert_eq!(initials("Brackenmoor Hospitals NHS Trust"), "BHNT");
        assert_eq!(round_to(-0.001, 2), 0.0);
        assert!(round_to(-0.001, 2).is_sign_positive());
        assert_eq!(round_to(72.34, 1), 72.3);
    }

    #[test]
    fn scaled_sizes_keep_a_partnership() {
        let tenth = Size::ics().scaled(0.1);
        assert_eq!(tenth.organisations, 3);
        assert_eq!(tenth.goals, 200);
        assert_eq!(tenth.months, 60);
        let none = Size::ics().scaled(f64::NAN);
        assert_eq!(none.people, 1);
        assert_eq!(Size::ics().scaled(1.0), Size::ics());
    }
}
