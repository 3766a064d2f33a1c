//! The measure page's table of data entered: one page of actuals at a time, newest first, so a
//! long history costs a page to draw.

use crate::format::number;
use crate::model::{Actual, Measure};

/// Rows of the data table on a page: five years of monthly data, so every demo and reference
/// measure fits on one.
pub const DATA_PAGE_SIZE: usize = 60;

/// One actual as the table shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct DataRow {
    /// The actual, with its history.
    pub actual: Actual,
    /// What the trajectory planned for its period, if anything.
    pub planned: Option<f64>,
}

/// One page of a measure's actuals, newest first.
#[derive(Debug, Clone, PartialEq)]
pub struct DataPage {
    /// Which page this is, from 0 (the newest).
    pub page: usize,
    /// How many pages there are (at least 1).
    pub pages: usize,
    /// Position of the first row, counting from 1 at the newest.
    pub first: usize,
    /// Position of the last row.
    pub last: usize,
    /// How many actuals there are.
    pub total: usize,
    /// The rows, newest first.
    pub rows: Vec<DataRow>,
}

impl DataPage {
    /// "Showing 1 to 60 of 10,000".
    pub fn showing(&self) -> String {
        format!(
            "Showing {} to {} of {}",
            number(self.first as f64, 0),
            number(self.last as f64, 0),
            number(self.total as f64, 0)
        )
    }

    /// There are newer rows than these.
    pub fn has_newer(&self) -> bool {
        self.page > 0
    }

    /// There are older rows than these.
    pub fn has_older(&self) -> bool {
        self.page + 1 < self.pages
    }
}

/// Page `page` (from 0, the newest; past the last it is the last) of `measure`'s actuals,
/// `size` rows a page, newest first. Costs the page, not the history, when the actuals are in
/// period order, as saving keeps them.
pub fn data_page(measure: &Measure, page: usize, size: usize) -> DataPage {
    let size = size.max(1);
    let total = measure.actuals.len();
    let pages = total.div_ceil(size).max(1);
    let page = page.min(pages - 1);
    // Newest-first positions first..last are these, counted from the oldest.
    let newest = page * size;
    let oldest = (newest + size).min(total);
    let range = total - oldest..total - newest;
    let row = |a: &Actual| DataRow {
        planned: measure
            .trajectory
            .as_ref()
            .and_then(|t| t.planned_for(&a.period)),
        actual: a.clone(),
    };
    let rows = if measure.actuals.is_sorted_by_key(|a| a.period) {
        measure.actuals[range].iter().rev().map(row).collect()
    } else {
        // Imported out of order and not yet saved: sort a list of references first.
        let mut sorted: Vec<&Actual> = measure.actuals.iter().collect();
        crate::order::sort_by_key(&mut sorted, |a| a.period);
        sorted[range].iter().rev().map(|a| row(a)).collect()
    };
    DataPage {
        page,
        pages,
        first: if total == 0 { 0 } else { newest + 1 },
        last: oldest,
        total,
        rows,
    }
}
