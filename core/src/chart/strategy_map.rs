//! The strategy map laid out for drawing: the four Balanced Scorecard perspectives as bands
//! (Learning and growth at the bottom, Financial at the top), each strategic goal a box in its
//! perspective's band, and each cause-and-effect link an arrow from the supporting goal to the
//! goal it supports. With it, a list of the same links in words, for screen readers and print.
//!
//! Boxes sit in rows of at most [`columns`] per band, centred, so no two overlap however many
//! goals a band holds; the band grows downwards instead. An arrow leaves the edge of its box
//! that faces the other box (top or bottom) and ends on the other box's edge; arrows that meet
//! one edge share it out, ordered by where their other ends are, so they do not start at one
//! point. Between, an arrow runs through the strips between rows and the gaps between boxes,
//! never under a box (see `routes`).

use chrono::NaiveDate;

use crate::analysis::RagStatus;
use crate::model::{GoalLevel, Id, Perspective};
use crate::workspace::Workspace;

mod routes;

/// Width of the drawing (SVG user units).
pub const WIDTH: f64 = 1080.0;
/// Width of the column at the left of each band that holds its name and question.
pub const LABEL_WIDTH: f64 = 180.0;
const RIGHT_MARGIN: f64 = 16.0;
/// Size of a goal's box.
pub const BOX_WIDTH: f64 = 196.0;
/// Height of a goal's box: room for [`TITLE_LINES`] lines of title and the status line.
pub const BOX_HEIGHT: f64 = 104.0;
const COLUMN_GAP: f64 = 24.0;
/// Space between rows of boxes, where same-row links curve.
const ROW_GAP: f64 = 40.0;
/// Space above and below a band's boxes.
const BAND_PADDING: f64 = 24.0;
/// Height of a band with no goals (it says so).
const EMPTY_HEIGHT: f64 = 40.0;
/// Characters in a line of a box's title (13-unit Arial in the box's 168-unit text width).
pub const TITLE_CHARS: usize = 26;
/// Lines of title a box shows; a longer title ends with "…" (the full title is its label).
pub const TITLE_LINES: usize = 4;
const LINE_HEIGHT: f64 = 16.0;
const TEXT_INSET: f64 = 14.0;
/// Characters in a line of a band's name (15-unit bold) and of its question (12-unit).
const LABEL_CHARS: usize = 17;
const HINT_CHARS: usize = 24;
/// Length and half-width of an arrowhead.
const ARROW: f64 = 9.0;
const ARROW_HALF: f64 = 5.0;
/// How far a same-row curve reaches below its boxes: a cubic reaches three quarters of its
/// control offset, so 30 stays inside the 40-unit row gap and the 24-unit band padding.
const DIP: f64 = 30.0;

/// A rectangle in drawing units, y growing downwards.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
}

impl Rect {
    /// Right edge.
    pub fn right(&self) -> f64 {
        self.x + self.width
    }

    /// Bottom edge.
    pub fn bottom(&self) -> f64 {
        self.y + self.height
    }

    /// Whether the two share any area (touching edges do not count).
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right()
            && other.x < self.right()
            && self.y < other.bottom()
            && other.y < self.bottom()
    }

    /// Whether the point is on the rectangle's outline (within a hundredth of a unit).
    pub fn on_border(&self, x: f64, y: f64) -> bool {
        const E: f64 = 0.01;
        let within_x = x >= self.x - E && x <= self.right() + E;
        let within_y = y >= self.y - E && y <= self.bottom() + E;
        (within_x && ((y - self.y).abs() < E || (y - self.bottom()).abs() < E))
            || (within_y && ((x - self.x).abs() < E || (x - self.right()).abs() < E))
    }
}

/// A line of text and where its baseline starts.
#[derive(Debug, Clone, PartialEq)]
pub struct TextLine {
    /// The text.
    pub text: String,
    /// Left end of the baseline.
    pub x: f64,
    /// The baseline.
    pub y: f64,
}

/// One perspective's band, across the whole drawing.
#[derive(Debug, Clone, PartialEq)]
pub struct MapBand {
    /// The perspective.
    pub perspective: Perspective,
    /// Where the band is.
    pub rect: Rect,
    /// Its name, wrapped to the label column.
    pub label: Vec<TextLine>,
    /// Its question ("How do we use public money well?"), wrapped under the name.
    pub hint: Vec<TextLine>,
    /// "No strategic goals in this perspective", when it has none.
    pub empty: Option<TextLine>,
}

/// A goal to put on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct MapGoal {
    /// The goal.
    pub id: Id,
    /// Its title.
    pub title: String,
    /// Its perspective: the band it goes in.
    pub perspective: Perspective,
    /// Its status today.
    pub status: RagStatus,
    /// The short name of the organisation that owns it.
    pub organisation: String,
}

/// A goal's box.
#[derive(Debug, Clone, PartialEq)]
pub struct MapBox {
    /// The goal.
    pub id: Id,
    /// Its full title.
    pub title: String,
    /// Its perspective.
    pub perspective: Perspective,
    /// Its status, for the box's colour; [`MapBox::meta`] says it in words too.
    pub status: RagStatus,
    /// Where the box is.
    pub rect: Rect,
    /// The title wrapped to the box, at most [`TITLE_LINES`] lines.
    pub title_lines: Vec<TextLine>,
    /// The status in words with its symbol, and the organisation: "✓ On track · NHFT".
    pub meta: TextLine,
    /// What the box's link is called: the full title, the status and the organisation.
    pub label: String,
}

/// One link drawn: a curve from the supporting goal's box to an arrowhead on the box of the
/// goal it supports.
#[derive(Debug, Clone, PartialEq)]
pub struct MapLink {
    /// The supporting goal.
    pub from: Id,
    /// The goal it supports.
    pub to: Id,
    /// Where the curve leaves the `from` box (on its edge).
    pub start: (f64, f64),
    /// The arrow's tip (on the `to` box's edge).
    pub end: (f64, f64),
    /// The curve, as an SVG path, up to the arrowhead's base.
    pub path: String,
    /// The arrowhead, a closed triangle.
    pub arrow: String,
}

/// One link in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkLine {
    /// The supporting goal.
    pub from: Id,
    /// Its title.
    pub from_title: String,
    /// The goal it supports.
    pub to: Id,
    /// Its title.
    pub to_title: String,
}

impl LinkLine {
    /// "Reduce sickness absence to 4.5% supports Bring agency spend below 3.2% of the pay bill".
    pub fn text(&self) -> String {
        format!("{} supports {}", self.from_title, self.to_title)
    }
}

/// The strategy map, ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct StrategyMap {
    /// Width of the drawing.
    pub width: f64,
    /// Height of the drawing.
    pub height: f64,
    /// The four bands, top first.
    pub bands: Vec<MapBand>,
    /// The goals' boxes, band by band from the top, in rows.
    pub boxes: Vec<MapBox>,
    /// The links drawn, in the order of [`StrategyMap::list`].
    pub links: Vec<MapLink>,
    /// Every link drawn, in words: supporting goals from the bottom band up, then by their
    /// place in the band.
    pub list: Vec<LinkLine>,
    /// Links that are not drawn, each with why (a goal not here, or not strategic).
    pub not_drawn: Vec<String>,
}

impl StrategyMap {
    /// A sentence describing the drawing as a whole, for its `<desc>`.
    pub fn summary(&self) -> String {
        let goals = self.boxes.len();
        let links = self.links.len();
        format!(
            "{} in four perspectives, from {} at the bottom to {} at the top, and {}. The list after the map gives every link in words.",
            count(goals, "strategic goal", "strategic goals"),
            Perspective::LearningGrowth.label(),
            Perspective::Financial.label(),
            count(links, "cause-and-effect link", "cause-and-effect links"),
        )
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    match n {
        0 => format!("no {many}"),
        1 => format!("1 {one}"),
        _ => format!("{n} {many}"),
    }
}

/// How many boxes fit in a row.
pub fn columns() -> usize {
    let room = WIDTH - LABEL_WIDTH - RIGHT_MARGIN + COLUMN_GAP;
    ((room / (BOX_WIDTH + COLUMN_GAP)).floor() as usize).max(1)
}

/// `text` in lines of at most `max_chars` characters, breaking between words (and inside a word
/// longer than a line), at most `max_lines` of them; when it does not fit, the last line ends
/// with "…".
pub fn wrap(text: &str, max_chars: usize, max_lines: usize) -> Vec<String> {
    let max_chars = max_chars.max(2);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let chars: Vec<char> = word.chars().collect();
        for piece in chars.chunks(max_chars) {
            let piece: String = piece.iter().collect();
            let len = line.chars().count();
            if len == 0 {
                line = piece;
            } else if len + 1 + piece.chars().count() <= max_chars {
                line.push(' ');
                line.push_str(&piece);
            } else {
                lines.push(std::mem::replace(&mut line, piece));
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if max_lines > 0 && lines.len() > max_lines {
        lines.truncate(max_lines);
        let last = lines.last_mut().expect("at least one line");
        let mut kept: String = last.chars().take(max_chars - 1).collect();
        kept.truncate(kept.trim_end_matches([' ', ',', ';', ':', '.']).len());
        kept.push('…');
        *last = kept;
    }
    lines
}

/// Lays out `goals` in their bands and draws `links` (supporting goal, goal supported) between
/// them. A link whose ends are not both among `goals`, that joins a goal to itself, or that
/// repeats one already drawn, is left out.
pub fn layout_strategy_map(goals: &[MapGoal], links: &[(Id, Id)]) -> StrategyMap {
    let cols = columns();
    let area = WIDTH - LABEL_WIDTH - RIGHT_MARGIN;
    let mut bands = Vec::new();
    let mut boxes: Vec<MapBox> = Vec::new();
    let mut y = 0.0;
    for perspective in Perspective::ALL {
        let in_band: Vec<&MapGoal> = goals
            .iter()
            .filter(|g| g.perspective == perspective)
            .collect();
        let top = y + BAND_PADDING;
        let label: Vec<TextLine> = wrap(perspective.label(), LABEL_CHARS, 0)
            .into_iter()
            .enumerate()
            .map(|(i, text)| TextLine {
                text,
                x: 16.0,
                y: top + 14.0 + i as f64 * 19.0,
            })
            .collect();
        let hint_top = label.last().map_or(top, |l| l.y) + 20.0;
        let hint: Vec<TextLine> = wrap(perspective.hint(), HINT_CHARS, 0)
            .into_iter()
            .enumerate()
            .map(|(i, text)| TextLine {
                text,
                x: 16.0,
                y: hint_top + i as f64 * 15.0,
            })
            .collect();
        let label_height = hint.last().map_or(hint_top, |h| h.y) + 4.0 - top;

        let rows = in_band.len().div_ceil(cols);
        for (i, goal) in in_band.iter().enumerate() {
            let (row, col) = (i / cols, i % cols);
            let in_row = (in_band.len() - row * cols).min(cols) as f64;
            let row_width = in_row * BOX_WIDTH + (in_row - 1.0) * COLUMN_GAP;
            let rect = Rect {
                x: LABEL_WIDTH + (area - row_width) / 2.0 + col as f64 * (BOX_WIDTH + COLUMN_GAP),
                y: top + row as f64 * (BOX_HEIGHT + ROW_GAP),
                width: BOX_WIDTH,
                height: BOX_HEIGHT,
            };
            boxes.push(goal_box(goal, rect));
        }
        let content = if rows == 0 {
            EMPTY_HEIGHT
        } else {
            rows as f64 * BOX_HEIGHT + (rows - 1) as f64 * ROW_GAP
        };
        let height = content.max(label_height) + 2.0 * BAND_PADDING;
        bands.push(MapBand {
            perspective,
            rect: Rect {
                x: 0.0,
                y,
                width: WIDTH,
                height,
            },
            label,
            hint,
            empty: (rows == 0).then(|| TextLine {
                text: "No strategic goals in this perspective".into(),
                x: LABEL_WIDTH + TEXT_INSET,
                y: top + 24.0,
            }),
        });
        y += height;
    }
    let (links, list) = routes::draw_links(&boxes, links);
    StrategyMap {
        width: WIDTH,
        height: y,
        bands,
        boxes,
        links,
        list,
        not_drawn: Vec::new(),
    }
}

fn goal_box(goal: &MapGoal, rect: Rect) -> MapBox {
    let wrapped = wrap(&goal.title, TITLE_CHARS, TITLE_LINES);
    // The link's name begins with what the box shows (so speech control finds it by what is
    // seen); a title cut short is given whole after it.
    let shown = wrapped.join(" ");
    let named = if shown == goal.title {
        goal.title.clone()
    } else {
        format!("{shown} (full title: {})", goal.title)
    };
    let title_lines = wrapped
        .into_iter()
        .enumerate()
        .map(|(i, text)| TextLine {
            text,
            x: rect.x + TEXT_INSET,
            y: rect.y + 22.0 + i as f64 * LINE_HEIGHT,
        })
        .collect();
    let status = format!("{} {}", goal.status.symbol(), goal.status.label());
    let (meta, label) = if goal.organisation.is_empty() {
        (status, format!("{named}: {}", goal.status.label()))
    } else {
        (
            format!("{status} · {}", goal.organisation),
            format!("{named}: {}, {}", goal.status.label(), goal.organisation),
        )
    };
    MapBox {
        id: goal.id,
        title: goal.title.clone(),
        perspective: goal.perspective,
        status: goal.status,
        rect,
        title_lines,
        meta: TextLine {
            text: meta,
            x: rect.x + TEXT_INSET,
            y: rect.bottom() - 12.0,
        },
        label,
    }
}

/// The strategy map of `ws` on `today`: every strategic goal with its rolled-up status, and
/// every link between two of them; links that cannot be drawn are listed with why.
pub fn strategy_map(ws: &Workspace, today: NaiveDate) -> StrategyMap {
    let cascade = ws.cascade();
    let statuses = ws.all_goal_statuses(today, &ws.rollup);
    let goals: Vec<MapGoal> = cascade
        .strategic
        .iter()
        .filter_map(|id| ws.goal(*id))
        .map(|g| MapGoal {
            id: g.id,
            title: g.title.clone(),
            perspective: g.perspective,
            status: statuses.get(&g.id).copied().unwrap_or(RagStatus::NoDataYet),
            organisation: ws.organisation_short(g.organisation_id),
        })
        .collect();
    let mut links = Vec::new();
    let mut not_drawn = Vec::new();
    for goal in ws.goals.iter().filter(|g| !g.supports.is_empty()) {
        for &target in &goal.supports {
            if target == goal.id {
                continue;
            }
            let to = ws.goal(target);
            match (goal.level, to) {
                (GoalLevel::Strategic, Some(to)) if to.level == GoalLevel::Strategic => {
                    links.push((goal.id, target));
                }
                (_, None) => not_drawn.push(format!(
                    "“{}” supports a goal that is not in this workspace (it may not be shared with you, or it was deleted).",
                    goal.title
                )),
                (GoalLevel::Strategic, Some(to)) => not_drawn.push(format!(
                    "“{}” supports “{}”, {} goal: the map shows strategic goals only.",
                    goal.title,
                    to.title,
                    to.level.with_article()
                )),
                (level, Some(to)) => not_drawn.push(format!(
                    "“{}”, {} goal, supports “{}”: the map shows strategic goals only.",
                    goal.title,
                    level.with_article(),
                    to.title
                )),
            }
        }
    }
    let mut map = layout_strategy_map(&goals, &links);
    map.not_drawn = not_drawn;
    map
}
