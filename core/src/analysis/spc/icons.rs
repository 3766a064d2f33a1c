//! Making Data Count variation and assurance icons, with plain-language labels.

use serde::{Deserialize, Serialize};

use super::limits::Limits;
use super::rules::Side;
use crate::analysis::polarity::Polarity;
use crate::format;

/// Fewest points a chart needs before it shows variation and assurance icons.
///
/// The project's domain notes on Making Data Count say: "Icons need enough points (MDC shows
/// none below about 15; say why instead)". With fewer, one unusual month decides the icon and
/// the limits are too unsettled to promise a target will be met or missed. (Limits themselves
/// are drawn from 2 points and marked provisional below 13; only the icons wait.)
pub const MIN_POINTS_FOR_ICONS: usize = 15;

/// Why a chart shows no SPC icons: it has fewer than [`MIN_POINTS_FOR_ICONS`] points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct IconsWithheld {
    /// Points charted.
    pub points: usize,
    /// Points needed ([`MIN_POINTS_FOR_ICONS`]).
    pub needed: usize,
}

impl IconsWithheld {
    /// `Some` when a chart of `points` points is too short to show icons.
    pub fn check(points: usize) -> Option<IconsWithheld> {
        (points < MIN_POINTS_FOR_ICONS).then_some(IconsWithheld {
            points,
            needed: MIN_POINTS_FOR_ICONS,
        })
    }

    /// The reason in words, e.g. "Not enough data points for SPC icons: 6 of 15".
    pub fn message(&self) -> String {
        format!(
            "Not enough data points for SPC icons: {} of {}",
            format::number(self.points as f64, 0),
            format::number(self.needed as f64, 0)
        )
    }
}

/// Whether a special-cause point is good or bad news.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Meaning {
    /// On the good side for the measure's polarity.
    Improvement,
    /// On the bad side for the measure's polarity.
    Concern,
    /// The measure has no direction (no polarity, or a keep-within-a-range measure).
    Neither,
}

impl Meaning {
    /// Plain-language word.
    pub fn label(self) -> &'static str {
        match self {
            Meaning::Improvement => "Improvement",
            Meaning::Concern => "Concern",
            Meaning::Neither => "Neither improvement nor concern",
        }
    }
}

/// Improvement or concern from a point's side and the measure's polarity. A band or missing
/// polarity gives [`Meaning::Neither`]: a shift within a band has no single good direction.
pub fn meaning(side: Side, polarity: Option<&Polarity>) -> Meaning {
    match (polarity, side) {
        (Some(Polarity::HigherIsBetter), Side::High)
        | (Some(Polarity::LowerIsBetter), Side::Low) => Meaning::Improvement,
        (Some(Polarity::HigherIsBetter), Side::Low)
        | (Some(Polarity::LowerIsBetter), Side::High) => Meaning::Concern,
        _ => Meaning::Neither,
    }
}

/// The variation icon, chosen from the latest point only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum VariationIcon {
    /// No special cause at the latest point.
    CommonCause,
    /// Special cause, improvement, high.
    ImprovementHigh,
    /// Special cause, improvement, low.
    ImprovementLow,
    /// Special cause, concern, high.
    ConcernHigh,
    /// Special cause, concern, low.
    ConcernLow,
    /// Special cause, no direction, high.
    NeitherHigh,
    /// Special cause, no direction, low.
    NeitherLow,
}

impl VariationIcon {
    /// Every icon, in the order a summary grid lists them: concern, neither, common cause,
    /// improvement.
    pub const ALL: [VariationIcon; 7] = [
        VariationIcon::ConcernHigh,
        VariationIcon::ConcernLow,
        VariationIcon::NeitherHigh,
        VariationIcon::NeitherLow,
        VariationIcon::CommonCause,
        VariationIcon::ImprovementHigh,
        VariationIcon::ImprovementLow,
    ];

    /// Whether the icon shows special cause concern.
    pub fn is_concern(self) -> bool {
        matches!(self, VariationIcon::ConcernHigh | VariationIcon::ConcernLow)
    }

    /// The icon for a point that is common cause (`None`) or special cause on `side`.
    pub fn from_point(special: Option<(Side, Meaning)>) -> VariationIcon {
        match special {
            None => VariationIcon::CommonCause,
            Some((Side::High, Meaning::Improvement)) => VariationIcon::ImprovementHigh,
            Some((Side::Low, Meaning::Improvement)) => VariationIcon::ImprovementLow,
            Some((Side::High, Meaning::Concern)) => VariationIcon::ConcernHigh,
            Some((Side::Low, Meaning::Concern)) => VariationIcon::ConcernLow,
            Some((Side::High, Meaning::Neither)) => VariationIcon::NeitherHigh,
            Some((Side::Low, Meaning::Neither)) => VariationIcon::NeitherLow,
        }
    }

    /// Plain-language label.
    pub fn label(self) -> &'static str {
        match self {
            VariationIcon::CommonCause => "Common cause variation",
            VariationIcon::ImprovementHigh => "Special cause improvement — high",
            VariationIcon::ImprovementLow => "Special cause improvement — low",
            VariationIcon::ConcernHigh => "Special cause concern — high",
            VariationIcon::ConcernLow => "Special cause concern — low",
            VariationIcon::NeitherHigh => "Special cause variation — high",
            VariationIcon::NeitherLow => "Special cause variation — low",
        }
    }

    /// Short text symbol so the icon never relies on colour alone.
    pub fn symbol(self) -> &'static str {
        match self {
            VariationIcon::CommonCause => "~",
            VariationIcon::ImprovementHigh
            | VariationIcon::ConcernHigh
            | VariationIcon::NeitherHigh => "▲",
            VariationIcon::ImprovementLow
            | VariationIcon::ConcernLow
            | VariationIcon::NeitherLow => "▼",
        }
    }
}

/// The assurance icon: can the process be relied on to meet the target?
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AssuranceIcon {
    /// The target sits beyond the limits on the good side: every point should meet it.
    ConsistentlyPass,
    /// The target sits beyond the limits on the bad side: no point should be expected to meet it.
    ConsistentlyFail,
    /// The target is within the limits.
    HitAndMiss,
}

impl AssuranceIcon {
    /// Plain-language label.
    pub fn label(self) -> &'static str {
        match self {
            AssuranceIcon::ConsistentlyPass => "Process will consistently pass the target",
            AssuranceIcon::ConsistentlyFail => "Process will consistently fail the target",
            AssuranceIcon::HitAndMiss => {
                "Hit and miss: the target will sometimes be met, sometimes missed"
            }
        }
    }

    /// Short text symbol so the icon never relies on colour alone.
    pub fn symbol(self) -> &'static str {
        match self {
            AssuranceIcon::ConsistentlyPass => "P",
            AssuranceIcon::ConsistentlyFail => "F",
            AssuranceIcon::HitAndMiss => "?",
        }
    }
}

/// The icons a chart shows, or why it shows none: the one value a page or a report needs to
/// draw the SPC icons or say why they are missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SpcIcons {
    /// Enough points: the variation icon, and the assurance icon when there is one (it needs a
    /// target, a direction and process limits).
    Shown {
        /// From the latest point.
        variation: VariationIcon,
        /// From the latest limits against the target.
        assurance: Option<AssuranceIcon>,
    },
    /// Too few points to show icons.
    Withheld(IconsWithheld),
}

impl SpcIcons {
    /// The variation icon, if shown.
    pub fn variation(&self) -> Option<VariationIcon> {
        match self {
            SpcIcons::Shown { variation, .. } => Some(*variation),
            SpcIcons::Withheld(_) => None,
        }
    }

    /// The assurance icon, if shown.
    pub fn assurance(&self) -> Option<AssuranceIcon> {
        match self {
            SpcIcons::Shown { assurance, .. } => *assurance,
            SpcIcons::Withheld(_) => None,
        }
    }

    /// Why there are no icons, in words, when they are withheld.
    pub fn reason(&self) -> Option<String> {
        match self {
            SpcIcons::Shown { .. } => None,
            SpcIcons::Withheld(w) => Some(w.message()),
        }
    }
}

/// The assurance icon from a segment's limits. `None` without a target, without a direction
/// (no polarity or a band), or with a target that is not a number.
///
/// Higher is better: target above the upper limit → consistently fail; below the lower limit →
/// consistently pass; otherwise hit and miss. Lower is better mirrors this. A target exactly on
/// a limit is hit and miss.
pub fn assurance_icon(
    limits: &Limits,
    polarity: Option<&Polarity>,
    target: Option<f64>,
) -> Option<AssuranceIcon> {
    let target = target.filter(|t| t.is_finite())?;
    let (above_upper, below_lower) = match polarity? {
        Polarity::HigherIsBetter => (
            AssuranceIcon::ConsistentlyFail,
            AssuranceIcon::ConsistentlyPass,
        ),
        Polarity::LowerIsBetter => (
            AssuranceIcon::ConsistentlyPass,
            AssuranceIcon::ConsistentlyFail,
        ),
        Polarity::WithinBand { .. } => return None,
    };
    Some(if target > limits.upper {
        above_upper
    } else if target < limits.lower {
        below_lower
    } else {
        AssuranceIcon::HitAndMiss
    })
}
