//! Where each link of the strategy map runs, so that no link passes under a box it does not
//! join.
//!
//! The boxes stand in rows; between two rows is a strip with no box in it. A link crosses each
//! strip on one S-shaped curve, and each row between its two boxes straight up (or down)
//! through a gap between that row's boxes, the gap nearest its course; links sharing a gap are
//! set apart. A link between two boxes of one row dips into the strip below the row.

use std::collections::{HashMap, HashSet};

use super::{
    LinkLine, MapBox, MapLink, ARROW, ARROW_HALF, BOX_HEIGHT, DIP, LABEL_WIDTH, RIGHT_MARGIN, WIDTH,
};
use crate::chart::path::coord;
use crate::model::{Id, Perspective};

/// Least distance between two links going through one gap, and between a link and a box.
const SPACING: f64 = 6.0;
const CLEARANCE: f64 = 3.0;

/// One end of a link on a box's edge, before it is placed along the edge.
struct EdgeEnd {
    /// Where the link's other end is, across the drawing: ends are ordered by it.
    other_x: f64,
    /// The link.
    link: usize,
    /// Whether this is where the link starts.
    is_start: bool,
}

/// Where a link goes through a row between its two boxes.
#[derive(Clone, Copy)]
struct Pass {
    row: usize,
    /// Which of the row's free spans.
    gap: usize,
    x: f64,
}

/// A row of boxes: its top and bottom, and the spans of x beside and between its boxes.
struct Row {
    top: f64,
    bottom: f64,
    free: Vec<(f64, f64)>,
}

/// The rows, top first, and each box's row.
fn rows_of(boxes: &[MapBox]) -> (Vec<Row>, Vec<usize>) {
    let mut tops: Vec<f64> = boxes.iter().map(|b| b.rect.y).collect();
    tops.sort_by(f64::total_cmp);
    tops.dedup();
    let row_of: Vec<usize> = boxes
        .iter()
        .map(|b| tops.partition_point(|t| *t < b.rect.y))
        .collect();
    let rows = tops
        .iter()
        .enumerate()
        .map(|(r, &top)| {
            let mut spans: Vec<(f64, f64)> = boxes
                .iter()
                .zip(&row_of)
                .filter(|(_, row)| **row == r)
                .map(|(b, _)| (b.rect.x, b.rect.right()))
                .collect();
            spans.sort_by(|a, b| a.0.total_cmp(&b.0));
            let mut free = Vec::new();
            let mut from = LABEL_WIDTH;
            for (left, right) in &spans {
                free.push((from, *left));
                from = *right;
            }
            free.push((from, WIDTH - RIGHT_MARGIN / 2.0));
            free.retain(|(lo, hi)| hi - lo >= 2.0 * CLEARANCE);
            Row {
                top,
                bottom: top + BOX_HEIGHT,
                free,
            }
        })
        .collect();
    (rows, row_of)
}

/// An SVG path being drawn.
struct Pen {
    d: String,
    at: (f64, f64),
}

impl Pen {
    fn start(at: (f64, f64)) -> Pen {
        Pen {
            d: format!("M {} {}", coord(at.0), coord(at.1)),
            at,
        }
    }

    fn line_to(&mut self, to: (f64, f64)) {
        self.d
            .push_str(&format!(" L {} {}", coord(to.0), coord(to.1)));
        self.at = to;
    }

    /// A curve leaving and arriving upright, across a strip: its height never leaves the strip.
    fn s_to(&mut self, to: (f64, f64)) {
        let middle = (self.at.1 + to.1) / 2.0;
        self.d.push_str(&format!(
            " C {} {} {} {} {} {}",
            coord(self.at.0),
            coord(middle),
            coord(to.0),
            coord(middle),
            coord(to.0),
            coord(to.1)
        ));
        self.at = to;
    }
}

/// The links between boxes, in list order, and the list. A link whose ends are not both boxes,
/// that joins a box to itself, or that repeats one already drawn, is left out.
pub(super) fn draw_links(boxes: &[MapBox], links: &[(Id, Id)]) -> (Vec<MapLink>, Vec<LinkLine>) {
    let at: HashMap<Id, usize> = boxes.iter().enumerate().map(|(i, b)| (b.id, i)).collect();
    let band = |i: usize| {
        Perspective::ALL
            .iter()
            .position(|p| *p == boxes[i].perspective)
            .unwrap_or(0)
    };
    // Supporting goals from the bottom band up (cause before effect), then by place.
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut seen = HashSet::new();
    for (from, to) in links {
        if let (Some(&f), Some(&t)) = (at.get(from), at.get(to)) {
            if f != t && seen.insert((f, t)) {
                pairs.push((f, t));
            }
        }
    }
    pairs.sort_by_key(|&(f, t)| (std::cmp::Reverse(band(f)), f, std::cmp::Reverse(band(t)), t));
    let (rows, row_of) = rows_of(boxes);

    // Where each link meets its boxes: the edge facing the other box, or the bottom edges for
    // two boxes in one row, shared out along the edge in the order of the other ends.
    // Keyed by box and whether the edge is its top.
    let mut on_edge: HashMap<(usize, bool), Vec<EdgeEnd>> = HashMap::new();
    let centre = |i: usize| boxes[i].rect.x + boxes[i].rect.width / 2.0;
    let upward = |k: usize| row_of[pairs[k].1] < row_of[pairs[k].0];
    let same_row = |k: usize| row_of[pairs[k].1] == row_of[pairs[k].0];
    for (k, &(f, t)) in pairs.iter().enumerate() {
        let from_top = upward(k);
        let to_top = !upward(k) && !same_row(k);
        on_edge.entry((f, from_top)).or_default().push(EdgeEnd {
            other_x: centre(t),
            link: k,
            is_start: true,
        });
        on_edge.entry((t, to_top)).or_default().push(EdgeEnd {
            other_x: centre(f),
            link: k,
            is_start: false,
        });
    }
    let mut start = vec![(0.0, 0.0); pairs.len()];
    let mut end = vec![(0.0, 0.0); pairs.len()];
    for ((b, top), mut ends) in on_edge {
        ends.sort_by(|a, b| a.other_x.total_cmp(&b.other_x).then(a.link.cmp(&b.link)));
        let rect = boxes[b].rect;
        let y = if top { rect.y } else { rect.bottom() };
        let n = ends.len() as f64;
        for (j, e) in ends.into_iter().enumerate() {
            let x = rect.x + rect.width * (j as f64 + 1.0) / (n + 1.0);
            if e.is_start {
                start[e.link] = (x, y);
            } else {
                end[e.link] = (x, y);
            }
        }
    }

    // Through each row between its boxes, a link goes up a gap near its straight course.
    let mut passes: Vec<Vec<Pass>> = Vec::with_capacity(pairs.len());
    for (k, &(f, t)) in pairs.iter().enumerate() {
        let (a, b) = (row_of[f], row_of[t]);
        let between: Vec<usize> = if b < a {
            (b + 1..a).rev().collect()
        } else {
            (a + 1..b).collect()
        };
        let steps = between.len() as f64 + 1.0;
        let through = between
            .into_iter()
            .enumerate()
            .filter_map(|(i, r)| {
                let wanted = start[k].0 + (end[k].0 - start[k].0) * (i as f64 + 1.0) / steps;
                nearest_gap(&rows[r], wanted).map(|(gap, x)| Pass { row: r, gap, x })
            })
            .collect();
        passes.push(through);
    }
    spread_in_gaps(&rows, &mut passes);

    let mut drawn = Vec::with_capacity(pairs.len());
    let mut list = Vec::with_capacity(pairs.len());
    for (k, &(f, t)) in pairs.iter().enumerate() {
        let (s, e) = (start[k], end[k]);
        // The arrow points into its box: down onto a top edge, up onto a bottom edge.
        let into = if !upward(k) && !same_row(k) {
            1.0
        } else {
            -1.0
        };
        let base = e.1 - into * ARROW;
        let mut pen = Pen::start(s);
        if same_row(k) {
            pen.d.push_str(&format!(
                " C {} {} {} {} {} {}",
                coord(s.0),
                coord(s.1 + DIP),
                coord(e.0),
                coord(base + DIP),
                coord(e.0),
                coord(base)
            ));
        } else {
            for pass in &passes[k] {
                let row = &rows[pass.row];
                let (enter, leave) = if upward(k) {
                    (row.bottom, row.top)
                } else {
                    (row.top, row.bottom)
                };
                pen.s_to((pass.x, enter));
                pen.line_to((pass.x, leave));
            }
            pen.s_to((e.0, base));
        }
        let arrow = format!(
            "M {} {} L {} {} L {} {} Z",
            coord(e.0),
            coord(e.1),
            coord(e.0 - ARROW_HALF),
            coord(base),
            coord(e.0 + ARROW_HALF),
            coord(base)
        );
        drawn.push(MapLink {
            from: boxes[f].id,
            to: boxes[t].id,
            start: s,
            end: e,
            path: pen.d,
            arrow,
        });
        list.push(LinkLine {
            from: boxes[f].id,
            from_title: boxes[f].title.clone(),
            to: boxes[t].id,
            to_title: boxes[t].title.clone(),
        });
    }
    (drawn, list)
}

/// The gap of `row` nearest to `wanted`, and the x in it nearest to `wanted`.
fn nearest_gap(row: &Row, wanted: f64) -> Option<(usize, f64)> {
    row.free
        .iter()
        .enumerate()
        .map(|(i, &(lo, hi))| (i, wanted.clamp(lo + CLEARANCE, hi - CLEARANCE)))
        .min_by(|a, b| (a.1 - wanted).abs().total_cmp(&(b.1 - wanted).abs()))
}

/// Sets links that go through one gap at least [`SPACING`] apart, inside the gap as far as it
/// has room.
fn spread_in_gaps(rows: &[Row], passes: &mut [Vec<Pass>]) {
    // Keyed by row and gap: each link and which of its passes.
    let mut by_gap: HashMap<(usize, usize), Vec<(usize, usize)>> = HashMap::new();
    for (k, through) in passes.iter().enumerate() {
        for (i, pass) in through.iter().enumerate() {
            by_gap.entry((pass.row, pass.gap)).or_default().push((k, i));
        }
    }
    for ((r, gap), mut members) in by_gap {
        if members.len() < 2 {
            continue;
        }
        let (lo, hi) = rows[r].free[gap];
        let x_of = |&(k, i): &(usize, usize)| passes[k][i].x;
        members.sort_by(|a, b| x_of(a).total_cmp(&x_of(b)).then(a.cmp(b)));
        let mut xs: Vec<f64> = members.iter().map(x_of).collect();
        for j in 1..xs.len() {
            xs[j] = xs[j].max(xs[j - 1] + SPACING);
        }
        let over = xs.last().copied().unwrap_or(lo) - (hi - CLEARANCE);
        for x in &mut xs {
            if over > 0.0 {
                *x -= over;
            }
            *x = x.max(lo + CLEARANCE);
        }
        for (&(k, i), x) in members.iter().zip(xs) {
            passes[k][i].x = x;
        }
    }
}
