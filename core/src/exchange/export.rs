//! Export: a whole workspace as a backup, or a partner pack of what one organisation shares
//! with one partner. Each comes with a plan that lists what is included, for the export dialog,
//! and a file name that says who, for whom and when.

use std::collections::BTreeSet;

use super::canonical::digest_of;
use super::format::{ExchangeFile, FileKind, PartnerPack, Payload};
use super::kind::RecordKind;
use super::records::{visit_all_kinds, ExchangeRecord, KindVisitor};
use super::{APP_VERSION, EXCHANGE_FORMAT, EXCHANGE_SCHEMA_VERSION};
use crate::model::{Appointment, Id, ReviewSubject, Timestamp};
use crate::workspace::Workspace;

/// Choices made in the export dialog.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ExportOptions {
    /// Include personal records: individual reviews (appraisals and one-to-ones), development
    /// plan items, exit interviews and what was agreed at appointment. Off unless the user
    /// ticks it.
    pub include_personal: bool,
}

/// Why an export could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExportError {
    /// The exporting or partner organisation is not in the workspace.
    #[error("That organisation is no longer in this workspace")]
    UnknownOrganisation(Id),
    /// A pack was asked for from an organisation to itself.
    #[error("Choose a partner other than the organisation exporting the pack")]
    SameOrganisation,
}

/// One kind of record in an export, for the dialog's list of what is included.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanSection {
    /// The kind.
    pub kind: RecordKind,
    /// How many records of this kind are included.
    pub included: usize,
    /// Labels of the included records (e.g. goal titles), in file order.
    pub labels: Vec<String>,
    /// How many personal records of this kind were left out because personal data was not
    /// chosen.
    pub personal_left_out: usize,
}

/// What an export will contain.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportPlan {
    /// Backup or partner pack.
    pub kind: FileKind,
    /// The exporting organisation (a pack's owner; a backup's home organisation, if any).
    pub from_org: Option<Id>,
    /// The partner a pack is for.
    pub partner_org: Option<Id>,
    /// The options used.
    pub options: ExportOptions,
    /// One entry per kind with something included or left out, in [`RecordKind::ALL`] order.
    pub sections: Vec<PlanSection>,
    /// Deletions that travel with the file.
    pub tombstones: usize,
    /// Plain-English notes for the dialog, e.g. what a pack never carries.
    pub notes: Vec<String>,
    /// The suggested file name.
    pub file_name: String,
    payload: Payload,
}

impl ExportPlan {
    /// Whether any record is included.
    pub fn is_empty(&self) -> bool {
        self.sections.iter().all(|s| s.included == 0)
    }

    /// Total records included.
    pub fn total(&self) -> usize {
        self.sections.iter().map(|s| s.included).sum()
    }
}

/// An export ready to download.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportedFile {
    /// Suggested file name, e.g. `scorecard-nhft-for-ncc-2026-11-26.json`.
    pub file_name: String,
    /// The file.
    pub file: ExchangeFile,
    /// The file as text.
    pub json: String,
    /// What it contains.
    pub plan: ExportPlan,
}

/// Lower-case letters, digits and single dashes, for file names safe on every system.
fn file_stem(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let trimmed = out.trim_matches('-');
    let mut stem: String = trimmed.chars().take(40).collect();
    while stem.ends_with('-') {
        stem.pop();
    }
    if stem.is_empty() {
        "untitled".to_string()
    } else {
        stem
    }
}

fn org_stem(ws: &Workspace, org: Id) -> String {
    match ws.organisation(org) {
        Some(o) => file_stem(o.display_short()),
        None => "organisation".to_string(),
    }
}

/// File name of a partner pack: `scorecard-<from>-for-<partner>-<yyyy-mm-dd>.json`, using
/// short names where the organisations have them.
pub fn pack_file_name(ws: &Workspace, from: Id, partner: Id, now: Timestamp) -> String {
    format!(
        "scorecard-{}-for-{}-{}.json",
        org_stem(ws, from),
        org_stem(ws, partner),
        now.format("%Y-%m-%d")
    )
}

/// File name of a backup: `scorecard-backup-<workspace or organisation>-<yyyy-mm-dd>.json`.
pub fn backup_file_name(ws: &Workspace, now: Timestamp) -> String {
    let who = match ws.home_organisation {
        Some(org) if ws.organisation(org).is_some() => org_stem(ws, org),
        _ => file_stem(&ws.name),
    };
    format!("scorecard-backup-{}-{}.json", who, now.format("%Y-%m-%d"))
}

/// Removes personal records from `pack`, counting what was removed per kind.
fn strip_personal(pack: &mut PartnerPack) -> Vec<(RecordKind, usize)> {
    struct Strip<'a> {
        pack: &'a mut PartnerPack,
        removed: Vec<(RecordKind, usize)>,
    }
    impl KindVisitor for Strip<'_> {
        fn visit<R: ExchangeRecord>(&mut self) {
            let list = R::in_pack_mut(self.pack);
            let before = list.len();
            list.retain(|r| !r.is_personal());
            if list.len() < before {
                self.removed.push((R::KIND, before - list.len()));
            }
        }
    }
    let mut strip = Strip {
        pack,
        removed: Vec::new(),
    };
    visit_all_kinds(&mut strip);
    for person in &mut strip.pack.people {
        person.appointment = Appointment::default();
    }
    strip.removed
}

/// The plan's per-kind sections for `pack`.
fn sections(pack: &PartnerPack, left_out: &[(RecordKind, usize)]) -> Vec<PlanSection> {
    struct Sections<'a> {
        pack: &'a PartnerPack,
        left_out: &'a [(RecordKind, usize)],
        out: Vec<PlanSection>,
    }
    impl KindVisitor for Sections<'_> {
        fn visit<R: ExchangeRecord>(&mut self) {
            let list = R::in_pack(self.pack);
            let personal_left_out = self
                .left_out
                .iter()
                .find(|(k, _)| *k == R::KIND)
                .map_or(0, |(_, n)| *n);
            if list.is_empty() && personal_left_out == 0 {
                return;
            }
            self.out.push(PlanSection {
                kind: R::KIND,
                included: list.len(),
                labels: list.iter().map(|r| r.label()).collect(),
                personal_left_out,
            });
        }
    }
    let mut s = Sections {
        pack,
        left_out,
        out: Vec::new(),
    };
    visit_all_kinds(&mut s);
    s.out
}

/// What a backup of `ws` would contain.
pub fn plan_backup(ws: &Workspace, options: ExportOptions, now: Timestamp) -> ExportPlan {
    let mut backup = ws.clone();
    let mut pack = PartnerPack::from_workspace(ws);
    let left_out = if options.include_personal {
        Vec::new()
    } else {
        let left_out = strip_personal(&mut pack);
        backup.reviews = pack.reviews.clone().into();
        backup.development = pack.development.clone().into();
        backup.exit_interviews = pack.exit_interviews.clone().into();
        backup.people = pack.people.clone().into();
        left_out
    };
    let mut notes = Vec::new();
    if !options.include_personal && !left_out.is_empty() {
        notes.push(
            "Personal records (appraisals, one-to-ones, development plans, exit interviews and \
             what was agreed at appointment) are left out. Tick “include personal data” to keep \
             them in the backup."
                .to_string(),
        );
    }
    ExportPlan {
        kind: FileKind::Workspace,
        from_org: ws.home_organisation,
        partner_org: None,
        options,
        sections: sections(&pack, &left_out),
        tombstones: ws.tombstones.len(),
        notes,
        file_name: backup_file_name(ws, now),
        payload: Payload::Workspace(Box::new(backup)),
    }
}

/// What a partner pack from `from` to `partner` would contain: the goals `from` owns and
/// shares with `partner`, their measures (with trajectories, actuals and self-assessments),
/// the strategic reviews of `from` that discussed them (limited to those goals), the people
/// named as their owners and the teams holding them, the organisations they name, and the
/// deletions `from` has made. Individual reviews and development plan items linked to the
/// goals come only with [`ExportOptions::include_personal`].
pub fn plan_partner_pack(
    ws: &Workspace,
    from: Id,
    partner: Id,
    options: ExportOptions,
    now: Timestamp,
) -> Result<ExportPlan, ExportError> {
    if ws.organisation(from).is_none() {
        return Err(ExportError::UnknownOrganisation(from));
    }
    if ws.organisation(partner).is_none() {
        return Err(ExportError::UnknownOrganisation(partner));
    }
    if from == partner {
        return Err(ExportError::SameOrganisation);
    }
    let goals: Vec<_> = ws
        .goals
        .iter()
        .filter(|g| g.organisation_id == from && g.shared_with.contains(&partner))
        .cloned()
        .collect();
    let shared: BTreeSet<Id> = goals.iter().map(|g| g.id).collect();
    let measures: Vec<_> = ws
        .measures
        .iter()
        .filter(|m| shared.contains(&m.goal_id))
        .cloned()
        .collect();
    let shared_measures: BTreeSet<Id> = measures.iter().map(|m| m.id).collect();
    let mut pack = PartnerPack {
        goals,
        measures,
        ..PartnerPack::default()
    };

    // Reviews of `from` that discussed a shared goal, cut down to the shared goals.
    let mut personal_reviews = 0;
    for review in ws.reviews.iter().filter(|r| r.organisation_id == from) {
        let wanted = match review.subject {
            ReviewSubject::Strategic { .. } => true,
            ReviewSubject::Individual { .. } => {
                if !options.include_personal && review.goals.iter().any(|g| shared.contains(g)) {
                    personal_reviews += 1;
                }
                options.include_personal
            }
            ReviewSubject::Team { .. } => false,
        };
        if !wanted || !review.goals.iter().any(|g| shared.contains(g)) {
            continue;
        }
        let mut r = review.clone();
        r.goals.retain(|g| shared.contains(g));
        r.ratings.retain(|x| shared.contains(&x.goal_id));
        r.measures
            .retain(|s| shared_measures.contains(&s.measure_id));
        pack.reviews.push(r);
    }

    let person_org = |p: Id| ws.person(p).map(|p| p.organisation_id);
    let mut personal_development = 0;
    for need in &ws.development {
        let linked = need.goal_id.is_some_and(|g| shared.contains(&g))
            && person_org(need.person_id) == Some(from);
        if linked {
            if options.include_personal {
                pack.development.push(need.clone());
            } else {
                personal_development += 1;
            }
        }
    }

    // People: goal owners, and the people personal records are about.
    let mut people: BTreeSet<Id> = pack.goals.iter().filter_map(|g| g.owner_id).collect();
    for r in &pack.reviews {
        if let ReviewSubject::Individual { person_id, .. } = r.subject {
            people.insert(person_id);
        }
    }
    people.extend(pack.development.iter().map(|d| d.person_id));
    pack.people = ws
        .people
        .iter()
        .filter(|p| people.contains(&p.id) && p.organisation_id == from)
        .cloned()
        .collect();
    if !options.include_personal {
        for p in &mut pack.people {
            p.appointment = Appointment::default();
        }
    }

    let mut teams: BTreeSet<Id> = pack.goals.iter().filter_map(|g| g.team_id).collect();
    teams.extend(pack.people.iter().filter_map(|p| p.team_id));
    pack.teams = ws
        .teams
        .iter()
        .filter(|t| teams.contains(&t.id) && t.organisation_id == from)
        .cloned()
        .collect();

    let mut orgs: BTreeSet<Id> = [from, partner].into_iter().collect();
    for g in &pack.goals {
        orgs.extend(g.shared_with.iter().copied());
    }
    pack.organisations = ws
        .organisations
        .iter()
        .filter(|o| orgs.contains(&o.id))
        .cloned()
        .collect();

    let kinds = [
        RecordKind::Team,
        RecordKind::Person,
        RecordKind::Goal,
        RecordKind::Measure,
        RecordKind::Review,
        RecordKind::DevelopmentNeed,
    ];
    pack.tombstones = ws
        .tombstones
        .iter()
        .filter(|t| t.organisation_id == from && kinds.contains(&t.kind))
        .copied()
        .collect();

    let mut left_out = Vec::new();
    if personal_reviews > 0 {
        left_out.push((RecordKind::Review, personal_reviews));
    }
    if personal_development > 0 {
        left_out.push((RecordKind::DevelopmentNeed, personal_development));
    }
    let partner_name = ws
        .organisation(partner)
        .map(|o| o.name.clone())
        .unwrap_or_default();
    let mut notes = Vec::new();
    if pack.goals.is_empty() {
        notes.push(format!(
            "No goal is shared with {partner_name} yet: share a goal with them from its page \
             first. The pack still carries deletions, if there are any."
        ));
    }
    if !left_out.is_empty() {
        notes.push(
            "Personal records linked to these goals (appraisals, one-to-ones and development \
             plans) are left out. Tick “include personal data” to send them."
                .to_string(),
        );
    }
    notes.push(
        "Team reviews, recognition and exit interviews are never sent in a partner pack."
            .to_string(),
    );
    Ok(ExportPlan {
        kind: FileKind::PartnerPack,
        from_org: Some(from),
        partner_org: Some(partner),
        options,
        sections: sections(&pack, &left_out),
        tombstones: pack.tombstones.len(),
        notes,
        file_name: pack_file_name(ws, from, partner, now),
        payload: Payload::PartnerPack(pack),
    })
}

/// Turns a plan into the file itself.
pub fn export_plan(plan: ExportPlan, now: Timestamp) -> ExportedFile {
    let file = ExchangeFile {
        format: EXCHANGE_FORMAT.to_string(),
        kind: plan.kind,
        schema_version: EXCHANGE_SCHEMA_VERSION,
        app_version: APP_VERSION.to_string(),
        exported_at: now,
        exported_by_org: plan.from_org,
        partner_org: plan.partner_org,
        personal_included: plan.options.include_personal,
        digest: digest_of(&plan.payload),
        payload: plan.payload.clone(),
    };
    ExportedFile {
        file_name: plan.file_name.clone(),
        json: file.to_json(),
        file,
        plan,
    }
}

/// A backup of the whole workspace (see [`plan_backup`]).
pub fn export_workspace(ws: &Workspace, options: ExportOptions, now: Timestamp) -> ExportedFile {
    export_plan(plan_backup(ws, options, now), now)
}

/// A partner pack (see [`plan_partner_pack`]).
pub fn export_partner_pack(
    ws: &Workspace,
    from: Id,
    partner: Id,
    options: ExportOptions,
    now: Timestamp,
) -> Result<ExportedFile, ExportError> {
    Ok(export_plan(
        plan_partner_pack(ws, from, partner, options, now)?,
        now,
    ))
}

#[cfg(test)]
mod tests {
    use super::file_stem;

    #[test]
    fn file_stems_are_safe() {
        assert_eq!(file_stem("N&W ICB"), "n-w-icb");
        assert_eq!(file_stem("  ***  "), "untitled");
        assert_eq!(
            file_stem("Northshire County Council (fictional)"),
            "northshire-county-council-fictional"
        );
    }
}
