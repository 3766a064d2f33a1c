//! The Making Data Count summary grid: each measure placed by its variation icon (rows) and its
//! assurance icon (columns); measures with too few points for icons get a row of their own.

use super::measure_row::{MeasureRef, MeasureRow};
use crate::analysis::{AssuranceIcon, SpcIcons, VariationIcon};

/// The assurance columns of the icon grid: each icon, then "no assurance icon" (no target, no
/// direction or no limits).
pub const ASSURANCE_COLUMNS: [Option<AssuranceIcon>; 4] = [
    Some(AssuranceIcon::ConsistentlyFail),
    Some(AssuranceIcon::HitAndMiss),
    Some(AssuranceIcon::ConsistentlyPass),
    None,
];

/// One cell of the icon grid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IconGridCell {
    /// The column's assurance icon, or `None` for measures without one.
    pub assurance: Option<AssuranceIcon>,
    /// The measures in the cell, in report order.
    pub measures: Vec<MeasureRef>,
}

/// One row of the icon grid: a variation icon across the assurance columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IconGridRow {
    /// The row's variation icon.
    pub variation: VariationIcon,
    /// One cell per [`ASSURANCE_COLUMNS`] entry, in that order.
    pub cells: Vec<IconGridCell>,
}

/// The Making Data Count summary grid: variation icon × assurance icon, with the measures in
/// each cell, and the measures with too few points for icons in a row of their own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IconGrid {
    /// One row per [`VariationIcon::ALL`] entry, in that order.
    pub rows: Vec<IconGridRow>,
    /// Measures with too few points for icons ("not enough data").
    pub not_enough_data: Vec<MeasureRef>,
}

impl IconGrid {
    pub(super) fn new() -> IconGrid {
        IconGrid {
            rows: VariationIcon::ALL
                .into_iter()
                .map(|variation| IconGridRow {
                    variation,
                    cells: ASSURANCE_COLUMNS
                        .into_iter()
                        .map(|assurance| IconGridCell {
                            assurance,
                            measures: Vec::new(),
                        })
                        .collect(),
                })
                .collect(),
            not_enough_data: Vec::new(),
        }
    }

    /// Puts `row` in its cell, or in the "not enough data" row.
    pub(super) fn place(&mut self, row: &MeasureRow) {
        match row.icons {
            SpcIcons::Withheld(_) => self.not_enough_data.push(row.into()),
            SpcIcons::Shown {
                variation,
                assurance,
            } => {
                let r = VariationIcon::ALL.iter().position(|v| *v == variation);
                let c = ASSURANCE_COLUMNS.iter().position(|a| *a == assurance);
                if let (Some(r), Some(c)) = (r, c) {
                    self.rows[r].cells[c].measures.push(row.into());
                }
            }
        }
    }

    /// The cell for `variation` × `assurance`.
    pub fn cell(
        &self,
        variation: VariationIcon,
        assurance: Option<AssuranceIcon>,
    ) -> Option<&IconGridCell> {
        self.rows
            .iter()
            .find(|r| r.variation == variation)?
            .cells
            .iter()
            .find(|c| c.assurance == assurance)
    }
}
