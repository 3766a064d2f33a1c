//! Strategy-map links that arrive in a file naming goals that will not be here after the
//! import. They are kept, as a parent goal that is not in the file is kept: a partner's goal
//! may support one of its goals that it does not share with us, or one of ours. The preview
//! says so, and the map draws such a link once both goals are here.

use std::collections::HashSet;

use super::format::PartnerPack;
use super::kind::RecordKind;
use crate::model::Id;
use crate::workspace::Workspace;

/// The preview's note about links in `records` to goals that are in neither the file nor, when
/// the import merges (`merging`, rather than replacing the workspace), `ws` (or that the file
/// deletes); `None` when there are none.
pub(crate) fn missing_links_note(
    ws: &Workspace,
    records: &PartnerPack,
    merging: bool,
) -> Option<String> {
    let in_file: HashSet<Id> = records.goals.iter().map(|g| g.id).collect();
    let deleted: HashSet<Id> = records
        .tombstones
        .iter()
        .filter(|t| t.kind == RecordKind::Goal)
        .map(|t| t.id)
        .collect();
    let here_after = |id: &Id| {
        in_file.contains(id) || (merging && ws.goals.contains(*id) && !deleted.contains(id))
    };
    let mut missing = records
        .goals
        .iter()
        .flat_map(|g| g.supports.iter().map(move |t| (g, t)))
        .filter(|(g, t)| **t != g.id && !here_after(t));
    let (first, _) = missing.next()?;
    let more = missing.count();
    Some(if more == 0 {
        format!(
            "“{}” supports a goal on the strategy map that is not in the file or in this workspace (it may not be shared with you). The link is kept, and is drawn once that goal is here.",
            first.title
        )
    } else {
        format!(
            "{} strategy-map links, such as one from “{}”, point to goals that are not in the file or in this workspace (they may not be shared with you). The links are kept, and are drawn once those goals are here.",
            more + 1,
            first.title
        )
    })
}
