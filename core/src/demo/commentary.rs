//! The demo's board report commentary for its latest complete quarter, so a new user sees a
//! finished report at once.

use crate::model::{ReportCommentary, Stamps, Timestamp};
use crate::report::Quarter;
use crate::workspace::Workspace;

use super::id;

/// What the partnership's report author wrote, by section.
const WRITTEN: [(u128, &str, &str); 4] = [
    (
        0x901,
        "prepared-by",
        "Head of Performance and Intelligence, NHS Northshire and Wexdale ICB (fictional)",
    ),
    (
        0x902,
        "summary",
        "Most measures are on track or within tolerance this quarter. The exception pages set out \
         each measure that is off track or showing a concerning change, and the recovery actions \
         the owners have agreed. The board is asked to note the report and the actions.",
    ),
    (
        0x903,
        "financial",
        "Agency spend continues to fall as substantive recruitment comes through, but the \
         cost improvement programme is behind its planned profile; the recovery plan is in the \
         exceptions.",
    ),
    (
        0x904,
        "exceptions",
        "Each exception was discussed at the partnership's strategic review. Owners have \
         confirmed the actions and due dates shown; progress will be reported next quarter.",
    ),
];

/// Adds the commentary for the quarter before the one `now` falls in.
pub(super) fn add(ws: &mut Workspace, now: Timestamp) {
    let Some(quarter) = Quarter::latest_complete(now.date_naive()) else {
        return;
    };
    for (n, section, text) in WRITTEN {
        ws.report_commentary.upsert(ReportCommentary {
            id: id(n),
            quarter: quarter.key(),
            organisation_id: None,
            section: section.into(),
            text: text.into(),
            stamps: Stamps::new(now),
        });
    }
}
