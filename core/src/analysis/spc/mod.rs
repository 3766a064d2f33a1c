//! Statistical process control: the XmR (individuals) chart as used by NHS "Making Data Count"
//! and the NHSRplotthedots R package.
//!
//! * [`limits`] — mean, moving ranges, process limits and 2-sigma lines, optional screening.
//! * [`rules`] — the four special-cause rules and their precedence.
//! * [`icons`] — variation and assurance icons with plain-language labels, shown only from
//!   [`MIN_POINTS_FOR_ICONS`] points.
//! * [`chart`] — puts these together over a series, with rebasing and frozen limits.

pub mod chart;
pub mod icons;
pub mod limits;
pub mod rules;

pub use chart::{
    xmr_chart, SpcChart, SpcError, SpcOptions, SpcPoint, SpcSegment, SpcWarning, SpecialCause,
};
pub use icons::{
    assurance_icon, meaning, AssuranceIcon, IconsWithheld, Meaning, SpcIcons, VariationIcon,
    MIN_POINTS_FOR_ICONS,
};
pub use limits::{
    calculate_limits, compensated_sum, LimitCalculation, Limits, Screening, LIMIT_FACTOR,
    MIN_POINTS_FOR_FIRM_LIMITS, SCREENING_FACTOR, TWO_SIGMA_FACTOR,
};
pub use rules::{
    centre_tolerance, evaluate_rules, RuleHit, RunLength, Side, SpcRule, CENTRE_LINE_TOLERANCE,
};
