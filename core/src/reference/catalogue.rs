//! The words the reference generator draws on: fictional organisations, their teams and job
//! titles, people's names, and the themes an integrated care system really works on. A theme is
//! a strategic goal with the team and individual goals that sit under it and the measures NHS
//! trusts, ICBs and councils report for it (see `domain.md`: A&E 4 hours, referral to treatment
//! in 18 weeks, no criteria to reside, four-week smoking quits, MMR2 at 5 years, cost improvement,
//! agency spend, appraisal, sickness absence…). Every organisation name says "(fictional)".

use crate::analysis::{MeasureKind, Polarity, Tolerance};
use crate::model::{ExitReason, OrgKind, Perspective};

/// What an organisation does, which decides its teams, job titles and themes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Flavour {
    Acute,
    Community,
    MentalHealth,
    Ambulance,
    Icb,
    County,
    Unitary,
    Voluntary,
    GpFederation,
}

use Flavour::{
    Acute, Ambulance, Community, County, GpFederation, Icb, MentalHealth, Unitary, Voluntary,
};

/// Every flavour that employs staff on NHS or council terms.
const STATUTORY: &[Flavour] = &[
    Acute,
    Community,
    MentalHealth,
    Ambulance,
    Icb,
    County,
    Unitary,
];
/// Every flavour.
const ALL: &[Flavour] = &[
    Acute,
    Community,
    MentalHealth,
    Ambulance,
    Icb,
    County,
    Unitary,
    Voluntary,
    GpFederation,
];
/// NHS providers.
const PROVIDERS: &[Flavour] = &[Acute, Community, MentalHealth, Ambulance];
/// Councils with social care and public health duties.
const COUNCILS: &[Flavour] = &[County, Unitary];

impl Flavour {
    pub fn kind(self) -> OrgKind {
        match self {
            Acute | Community | MentalHealth | Ambulance => OrgKind::NhsTrust,
            Icb => OrgKind::Icb,
            County | Unitary => OrgKind::LocalAuthority,
            Voluntary => OrgKind::VoluntarySector,
            GpFederation => OrgKind::Other,
        }
    }

    /// Relative size: how large a share of the system's teams, people and goals it has.
    pub fn weight(self) -> u32 {
        match self {
            Acute => 14,
            Community => 9,
            MentalHealth => 9,
            Ambulance => 7,
            Icb => 5,
            County => 11,
            Unitary => 8,
            Voluntary => 2,
            GpFederation => 3,
        }
    }

    /// Whether its staff are mostly clinical (for development needs and titles such as "Dr").
    pub fn clinical(self) -> bool {
        matches!(
            self,
            Acute | Community | MentalHealth | Ambulance | GpFederation
        )
    }

    /// Its teams, with what each does, in the order they are set up.
    pub fn teams(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Acute => ACUTE_TEAMS,
            Community => COMMUNITY_TEAMS,
            MentalHealth => MENTAL_HEALTH_TEAMS,
            Ambulance => AMBULANCE_TEAMS,
            Icb => ICB_TEAMS,
            County => COUNTY_TEAMS,
            Unitary => UNITARY_TEAMS,
            Voluntary => VOLUNTARY_TEAMS,
            GpFederation => GP_FEDERATION_TEAMS,
        }
    }

    /// The executive team under the chief executive.
    pub fn directors(self) -> &'static [&'static str] {
        match self {
            Acute | Community | MentalHealth | Ambulance => &[
                "Chief Operating Officer",
                "Director of Finance",
                "Chief Nurse",
                "Medical Director",
                "Chief People Officer",
                "Director of Strategy and Performance",
            ],
            Icb => &[
                "Chief Finance Officer",
                "Chief Nursing Officer",
                "Chief Medical Officer",
                "Director of Performance and Delivery",
                "Director of Primary Care",
            ],
            County | Unitary => &[
                "Director of Adult Social Services",
                "Director of Public Health",
                "Director of Children's Services",
                "Executive Director of Resources",
                "Director of Commissioning",
            ],
            Voluntary => &["Director of Services", "Head of Finance and Resources"],
            GpFederation => &["Clinical Director", "Head of Operations"],
        }
    }

    /// The title of the person at the top.
    pub fn chief(self) -> &'static str {
        match self {
            Voluntary => "Chief Officer",
            GpFederation => "Managing Director",
            _ => "Chief Executive",
        }
    }

    /// Titles of those who lead a team, completed with the team's name.
    pub fn lead_titles(self) -> &'static [&'static str] {
        match self {
            Acute | Community | MentalHealth | Ambulance => &["Head of service", "Service manager"],
            Icb => &["Head of", "Senior manager"],
            County | Unitary => &["Head of service", "Team manager"],
            Voluntary | GpFederation => &["Service lead", "Team leader"],
        }
    }

    /// Job titles of staff in a team.
    pub fn staff(self) -> &'static [&'static str] {
        match self {
            Acute => &[
                "Staff nurse",
                "Senior staff nurse",
                "Ward sister",
                "Healthcare assistant",
                "Consultant",
                "Specialty doctor",
                "Physiotherapist",
                "Occupational therapist",
                "Operational manager",
                "Administrator",
                "Data analyst",
                "Pharmacist",
                "Radiographer",
                "Biomedical scientist",
                "Assistant practitioner",
                "Finance business partner",
            ],
            Community => &[
                "District nurse",
                "Community staff nurse",
                "Advanced practitioner",
                "Physiotherapist",
                "Occupational therapist",
                "Health visitor",
                "School nurse",
                "Podiatrist",
                "Healthcare support worker",
                "Administrator",
                "Data analyst",
            ],
            MentalHealth => &[
                "Mental health nurse",
                "Clinical psychologist",
                "Psychological wellbeing practitioner",
                "Consultant psychiatrist",
                "Support worker",
                "Occupational therapist",
                "Peer support worker",
                "Social worker",
                "Administrator",
            ],
            Ambulance => &[
                "Paramedic",
                "Specialist paramedic",
                "Emergency medical technician",
                "Call handler",
                "Clinical navigator",
                "Dispatcher",
                "Patient transport driver",
                "Fleet technician",
            ],
            Icb => &[
                "Commissioning manager",
                "Senior analyst",
                "Contracts manager",
                "Quality lead",
                "Medicines optimisation pharmacist",
                "Programme manager",
                "Project support officer",
            ],
            County | Unitary => &[
                "Social worker",
                "Senior practitioner",
                "Occupational therapist",
                "Reablement support worker",
                "Public health practitioner",
                "Stop smoking adviser",
                "Commissioning officer",
                "Business support officer",
                "Family support worker",
                "Housing options officer",
            ],
            Voluntary => &[
                "Carers' support worker",
                "Volunteer coordinator",
                "Community navigator",
                "Welfare benefits adviser",
                "Fundraising officer",
            ],
            GpFederation => &[
                "Practice nurse",
                "Salaried GP",
                "Clinical pharmacist",
                "Social prescribing link worker",
                "Care coordinator",
                "Receptionist",
            ],
        }
    }
}

/// One of the system's organisations as first set up.
pub(super) struct OrgTemplate {
    pub name: &'static str,
    pub short: &'static str,
    pub flavour: Flavour,
}

/// The twelve organisations of the reference system. The first three (a trust, the ICB and the
/// county council) are the partnership that remains in a scaled-down workspace.
pub(super) const ORGANISATIONS: [OrgTemplate; 12] = [
    OrgTemplate {
        name: "Avenmere University Hospitals NHS Foundation Trust (fictional)",
        short: "AUH",
        flavour: Acute,
    },
    OrgTemplate {
        name: "NHS Avenmere and Kestwick Integrated Care Board (fictional)",
        short: "A&K ICB",
        flavour: Icb,
    },
    OrgTemplate {
        name: "Avenmere County Council (fictional)",
        short: "ACC",
        flavour: County,
    },
    OrgTemplate {
        name: "Kestwick and Dunmoor Hospitals NHS Trust (fictional)",
        short: "KDH",
        flavour: Acute,
    },
    OrgTemplate {
        name: "Avenmere and Kestwick Partnership NHS Foundation Trust (fictional)",
        short: "AKPFT",
        flavour: MentalHealth,
    },
    OrgTemplate {
        name: "Avenmere Community Health NHS Trust (fictional)",
        short: "ACHT",
        flavour: Community,
    },
    OrgTemplate {
        name: "Kestwick City Council (fictional)",
        short: "KCC",
        flavour: Unitary,
    },
    OrgTemplate {
        name: "Western Shires Ambulance Service NHS Foundation Trust (fictional)",
        short: "WSAS",
        flavour: Ambulance,
    },
    OrgTemplate {
        name: "Dunmoor Borough Council (fictional)",
        short: "DBC",
        flavour: Unitary,
    },
    OrgTemplate {
        name: "Saltmere Hospitals NHS Foundation Trust (fictional)",
        short: "SHFT",
        flavour: Acute,
    },
    OrgTemplate {
        name: "Avenmere and Kestwick GP Federation (fictional)",
        short: "AK GP Fed",
        flavour: GpFederation,
    },
    OrgTemplate {
        name: "Kestwick Carers and Volunteers Network (fictional)",
        short: "KCVN",
        flavour: Voluntary,
    },
];

/// Places for organisations beyond the first twelve.
pub(super) const EXTRA_PLACES: &[&str] = &[
    "Brackenmoor",
    "Elmstead Vale",
    "Fennick",
    "Gorsey Bank",
    "Hollinwick",
    "Larchfield",
    "Marrowby",
    "Norbeck",
    "Oakhurst Vale",
    "Quenby",
    "Redwater",
    "Thistlecombe",
];

/// Kinds of organisation beyond the first twelve: flavour and the end of the name.
pub(super) const EXTRA_KINDS: &[(Flavour, &str)] = &[
    (Acute, "Hospitals NHS Trust"),
    (Unitary, "Council"),
    (Community, "Community Health NHS Trust"),
    (GpFederation, "Primary Care Network"),
    (Voluntary, "Community Support Trust"),
    (MentalHealth, "Mental Health NHS Trust"),
];

/// Site names, to tell apart a second team or goal of the same kind.
pub(super) const SITES: &[&str] = &[
    "north", "south", "east", "west", "city", "county", "coastal", "rural",
];

const ACUTE_TEAMS: &[(&str, &str)] = &[
    (
        "Emergency department",
        "Adult and children's emergency care and the urgent treatment centre.",
    ),
    (
        "Acute medicine",
        "The acute medical unit and same-day emergency care.",
    ),
    (
        "Patient flow and discharge",
        "Site management and the integrated discharge hub.",
    ),
    (
        "Planned care and surgery",
        "Elective pathways, pre-operative assessment and surgical wards.",
    ),
    (
        "Theatres",
        "Main and day-case theatres, anaesthetics and recovery.",
    ),
    (
        "Cancer services",
        "Suspected cancer referrals, diagnostics and treatment pathways.",
    ),
    (
        "Outpatients",
        "Outpatient clinics, booking and patient-initiated follow-up.",
    ),
    (
        "Finance",
        "Financial planning, the cost improvement programme and reporting.",
    ),
    (
        "Workforce and organisational development",
        "Recruitment, appraisal, training and staff wellbeing.",
    ),
    (
        "Diagnostics and imaging",
        "Radiology, CT, MRI and ultrasound.",
    ),
    ("Maternity", "Antenatal, labour ward and postnatal care."),
    (
        "Quality and patient safety",
        "Incident review, patient safety and clinical audit.",
    ),
    (
        "Patient experience",
        "Complaints, PALS and the Friends and Family Test.",
    ),
    (
        "Trauma and orthopaedics",
        "Trauma, elective orthopaedics and fracture clinics.",
    ),
    ("Endoscopy", "Diagnostic and therapeutic endoscopy."),
    (
        "Tobacco dependence treatment service",
        "Supports inpatients who smoke, with referral on discharge.",
    ),
    (
        "Critical care",
        "The intensive care and high dependency units.",
    ),
    (
        "Paediatrics",
        "Children's wards and the paediatric assessment unit.",
    ),
    ("Temporary staffing", "The staff bank and agency bookings."),
    (
        "Ophthalmology",
        "Eye clinics, cataract surgery and the eye casualty service.",
    ),
    (
        "Frailty and elderly care",
        "The frailty unit and care of older people wards.",
    ),
    (
        "Stroke services",
        "The hyperacute stroke unit and stroke rehabilitation.",
    ),
    (
        "Pharmacy",
        "Dispensary, ward pharmacy and medicines safety.",
    ),
    (
        "Performance and information",
        "The integrated performance report and data quality.",
    ),
    (
        "Estates and facilities",
        "Buildings, catering, portering and cleaning.",
    ),
    (
        "Digital services",
        "The electronic patient record, devices and the service desk.",
    ),
    (
        "Volunteer services",
        "Ward, wayfinding and chaplaincy volunteers.",
    ),
];

const COMMUNITY_TEAMS: &[(&str, &str)] = &[
    (
        "District nursing",
        "Nursing care for housebound patients in their own homes.",
    ),
    (
        "Urgent community response",
        "Two-hour crisis response to keep people out of hospital.",
    ),
    (
        "Virtual ward",
        "Hospital-level care at home, with remote monitoring.",
    ),
    (
        "Integrated discharge team",
        "Discharge planning with the acute trusts and social care.",
    ),
    (
        "Intermediate care",
        "Step-up and step-down beds and home-based rehabilitation.",
    ),
    (
        "Finance",
        "Financial planning, the cost improvement programme and reporting.",
    ),
    (
        "Workforce and organisational development",
        "Recruitment, appraisal, training and staff wellbeing.",
    ),
    (
        "Community rehabilitation",
        "Physiotherapy and occupational therapy in the community.",
    ),
    (
        "Patient experience",
        "Complaints, PALS and the Friends and Family Test.",
    ),
    (
        "Health visiting",
        "The healthy child programme from birth to five.",
    ),
    (
        "Podiatry",
        "Foot health, diabetic foot protection and nail surgery.",
    ),
    (
        "Quality and patient safety",
        "Incident review, pressure ulcers and falls.",
    ),
    (
        "School nursing",
        "Health support for children of school age.",
    ),
    (
        "Musculoskeletal services",
        "Community physiotherapy and musculoskeletal triage.",
    ),
    (
        "Speech and language therapy",
        "Adult and children's speech, language and swallowing.",
    ),
    ("Temporary staffing", "The staff bank and agency bookings."),
    (
        "Performance and information",
        "Performance reports and the community services dataset.",
    ),
];

const MENTAL_HEALTH_TEAMS: &[(&str, &str)] = &[
    (
        "Crisis resolution and home treatment",
        "Round-the-clock crisis assessment and home treatment.",
    ),
    (
        "Adult community mental health",
        "Community mental health teams for adults.",
    ),
    (
        "Talking therapies",
        "NHS Talking Therapies for anxiety and depression.",
    ),
    (
        "Adult acute inpatient wards",
        "Adult acute admission wards.",
    ),
    (
        "Finance",
        "Financial planning, the cost improvement programme and reporting.",
    ),
    (
        "Workforce and organisational development",
        "Recruitment, appraisal, training and staff wellbeing.",
    ),
    (
        "Children and young people's mental health",
        "CAMHS: assessment and treatment for under-18s.",
    ),
    (
        "Early intervention in psychosis",
        "Support for people experiencing a first episode of psychosis.",
    ),
    (
        "Patient experience",
        "Complaints, PALS and the Friends and Family Test.",
    ),
    (
        "Perinatal mental health",
        "Mental health support in pregnancy and the first year.",
    ),
    (
        "Older people's mental health",
        "Memory assessment and dementia services.",
    ),
    (
        "Liaison psychiatry",
        "Mental health assessment in the acute hospitals.",
    ),
    (
        "Learning disability services",
        "Community support for adults with a learning disability.",
    ),
    (
        "Quality and patient safety",
        "Incident review, restrictive practice and clinical audit.",
    ),
    ("Temporary staffing", "The staff bank and agency bookings."),
];

const AMBULANCE_TEAMS: &[(&str, &str)] = &[
    (
        "Emergency operations centre",
        "999 call handling and dispatch.",
    ),
    (
        "Clinical hub",
        "Clinical assessment of lower-acuity 999 and 111 calls.",
    ),
    (
        "Hospital handover liaison",
        "Hospital ambulance liaison officers at each emergency department.",
    ),
    ("NHS 111", "The integrated urgent care and NHS 111 service."),
    (
        "Finance",
        "Financial planning, the cost improvement programme and reporting.",
    ),
    (
        "Workforce and organisational development",
        "Recruitment, appraisal, training and staff wellbeing.",
    ),
    (
        "Patient transport service",
        "Non-emergency patient transport.",
    ),
    (
        "Hazardous area response team",
        "Specialist response to major and hazardous incidents.",
    ),
    ("Fleet and logistics", "Vehicles, make-ready and equipment."),
    (
        "Quality and patient safety",
        "Incident review and clinical audit.",
    ),
    (
        "Temporary staffing",
        "Overtime, bank and private provider shifts.",
    ),
];

const ICB_TEAMS: &[(&str, &str)] = &[
    (
        "Performance and assurance",
        "System performance reporting for the ICB board.",
    ),
    (
        "Primary care",
        "GP, pharmacy, optometry and dental commissioning.",
    ),
    (
        "Finance and contracting",
        "The system financial plan and provider contracts.",
    ),
    (
        "Urgent and emergency care programme",
        "System urgent care plan, winter and discharge.",
    ),
    (
        "Elective recovery programme",
        "Waiting list recovery across the system's providers.",
    ),
    (
        "Population health and inequalities",
        "Core20PLUS5, prevention and health inequalities.",
    ),
    (
        "Quality and nursing",
        "Quality surveillance and patient safety across the system.",
    ),
    (
        "Immunisation and screening",
        "Childhood immunisations and screening uptake.",
    ),
    (
        "Medicines optimisation",
        "Prescribing quality and medicines value.",
    ),
    (
        "Continuing healthcare",
        "NHS continuing healthcare assessment and packages.",
    ),
    (
        "Workforce and organisational development",
        "System workforce plan and ICB staff development.",
    ),
    (
        "Digital and data",
        "Shared care records and the system's data platform.",
    ),
];

const COUNTY_TEAMS: &[(&str, &str)] = &[
    (
        "Adult social care",
        "Assessment, care management and support for adults.",
    ),
    (
        "Public health",
        "Health protection, prevention and the public health grant.",
    ),
    (
        "Stop smoking service",
        "The council's public health stop smoking service.",
    ),
    (
        "Safeguarding adults",
        "Safeguarding enquiries and the safeguarding adults board.",
    ),
    (
        "Children's social care",
        "Assessment, child protection and children in care.",
    ),
    (
        "Reablement",
        "Short-term support to regain independence after illness or a hospital stay.",
    ),
    (
        "Hospital discharge social work",
        "Social workers based in the acute hospitals.",
    ),
    (
        "Carers' support",
        "Carers' assessments and support for unpaid carers.",
    ),
    (
        "Finance",
        "Budget monitoring and financial planning for social care.",
    ),
    (
        "Workforce and organisational development",
        "Recruitment, appraisal, training and staff wellbeing.",
    ),
    (
        "NHS Health Check programme",
        "Commissioning and promotion of NHS Health Checks.",
    ),
    (
        "Commissioning",
        "Care home, home care and day opportunities contracts.",
    ),
    (
        "Occupational therapy",
        "Equipment, adaptations and moving and handling assessments.",
    ),
    (
        "Drug and alcohol services",
        "Commissioning of treatment and recovery services.",
    ),
];

const UNITARY_TEAMS: &[(&str, &str)] = &[
    (
        "Adult social care",
        "Assessment, care management and support for adults.",
    ),
    (
        "Public health",
        "Health protection, prevention and the public health grant.",
    ),
    (
        "Children's social care",
        "Assessment, child protection and children in care.",
    ),
    (
        "Stop smoking service",
        "The council's public health stop smoking service.",
    ),
    (
        "Safeguarding adults",
        "Safeguarding enquiries and the safeguarding adults board.",
    ),
    (
        "Reablement",
        "Short-term support to regain independence after illness or a hospital stay.",
    ),
    (
        "Carers' support",
        "Carers' assessments and support for unpaid carers.",
    ),
    (
        "Finance",
        "Budget monitoring and financial planning for social care.",
    ),
    (
        "Workforce and organisational development",
        "Recruitment, appraisal, training and staff wellbeing.",
    ),
    (
        "Housing options",
        "Homelessness prevention and housing advice.",
    ),
    (
        "Commissioning",
        "Care home, home care and day opportunities contracts.",
    ),
    (
        "Environmental health",
        "Food safety, housing standards and pollution control.",
    ),
    (
        "NHS Health Check programme",
        "Commissioning and promotion of NHS Health Checks.",
    ),
];

const VOLUNTARY_TEAMS: &[(&str, &str)] = &[
    (
        "Carers' support line",
        "Telephone and online support for unpaid carers.",
    ),
    (
        "Social prescribing link workers",
        "Link workers based in GP practices.",
    ),
    (
        "Volunteer services",
        "Recruiting, training and supporting volunteers.",
    ),
    ("Befriending", "Befriending for isolated older people."),
    ("Finance", "Finance, grants and contracts."),
    ("Welfare advice", "Benefits and debt advice."),
];

const GP_FEDERATION_TEAMS: &[(&str, &str)] = &[
    (
        "Enhanced access",
        "Evening and weekend appointments for every practice.",
    ),
    (
        "Social prescribing link workers",
        "Link workers for the federation's practices.",
    ),
    (
        "Care homes support",
        "Weekly ward rounds and anticipatory care in care homes.",
    ),
    (
        "Clinical pharmacists",
        "Structured medication reviews in practices.",
    ),
    ("Finance", "Finance, contracts and payroll."),
    (
        "Workforce and organisational development",
        "Recruitment, appraisal and training.",
    ),
];

/// First names for fictional people.
pub(super) const FIRST_NAMES: &[&str] = &[
    "Amara",
    "Helen",
    "James",
    "Priya",
    "Tom",
    "Sarah",
    "Grace",
    "Mark",
    "Leah",
    "Fiona",
    "Daniel",
    "Owen",
    "Chloe",
    "Ravi",
    "Aisha",
    "Ben",
    "Catherine",
    "David",
    "Eleanor",
    "Farah",
    "George",
    "Hannah",
    "Imran",
    "Jessica",
    "Kwame",
    "Laura",
    "Mohammed",
    "Natalie",
    "Oliver",
    "Paula",
    "Rachel",
    "Samuel",
    "Tariq",
    "Uma",
    "Victoria",
    "William",
    "Yasmin",
    "Zoe",
    "Adam",
    "Bethan",
    "Ciaran",
    "Deborah",
    "Emeka",
    "Gareth",
    "Harpreet",
    "Ioana",
    "Joanne",
    "Kiran",
    "Lucy",
    "Martin",
    "Nadia",
    "Niamh",
    "Patrick",
    "Rhiannon",
    "Sunil",
    "Teresa",
    "Wiktoria",
    "Alan",
    "Bronwen",
    "Callum",
    "Dawn",
    "Ewa",
    "Femi",
    "Gemma",
    "Hugh",
    "Jasmine",
    "Kate",
    "Liam",
    "Maria",
    "Nkechi",
    "Rosa",
    "Stuart",
    "Tendai",
    "Anil",
    "Claire",
    "Dylan",
    "Elif",
    "Joseph",
    "Mei",
    "Rebecca",
    "Shona",
    "Stephen",
    "Aled",
];

/// Surnames for fictional people.
pub(super) const SURNAMES: &[&str] = &[
    "Okafor",
    "Marsh",
    "Whitfield",
    "Nair",
    "Evans",
    "Lewis",
    "Adeyemi",
    "Doyle",
    "Brooks",
    "Grant",
    "Cho",
    "Price",
    "Martin",
    "Shah",
    "Khan",
    "Patel",
    "Jones",
    "Williams",
    "Taylor",
    "Brown",
    "Davies",
    "Wilson",
    "Thomas",
    "Roberts",
    "Johnson",
    "Walker",
    "Wright",
    "Robinson",
    "Thompson",
    "White",
    "Hughes",
    "Edwards",
    "Green",
    "Hall",
    "Wood",
    "Harris",
    "Clarke",
    "Jackson",
    "Turner",
    "Hill",
    "Moore",
    "Cooper",
    "Ward",
    "Morris",
    "King",
    "Baker",
    "Begum",
    "Hussain",
    "Ali",
    "Singh",
    "Kaur",
    "Mensah",
    "Osei",
    "Nowak",
    "Kowalski",
    "Murphy",
    "O'Brien",
    "Kelly",
    "Campbell",
    "Stewart",
    "MacLeod",
    "Fraser",
    "Chen",
    "Wong",
    "Nguyen",
    "Ahmed",
    "Iqbal",
    "Mistry",
    "Chowdhury",
    "Bennett",
    "Fletcher",
    "Holmes",
    "Lloyd",
    "Pritchard",
    "Rees",
    "Parry",
    "Owusu",
    "Achterberg",
    "Costa",
    "Ferreira",
    "Popescu",
    "Ibrahim",
    "Yusuf",
    "Sutherland",
    "Gallagher",
    "Quinn",
    "Bell",
    "Fox",
    "Hart",
    "Mills",
];

/// The shape of a measure's year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Season {
    /// No seasonal pattern.
    Flat,
    /// Worse in December, January and February.
    Winter,
    /// Many quit attempts start in January and October.
    QuitCampaigns,
    /// Delivered mostly in the second half of the year (savings, income).
    BackLoaded,
}

/// What a measure looks like in a real board report, and how its data behaves.
pub(super) struct MeasureSpec {
    pub name: &'static str,
    pub definition: &'static str,
    pub unit: &'static str,
    pub source: &'static str,
    pub polarity: Polarity,
    pub kind: MeasureKind,
    /// Where it stands at the start of this financial year (a point measure), or last year's
    /// total (a cumulative one).
    pub level: f64,
    /// The target for this financial year: a value, or the year's total.
    pub target: f64,
    /// Month-to-month noise: in the measure's units for a point measure, as a share of the
    /// month's planned amount for a cumulative one.
    pub spread: f64,
    pub decimals: u8,
    /// Lowest and highest possible values (0 to 100 for a percentage).
    pub min: f64,
    pub max: f64,
    pub season: Season,
    pub tolerance: Tolerance,
    /// Whether the numbers grow with the organisation (counts and money, not rates).
    pub scales: bool,
}

/// A strategic goal an organisation of some flavours sets, with the goals and measures under it.
pub(super) struct Theme {
    pub perspective: Perspective,
    pub flavours: &'static [Flavour],
    pub goal: &'static str,
    pub description: &'static str,
    /// Teams (by name) that usually hold a team goal under it.
    pub teams: &'static [&'static str],
    pub team_goals: &'static [&'static str],
    pub individual_goals: &'static [&'static str],
    pub measures: &'static [MeasureSpec],
}

const BIG: f64 = 1.0e12;

/// A percentage, higher is better.
const fn pct_up(
    name: &'static str,
    definition: &'static str,
    source: &'static str,
    level: f64,
    target: f64,
    spread: f64,
    season: Season,
) -> MeasureSpec {
    MeasureSpec {
        name,
        definition,
        unit: "%",
        source,
        polarity: Polarity::HigherIsBetter,
        kind: MeasureKind::Point,
        level,
        target,
        spread,
        decimals: 1,
        min: 0.0,
        max: 100.0,
        season,
        tolerance: Tolerance::Absolute(1.0),
        scales: false,
    }
}

/// A percentage, lower is better.
const fn pct_down(
    name: &'static str,
    definition: &'static str,
    source: &'static str,
    level: f64,
    target: f64,
    spread: f64,
    season: Season,
) -> MeasureSpec {
    MeasureSpec {
        polarity: Polarity::LowerIsBetter,
        decimals: 2,
        tolerance: Tolerance::Absolute(0.2),
        ..pct_up(name, definition, source, level, target, spread, season)
    }
}

/// A count or amount for each month.
#[allow(clippy::too_many_arguments)]
const fn amount(
    name: &'static str,
    definition: &'static str,
    unit: &'static str,
    source: &'static str,
    polarity: Polarity,
    level: f64,
    target: f64,
    spread: f64,
    decimals: u8,
    season: Season,
    scales: bool,
) -> MeasureSpec {
    MeasureSpec {
        name,
        definition,
        unit,
        source,
        polarity,
        kind: MeasureKind::Point,
        level,
        target,
        spread,
        decimals,
        min: 0.0,
        max: BIG,
        season,
        tolerance: Tolerance::PercentOfPlanned(5.0),
        scales,
    }
}

/// A running total for the financial year, higher is better.
const fn running_total(
    name: &'static str,
    definition: &'static str,
    unit: &'static str,
    source: &'static str,
    last_year: f64,
    target: f64,
    season: Season,
) -> MeasureSpec {
    MeasureSpec {
        name,
        definition,
        unit,
        source,
        polarity: Polarity::HigherIsBetter,
        kind: MeasureKind::Cumulative,
        level: last_year,
        target,
        spread: 0.08,
        decimals: 0,
        min: 0.0,
        max: BIG,
        season,
        tolerance: Tolerance::PercentOfPlanned(5.0),
        scales: true,
    }
}

const FLAT: Season = Season::Flat;
const WINTER: Season = Season::Winter;
const HIGHER: Polarity = Polarity::HigherIsBetter;
const LOWER: Polarity = Polarity::LowerIsBetter;
const ESR: &str = "Electronic Staff Record (ESR)";

/// The themes, by perspective.
pub(super) const THEMES: &[Theme] = &[
    // ---- Patients, service users and residents ----
    Theme {
        perspective: Perspective::Customer,
        flavours: &[Acute],
        goal: "See 78% of A&E patients within 4 hours",
        description: "Meet the planning ambition for the 4-hour standard by March, on the way to 95%, with no patient waiting more than 12 hours.",
        teams: &["Emergency department", "Acute medicine", "Patient flow and discharge"],
        team_goals: &[
            "Triage every walk-in patient within 15 minutes",
            "Stream minor injuries to the urgent treatment centre",
            "Hand over every ambulance patient within 30 minutes",
            "See same-day emergency care patients within an hour of arrival",
        ],
        individual_goals: &[
            "Roster a triage nurse for every shift",
            "Train six nurses in streaming to urgent treatment",
            "Audit time to triage on night shifts",
            "Lead the weekly review of 4-hour breaches",
            "Run a daily huddle with the site team at 8am",
        ],
        measures: &[
            pct_up(
                "A&E patients seen within 4 hours",
                "Percentage of all A&E attendances (types 1–3) admitted, transferred or discharged within 4 hours of arrival.",
                "Emergency Care Data Set (ECDS), monthly A&E situation report",
                72.5, 78.0, 1.3, WINTER,
            ),
            amount(
                "Ambulance handovers over 60 minutes",
                "Ambulance arrivals whose handover to the emergency department took more than 60 minutes.",
                "handovers",
                "National ambulance handover data (NHS England)",
                LOWER, 310.0, 150.0, 35.0, 0, WINTER, true,
            ),
            pct_up(
                "Time to initial assessment within 15 minutes",
                "Percentage of A&E arrivals assessed by a clinician within 15 minutes.",
                "Emergency Care Data Set (ECDS)",
                64.0, 75.0, 2.5, WINTER,
            ),
        ],
    },
    Theme {
        perspective: Perspective::Customer,
        flavours: &[Acute],
        goal: "Cut waits for planned care towards 92% within 18 weeks",
        description: "Referral to treatment within 18 weeks, recovering towards the constitutional standard, with no one waiting more than a year.",
        teams: &["Planned care and surgery", "Outpatients", "Theatres", "Trauma and orthopaedics", "Ophthalmology"],
        team_goals: &[
            "Validate every waiting list entry over 40 weeks",
            "Book patients in date order within clinical priority",
            "Move 5% of outpatient follow-ups to patient-initiated follow-up",
            "Run extra weekend lists for the longest waiters",
        ],
        individual_goals: &[
            "Validate 200 pathways a month with the booking team",
            "Offer every long waiter a choice of provider",
            "Set up a one-stop cataract clinic",
            "Cut clinic letter turnaround to 7 days",
        ],
        measures: &[
            pct_up(
                "Referral to treatment within 18 weeks",
                "Percentage of patients on an incomplete referral-to-treatment pathway waiting 18 weeks or less.",
                "Referral to treatment (RTT) waiting times dataset",
                58.4, 65.0, 0.8, FLAT,
            ),
            amount(
                "Patients waiting more than 52 weeks",
                "Incomplete referral-to-treatment pathways waiting more than 52 weeks at the end of the month.",
                "patients",
                "Referral to treatment (RTT) waiting times dataset",
                LOWER, 1450.0, 600.0, 60.0, 0, FLAT, true,
            ),
            pct_up(
                "Diagnostic tests within 6 weeks",
                "Percentage of patients waiting less than 6 weeks for one of the 15 key diagnostic tests (DM01).",
                "Diagnostic waiting times and activity (DM01)",
                78.0, 95.0, 1.8, FLAT,
            ),
        ],
    },
    Theme {
        perspective: Perspective::Customer,
        flavours: &[Acute, Community, MentalHealth],
        goal: "Put patients' experience at the heart of every service",
        description: "Act on what patients and families tell us, and answer complaints well and on time.",
        teams: &["Patient experience", "Quality and patient safety"],
        team_goals: &[
            "Answer every complaint within the time agreed with the complainant",
            "Publish 'you said, we did' on every ward each month",
            "Raise Friends and Family Test response rates to 25%",
        ],
        individual_goals: &[
            "Call every complainant within two working days",
            "Train ward teams in resolving concerns on the spot",
            "Recruit patient partners to the quality committee",
        ],
        measures: &[
            pct_up(
                "Friends and Family Test: % positive",
                "Percentage of responses rating the service 'very good' or 'good'.",
                "Friends and Family Test return",
                91.0, 95.0, 1.2, FLAT,
            ),
            pct_up(
                "Complaints answered within the agreed time",
                "Percentage of formal complaints responded to within the timescale agreed with the complainant.",
                "Complaints management system (Datix)",
                72.0, 90.0, 5.0, FLAT,
            ),
        ],
    },
    Theme {
        perspective: Perspective::Customer,
        flavours: COUNCILS,
        goal: "People who use adult social care feel safe and in control of their support",
        description: "The ASCOF measures from the adult social care survey, and timely assessment and safeguarding.",
        teams: &["Adult social care", "Safeguarding adults", "Occupational therapy"],
        team_goals: &[
            "Conclude every safeguarding enquiry within 28 days",
            "Complete new assessments within 28 days of referral",
            "Offer every person a direct payment at review",
        ],
        individual_goals: &[
            "Review my caseload's support plans every 12 months",
            "Complete Making Safeguarding Personal training",
            "Halve my waiting list for occupational therapy assessments",
        ],
        measures: &[
            pct_up(
                "People who use adult social care who feel safe",
                "Proportion of people who use services who say they feel safe (ASCOF 4A), from the council's monthly survey of people using services.",
                "Adult Social Care Survey (ASCOF 4A)",
                69.2, 72.0, 1.1, FLAT,
            ),
            pct_up(
                "Safeguarding enquiries concluded within 28 days",
                "Percentage of section 42 safeguarding enquiries concluded within 28 days of starting.",
                "Safeguarding Adults Collection (SAC) case records",
                71.0, 85.0, 3.5, FLAT,
            ),
            pct_up(
                "Adult social care assessments completed within 28 days",
                "Percentage of new care act assessments completed within 28 days of referral.",
                "Social care case management system",
                64.0, 80.0, 3.0, FLAT,
            ),
        ],
    },
    Theme {
        perspective: Perspective::Customer,
        flavours: &[Ambulance],
        goal: "Reach category 2 patients within 30 minutes on average",
        description: "Meet the national ambition for category 2 response times through winter.",
        teams: &["Emergency operations centre", "Clinical hub", "NHS 111"],
        team_goals: &[
            "Answer 999 calls within 5 seconds",
            "Clinically assess 15% of category 3 and 4 calls by phone",
            "Release crews from hospital within 45 minutes",
        ],
        individual_goals: &[
            "Coach new call handlers on the triage system",
            "Audit ten category 2 calls a week",
            "Cover the clinical hub rota at weekends",
        ],
        measures: &[
            MeasureSpec {
                tolerance: Tolerance::Absolute(3.0),
                ..amount(
                    "Category 2 mean response time",
                    "Mean time from call connect to arrival at the scene for category 2 (emergency) calls.",
                    "minutes",
                    "Ambulance Quality Indicators (AQI)",
                    LOWER, 38.5, 30.0, 3.5, 1, WINTER, false,
                )
            },
            MeasureSpec {
                tolerance: Tolerance::Absolute(0.5),
                ..amount(
                    "Category 1 mean response time",
                    "Mean time from call connect to arrival at the scene for category 1 (life-threatening) calls.",
                    "minutes",
                    "Ambulance Quality Indicators (AQI)",
                    LOWER, 8.6, 7.0, 0.4, 1, WINTER, false,
                )
            },
            pct_up(
                "NHS 111 calls answered within 60 seconds",
                "Percentage of calls to NHS 111 answered within 60 seconds.",
                "Integrated urgent care aggregate data collection (IUC ADC)",
                62.0, 80.0, 6.0, WINTER,
            ),
        ],
    },
    Theme {
        perspective: Perspective::Customer,
        flavours: &[MentalHealth],
        goal: "Give people timely access to mental health support",
        description: "Shorter waits for talking therapies and community teams; no one sent out of area for a bed.",
        teams: &["Talking therapies", "Adult community mental health", "Crisis resolution and home treatment", "Children and young people's mental health"],
        team_goals: &[
            "Start talking therapies within six weeks of referral",
            "Bring every out-of-area patient back within a week",
            "Offer a first appointment within four weeks for every young person",
        ],
        individual_goals: &[
            "Run two extra evening groups a week",
            "Complete the Dialogical Practice training",
            "Review every out-of-area placement daily",
        ],
        measures: &[
            pct_up(
                "Talking therapies: treatment started within 6 weeks",
                "Percentage of people starting NHS Talking Therapies treatment within 6 weeks of referral.",
                "NHS Talking Therapies dataset",
                88.0, 95.0, 2.0, FLAT,
            ),
            MeasureSpec {
                tolerance: Tolerance::PercentOfPlanned(10.0),
                ..amount(
                    "Inappropriate out-of-area placements",
                    "Bed days in the month spent by adults in inappropriate out-of-area mental health placements.",
                    "bed days",
                    "Mental Health Services Data Set (MHSDS)",
                    LOWER, 420.0, 150.0, 60.0, 0, FLAT, true,
                )
            },
            running_total(
                "Children and young people accessing mental health support",
                "Children and young people with at least one contact with funded mental health services this financial year.",
                "people",
                "Mental Health Services Data Set (MHSDS)",
                4200.0, 5000.0, FLAT,
            ),
        ],
    },
    Theme {
        perspective: Perspective::Customer,
        flavours: &[Icb, GpFederation],
        goal: "Make it easier to get a GP appointment",
        description: "More appointments, and most within two weeks of booking, through enhanced access and new roles in practices.",
        teams: &["Primary care", "Enhanced access", "Clinical pharmacists"],
        team_goals: &[
            "Offer enhanced access appointments every evening and Saturday",
            "Move every practice to cloud telephony",
            "Book pharmacy first consultations for minor illness",
        ],
        individual_goals: &[
            "Visit every practice in my locality this quarter",
            "Fill the Saturday rota a month ahead",
            "Set up online booking for enhanced access",
        ],
        measures: &[
            pct_up(
                "GP appointments within two weeks of booking",
                "Percentage of general practice appointments that take place within two weeks of being booked.",
                "Appointments in General Practice (GPAD)",
                82.0, 85.0, 1.5, WINTER,
            ),
            running_total(
                "Enhanced access appointments delivered",
                "Appointments delivered in the evening and on Saturdays this financial year.",
                "appointments",
                "Enhanced access booking system",
                36_000.0, 42_000.0, FLAT,
            ),
        ],
    },
    Theme {
        perspective: Perspective::Customer,
        flavours: &[County, Unitary, Voluntary],
        goal: "Support unpaid carers to look after themselves as well as others",
        description: "More carers identified, assessed and supported, with breaks when they need them.",
        teams: &["Carers' support", "Carers' support line", "Adult social care"],
        team_goals: &[
            "Offer every carer an assessment in their own right",
            "Give carers a named contact at their GP practice",
            "Run a carers' week event in every district",
        ],
        individual_goals: &[
            "Complete 20 carers' assessments a month",
            "Call every new carer within five working days",
            "Set up a young carers' group in the north of the county",
        ],
        measures: &[
            running_total(
                "Carers' assessments completed",
                "Carers' assessments and reviews completed this financial year.",
                "assessments",
                "Social care case management system",
                1800.0, 2200.0, FLAT,
            ),
            pct_up(
                "Carers who are satisfied with social services",
                "Overall satisfaction of carers with social services (ASCOF 3B), from the council's rolling survey.",
                "Survey of Adult Carers in England (ASCOF 3B)",
                36.0, 42.0, 1.5, FLAT,
            ),
        ],
    },
    // ---- Internal business process ----
    Theme {
        perspective: Perspective::InternalProcess,
        flavours: &[Acute, Community, County, Unitary],
        goal: "Get people home when they are medically ready",
        description: "Fewer patients with no criteria to reside still in hospital, and shorter stays, with health and social care working as one discharge team.",
        teams: &["Patient flow and discharge", "Integrated discharge team", "Reablement", "Hospital discharge social work", "Intermediate care", "Frailty and elderly care"],
        team_goals: &[
            "Agree a discharge plan within 24 hours of admission",
            "Hold a daily long-length-of-stay review with social care",
            "Start reablement within 48 hours of referral",
            "Discharge a third of patients before midday",
        ],
        individual_goals: &[
            "Chair the daily discharge call",
            "Review every patient with a stay over 21 days each week",
            "Agree trusted assessor forms with three care homes",
            "Train ward teams in discharge to assess",
        ],
        measures: &[
            MeasureSpec {
                tolerance: Tolerance::Absolute(5.0),
                ..amount(
                    "Patients with no criteria to reside still in hospital",
                    "Average daily number of adult inpatients who no longer meet the criteria to reside but remain in hospital.",
                    "patients",
                    "Daily discharge situation report",
                    LOWER, 92.0, 60.0, 6.0, 0, WINTER, true,
                )
            },
            MeasureSpec {
                tolerance: Tolerance::Absolute(0.2),
                ..amount(
                    "Average length of stay (non-elective)",
                    "Mean length of stay in days for non-elective adult admissions discharged in the month.",
                    "days",
                    "Secondary Uses Service (SUS+)",
                    LOWER, 6.1, 5.2, 0.25, 1, WINTER, false,
                )
            },
            pct_up(
                "Older people at home 91 days after reablement",
                "Proportion of older people (65 and over) still at home 91 days after discharge from hospital into reablement (ASCOF 2B).",
                "Short and Long Term (SALT) return",
                81.0, 85.0, 2.0, FLAT,
            ),
        ],
    },
    Theme {
        perspective: Perspective::InternalProcess,
        flavours: &[Acute],
        goal: "Tell 80% of people whether they have cancer within 28 days",
        description: "The cancer faster diagnosis standard, and treatment within 62 days of an urgent referral.",
        teams: &["Cancer services", "Diagnostics and imaging", "Endoscopy"],
        team_goals: &[
            "Book straight-to-test appointments for suspected lower GI cancer",
            "Report every urgent CT scan within 7 days",
            "Hold a daily huddle for patients beyond day 28",
        ],
        individual_goals: &[
            "Track every patient on the 28-day pathway weekly",
            "Add two endoscopy lists a week",
            "Train two radiographers to report chest X-rays",
        ],
        measures: &[
            MeasureSpec {
                tolerance: Tolerance::Absolute(2.0),
                ..pct_up(
                    "Cancer faster diagnosis within 28 days",
                    "Percentage of people referred urgently with suspected cancer who are told they have cancer, or that it is ruled out, within 28 days.",
                    "Cancer Waiting Times dataset",
                    76.0, 80.0, 1.6, FLAT,
                )
            },
            MeasureSpec {
                tolerance: Tolerance::Absolute(2.0),
                ..pct_up(
                    "Cancer treatment within 62 days of urgent referral",
                    "Percentage of patients starting first treatment within 62 days of an urgent suspected cancer referral.",
                    "Cancer Waiting Times dataset",
                    68.0, 75.0, 2.5, FLAT,
                )
            },
        ],
    },
    Theme {
        perspective: Perspective::InternalProcess,
        flavours: &[Acute],
        goal: "Use theatres well: 85% utilisation of planned sessions",
        description: "Start on time, finish on time and fill every list.",
        teams: &["Theatres", "Planned care and surgery", "Trauma and orthopaedics", "Ophthalmology"],
        team_goals: &[
            "Start the first case of every list on time",
            "Book every list six weeks ahead",
            "Move suitable procedures to day case",
        ],
        individual_goals: &[
            "Run the weekly 6-4-2 scheduling meeting",
            "Call patients the day before surgery",
            "Audit late starts each month",
        ],
        measures: &[
            MeasureSpec {
                tolerance: Tolerance::Absolute(1.5),
                ..pct_up(
                    "Theatre utilisation (capped)",
                    "Time patients spend in theatre as a percentage of planned session time, capped at the session's length.",
                    "Theatre management system",
                    78.0, 85.0, 2.0, FLAT,
                )
            },
            pct_up(
                "Day case rate",
                "Elective procedures carried out as day cases, as a percentage of all elective procedures.",
                "Secondary Uses Service (SUS+)",
                82.0, 85.0, 1.0, FLAT,
            ),
            pct_up(
                "Theatre sessions starting on time",
                "Percentage of sessions where the first patient enters theatre within 15 minutes of the planned start.",
                "Theatre management system",
                55.0, 75.0, 4.0, FLAT,
            ),
        ],
    },
    Theme {
        perspective: Perspective::InternalProcess,
        flavours: &[County, Unitary, Acute],
        goal: "Help more residents to stop smoking this year",
        description: "Four-week quits through the council's stop smoking service, with referrals from hospital wards and maternity. Many quit attempts start in January and October, so the plan is not a straight line.",
        teams: &["Stop smoking service", "Public health", "Tobacco dependence treatment service", "Maternity"],
        team_goals: &[
            "Run the January and October quit campaigns",
            "Refer every inpatient who smokes to the stop smoking service",
            "Offer every pregnant smoker an appointment within a week",
        ],
        individual_goals: &[
            "Support 150 quit attempts through the January campaign",
            "Hold quit clinics in three GP surgeries",
            "Complete very brief advice training with every ward",
        ],
        measures: &[
            running_total(
                "Four-week smoking quits",
                "Residents who set a quit date with the stop smoking service and are not smoking four weeks later (self-reported, CO-validated where possible). Running total for the financial year.",
                "quits",
                "Stop smoking service case management system, quarterly NHS Digital return",
                900.0, 1000.0, Season::QuitCampaigns,
            ),
            pct_up(
                "Inpatients who smoke referred for treatment",
                "Percentage of inpatients identified as smokers who are referred to tobacco dependence treatment.",
                "Tobacco dependence treatment service records",
                62.0, 90.0, 4.0, FLAT,
            ),
        ],
    },
    Theme {
        perspective: Perspective::InternalProcess,
        flavours: &[County, Unitary, Icb],
        goal: "Raise MMR2 coverage at 5 years to the WHO level of 95%",
        description: "Childhood immunisation and NHS Health Checks, focused on the areas with the lowest uptake.",
        teams: &["Immunisation and screening", "Public health", "NHS Health Check programme", "Population health and inequalities"],
        team_goals: &[
            "Call and recall every child overdue their second MMR dose",
            "Run catch-up clinics in the three lowest-uptake wards",
            "Invite every eligible resident to an NHS Health Check",
        ],
        individual_goals: &[
            "Send practices their list of unvaccinated children monthly",
            "Hold a community clinic with the mosque and the library",
            "Train pharmacists to deliver Health Checks",
        ],
        measures: &[
            pct_up(
                "MMR2 coverage at 5 years",
                "Percentage of children reaching their fifth birthday in the month who have had two doses of MMR vaccine.",
                "Cover of vaccination evaluated rapidly (COVER), UKHSA",
                87.5, 95.0, 0.8, FLAT,
            ),
            running_total(
                "NHS Health Checks delivered",
                "NHS Health Checks completed for eligible residents aged 40 to 74 this financial year.",
                "checks",
                "NHS Health Check programme returns (OHID)",
                6200.0, 7500.0, FLAT,
            ),
        ],
    },
    Theme {
        perspective: Perspective::InternalProcess,
        flavours: &[Community],
        goal: "Care for more people at home through virtual wards and urgent community response",
        description: "Two-hour urgent community response, and virtual ward beds used well.",
        teams: &["Urgent community response", "Virtual ward", "District nursing", "Intermediate care"],
        team_goals: &[
            "Respond to urgent referrals within two hours",
            "Take step-up referrals from the ambulance service",
            "Keep virtual ward occupancy between 80% and 95%",
        ],
        individual_goals: &[
            "Take the urgent response phone two days a week",
            "Train care home staff to use remote monitoring",
            "Review every virtual ward patient at the daily board round",
        ],
        measures: &[
            pct_up(
                "Urgent community response within 2 hours",
                "Percentage of urgent community response referrals seen within 2 hours.",
                "Community Services Data Set (CSDS)",
                78.0, 85.0, 2.5, WINTER,
            ),
            MeasureSpec {
                polarity: Polarity::WithinBand {
                    lower: 80.0,
                    upper: 95.0,
                },
                tolerance: Tolerance::Absolute(2.0),
                ..pct_up(
                    "Virtual ward occupancy",
                    "Percentage of virtual ward beds occupied on the last Thursday of the month.",
                    "Virtual ward situation report",
                    82.0, 88.0, 4.0, FLAT,
                )
            },
        ],
    },
    Theme {
        perspective: Perspective::InternalProcess,
        flavours: &[Acute],
        goal: "Keep general and acute bed occupancy within a safe range",
        description: "Between 85% and 92% occupancy, with discharges earlier in the day.",
        teams: &["Patient flow and discharge", "Acute medicine", "Frailty and elderly care"],
        team_goals: &[
            "Discharge a third of patients before midday",
            "Use the discharge lounge for every suitable patient",
        ],
        individual_goals: &[
            "Lead the board round on my ward before 11am",
            "Book transport the day before discharge",
        ],
        measures: &[
            MeasureSpec {
                polarity: Polarity::WithinBand {
                    lower: 85.0,
                    upper: 92.0,
                },
                ..pct_up(
                    "General and acute bed occupancy",
                    "Occupied general and acute beds as a percentage of beds available, at midnight.",
                    "KH03 bed availability and occupancy",
                    93.5, 92.0, 1.5, WINTER,
                )
            },
            pct_up(
                "Patients discharged before midday",
                "Percentage of adult inpatient discharges that leave the ward before 12:00.",
                "Patient administration system",
                18.0, 33.0, 2.5, FLAT,
            ),
        ],
    },
    Theme {
        perspective: Perspective::InternalProcess,
        flavours: &[Ambulance],
        goal: "Cut the time ambulances wait at hospital",
        description: "Handover within 30 minutes, and more patients helped without an ambulance.",
        teams: &["Hospital handover liaison", "Clinical hub", "Emergency operations centre"],
        team_goals: &[
            "Handover every patient within 45 minutes",
            "Close 15% of calls with hear and treat",
            "Refer suitable patients to urgent community response",
        ],
        individual_goals: &[
            "Agree a handover escalation plan with each emergency department",
            "Audit hear and treat calls weekly",
        ],
        measures: &[
            MeasureSpec {
                tolerance: Tolerance::Absolute(2.0),
                ..amount(
                    "Average ambulance handover time",
                    "Mean time from arrival at hospital to handover of the patient to the emergency department.",
                    "minutes",
                    "National ambulance handover data (NHS England)",
                    LOWER, 41.0, 30.0, 4.0, 1, WINTER, false,
                )
            },
            pct_up(
                "Calls closed with hear and treat",
                "Percentage of 999 incidents closed with telephone advice, without sending a vehicle.",
                "Ambulance Quality Indicators (AQI)",
                13.0, 15.0, 1.0, FLAT,
            ),
        ],
    },
    Theme {
        perspective: Perspective::InternalProcess,
        flavours: &[MentalHealth],
        goal: "Reduce the time people stay in mental health beds",
        description: "Shorter adult acute stays and a follow-up within 72 hours of every discharge.",
        teams: &["Adult acute inpatient wards", "Crisis resolution and home treatment", "Older people's mental health"],
        team_goals: &[
            "Plan discharge from the day of admission",
            "Follow up every patient within 72 hours of discharge",
        ],
        individual_goals: &[
            "Hold a weekly review of stays over 60 days",
            "Phone every discharged patient within 72 hours",
        ],
        measures: &[
            MeasureSpec {
                tolerance: Tolerance::Absolute(2.0),
                ..amount(
                    "Average length of stay, adult acute mental health beds",
                    "Mean length of stay in days for adults discharged from acute mental health beds in the month.",
                    "days",
                    "Mental Health Services Data Set (MHSDS)",
                    LOWER, 42.0, 32.0, 3.0, 1, FLAT, false,
                )
            },
            pct_up(
                "Follow-up within 72 hours of discharge",
                "Percentage of adults discharged from mental health beds followed up within 72 hours.",
                "Mental Health Services Data Set (MHSDS)",
                81.0, 85.0, 3.0, FLAT,
            ),
        ],
    },
    Theme {
        perspective: Perspective::InternalProcess,
        flavours: COUNCILS,
        goal: "Keep children safe with timely assessment and stable placements",
        description: "Children's social care assessments on time, and fewer moves for children in care.",
        teams: &["Children's social care"],
        team_goals: &[
            "Complete assessments within 45 working days",
            "Hold a stability meeting for every placement at risk",
        ],
        individual_goals: &[
            "Visit every child on my caseload within statutory timescales",
            "Complete the signs of safety training",
        ],
        measures: &[
            pct_up(
                "Children's assessments completed within 45 working days",
                "Percentage of children's social care assessments completed within 45 working days.",
                "Children in need census",
                79.0, 88.0, 3.0, FLAT,
            ),
            pct_down(
                "Children in care with three or more placements in the year",
                "Children looked after with three or more placements in the last 12 months, as a percentage of all children looked after.",
                "SSDA903 return",
                11.0, 9.0, 0.6, FLAT,
            ),
        ],
    },
    Theme {
        perspective: Perspective::InternalProcess,
        flavours: &[Voluntary, GpFederation],
        goal: "Connect people to community support through social prescribing",
        description: "Link workers in every practice, and people who say they feel better for it.",
        teams: &["Social prescribing link workers", "Befriending", "Care homes support"],
        team_goals: &[
            "Accept every suitable referral within a week",
            "Map community groups in every neighbourhood",
        ],
        individual_goals: &[
            "Hold a weekly drop-in at the library",
            "Follow up every person at six weeks",
        ],
        measures: &[
            running_total(
                "Social prescribing referrals accepted",
                "Referrals to social prescribing link workers accepted this financial year.",
                "referrals",
                "Social prescribing case records",
                2400.0, 3000.0, FLAT,
            ),
            pct_up(
                "People reporting improved wellbeing after social prescribing",
                "Percentage of people whose ONS4 wellbeing score improved between their first and last contact.",
                "ONS4 wellbeing scores in case records",
                64.0, 70.0, 3.0, FLAT,
            ),
        ],
    },
    // ---- Financial ----
    Theme {
        perspective: Perspective::Financial,
        flavours: PROVIDERS,
        goal: "Deliver the financial plan and the cost improvement programme",
        description: "Variance from plan within £0.5m each month; savings are back-loaded into the second half of the year.",
        teams: &["Finance", "Planned care and surgery", "Theatres", "Pharmacy"],
        team_goals: &[
            "Sign off a quality impact assessment for every saving scheme",
            "Report cost improvement delivery to the board each month",
            "Cut theatre consumable costs by 5%",
        ],
        individual_goals: &[
            "Meet every budget holder monthly",
            "Close the month by working day 5",
            "Deliver the medicines value savings plan",
        ],
        measures: &[
            MeasureSpec {
                polarity: Polarity::WithinBand {
                    lower: -0.5,
                    upper: 0.5,
                },
                tolerance: Tolerance::Absolute(0.25),
                min: -BIG,
                ..amount(
                    "Variance from the financial plan",
                    "Year-to-date surplus or deficit against the financial plan, in £ millions (positive is better than plan).",
                    "£m",
                    "General ledger, monthly provider finance return",
                    HIGHER, -0.2, 0.0, 0.35, 2, FLAT, false,
                )
            },
            MeasureSpec {
                decimals: 2,
                tolerance: Tolerance::PercentOfPlanned(10.0),
                ..running_total(
                    "Cost improvement programme delivered",
                    "Recurrent and non-recurrent savings delivered so far this financial year, in £ millions.",
                    "£m",
                    "PMO savings tracker, signed off by finance",
                    14.0, 18.0, Season::BackLoaded,
                )
            },
            pct_up(
                "Invoices paid within 30 days",
                "Percentage of undisputed invoices paid within 30 days (Better Payment Practice Code).",
                "Better Payment Practice Code return",
                91.0, 95.0, 1.5, FLAT,
            ),
        ],
    },
    Theme {
        perspective: Perspective::Financial,
        flavours: PROVIDERS,
        goal: "Bring agency spend below 3.2% of the pay bill",
        description: "Fewer agency shifts, filled by bank staff and substantive recruitment instead.",
        teams: &["Temporary staffing", "Workforce and organisational development", "Finance"],
        team_goals: &[
            "Approve every off-framework agency shift at executive level",
            "Fill 90% of shifts from the staff bank",
        ],
        individual_goals: &[
            "Convert five long-term agency nurses to bank or substantive posts",
            "Publish the weekly temporary staffing report",
        ],
        measures: &[
            pct_down(
                "Agency spend as a share of the pay bill",
                "Agency staff costs as a percentage of total pay costs in the month.",
                "General ledger, monthly provider finance return",
                4.4, 3.2, 0.15, FLAT,
            ),
            amount(
                "Bank and agency spend",
                "Spend on bank and agency staff in the month, in £ thousands.",
                "£k",
                "Temporary staffing system and ledger",
                LOWER, 2100.0, 1600.0, 120.0, 0, WINTER, true,
            ),
        ],
    },
    Theme {
        perspective: Perspective::Financial,
        flavours: &[Icb],
        goal: "Keep the system in financial balance",
        description: "The system's combined position within plan, with continuing healthcare and prescribing costs under control.",
        teams: &["Finance and contracting", "Continuing healthcare", "Medicines optimisation"],
        team_goals: &[
            "Review every continuing healthcare package over £2,000 a week",
            "Switch to best-value biosimilars in every practice",
            "Agree a system recovery plan with every provider",
        ],
        individual_goals: &[
            "Produce the monthly system finance report",
            "Visit ten practices about prescribing each quarter",
        ],
        measures: &[
            MeasureSpec {
                polarity: Polarity::WithinBand {
                    lower: -1.0,
                    upper: 1.0,
                },
                tolerance: Tolerance::Absolute(0.5),
                min: -BIG,
                ..amount(
                    "System variance from the financial plan",
                    "Year-to-date surplus or deficit of the ICB and its NHS providers against the system plan, in £ millions.",
                    "£m",
                    "ICB and provider finance returns",
                    HIGHER, -0.6, 0.0, 0.5, 2, FLAT, false,
                )
            },
            MeasureSpec {
                polarity: LOWER,
                decimals: 2,
                tolerance: Tolerance::PercentOfPlanned(2.0),
                ..running_total(
                    "Continuing healthcare spend",
                    "Spend on NHS continuing healthcare packages so far this financial year, in £ millions.",
                    "£m",
                    "Continuing healthcare database and ledger",
                    48.0, 46.0, FLAT,
                )
            },
            amount(
                "Prescribing spend per 1,000 weighted patients",
                "Primary care prescribing spend in the month per 1,000 weighted patients, in pounds.",
                "£",
                "ePACT2 prescribing data (NHSBSA)",
                LOWER, 1520.0, 1450.0, 25.0, 0, WINTER, false,
            ),
        ],
    },
    Theme {
        perspective: Perspective::Financial,
        flavours: COUNCILS,
        goal: "Deliver adult social care within its budget",
        description: "A balanced adult social care budget, with fewer permanent care home admissions.",
        teams: &["Finance", "Commissioning", "Adult social care"],
        team_goals: &[
            "Review every new care package over £1,000 a week at panel",
            "Re-tender home care on outcome-based contracts",
        ],
        individual_goals: &[
            "Report the budget position to the directorate monthly",
            "Review high-cost placements with the brokerage team",
        ],
        measures: &[
            MeasureSpec {
                min: -BIG,
                tolerance: Tolerance::Absolute(250.0),
                ..amount(
                    "Adult social care spend against budget",
                    "Forecast year-end variance on the adult social care budget, in £ thousands (positive is an overspend).",
                    "£k",
                    "Council budget monitoring",
                    LOWER, 2400.0, 0.0, 350.0, 0, FLAT, true,
                )
            },
            MeasureSpec {
                tolerance: Tolerance::Absolute(10.0),
                ..amount(
                    "Permanent admissions to care homes (65+)",
                    "Permanent admissions to residential and nursing care per 100,000 people aged 65 and over, rolling 12 months (ASCOF 2A).",
                    "per 100,000",
                    "Short and Long Term (SALT) return",
                    LOWER, 610.0, 560.0, 12.0, 0, FLAT, false,
                )
            },
        ],
    },
    Theme {
        perspective: Perspective::Financial,
        flavours: &[Voluntary, GpFederation],
        goal: "Secure sustainable funding for our services",
        description: "Income from contracts, grants and fundraising that covers the year's costs.",
        teams: &["Finance"],
        team_goals: &[
            "Bid for three-year contracts when services are re-tendered",
            "Agree a fundraising plan with the trustees",
        ],
        individual_goals: &[
            "Submit two grant applications a quarter",
            "Report income against plan to the board monthly",
        ],
        measures: &[
            MeasureSpec {
                tolerance: Tolerance::PercentOfPlanned(10.0),
                ..running_total(
                    "Income secured this year",
                    "Income from contracts, grants and donations confirmed so far this financial year, in £ thousands.",
                    "£k",
                    "Finance system",
                    850.0, 1000.0, Season::BackLoaded,
                )
            },
            pct_up(
                "Invoices paid within 30 days",
                "Percentage of undisputed invoices paid within 30 days.",
                "Finance system",
                88.0, 95.0, 2.5, FLAT,
            ),
        ],
    },
    // ---- Learning and growth ----
    Theme {
        perspective: Perspective::LearningGrowth,
        flavours: ALL,
        goal: "Every member of staff has an appraisal and is up to date with mandatory training",
        description: "90% appraisal completion and 90% statutory and mandatory training compliance.",
        teams: &["Workforce and organisational development"],
        team_goals: &[
            "Remind managers of appraisals due each month",
            "Complete every team member's appraisal by the end of June",
            "Bring the team's mandatory training up to date",
        ],
        individual_goals: &[
            "Complete my appraisal and PDP by the end of June",
            "Complete my statutory and mandatory training",
            "Complete level 3 safeguarding training",
            "Mentor a newly qualified colleague",
        ],
        measures: &[
            MeasureSpec {
                tolerance: Tolerance::Absolute(2.0),
                ..pct_up(
                    "Appraisal completion",
                    "Percentage of eligible staff with an appraisal in the last 12 months.",
                    ESR,
                    83.0, 90.0, 1.2, FLAT,
                )
            },
            pct_up(
                "Statutory and mandatory training compliance",
                "Percentage of required statutory and mandatory training competences that are in date.",
                ESR,
                86.0, 90.0, 1.0, FLAT,
            ),
        ],
    },
    Theme {
        perspective: Perspective::LearningGrowth,
        flavours: STATUTORY,
        goal: "Reduce sickness absence to 4.5%",
        description: "Support staff to stay well at work, with early help for stress and musculoskeletal problems.",
        teams: &["Workforce and organisational development"],
        team_goals: &[
            "Hold a return-to-work conversation after every absence",
            "Refer staff to occupational health within a week of a long-term absence",
            "Offer flu vaccination to every member of staff",
        ],
        individual_goals: &[
            "Train as a mental health first aider",
            "Run the team's wellbeing hour each month",
            "Complete the attendance management training for managers",
        ],
        measures: &[
            pct_down(
                "Sickness absence rate",
                "Full-time-equivalent days lost to sickness as a percentage of days available.",
                ESR,
                5.1, 4.5, 0.3, WINTER,
            ),
            MeasureSpec {
                tolerance: Tolerance::Absolute(0.5),
                decimals: 1,
                ..pct_down(
                    "Staff turnover",
                    "Leavers in the last 12 months as a percentage of average headcount.",
                    ESR,
                    11.8, 10.0, 0.3, FLAT,
                )
            },
        ],
    },
    Theme {
        perspective: Perspective::LearningGrowth,
        flavours: ALL,
        goal: "Make this a great place to work",
        description: "Improve staff engagement and the share of staff who would recommend us as a place to work.",
        teams: &["Workforce and organisational development"],
        team_goals: &[
            "Act on the three priorities from the staff survey",
            "Hold a team away day on the staff survey results",
        ],
        individual_goals: &[
            "Be the team's staff survey champion",
            "Set up a reverse mentoring pair with a senior leader",
            "Finish the leadership course",
        ],
        measures: &[
            MeasureSpec {
                tolerance: Tolerance::Absolute(0.1),
                ..amount(
                    "Staff engagement score",
                    "Engagement theme score out of 10, from the quarterly pulse survey and the annual NHS Staff Survey.",
                    "out of 10",
                    "NHS Staff Survey and People Pulse",
                    HIGHER, 6.8, 7.2, 0.08, 2, FLAT, false,
                )
            },
            MeasureSpec {
                decimals: 0,
                ..pct_up(
                    "Staff who would recommend us as a place to work",
                    "Percentage of staff who agree they would recommend the organisation as a place to work.",
                    "People Pulse survey",
                    57.0, 62.0, 2.0, FLAT,
                )
            },
        ],
    },
    Theme {
        perspective: Perspective::LearningGrowth,
        flavours: STATUTORY,
        goal: "Fill our vacancies and cut the time to hire",
        description: "A lower vacancy rate through faster recruitment and international and apprenticeship routes.",
        teams: &["Workforce and organisational development", "Temporary staffing"],
        team_goals: &[
            "Advertise every approved vacancy within five working days",
            "Run a recruitment open day each quarter",
        ],
        individual_goals: &[
            "Shortlist within three days of a closing date",
            "Support two apprentices through their qualification",
        ],
        measures: &[
            MeasureSpec {
                tolerance: Tolerance::Absolute(0.5),
                decimals: 1,
                ..pct_down(
                    "Vacancy rate",
                    "Vacant funded posts as a percentage of the funded establishment.",
                    "ESR and TRAC recruitment system",
                    8.4, 6.0, 0.4, FLAT,
                )
            },
            MeasureSpec {
                tolerance: Tolerance::Absolute(3.0),
                ..amount(
                    "Time to hire",
                    "Mean days from vacancy approval to unconditional offer.",
                    "days",
                    "TRAC recruitment system",
                    LOWER, 52.0, 40.0, 4.0, 0, FLAT, false,
                )
            },
        ],
    },
    Theme {
        perspective: Perspective::LearningGrowth,
        flavours: &[Voluntary, Acute],
        goal: "Grow and support our volunteers",
        description: "More volunteer hours, with every volunteer inducted and supported.",
        teams: &["Volunteer services"],
        team_goals: &[
            "Induct every new volunteer within a month",
            "Recruit volunteers for the discharge lounge",
        ],
        individual_goals: &[
            "Hold a monthly volunteer supervision session",
            "Organise the volunteers' week celebration",
        ],
        measures: &[
            running_total(
                "Volunteer hours given",
                "Hours given by volunteers so far this financial year.",
                "hours",
                "Volunteer management system",
                21_000.0, 25_000.0, FLAT,
            ),
            MeasureSpec {
                decimals: 0,
                ..pct_up(
                    "Volunteers inducted within a month",
                    "Percentage of new volunteers who complete their induction within a month of starting.",
                    "Volunteer management system",
                    74.0, 90.0, 4.0, FLAT,
                )
            },
        ],
    },
];

/// Individual goals anyone may have, whatever they are aligned to.
pub(super) const PERSONAL_GOALS: &[&str] = &[
    "Complete my appraisal and PDP by the end of June",
    "Complete my statutory and mandatory training",
    "Finish the leadership course",
    "Shadow a colleague in another team for a day",
    "Present a quality improvement project at the trust's QI fair",
];

/// Job descriptions, completed with the team or organisation.
pub(super) const JOB_DESCRIPTIONS: &[&str] = &[
    "Leads {team}: accountable for its goals, measures and performance reviews, and for the wellbeing and development of its staff.",
    "Manages {team} day to day, including rotas, escalation and the monthly performance report.",
    "Delivers {team} services to patients and residents and takes part in audit, training and improvement work.",
    "Supports {team} with data, reporting and administration, and keeps records accurate and up to date.",
];

/// Objectives agreed at appointment.
pub(super) const APPOINTMENT_OBJECTIVES: &[&str] = &[
    "Complete induction and the Care Certificate within 12 weeks; agree first-year objectives at the three-month review.",
    "Complete the preceptorship programme; take charge of a shift by the end of the first year.",
    "Take over the team's performance report within three months and review its data sources.",
    "Meet every team member one-to-one in the first month; bring a service improvement plan to the six-month review.",
    "Complete mandatory training in the first month and shadow each part of the service.",
];

/// Notes of a strategic (board) review; `{measure}` names a measure discussed.
pub(super) const STRATEGIC_NOTES: &[&str] = &[
    "Quarterly review of the integrated performance report. {measure} was the main discussion: the board asked for a recovery plan rather than more monitoring.",
    "The board reviewed the scorecard perspective by perspective. {measure} shows special cause variation; the executive lead will report on the cause.",
    "Performance committee deep dive. {measure} is behind its trajectory but the plan is back-loaded; the committee accepted the phasing.",
    "System partners joined for the shared goals. {measure} was discussed with the council and the ICB, and joint actions agreed.",
];

/// Notes of a team review.
pub(super) const TEAM_NOTES: &[&str] = &[
    "Monthly team performance meeting. Went through {measure} and the actions from last time.",
    "Team review of the quarter: {measure} discussed, with ideas from the team on what to try next.",
    "Short review focused on {measure} and staffing over the coming month.",
    "Reviewed the team's goals and {measure}; agreed who owns each action.",
];

/// Notes of an appraisal.
pub(super) const APPRAISAL_NOTES: &[&str] = &[
    "Objectives for the year agreed and linked to the team's goals; development needs recorded in the PDP.",
    "A good year: last year's objectives met. New objectives agreed, with a stretch objective on service improvement.",
    "Reviewed the KSF outline and the PDP. Agreed to focus on leadership development this year.",
    "Objectives partly met because of staffing pressures over winter; support agreed for the year ahead.",
];

/// Notes of a one-to-one.
pub(super) const ONE_TO_ONE_NOTES: &[&str] = &[
    "Caseload and wellbeing check-in. Progress on objectives discussed.",
    "Went through this month's data and the actions from the team meeting.",
    "Discussed workload and the rota; agreed to protect time for training.",
    "Reviewed progress on the PDP and the objectives for the quarter.",
    "Short check-in; no concerns raised.",
];

/// Actions from a strategic or team review; `{measure}` names a measure discussed.
pub(super) const MEASURE_ACTIONS: &[&str] = &[
    "Bring a recovery plan for {measure} to the next meeting",
    "Report the cause of the latest change in {measure} and the mitigation",
    "Confirm the phasing of the {measure} trajectory with finance",
    "Share the {measure} data with partners before the system meeting",
    "Hold a deep dive into {measure} at the next quality committee",
    "Check the data quality of {measure} with the information team",
];

/// Actions from an individual review.
pub(super) const PERSONAL_ACTIONS: &[&str] = &[
    "Book a place on the leadership course",
    "Agree the date of the next one-to-one",
    "Update the PDP with the new objectives",
    "Shadow the service manager for a shift",
    "Send the draft audit to the team",
    "Complete the outstanding mandatory training",
    "Ask occupational health for a workstation assessment",
];

/// Development needs, planned learning and evidence, for clinical staff.
pub(super) const CLINICAL_DEVELOPMENT: &[(&str, &str, &str)] = &[
    (
        "Lead a quality improvement project",
        "Quality improvement foundations course; coaching from the QI team.",
        "QI poster presented at the improvement fair.",
    ),
    (
        "Advanced clinical practice",
        "MSc module in advanced clinical assessment, one day a week.",
        "Module passed; portfolio signed off by supervisor.",
    ),
    (
        "Level 3 safeguarding",
        "Level 3 safeguarding adults and children e-learning and workshop.",
        "Certificate uploaded to ESR.",
    ),
    (
        "Non-medical prescribing",
        "V300 non-medical prescribing course at the university.",
        "Registered as a prescriber with the NMC.",
    ),
    (
        "Practice educator",
        "Practice assessor and supervisor preparation course.",
        "Supervised two student placements.",
    ),
    (
        "Very brief advice (VBA) on smoking",
        "NCSCT very brief advice e-learning.",
        "Certificate uploaded to ESR.",
    ),
    (
        "Sepsis recognition and escalation",
        "Simulation training in the skills lab.",
        "Reflection discussed at one-to-one.",
    ),
    (
        "Leading a team through change",
        "Mary Seacole programme (NHS Leadership Academy).",
        "Programme completed; reflective account written.",
    ),
];

/// Development needs for non-clinical staff.
pub(super) const GENERAL_DEVELOPMENT: &[(&str, &str, &str)] = &[
    (
        "Statistical process control for board reports",
        "Making Data Count training (NHS England) and practice on the team's measures.",
        "SPC charts now used in the monthly report.",
    ),
    (
        "Project management",
        "PRINCE2 Foundation course.",
        "Exam passed.",
    ),
    (
        "Coaching skills for managers",
        "In-house coaching skills programme, four half-days.",
        "Coaching three colleagues.",
    ),
    (
        "Data analysis in Excel and Power BI",
        "Online course and a mentor in the information team.",
        "Built the team's first dashboard.",
    ),
    (
        "Leading a team through change",
        "Edward Jenner programme (NHS Leadership Academy).",
        "Programme completed.",
    ),
    (
        "Safeguarding for managers",
        "Safeguarding adults training for managers.",
        "Certificate on file.",
    ),
    (
        "Commissioning for outcomes",
        "Commissioning academy workshops.",
        "Outcome measures drafted for the re-tender.",
    ),
];

/// Recognition awards.
pub(super) const AWARDS: &[&str] = &[
    "Employee of the month",
    "Team of the month",
    "Chief Executive's award",
    "Star award: compassion",
    "Star award: going the extra mile",
    "Patients' choice award",
    "Improvement award",
];

/// Citations; `{what}` is a goal title or a general achievement.
pub(super) const CITATIONS: &[&str] = &[
    "For outstanding work on “{what}”.",
    "Nominated by colleagues for leading “{what}” through a difficult winter.",
    "Patients and families wrote in to thank them for their care.",
    "Stepped in to cover the service during a staffing crisis.",
    "For the data behind “{what}”: accurate, on time, every month.",
];

/// Reasons for leaving, with how common each is (NHS Electronic Staff Record categories).
pub(super) const EXIT_REASONS: &[(ExitReason, u32)] = &[
    (ExitReason::WorkLifeBalance, 22),
    (ExitReason::Workload, 16),
    (ExitReason::Progression, 15),
    (ExitReason::Relocation, 12),
    (ExitReason::Retirement, 12),
    (ExitReason::Pay, 8),
    (ExitReason::Management, 6),
    (ExitReason::Health, 4),
    (ExitReason::EndOfContract, 4),
    (ExitReason::Other, 3),
];

/// What an exit interview found, by the main reason.
pub(super) fn exit_themes(reason: ExitReason) -> &'static str {
    match reason {
        ExitReason::WorkLifeBalance => "Could not get the flexible working pattern asked for; would have stayed with self-rostering.",
        ExitReason::Workload => "Night-shift staffing and vacancies left the team stretched; felt unable to give the care they wanted to.",
        ExitReason::Progression => "Promoted into a band 7 post elsewhere; no development post available here.",
        ExitReason::Relocation => "Moving out of the area for family reasons; would return.",
        ExitReason::Retirement => "Retiring after a long career; interested in the bank and in returning to mentor.",
        ExitReason::Pay => "Better paid role in the private sector; travel costs were a factor.",
        ExitReason::Management => "Relationship with the line manager had broken down; did not feel listened to.",
        ExitReason::Health => "Leaving on health grounds; occupational health support was valued.",
        ExitReason::EndOfContract => "Fixed-term project post ended when the funding stopped.",
        ExitReason::Other => "Leaving to study full time.",
    }
}

/// Narratives for a self-assessment, by the owner's rating.
pub(super) const GREEN_NARRATIVES: &[&str] = &[
    "On plan. The recovery actions are working.",
    "On track; the plan allows for the seasonal dip.",
    "Ahead of the trajectory this month.",
];
pub(super) const AMBER_NARRATIVES: &[&str] = &[
    "Slightly behind plan because of staffing; expect to recover next month.",
    "At risk over winter; mitigation agreed at the team meeting.",
    "Close to plan, but the trend is not yet convincing.",
];
pub(super) const RED_NARRATIVES: &[&str] = &[
    "Off track. A recovery plan goes to the next performance meeting.",
    "Behind plan: demand is well above last year.",
    "Off track because of the loss of two consultant posts.",
];

/// Notes on an actual.
pub(super) const ACTUAL_NOTES: &[&str] = &[
    "Validated against the national extract.",
    "Includes the new urgent treatment centre from this month.",
    "Provisional: the data warehouse load was late.",
    "Industrial action on three days this month.",
    "Lower activity over the bank holidays.",
    "Corrected after data quality review.",
];

/// Teams whose staff hold corporate rather than front-line jobs.
pub(super) const CORPORATE_TEAMS: &[&str] = &[
    "Finance",
    "Finance and contracting",
    "Workforce and organisational development",
    "Performance and information",
    "Performance and assurance",
    "Temporary staffing",
    "Estates and facilities",
    "Digital services",
    "Digital and data",
    "Commissioning",
];

/// Job titles in a corporate team, completed with the team's name.
pub(super) const CORPORATE_STAFF: &[&str] = &[
    "Senior officer",
    "Business partner",
    "Analyst",
    "Project manager",
    "Administrator",
    "Assistant",
];
