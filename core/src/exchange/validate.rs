//! Checks on a file's records once their types are right: ids, references between records,
//! ownership, personal data, and the rules a measure must follow. Each problem names the
//! record by its place in the file.

use std::collections::{HashMap, HashSet};

use super::format::{FileKind, PartnerPack};
use super::kind::{RecordKind, RecordRef};
use super::records::{visit_all_kinds, ExchangeRecord, KindVisitor, Owners};
use super::summary::{FileSummary, Problem};
use crate::model::{Id, Recognised};
use crate::workspace::Workspace;

/// Every problem found with `records`, in file order. `backup` is the whole workspace of a
/// backup file.
pub(crate) fn validate(
    summary: &FileSummary,
    records: &PartnerPack,
    _backup: Option<&Workspace>,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    let is_pack = summary.kind == FileKind::PartnerPack;
    let orgs: HashSet<Id> = records.organisations.iter().map(|o| o.id).collect();
    let org_name = |id: Id| {
        records
            .organisations
            .iter()
            .find(|o| o.id == id)
            .map_or_else(|| format!("organisation {id}"), |o| o.name.clone())
    };

    // The header's organisations.
    if is_pack {
        match summary.exported_by_org {
            None => problems.push(Problem::new(
                "exported_by_org",
                "a partner pack must say which organisation exported it",
            )),
            Some(org) if !orgs.contains(&org) => problems.push(Problem::new(
                "exported_by_org",
                "the exporting organisation is not among the file's organisations",
            )),
            Some(_) => {}
        }
        match summary.partner_org {
            None => problems.push(Problem::new(
                "partner_org",
                "a partner pack must say which partner it is for",
            )),
            Some(org) if !orgs.contains(&org) => problems.push(Problem::new(
                "partner_org",
                "the partner organisation is not among the file's organisations",
            )),
            Some(org) if Some(org) == summary.exported_by_org => problems.push(Problem::new(
                "partner_org",
                "a pack cannot be for the organisation that exported it",
            )),
            Some(_) => {}
        }
    } else if summary.partner_org.is_some() {
        problems.push(Problem::new(
            "partner_org",
            "a workspace backup is not for a partner, so it must not name one",
        ));
    }

    // Ids: unique within each kind, and not also deleted in the same file.
    let tombstoned: HashMap<RecordRef, usize> = records
        .tombstones
        .iter()
        .enumerate()
        .map(|(i, t)| (t.record(), i))
        .collect();
    struct Ids<'a> {
        records: &'a PartnerPack,
        tombstoned: &'a HashMap<RecordRef, usize>,
        problems: &'a mut Vec<Problem>,
    }
    impl KindVisitor for Ids<'_> {
        fn visit<R: ExchangeRecord>(&mut self) {
            let section = R::KIND.section();
            let mut seen: HashMap<Id, usize> = HashMap::new();
            for (i, r) in R::in_pack(self.records).iter().enumerate() {
                if let Some(first) = seen.insert(r.id(), i) {
                    seen.insert(r.id(), first);
                    self.problems.push(Problem::new(
                        format!("{section}[{i}].id"),
                        format!(
                            "the same id as {section}[{first}]; each {} needs its own id",
                            R::KIND.noun()
                        ),
                    ));
                }
                if let Some(t) = self.tombstoned.get(&RecordRef::new(R::KIND, r.id())) {
                    self.problems.push(Problem::new(
                        format!("{section}[{i}]"),
                        format!(
                            "this {} is also listed as deleted (tombstones[{t}])",
                            R::KIND.noun()
                        ),
                    ));
                }
            }
        }
    }
    visit_all_kinds(&mut Ids {
        records,
        tombstoned: &tombstoned,
        problems: &mut problems,
    });
    let mut seen_tombstones: HashMap<RecordRef, usize> = HashMap::new();
    for (i, t) in records.tombstones.iter().enumerate() {
        if let Some(first) = seen_tombstones.get(&t.record()) {
            problems.push(Problem::new(
                format!("tombstones[{i}]"),
                format!("the same deletion as tombstones[{first}]"),
            ));
        } else {
            seen_tombstones.insert(t.record(), i);
        }
    }

    // References that must be inside the file.
    let missing_org = |path: String, problems: &mut Vec<Problem>| {
        problems.push(Problem::new(
            path,
            "no organisation with this id is in the file",
        ));
    };
    for (i, t) in records.teams.iter().enumerate() {
        if !orgs.contains(&t.organisation_id) {
            missing_org(format!("teams[{i}].organisation_id"), &mut problems);
        }
    }
    for (i, p) in records.people.iter().enumerate() {
        if !orgs.contains(&p.organisation_id) {
            missing_org(format!("people[{i}].organisation_id"), &mut problems);
        }
    }
    for (i, g) in records.goals.iter().enumerate() {
        if !orgs.contains(&g.organisation_id) {
            missing_org(format!("goals[{i}].organisation_id"), &mut problems);
        }
        if is_pack {
            for (j, o) in g.shared_with.iter().enumerate() {
                if !orgs.contains(o) {
                    missing_org(format!("goals[{i}].shared_with[{j}]"), &mut problems);
                }
            }
        }
    }
    // Strategy-map links: a goal named twice, or the goal itself, is a damaged file. A link to
    // a goal that is not in the file is kept (the goal may not be shared with this partner),
    // as a parent that is not in the file is; the preview says so.
    for (i, g) in records.goals.iter().enumerate() {
        let mut first: HashMap<Id, usize> = HashMap::new();
        for (j, target) in g.supports.iter().enumerate() {
            if *target == g.id {
                problems.push(Problem::new(
                    format!("goals[{i}].supports[{j}]"),
                    "a goal cannot support itself",
                ));
            } else if let Some(k) = first.get(target) {
                problems.push(Problem::new(
                    format!("goals[{i}].supports[{j}]"),
                    format!("the same goal as supports[{k}]; each link is listed once"),
                ));
            } else {
                first.insert(*target, j);
            }
        }
    }
    let goals: HashSet<Id> = records.goals.iter().map(|g| g.id).collect();
    for (i, m) in records.measures.iter().enumerate() {
        if !goals.contains(&m.goal_id) {
            problems.push(Problem::new(
                format!("measures[{i}].goal_id"),
                "no goal with this id is in the file",
            ));
        }
    }
    for (i, r) in records.reviews.iter().enumerate() {
        if !orgs.contains(&r.organisation_id) {
            missing_org(format!("reviews[{i}].organisation_id"), &mut problems);
        }
    }
    for (i, e) in records.exit_interviews.iter().enumerate() {
        if !orgs.contains(&e.organisation_id) {
            missing_org(
                format!("exit_interviews[{i}].organisation_id"),
                &mut problems,
            );
        }
    }
    if is_pack && !records.report_commentary.is_empty() {
        problems.push(Problem::new(
            "report_commentary",
            "a partner pack never carries board report commentary (only a full backup does)",
        ));
    }
    if is_pack {
        let people: HashSet<Id> = records.people.iter().map(|p| p.id).collect();
        let teams: HashSet<Id> = records.teams.iter().map(|t| t.id).collect();
        for (i, d) in records.development.iter().enumerate() {
            if !people.contains(&d.person_id) {
                problems.push(Problem::new(
                    format!("development[{i}].person_id"),
                    "no person with this id is in the file",
                ));
            }
        }
        for (i, r) in records.recognitions.iter().enumerate() {
            match r.recognised {
                Recognised::Person { person_id } if !people.contains(&person_id) => {
                    problems.push(Problem::new(
                        format!("recognitions[{i}].recognised.person_id"),
                        "no person with this id is in the file",
                    ))
                }
                Recognised::Team { team_id } if !teams.contains(&team_id) => {
                    problems.push(Problem::new(
                        format!("recognitions[{i}].recognised.team_id"),
                        "no team with this id is in the file",
                    ))
                }
                _ => {}
            }
        }
    }

    // A pack carries only its exporter's records, and personal ones only if it says so.
    if let (true, Some(exporter)) = (is_pack, summary.exported_by_org) {
        struct Owned<'a> {
            records: &'a PartnerPack,
            owners: Owners,
            exporter: Id,
            personal_included: bool,
            org_name: &'a dyn Fn(Id) -> String,
            problems: &'a mut Vec<Problem>,
        }
        impl KindVisitor for Owned<'_> {
            fn visit<R: ExchangeRecord>(&mut self) {
                let section = R::KIND.section();
                for (i, r) in R::in_pack(self.records).iter().enumerate() {
                    if R::KIND != RecordKind::Organisation {
                        if let Some(owner) = r.owner(&self.owners) {
                            if owner != self.exporter {
                                self.problems.push(Problem::new(
                                    format!("{section}[{i}]"),
                                    format!(
                                        "this {} belongs to {}, but the pack was exported by {}; a pack may only carry its exporter's own records",
                                        R::KIND.noun(),
                                        (self.org_name)(owner),
                                        (self.org_name)(self.exporter)
                                    ),
                                ));
                            }
                        }
                    }
                    if r.is_personal() && !self.personal_included {
                        self.problems.push(Problem::new(
                            format!("{section}[{i}]"),
                            format!(
                                "this {} is personal data, but the file says personal data was not included",
                                R::KIND.noun()
                            ),
                        ));
                    }
                }
            }
        }
        visit_all_kinds(&mut Owned {
            records,
            owners: Owners::of_pack(records),
            exporter,
            personal_included: summary.personal_included,
            org_name: &org_name,
            problems: &mut problems,
        });
        for (i, t) in records.tombstones.iter().enumerate() {
            if t.organisation_id != exporter {
                problems.push(Problem::new(
                    format!("tombstones[{i}].organisation_id"),
                    format!(
                        "a pack from {} can only delete that organisation's own records",
                        org_name(exporter)
                    ),
                ));
            }
        }
    }

    // Names and titles that the app requires.
    let blank = |s: &str| s.trim().is_empty();
    for (i, o) in records.organisations.iter().enumerate() {
        if blank(&o.name) {
            problems.push(Problem::new(
                format!("organisations[{i}].name"),
                "an organisation needs a name",
            ));
        }
    }
    for (i, g) in records.goals.iter().enumerate() {
        if blank(&g.title) {
            problems.push(Problem::new(
                format!("goals[{i}].title"),
                "a goal needs a title",
            ));
        }
    }

    // The rules every measure follows in the app (frequencies, finite numbers, trajectories).
    let staging = Workspace {
        goals: records.goals.clone().into(),
        measures: records.measures.clone().into(),
        ..Workspace::default()
    };
    for (i, m) in records.measures.iter().enumerate() {
        // One problem per field: the first message, and how many more there are like it.
        let mut by_field: Vec<(&'static str, String, usize)> = Vec::new();
        for e in staging.validate_measure(m).0 {
            if e.field == "goal" {
                continue; // reported above with the id
            }
            match by_field.iter_mut().find(|(f, _, _)| *f == e.field) {
                Some((_, _, more)) => *more += 1,
                None => by_field.push((e.field, e.message, 0)),
            }
        }
        for (field, message, more) in by_field {
            let mut message = lower_first(&message);
            if more > 0 {
                message.push_str(&format!(" (and {more} more like it)"));
            }
            problems.push(Problem::new(
                format!("measures[{i}].{}", measure_field_path(field)),
                message,
            ));
        }
    }
    problems
}

/// Where a measure validation key sits in the file.
fn measure_field_path(key: &str) -> &str {
    match key {
        "band_lower" => "polarity.WithinBand.lower",
        "band_upper" => "polarity.WithinBand.upper",
        "baseline_period" => "baseline.period",
        "baseline_value" => "baseline.value",
        "target_period" => "target.period",
        "target_value" => "target.value",
        "spc_rebase_at" => "spc.rebase_at",
        "spc_freeze_after" => "spc.freeze_after",
        other => other,
    }
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}
