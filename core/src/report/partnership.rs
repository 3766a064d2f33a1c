//! The partnership page: goals shared between organisations or owned by another one, which
//! organisation owns which measure, and when each organisation's data last arrived.

use std::collections::HashMap;

use super::measure_row::{MeasureRef, MeasureRow};
use super::scope::ReportScope;
use crate::format;
use crate::model::{GoalLevel, Id, Measure, Timestamp};
use crate::workspace::Workspace;

/// The partnership page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Partnership {
    /// Goals in scope shared between organisations, or owned by an organisation other than the
    /// report's (for one organisation) or this copy's own (for the partnership): strategic
    /// first, then team, then individual, each in the workspace's order.
    pub shared_goals: Vec<SharedGoal>,
    /// Each organisation that owns a measure in the report (and the report's own), in the
    /// workspace's order.
    pub organisations: Vec<OrganisationData>,
}

/// A goal worked on across organisations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedGoal {
    /// The goal.
    pub goal_id: Id,
    /// Its title.
    pub title: String,
    /// Its level.
    pub level: GoalLevel,
    /// The organisation that owns it, short name.
    pub owner: String,
    /// The partners it is shared with, short names.
    pub shared_with: Vec<String>,
    /// It belongs to a partner: it arrived from them and is read-only here.
    pub read_only: bool,
}

/// One organisation's measures and its latest data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganisationData {
    /// The organisation.
    pub organisation_id: Id,
    /// Its short name.
    pub name: String,
    /// The report's measures it owns (through their goals), in report order.
    pub measures: Vec<MeasureRef>,
    /// When an actual for one of them was last entered.
    pub last_entered: Option<Timestamp>,
    /// That date in words.
    pub last_entered_text: Option<String>,
    /// When a file from the organisation was last imported here (partners only).
    pub last_received: Option<Timestamp>,
    /// That date in words.
    pub last_received_text: Option<String>,
}

/// The partnership page for the report's `rows`, each with its measure and owner.
pub(super) fn partnership(
    ws: &Workspace,
    scope: ReportScope,
    rows: &[(&Measure, Id, &MeasureRow)],
) -> Partnership {
    let mut shared_goals: Vec<SharedGoal> = ws
        .goals
        .iter()
        .filter(|g| scope.includes_goal(g))
        .filter(|g| {
            let owned_elsewhere = match scope.organisation() {
                Some(org) => g.organisation_id != org,
                None => ws.is_read_only(g.organisation_id),
            };
            g.is_shared() || owned_elsewhere
        })
        .map(|g| SharedGoal {
            goal_id: g.id,
            title: g.title.clone(),
            level: g.level,
            owner: ws.organisation_short(g.organisation_id),
            shared_with: g
                .shared_with
                .iter()
                .map(|o| ws.organisation_short(*o))
                .collect(),
            read_only: ws.is_read_only(g.organisation_id),
        })
        .collect();
    crate::order::sort_by_key(&mut shared_goals, |g| g.level);

    let received: HashMap<Id, Timestamp> = ws
        .exchange
        .partners
        .iter()
        .filter_map(|p| Some((p.organisation_id, p.last_file.as_ref()?.imported_at)))
        .collect();
    let mut by_org: HashMap<Id, (Vec<MeasureRef>, Option<Timestamp>)> = HashMap::new();
    for (measure, org, row) in rows {
        let entry = by_org.entry(*org).or_default();
        entry.0.push((*row).into());
        let entered = measure.actuals.iter().map(|a| a.entered_at).max();
        entry.1 = entry.1.max(entered);
    }
    let text = |t: Option<Timestamp>| t.map(|t| format::long_date(t.date_naive()));
    let mut organisations = Vec::new();
    for o in ws.organisations.iter() {
        let Some((measures, last_entered)) = by_org
            .remove(&o.id)
            .or_else(|| (scope.organisation() == Some(o.id)).then(Default::default))
        else {
            continue;
        };
        let last_received = received.get(&o.id).copied();
        organisations.push(OrganisationData {
            organisation_id: o.id,
            name: o.display_short().to_string(),
            measures,
            last_entered_text: text(last_entered),
            last_entered,
            last_received_text: text(last_received),
            last_received,
        });
    }
    Partnership {
        shared_goals,
        organisations,
    }
}
