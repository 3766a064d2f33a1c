//! XmR edge cases: screening that would remove all the spread, decimal data whose mean must
//! equal the points on it, icons that wait for enough points, and a peak shared by a rising
//! and a falling trend. Numbers are worked by hand in the comments; tolerance 1e-4 unless said.

use scorecard_core::analysis::spc::{
    compensated_sum, evaluate_rules, IconsWithheld, Limits, Meaning, RunLength, Screening, Side,
    SpcChart, SpcIcons, SpcOptions, SpcRule, SpcWarning, VariationIcon, MIN_POINTS_FOR_ICONS,
};
use scorecard_core::analysis::{xmr_chart, AssuranceIcon, Polarity};

const TOL: f64 = 1e-4;

fn approx(actual: f64, expected: f64) {
    assert!(
        (actual - expected).abs() < TOL,
        "expected {expected}, got {actual}"
    );
}

fn chart(values: &[f64], screening: Screening, polarity: Option<&Polarity>) -> SpcChart {
    let options = SpcOptions {
        screening,
        ..SpcOptions::default()
    };
    xmr_chart(values, &options, polarity, None).expect("valid series")
}

/// (index, rule, side) for every flagged point.
fn flags(chart: &SpcChart) -> Vec<(usize, SpcRule, Side)> {
    chart
        .points
        .iter()
        .filter_map(|p| p.special_cause.map(|s| (p.index, s.rule, s.side)))
        .collect()
}

fn limits(chart: &SpcChart) -> Limits {
    chart.segments[0].calculation.limits.expect("limits")
}

// ---------------------------------------------------------------- screening to nothing

/// Nine 5s then a 10.
/// Mean 55 / 10 = 5.5. Moving ranges: eight 0s and one 5, MR̄ = 5/9 = 0.555556.
/// Screening drops ranges ≥ 3.267 × 0.555556 = 1.815: the 5 goes and only zeros are left, so
/// screening would leave no limits. It falls back to every range: MR̄ 0.555556,
/// UPL = 5.5 + 2.66 × 0.555556 = 6.977778, LPL = 4.022222,
/// 2σ = 5.5 ± 1.773333 × 0.555556 = 6.485185 / 4.514815.
#[test]
fn flat_series_with_one_jump_keeps_its_limits_and_flags_the_jump() {
    let mut v = vec![5.0; 9];
    v.push(10.0);
    let c = chart(&v, Screening::Screened, Some(&Polarity::HigherIsBetter));
    let calc = &c.segments[0].calculation;
    approx(calc.mean, 5.5);
    approx(calc.mr_bar.unwrap(), 0.555556);
    assert!(calc.screening_fell_back);
    assert_eq!(calc.moving_ranges_screened_out, 0, "nothing was left out");
    assert!(!calc.degenerate());
    let l = limits(&c);
    approx(l.upper, 6.977778);
    approx(l.lower, 4.022222);
    approx(l.upper_two_sigma, 6.485185);
    approx(l.lower_two_sigma, 4.514815);

    // The jump is outside the upper limit: special cause, improvement for higher is better.
    // The nine 5s sit below the mean of 5.5 (a shift) but inside the limits and the 2σ line.
    let mut expected: Vec<_> = (0..9).map(|i| (i, SpcRule::Shift, Side::Low)).collect();
    expected.push((9, SpcRule::OutsideLimits, Side::High));
    assert_eq!(flags(&c), expected);
    assert_eq!(
        c.points[9].special_cause.unwrap().meaning,
        Meaning::Improvement
    );

    // Said in words, and no longer "the values do not vary".
    assert_eq!(
        c.warnings,
        vec![
            SpcWarning::ScreeningNotApplied { segment: 0 },
            SpcWarning::ProvisionalLimits {
                segment: 0,
                points_used: 10
            }
        ]
    );
    assert_eq!(
        c.warnings[0].message(),
        "Section 1: leaving out the very large jumps would leave no variation, so every jump \
         was used to set the limits."
    );

    // Unscreened gives the same limits with nothing to fall back from.
    let unscreened = chart(&v, Screening::Unscreened, Some(&Polarity::HigherIsBetter));
    assert_eq!(unscreened.segments[0].calculation.limits, Some(l));
    assert!(!unscreened.segments[0].calculation.screening_fell_back);
    assert_eq!(flags(&unscreened), expected);
}

/// Fourteen 5s then a 10: long enough for icons.
/// Mean 80 / 15 = 5.333333. Ranges: thirteen 0s and one 5, MR̄ = 5/14 = 0.357143; screening
/// would keep only the zeros, so it falls back. UPL = 5.333333 + 0.95 = 6.283333.
#[test]
fn the_jump_sets_the_variation_icon_once_there_are_enough_points() {
    let mut v = vec![5.0; 14];
    v.push(10.0);
    let c = chart(&v, Screening::Screened, Some(&Polarity::HigherIsBetter));
    approx(c.segments[0].calculation.mr_bar.unwrap(), 0.357143);
    approx(limits(&c).upper, 6.283333);
    assert_eq!(
        c.points[14].special_cause.map(|s| s.rule),
        Some(SpcRule::OutsideLimits)
    );
    assert_eq!(c.variation, Some(VariationIcon::ImprovementHigh));
    assert_eq!(c.icons_withheld(), None);
}

#[test]
fn a_series_that_never_varies_is_still_degenerate() {
    // Every range is zero before and after screening: there is nothing to fall back to.
    let c = chart(&[5.0; 15], Screening::Screened, None);
    assert_eq!(c.warnings, vec![SpcWarning::Degenerate { segment: 0 }]);
    assert!(!c.segments[0].calculation.screening_fell_back);
    assert!(c.segments[0].calculation.limits.is_none());
}

// ---------------------------------------------------------------- decimal data

/// .1 .3 .1 .3 .2 .2 .2 .2 .2 .2 .2 .1 .3: sum 2.6 over 13, mean exactly 0.2 on paper.
/// Added up one by one in floating point the sum is 2.5999999999999996 and the mean
/// 0.19999999999999998, which puts the seven 0.2s above the mean: a false shift.
/// Ranges .2 .2 .2 .1 0 0 0 0 0 0 .1 .2: MR̄ = 1.0/12 = 0.083333;
/// UPL = 0.2 + 2.66 × 0.083333 = 0.421667, LPL = -0.021667; 2σ 0.347778 / 0.052222.
const DECIMALS: [f64; 13] = [
    0.1, 0.3, 0.1, 0.3, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.1, 0.3,
];

#[test]
fn decimal_data_has_no_false_shift() {
    let naive = DECIMALS.iter().sum::<f64>() / 13.0;
    assert_ne!(
        naive, 0.2,
        "the plain sum is off, or this test proves nothing"
    );

    let c = chart(
        &DECIMALS,
        Screening::Screened,
        Some(&Polarity::HigherIsBetter),
    );
    assert_eq!(c.segments[0].calculation.mean, 0.2, "compensated sum");
    approx(c.segments[0].calculation.mr_bar.unwrap(), 0.083333);
    approx(limits(&c).upper, 0.421667);
    approx(limits(&c).lower, -0.021667);
    assert!(flags(&c).is_empty(), "{:?}", flags(&c));
}

#[test]
fn a_point_within_rounding_of_the_mean_is_on_it() {
    // Even given the plain sum's mean, the 0.2s count as on the mean, not above it: the
    // difference (3e-17) is far inside 1e-9 × 0.3.
    let naive = DECIMALS.iter().sum::<f64>() / 13.0;
    let wide = Limits {
        upper: 1.0,
        lower: -1.0,
        upper_two_sigma: 0.6,
        lower_two_sigma: -0.6,
    };
    let hits = evaluate_rules(&DECIMALS, naive, Some(&wide), RunLength::Seven);
    assert!(hits.iter().all(Option::is_none), "{hits:?}");
    // A real difference still counts: seven points at 0.2000001 are above a mean of 0.2.
    let above = [0.2000001; 7];
    let hits = evaluate_rules(&above, 0.2, Some(&wide), RunLength::Seven);
    assert!(hits
        .iter()
        .all(|h| h.map(|h| (h.rule, h.side)) == Some((SpcRule::Shift, Side::High))));
}

#[test]
fn compensated_sum_adds_decimals_as_written() {
    assert_eq!([0.1; 10].iter().sum::<f64>(), 0.9999999999999999);
    assert_eq!(compensated_sum([0.1; 10]), 1.0);
    assert_eq!(compensated_sum(DECIMALS), 2.6);
    // Large and small together: 1e16 + 1 - 1e16 is 1, not 0.
    assert_eq!(compensated_sum([1e16, 1.0, -1e16]), 1.0);
    assert_eq!(compensated_sum([]), 0.0);
}

// ---------------------------------------------------------------- icons need enough points

/// 10 12 alternating: mean 11, MR̄ 2, limits 5.68 to 16.32; nothing special.
fn alternating(n: usize) -> Vec<f64> {
    (0..n)
        .map(|i| if i % 2 == 0 { 10.0 } else { 12.0 })
        .collect()
}

#[test]
fn icons_wait_for_fifteen_points_and_say_why() {
    assert_eq!(MIN_POINTS_FOR_ICONS, 15);
    let higher = Polarity::HigherIsBetter;
    let options = SpcOptions::default();

    let six = xmr_chart(&alternating(6), &options, Some(&higher), Some(20.0)).unwrap();
    assert_eq!((six.variation, six.assurance), (None, None));
    let why = six.icons_withheld().expect("too few points");
    assert_eq!(
        why,
        IconsWithheld {
            points: 6,
            needed: 15
        }
    );
    assert_eq!(
        why.message(),
        "Not enough data points for SPC icons: 6 of 15"
    );
    // One value says which: the icons, or why there are none.
    assert_eq!(six.icons(), SpcIcons::Withheld(why));
    assert_eq!(six.icons().variation(), None);
    assert_eq!(
        six.icons().reason().as_deref(),
        Some("Not enough data points for SPC icons: 6 of 15")
    );
    // The chart itself is still drawn: limits, flags and warnings as usual.
    assert!(six.segments[0].calculation.limits.is_some());

    let fourteen = xmr_chart(&alternating(14), &options, Some(&higher), Some(20.0)).unwrap();
    assert_eq!((fourteen.variation, fourteen.assurance), (None, None));
    assert_eq!(
        fourteen.icons_withheld().unwrap().message(),
        "Not enough data points for SPC icons: 14 of 15"
    );

    let fifteen = xmr_chart(&alternating(15), &options, Some(&higher), Some(20.0)).unwrap();
    assert_eq!(fifteen.icons_withheld(), None);
    assert_eq!(fifteen.variation, Some(VariationIcon::CommonCause));
    // Target 20 is above the upper limit (about 16.3): higher is better cannot reach it.
    assert_eq!(fifteen.assurance, Some(AssuranceIcon::ConsistentlyFail));
    assert_eq!(
        fifteen.icons(),
        SpcIcons::Shown {
            variation: VariationIcon::CommonCause,
            assurance: Some(AssuranceIcon::ConsistentlyFail)
        }
    );
    assert_eq!(fifteen.icons().reason(), None);

    let empty = xmr_chart(&[], &options, None, None).unwrap();
    assert_eq!(empty.icons_withheld().unwrap().points, 0);
    assert_eq!(IconsWithheld::check(1).unwrap().points, 1);
    assert_eq!(IconsWithheld::check(15), None);
}

#[test]
fn points_are_flagged_before_there_are_enough_for_icons() {
    // Nine 5s then a 10 (10 points): the jump is special cause, but the chart shows no icon.
    let mut v = vec![5.0; 9];
    v.push(10.0);
    let c = chart(&v, Screening::Screened, Some(&Polarity::HigherIsBetter));
    assert!(c.points[9].special_cause.is_some());
    assert_eq!(c.variation, None);
    assert_eq!(
        c.icons_withheld().unwrap().message(),
        "Not enough data points for SPC icons: 10 of 15"
    );
}

// ---------------------------------------------------------------- a shared peak

/// Limits far away and a mean of 4, so only the trend rule can match.
const WIDE: Limits = Limits {
    upper: 100.0,
    lower: -100.0,
    upper_two_sigma: 90.0,
    lower_two_sigma: -90.0,
};

/// The side of each point flagged as part of a trend (other rules ignored).
fn trend_sides(values: &[f64]) -> Vec<Option<Side>> {
    evaluate_rules(values, 4.0, Some(&WIDE), RunLength::Seven)
        .into_iter()
        .map(|h| h.filter(|h| h.rule == SpcRule::Trend).map(|h| h.side))
        .collect()
}

#[test]
fn a_peak_belongs_to_both_the_rise_and_the_fall() {
    // 1 2 3 4 5 6 7 | 6.5 6 5.5 5 4.5 4: seven rising points to the peak (six rises), then six
    // falls. The six points after the peak are a run of seven only with the peak, and it
    // counts for both: all 13 points are a trend. The peak shows the rise's side, "high".
    let v = [
        1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 6.5, 6.0, 5.5, 5.0, 4.5, 4.0,
    ];
    let sides = trend_sides(&v);
    let high = Some(Side::High);
    let low = Some(Side::Low);
    assert_eq!(sides[..7], [high; 7]);
    assert_eq!(sides[7..], [low; 6]);

    // One fall fewer: the six points from the peak down are not a trend; the rise still is.
    let short_fall = &v[..12];
    let sides = trend_sides(short_fall);
    assert_eq!(sides[..7], [high; 7]);
    assert_eq!(sides[7..], [None; 5]);
}

#[test]
fn a_trough_belongs_to_both_and_shows_the_fall() {
    // 8 7 6 5 4 3 2 | 2.5 3 3.5 4 4.5 5: the trough (2) ends a fall of seven points and starts
    // a rise of seven; it shows the fall's side, "low".
    let v = [
        8.0, 7.0, 6.0, 5.0, 4.0, 3.0, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0,
    ];
    let sides = trend_sides(&v);
    assert_eq!(sides[..7], [Some(Side::Low); 7]);
    assert_eq!(sides[7..], [Some(Side::High); 6]);
}
