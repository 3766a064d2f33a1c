//! The preview: what an import would change, record by record, before anything changes.
//!
//! Merging (the usual import) compares each incoming record with the copy here and with the
//! copy last received from the same partner (the ledger):
//! - not here → **new**; the same here → **unchanged**;
//! - different, and only theirs changed since the last exchange → **updated**;
//! - different, and only ours changed → **unchanged** (ours is kept);
//! - different, and both changed → **conflict**, resolved per record (keep mine by default).
//!
//! With no earlier exchange to compare with, a copy that is newer than ours is an update and
//! anything else a conflict. A record deleted here is never brought back. A record the partner
//! deleted (a tombstone), or no longer shares with this organisation, is **deleted** here, or a
//! conflict if it was changed here since. A measure goes with its goal.
//!
//! Replacing (restoring a backup) makes the workspace exactly the backup's, except that
//! personal records are kept when the backup left them out.

use std::collections::{BTreeSet, HashMap, HashSet};

use serde_json::Value;

use super::canonical::{digest_of, sha256_hex};
use super::format::FileKind;
use super::kind::{RecordKind, RecordRef};
use super::ledger::{PartnerExchange, ReceivedRecord};
use super::parse::ImportedFile;
use super::records::{visit_all_kinds, ExchangeRecord, KindVisitor, Owners};
use super::summary::FileSummary;
use super::tombstone::Tombstone;
use crate::model::{Id, Timestamp};
use crate::workspace::Workspace;

/// How an import treats the workspace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Merge the file's records into the workspace (packs and backups).
    Merge,
    /// Make the workspace the backup's (backups only).
    Replace,
}

/// What an import does to one record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Outcome {
    /// Added.
    New,
    /// Replaced by the incoming copy.
    Updated,
    /// Left as it is.
    Unchanged,
    /// Removed.
    Deleted,
    /// Changed on both sides since the last exchange: the user chooses.
    Conflict,
}

impl Outcome {
    /// Every outcome, in the order a preview lists them.
    pub const ALL: [Outcome; 5] = [
        Outcome::Conflict,
        Outcome::New,
        Outcome::Updated,
        Outcome::Deleted,
        Outcome::Unchanged,
    ];

    /// Plain words, e.g. "In conflict".
    pub fn label(self) -> &'static str {
        match self {
            Outcome::New => "New",
            Outcome::Updated => "Updated",
            Outcome::Unchanged => "Unchanged",
            Outcome::Deleted => "Deleted",
            Outcome::Conflict => "In conflict",
        }
    }
}

/// One record in a preview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordChange {
    /// The record.
    pub record: RecordRef,
    /// A label for people, e.g. the goal's title.
    pub label: String,
    /// The organisation that owns it.
    pub owner: Option<Id>,
    /// What happens to it.
    pub outcome: Outcome,
    /// Why, in plain words, when it is not obvious.
    pub note: Option<String>,
    /// Top-level fields that differ between ours and theirs (for updates and conflicts).
    pub changed_fields: Vec<String>,
    /// When our copy was last changed.
    pub ours_updated_at: Option<Timestamp>,
    /// When their copy was last changed (or deleted).
    pub theirs_updated_at: Option<Timestamp>,
    /// Whether the record is personal data.
    pub personal: bool,
    /// A deletion that happens only if this other record's deletion happens (a measure's goal).
    pub depends_on: Option<RecordRef>,
}

/// The changes to one kind of record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionPreview {
    /// The kind.
    pub kind: RecordKind,
    /// One entry per record the file mentions or the import removes, in file order.
    pub changes: Vec<RecordChange>,
}

impl SectionPreview {
    /// How many records have `outcome`.
    pub fn count(&self, outcome: Outcome) -> usize {
        self.changes.iter().filter(|c| c.outcome == outcome).count()
    }

    /// The records with `outcome`.
    pub fn with(&self, outcome: Outcome) -> impl Iterator<Item = &RecordChange> {
        self.changes.iter().filter(move |c| c.outcome == outcome)
    }
}

/// Everything an import would do, for the user to confirm.
#[derive(Debug, Clone, PartialEq)]
pub struct Preview {
    /// Merge or replace.
    pub mode: Mode,
    /// What the file says about itself.
    pub file: FileSummary,
    /// One section per kind of record the import touches, in [`RecordKind::ALL`] order.
    pub sections: Vec<SectionPreview>,
    /// Things the user should know before confirming, in plain words.
    pub notes: Vec<String>,
    /// Whether this very file was imported from this partner before (importing it again
    /// changes nothing).
    pub already_imported: bool,
    fingerprint: String,
}

impl Preview {
    /// How many records, of all kinds, have `outcome`.
    pub fn total(&self, outcome: Outcome) -> usize {
        self.sections.iter().map(|s| s.count(outcome)).sum()
    }

    /// Every record in conflict.
    pub fn conflicts(&self) -> impl Iterator<Item = &RecordChange> {
        self.sections.iter().flat_map(|s| s.with(Outcome::Conflict))
    }

    /// Whether applying would add, change or delete any record (with every conflict resolved
    /// by keeping ours, conflicts change nothing).
    pub fn has_changes(&self) -> bool {
        self.total(Outcome::New) + self.total(Outcome::Updated) + self.total(Outcome::Deleted) > 0
    }

    /// The section for `kind`, if the import touches that kind.
    pub fn section(&self, kind: RecordKind) -> Option<&SectionPreview> {
        self.sections.iter().find(|s| s.kind == kind)
    }

    pub(crate) fn fingerprint(&self) -> &str {
        &self.fingerprint
    }
}

/// The user's choice for each conflict: keep ours (the default) or take theirs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Choices {
    take_theirs: BTreeSet<RecordRef>,
}

impl Choices {
    /// Keep ours for every conflict.
    pub fn keep_mine() -> Choices {
        Choices::default()
    }

    /// Take theirs for every conflict in `preview`.
    pub fn take_theirs_for_all(preview: &Preview) -> Choices {
        Choices {
            take_theirs: preview.conflicts().map(|c| c.record).collect(),
        }
    }

    /// Chooses theirs (`true`) or ours (`false`) for `record`.
    pub fn choose(&mut self, record: RecordRef, take_theirs: bool) {
        if take_theirs {
            self.take_theirs.insert(record);
        } else {
            self.take_theirs.remove(&record);
        }
    }

    /// Whether theirs is chosen for `record`.
    pub fn takes_theirs(&self, record: RecordRef) -> bool {
        self.take_theirs.contains(&record)
    }
}

/// What applying does to one record (or to a conflict, if theirs is taken).
pub(crate) enum Action<R> {
    Insert(R),
    Replace(R),
    Delete(Option<Tombstone>),
    Nothing,
}

/// What applying does to the ledger for one record.
pub(crate) enum LedgerOp {
    Remember(ReceivedRecord),
    Forget(RecordRef),
    Keep,
}

/// One record's plan.
pub(crate) struct Planned<R> {
    pub change: RecordChange,
    pub action: Action<R>,
    pub ledger: LedgerOp,
}

/// Everything the per-kind planning needs.
pub(crate) struct Context<'a> {
    pub ws: &'a Workspace,
    pub file: &'a ImportedFile,
    pub mode: Mode,
    pub now: Timestamp,
    is_pack: bool,
    /// The partner whose ledger entry is compared with and updated (packs only).
    pub source: Option<Id>,
    base: Option<&'a PartnerExchange>,
    incoming_tombstones: HashMap<RecordRef, Tombstone>,
    withdraw: bool,
    local_owners: Owners,
    file_owners: Owners,
    org_names: HashMap<Id, String>,
}

impl<'a> Context<'a> {
    pub fn new(ws: &'a Workspace, file: &'a ImportedFile, mode: Mode, now: Timestamp) -> Self {
        let is_pack = file.summary.kind == FileKind::PartnerPack;
        let source = if is_pack && mode == Mode::Merge {
            file.summary.exported_by_org
        } else {
            None
        };
        let local = Owners::of_workspace(ws);
        let incoming = Owners::of_pack(&file.records);
        let mut org_names: HashMap<Id, String> = file
            .records
            .organisations
            .iter()
            .map(|o| (o.id, o.name.clone()))
            .collect();
        for o in &ws.organisations {
            org_names.insert(o.id, o.name.clone());
        }
        Context {
            ws,
            file,
            mode,
            now,
            is_pack,
            source,
            base: source.and_then(|s| ws.exchange.partner(s)),
            incoming_tombstones: file
                .records
                .tombstones
                .iter()
                .map(|t| (t.record(), *t))
                .collect(),
            withdraw: is_pack
                && source.is_some()
                && ws.home_organisation.is_some()
                && file.summary.partner_org == ws.home_organisation,
            local_owners: local.clone().or(&incoming),
            file_owners: incoming.or(&local),
            org_names,
        }
    }

    fn org_name(&self, id: Option<Id>) -> String {
        match id {
            Some(id) => self
                .org_names
                .get(&id)
                .cloned()
                .unwrap_or_else(|| "another organisation".to_string()),
            None => "an unknown organisation".to_string(),
        }
    }

    /// Incoming tombstones for records not here and not yet recorded here: kept so a later
    /// file cannot bring those records back.
    pub fn tombstones_to_record(&self) -> Vec<Tombstone> {
        if self.mode != Mode::Merge {
            return Vec::new();
        }
        self.file
            .records
            .tombstones
            .iter()
            .filter(|t| {
                !self.ws.has_record(t.kind, t.id) && self.ws.tombstone(t.kind, t.id).is_none()
            })
            .copied()
            .collect()
    }
}

fn date(t: Timestamp) -> String {
    t.format("%-d %b %Y").to_string()
}

/// Top-level fields that differ between two records, creation and change times left out.
fn changed_fields<R: ExchangeRecord>(ours: &R, theirs: &R) -> Vec<String> {
    let (Ok(Value::Object(a)), Ok(Value::Object(b))) =
        (serde_json::to_value(ours), serde_json::to_value(theirs))
    else {
        return Vec::new();
    };
    let mut keys: Vec<&String> = b
        .keys()
        .chain(a.keys().filter(|k| !b.contains_key(*k)))
        .collect();
    keys.dedup();
    keys.into_iter()
        .filter(|k| k.as_str() != "updated_at" && k.as_str() != "created_at")
        .filter(|k| a.get(*k) != b.get(*k))
        .cloned()
        .collect()
}

/// The plan for every record of kind `R`. `deleting_goals` are the goals this import deletes
/// (or may delete, if a conflict is resolved as theirs), by id.
pub(crate) fn plan_kind<R: ExchangeRecord>(
    ctx: &Context,
    deleting_goals: &HashMap<Id, RecordRef>,
) -> Vec<Planned<R>> {
    match ctx.mode {
        Mode::Merge => plan_merge::<R>(ctx, deleting_goals),
        Mode::Replace => plan_replace::<R>(ctx),
    }
}

fn new_change<R: ExchangeRecord>(r: &R, owner: Option<Id>, outcome: Outcome) -> RecordChange {
    RecordChange {
        record: RecordRef::new(R::KIND, r.id()),
        label: r.label(),
        owner,
        outcome,
        note: None,
        changed_fields: Vec::new(),
        ours_updated_at: None,
        theirs_updated_at: None,
        personal: r.is_personal(),
        depends_on: None,
    }
}

fn plan_merge<R: ExchangeRecord>(
    ctx: &Context,
    deleting_goals: &HashMap<Id, RecordRef>,
) -> Vec<Planned<R>> {
    let local = R::in_workspace(ctx.ws);
    let index: HashMap<Id, usize> = local.iter().enumerate().map(|(i, r)| (r.id(), i)).collect();
    let incoming = R::in_pack(&ctx.file.records);
    let incoming_ids: HashSet<Id> = incoming.iter().map(|r| r.id()).collect();
    let exporter = ctx.file.summary.exported_by_org;
    let from = ctx.org_name(exporter);
    let mut out = Vec::new();

    for theirs in incoming {
        let rr = RecordRef::new(R::KIND, theirs.id());
        let theirs_digest = digest_of(theirs);
        let owner = theirs.owner(&ctx.file_owners);
        let mut change = new_change(theirs, owner, Outcome::Unchanged);
        change.theirs_updated_at = Some(theirs.updated_at());
        let remember = match ctx.source {
            Some(_) => LedgerOp::Remember(ReceivedRecord {
                kind: R::KIND,
                id: theirs.id(),
                updated_at: theirs.updated_at(),
                digest: theirs_digest.clone(),
                arrived_at: ctx.now,
            }),
            None => LedgerOp::Keep,
        };
        let ours = index.get(&theirs.id()).map(|i| &local[*i]);
        if let Some(ours) = ours {
            change.ours_updated_at = Some(ours.updated_at());
        }

        if let Some(t) = ctx.ws.tombstone(R::KIND, theirs.id()) {
            change.note = Some(format!(
                "deleted here on {}; an import never brings back a deleted record",
                date(t.deleted_at)
            ));
            out.push(Planned {
                change,
                action: Action::Nothing,
                ledger: LedgerOp::Keep,
            });
            continue;
        }

        // Another organisation named by a pack: added if missing, never changed.
        if R::KIND == RecordKind::Organisation && ctx.is_pack && Some(theirs.id()) != exporter {
            let (outcome, action, note) = match ours {
                Some(_) => (
                    Outcome::Unchanged,
                    Action::Nothing,
                    "named in the file for reference; only this organisation changes its own details",
                ),
                None => (
                    Outcome::New,
                    Action::Insert(theirs.clone()),
                    "added because the file's records name it",
                ),
            };
            change.outcome = outcome;
            change.note = Some(note.to_string());
            out.push(Planned {
                change,
                action,
                ledger: LedgerOp::Keep,
            });
            continue;
        }

        let Some(ours) = ours else {
            change.outcome = Outcome::New;
            out.push(Planned {
                change,
                action: Action::Insert(theirs.clone()),
                ledger: remember,
            });
            continue;
        };

        let ours_digest = digest_of(ours);
        if ours_digest == theirs_digest {
            out.push(Planned {
                change,
                action: Action::Nothing,
                ledger: remember,
            });
            continue;
        }

        let home = ctx.ws.home_organisation;
        let ours_owner = ours.owner(&ctx.local_owners);
        if ctx.is_pack && home.is_some() && ours_owner == home && ctx.source != home {
            change.note = Some(format!(
                "this {} is your organisation's; a partner's file cannot change it",
                R::KIND.noun()
            ));
            out.push(Planned {
                change,
                action: Action::Nothing,
                ledger: LedgerOp::Keep,
            });
            continue;
        }

        change.changed_fields = changed_fields(ours, theirs);
        let base = ctx
            .base
            .and_then(|b| b.record(rr))
            .map(|e| e.digest.as_str());
        let (ours_changed, theirs_changed) = match base {
            Some(b) => (ours_digest != b, theirs_digest != b),
            None => (theirs.updated_at() <= ours.updated_at(), true),
        };
        let (outcome, action, note) = if !theirs_changed {
            (
                Outcome::Unchanged,
                Action::Nothing,
                Some(
                    "changed here since the last exchange, and not changed by them: yours is kept"
                        .to_string(),
                ),
            )
        } else if !ours_changed {
            (Outcome::Updated, Action::Replace(theirs.clone()), None)
        } else if base.is_some() {
            (
                Outcome::Conflict,
                Action::Replace(theirs.clone()),
                Some(format!(
                    "changed here and by {from} since the last exchange"
                )),
            )
        } else {
            (
                Outcome::Conflict,
                Action::Replace(theirs.clone()),
                Some(format!(
                    "different here, and {from}'s copy is not newer than yours"
                )),
            )
        };
        change.outcome = outcome;
        change.note = note;
        out.push(Planned {
            change,
            action,
            ledger: remember,
        });
    }

    // Records here that the file does not carry: deleted there, no longer shared, or going
    // with a deleted goal.
    for ours in local.iter().filter(|r| !incoming_ids.contains(&r.id())) {
        let rr = RecordRef::new(R::KIND, ours.id());
        let ours_owner = ours.owner(&ctx.local_owners);
        let forget = match ctx.source {
            Some(_) => LedgerOp::Forget(rr),
            None => LedgerOp::Keep,
        };
        let mut change = new_change(ours, ours_owner, Outcome::Deleted);
        change.ours_updated_at = Some(ours.updated_at());

        if let Some(t) = ctx.incoming_tombstones.get(&rr) {
            change.theirs_updated_at = Some(t.deleted_at);
            if ctx.is_pack && ours_owner != Some(t.organisation_id) {
                change.outcome = Outcome::Unchanged;
                change.note = Some(format!(
                    "{from} lists it as deleted, but it belongs to {} here, so it is kept",
                    ctx.org_name(ours_owner)
                ));
                out.push(Planned {
                    change,
                    action: Action::Nothing,
                    ledger: LedgerOp::Keep,
                });
                continue;
            }
            let by = ctx.org_name(Some(t.organisation_id));
            let base = ctx
                .base
                .and_then(|b| b.record(rr))
                .map(|e| e.digest.clone());
            let ours_changed = match base {
                Some(b) => digest_of(ours) != b,
                None => ours.updated_at() > t.deleted_at,
            };
            if ours_changed {
                change.outcome = Outcome::Conflict;
                change.note = Some(format!(
                    "deleted by {by} on {}, but changed here since",
                    date(t.deleted_at)
                ));
            } else {
                change.note = Some(format!("deleted by {by} on {}", date(t.deleted_at)));
            }
            out.push(Planned {
                change,
                action: Action::Delete(Some(*t)),
                ledger: forget,
            });
            continue;
        }

        if ctx.withdraw && ours_owner == ctx.source {
            if let Some(e) = ctx.base.and_then(|b| b.record(rr)) {
                if ctx.file.summary.personal_included || !ours.is_personal() {
                    if digest_of(ours) != e.digest {
                        change.outcome = Outcome::Conflict;
                        change.note = Some(format!(
                            "no longer shared with you by {from}, but changed here since it arrived"
                        ));
                    } else {
                        change.note = Some(format!("no longer shared with you by {from}"));
                    }
                    out.push(Planned {
                        change,
                        action: Action::Delete(None),
                        ledger: forget,
                    });
                    continue;
                }
            }
        }

        if let Some(goal) = ours.requires_goal() {
            if let Some(goal_ref) = deleting_goals.get(&goal) {
                change.note = Some("its goal is deleted".to_string());
                change.depends_on = Some(*goal_ref);
                out.push(Planned {
                    change,
                    action: Action::Delete(None),
                    ledger: forget,
                });
            }
        }
    }
    out
}

fn plan_replace<R: ExchangeRecord>(ctx: &Context) -> Vec<Planned<R>> {
    let local = R::in_workspace(ctx.ws);
    let index: HashMap<Id, usize> = local.iter().enumerate().map(|(i, r)| (r.id(), i)).collect();
    let incoming = R::in_pack(&ctx.file.records);
    let incoming_ids: HashSet<Id> = incoming.iter().map(|r| r.id()).collect();
    let mut out = Vec::new();
    for theirs in incoming {
        let mut change = new_change(theirs, theirs.owner(&ctx.file_owners), Outcome::Unchanged);
        change.theirs_updated_at = Some(theirs.updated_at());
        let action = match index.get(&theirs.id()).map(|i| &local[*i]) {
            None => {
                change.outcome = Outcome::New;
                Action::Insert(theirs.clone())
            }
            Some(ours) => {
                change.ours_updated_at = Some(ours.updated_at());
                if digest_of(ours) == digest_of(theirs) {
                    Action::Nothing
                } else {
                    change.outcome = Outcome::Updated;
                    change.changed_fields = changed_fields(ours, theirs);
                    Action::Replace(theirs.clone())
                }
            }
        };
        out.push(Planned {
            change,
            action,
            ledger: LedgerOp::Keep,
        });
    }
    for ours in local.iter().filter(|r| !incoming_ids.contains(&r.id())) {
        if ours.is_personal() && !ctx.file.summary.personal_included {
            continue; // the backup left personal records out: ours are kept
        }
        let mut change = new_change(ours, ours.owner(&ctx.local_owners), Outcome::Deleted);
        change.ours_updated_at = Some(ours.updated_at());
        change.note = Some("not in the backup".to_string());
        out.push(Planned {
            change,
            action: Action::Delete(None),
            ledger: LedgerOp::Keep,
        });
    }
    out
}

/// A digest of the whole workspace, so applying can check nothing changed since the preview.
pub(crate) fn fingerprint(ws: &Workspace) -> String {
    sha256_hex(&serde_json::to_string(ws).unwrap_or_default())
}

/// Goals that a plan deletes (for their measures), by id.
pub(crate) fn deleted_goal_refs<R: ExchangeRecord>(plans: &[Planned<R>]) -> HashMap<Id, RecordRef> {
    if R::KIND != RecordKind::Goal {
        return HashMap::new();
    }
    plans
        .iter()
        .filter(|p| matches!(p.action, Action::Delete(_)))
        .map(|p| (p.change.record.id, p.change.record))
        .collect()
}

fn build_preview(ws: &Workspace, file: &ImportedFile, mode: Mode, now: Timestamp) -> Preview {
    struct Collect<'a> {
        ctx: Context<'a>,
        deleting_goals: HashMap<Id, RecordRef>,
        sections: Vec<SectionPreview>,
    }
    impl KindVisitor for Collect<'_> {
        fn visit<R: ExchangeRecord>(&mut self) {
            let plans = plan_kind::<R>(&self.ctx, &self.deleting_goals);
            self.deleting_goals.extend(deleted_goal_refs(&plans));
            if !plans.is_empty() {
                self.sections.push(SectionPreview {
                    kind: R::KIND,
                    changes: plans.into_iter().map(|p| p.change).collect(),
                });
            }
        }
    }
    let mut collect = Collect {
        ctx: Context::new(ws, file, mode, now),
        deleting_goals: HashMap::new(),
        sections: Vec::new(),
    };
    visit_all_kinds(&mut collect);

    let summary = &file.summary;
    let mut notes = Vec::new();
    let mut already_imported = false;
    if let (Some(source), Some(digest)) = (collect.ctx.source, &summary.digest) {
        if let Some(last) = ws
            .exchange
            .partner(source)
            .and_then(|p| p.last_file.as_ref())
        {
            if &last.digest == digest {
                already_imported = true;
                notes.push(format!(
                    "This file was already imported on {}. Importing it again changes nothing you have not changed since.",
                    date(last.imported_at)
                ));
            }
        }
    }
    if summary.kind == FileKind::PartnerPack {
        let from = collect.ctx.org_name(summary.exported_by_org);
        match ws.home_organisation {
            None => notes.push(
                "This workspace has not said which organisation it belongs to, so partners' records can still be edited here. Choose your organisation to keep them read-only."
                    .to_string(),
            ),
            Some(home) if Some(home) == summary.exported_by_org => notes.push(format!(
                "This pack was exported by your own organisation ({from})."
            )),
            Some(home) if summary.partner_org != Some(home) => notes.push(format!(
                "This pack was made by {from} for {}, not for {}. Its records are still kept as {from}'s.",
                collect.ctx.org_name(summary.partner_org),
                collect.ctx.org_name(Some(home))
            )),
            Some(_) => {}
        }
        if !summary.personal_included {
            notes.push(
                "The pack has no personal records (appraisals, one-to-ones, development plans)."
                    .to_string(),
            );
        }
    }
    if summary.digest.is_none() {
        notes.push(
            "This copy was saved before Scorecard had its exchange format, so it has no digest and cannot be checked for changes since it was saved."
                .to_string(),
        );
    } else if let Some(v) = summary.migrated_from {
        notes.push(format!(
            "The file uses an older version of the format ({v}); it was converted."
        ));
    }
    if mode == Mode::Replace && !summary.personal_included {
        notes.push(
            "The backup has no personal records, so the personal records here are kept."
                .to_string(),
        );
    }
    if let Some(note) = super::links::missing_links_note(ws, &file.records, mode == Mode::Merge) {
        notes.push(note);
    }
    let conflicts: usize = collect
        .sections
        .iter()
        .map(|s| s.count(Outcome::Conflict))
        .sum();
    if conflicts > 0 {
        notes.push(format!(
            "{conflicts} {} changed both here and in the file since the last exchange. Yours {} kept unless you choose theirs.",
            if conflicts == 1 { "record was" } else { "records were" },
            if conflicts == 1 { "is" } else { "are" },
        ));
    }
    Preview {
        mode,
        file: file.summary.clone(),
        sections: collect.sections,
        notes,
        already_imported,
        fingerprint: fingerprint(ws),
    }
}

/// What merging `file` into `ws` would do. Changes nothing. `now` is only used for arrival
/// times in the plan and does not affect the outcome.
pub fn preview(ws: &Workspace, file: &ImportedFile) -> Preview {
    build_preview(ws, file, Mode::Merge, Timestamp::UNIX_EPOCH)
}

/// What replacing `ws` with the backup in `file` would do, or `None` if the file is not a
/// backup. Changes nothing.
pub fn preview_replace(ws: &Workspace, file: &ImportedFile) -> Option<Preview> {
    file.backup.as_ref()?;
    Some(build_preview(
        ws,
        file,
        Mode::Replace,
        Timestamp::UNIX_EPOCH,
    ))
}
