//! Applying an import the user confirmed: exactly the changes in the preview, with the user's
//! choice for each conflict, all at once or not at all, and an undo point.

use std::collections::HashSet;

use super::kind::RecordRef;
use super::ledger::ReceivedFile;
use super::parse::ImportedFile;
use super::plan::{
    deleted_goal_refs, fingerprint, plan_kind, Action, Choices, Context, LedgerOp, Mode, Outcome,
    Preview,
};
use super::records::{visit_all_kinds, ExchangeRecord, KindVisitor};
use super::tombstone::insert_tombstone;
use super::undo::UndoPoint;
use crate::model::Timestamp;
use crate::workspace::Workspace;

/// Why an import was not applied. Nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApplyError {
    /// The workspace changed after the preview was made.
    #[error(
        "Your data changed after the preview was made. Look at the preview again before importing."
    )]
    Stale,
    /// The preview was made for another file or mode.
    #[error("This preview is for a different file. Look at the preview again before importing.")]
    WrongPreview,
    /// A change was refused by the workspace's own rules.
    #[error("Nothing was imported: {0}")]
    Refused(String),
    /// Replace was asked for with a file that is not a backup.
    #[error("Only a workspace backup can replace everything; a partner pack can only be merged.")]
    NotABackup,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq)]
pub struct Applied {
    /// The workspace as it was before, to undo the import in one step.
    pub undo: UndoPoint,
    /// Records added.
    pub added: usize,
    /// Records replaced by the incoming copy (updates, and conflicts resolved as theirs).
    pub updated: usize,
    /// Records deleted.
    pub deleted: usize,
    /// Conflicts where ours was kept.
    pub kept_mine: usize,
}

impl Applied {
    /// A one-line summary, e.g. "3 added, 1 updated, 0 deleted".
    pub fn summary(&self) -> String {
        let mut text = format!(
            "{} added, {} updated, {} deleted",
            self.added, self.updated, self.deleted
        );
        if self.kept_mine > 0 {
            text.push_str(&format!("; yours kept in {} conflicts", self.kept_mine));
        }
        text
    }
}

fn describe(file: &ImportedFile) -> String {
    let s = &file.summary;
    match &s.exported_by_name {
        Some(name) => format!("Import of a {} from {name}", s.kind.label()),
        None => format!("Import of a {}", s.kind.label()),
    }
}

fn check(
    ws: &Workspace,
    file: &ImportedFile,
    preview: &Preview,
    mode: Mode,
) -> Result<(), ApplyError> {
    if preview.mode != mode || preview.file != file.summary {
        return Err(ApplyError::WrongPreview);
    }
    if preview.fingerprint() != fingerprint(ws) {
        return Err(ApplyError::Stale);
    }
    Ok(())
}

/// Merges `file` into `ws` as `preview` showed, taking theirs for the conflicts `choices` says
/// and keeping ours for the rest. Either every change is made or none is.
pub fn apply(
    ws: &mut Workspace,
    file: &ImportedFile,
    preview: &Preview,
    choices: &Choices,
    now: Timestamp,
) -> Result<Applied, ApplyError> {
    check(ws, file, preview, Mode::Merge)?;
    let mut next = ws.clone();
    let ctx = Context::new(ws, file, Mode::Merge, now);

    struct Run<'a> {
        ctx: &'a Context<'a>,
        next: &'a mut Workspace,
        choices: &'a Choices,
        deleting_goals: std::collections::HashMap<crate::model::Id, RecordRef>,
        deleted: HashSet<RecordRef>,
        ledger: Vec<LedgerOp>,
        applied: Applied,
    }
    impl KindVisitor for Run<'_> {
        fn visit<R: ExchangeRecord>(&mut self) {
            let plans = plan_kind::<R>(self.ctx, &self.deleting_goals);
            self.deleting_goals.extend(deleted_goal_refs(&plans));
            for plan in plans {
                let record = plan.change.record;
                let go = match plan.change.outcome {
                    Outcome::Unchanged => false,
                    Outcome::New | Outcome::Updated => true,
                    Outcome::Deleted => plan
                        .change
                        .depends_on
                        .is_none_or(|d| self.deleted.contains(&d)),
                    Outcome::Conflict => {
                        let take = self.choices.takes_theirs(record);
                        if !take {
                            self.applied.kept_mine += 1;
                        }
                        take
                    }
                };
                self.ledger.push(plan.ledger);
                if !go {
                    continue;
                }
                let list = R::in_workspace_mut(self.next);
                match plan.action {
                    Action::Insert(r) => {
                        list.upsert(r);
                        self.applied.added += 1;
                    }
                    Action::Replace(r) => {
                        list.upsert(r);
                        self.applied.updated += 1;
                    }
                    Action::Delete(tombstone) => {
                        list.remove(record.id);
                        if let Some(t) = tombstone {
                            insert_tombstone(&mut self.next.tombstones, t);
                        }
                        self.deleted.insert(record);
                        self.applied.deleted += 1;
                    }
                    Action::Nothing => {}
                }
            }
        }
    }
    let mut run = Run {
        ctx: &ctx,
        next: &mut next,
        choices,
        deleting_goals: Default::default(),
        deleted: HashSet::new(),
        ledger: Vec::new(),
        applied: Applied {
            undo: UndoPoint {
                taken_at: now,
                description: describe(file),
                workspace: ws.clone(),
            },
            added: 0,
            updated: 0,
            deleted: 0,
            kept_mine: 0,
        },
    };
    visit_all_kinds(&mut run);
    let Run {
        ledger, applied, ..
    } = run;

    for t in ctx.tombstones_to_record() {
        insert_tombstone(&mut next.tombstones, t);
    }
    if let Some(source) = ctx.source {
        let partner = next.exchange.partner_mut(source);
        for op in ledger {
            match op {
                LedgerOp::Remember(entry) => partner.remember(entry),
                LedgerOp::Forget(r) => partner.forget(r),
                LedgerOp::Keep => {}
            }
        }
        if let (Some(digest), Some(exported_at)) = (&file.summary.digest, file.summary.exported_at)
        {
            let same = partner
                .last_file
                .as_ref()
                .is_some_and(|f| &f.digest == digest);
            if !same {
                partner.last_file = Some(ReceivedFile {
                    digest: digest.clone(),
                    exported_at,
                    imported_at: now,
                });
            }
        }
    }
    *ws = next;
    Ok(applied)
}

/// Replaces `ws` with the backup in `file`, as `preview` (from
/// [`super::preview_replace`]) showed. Personal records the backup left out are kept.
pub fn apply_replace(
    ws: &mut Workspace,
    file: &ImportedFile,
    preview: &Preview,
    now: Timestamp,
) -> Result<Applied, ApplyError> {
    let Some(backup) = &file.backup else {
        return Err(ApplyError::NotABackup);
    };
    check(ws, file, preview, Mode::Replace)?;
    let mut next: Workspace = (**backup).clone();
    if !file.summary.personal_included {
        for review in ws.reviews.iter().filter(|r| r.is_personal()) {
            next.reviews.upsert(review.clone());
        }
        next.development = ws.development.clone();
        next.exit_interviews = ws.exit_interviews.clone();
        next.people.update_where(
            |p| ws.person(p.id).is_some(),
            |person| {
                if let Some(ours) = ws.person(person.id) {
                    person.appointment = ours.appointment.clone();
                }
            },
        );
    }
    let count = |o: Outcome| preview.total(o);
    let applied = Applied {
        undo: UndoPoint {
            taken_at: now,
            description: format!("{} (replacing everything)", describe(file)),
            workspace: ws.clone(),
        },
        added: count(Outcome::New),
        updated: count(Outcome::Updated),
        deleted: count(Outcome::Deleted),
        kept_mine: 0,
    };
    *ws = next;
    Ok(applied)
}
