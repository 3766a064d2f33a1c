//! XmR charts as in NHS "Making Data Count" / NHSRplotthedots, checked against series worked
//! by hand. Arithmetic is shown in comments; assertions use a tolerance of 1e-4.

use scorecard_core::analysis::spc::{
    assurance_icon, calculate_limits, evaluate_rules, meaning, AssuranceIcon, Limits, Meaning,
    RunLength, Screening, Side, SpcChart, SpcError, SpcOptions, SpcRule, SpcWarning, VariationIcon,
    TWO_SIGMA_FACTOR,
};
use scorecard_core::analysis::{xmr_chart, Polarity};

const TOL: f64 = 1e-4;

fn approx(actual: f64, expected: f64) {
    assert!(
        (actual - expected).abs() < TOL,
        "expected {expected}, got {actual}"
    );
}

fn chart(values: &[f64]) -> SpcChart {
    xmr_chart(values, &SpcOptions::default(), None, None).unwrap()
}

fn chart_with(values: &[f64], options: SpcOptions) -> SpcChart {
    xmr_chart(values, &options, None, None).unwrap()
}

/// (index, rule, side) for every flagged point.
fn flags(chart: &SpcChart) -> Vec<(usize, SpcRule, Side)> {
    chart
        .points
        .iter()
        .filter_map(|p| p.special_cause.map(|s| (p.index, s.rule, s.side)))
        .collect()
}

fn limits_of(chart: &SpcChart, segment: usize) -> Limits {
    chart.segments[segment]
        .calculation
        .limits
        .expect("segment has limits")
}

/// Mean 10, process limits 4 to 16, 2-sigma lines 6 and 14: for testing rules in isolation.
const FIXED: Limits = Limits {
    upper: 16.0,
    lower: 4.0,
    upper_two_sigma: 14.0,
    lower_two_sigma: 6.0,
};

fn rules(values: &[f64], run: RunLength) -> Vec<Option<(SpcRule, Side)>> {
    evaluate_rules(values, 10.0, Some(&FIXED), run)
        .into_iter()
        .map(|h| h.map(|h| (h.rule, h.side)))
        .collect()
}

// ---------------------------------------------------------------- limits

/// 10 12 11 13 12 14 13 12 11 13 12 14 12 (13 points)
/// Sum 159 → mean 159/13 = 12.230769.
/// Moving ranges 2 1 2 1 2 1 1 1 2 1 2 2: sum 18 over 12 → MR̄ = 1.5.
/// No range reaches 3.267 × 1.5 = 4.9005, so screening changes nothing.
/// UPL = 12.230769 + 2.66 × 1.5 = 16.220769; LPL = 8.240769.
/// 2σ: ± 1.773333 × 1.5 = ± 2.66 → 14.890769 and 9.570769.
const BASIC: [f64; 13] = [
    10.0, 12.0, 11.0, 13.0, 12.0, 14.0, 13.0, 12.0, 11.0, 13.0, 12.0, 14.0, 12.0,
];

/// BASIC then 13 12: 15 points, enough for icons.
/// Sum 184 → mean 12.266667. Ranges: BASIC's 18 plus 1 and 1 = 20 over 14 → MR̄ 1.428571.
/// UPL = 12.266667 + 3.8 = 16.066667; LPL = 8.466667; 2σ 14.8 and 9.733333: nothing special.
const BASIC15: [f64; 15] = [
    10.0, 12.0, 11.0, 13.0, 12.0, 14.0, 13.0, 12.0, 11.0, 13.0, 12.0, 14.0, 12.0, 13.0, 12.0,
];

#[test]
fn basic_limits_hand_checked() {
    approx(TWO_SIGMA_FACTOR, 1.773333);
    for screening in [Screening::Screened, Screening::Unscreened] {
        let c = chart_with(
            &BASIC,
            SpcOptions {
                screening,
                ..SpcOptions::default()
            },
        );
        assert_eq!(c.screening, screening);
        let calc = &c.segments[0].calculation;
        approx(calc.mean, 12.230769);
        approx(calc.mr_bar.unwrap(), 1.5);
        assert_eq!(calc.moving_ranges_screened_out, 0);
        let l = limits_of(&c, 0);
        approx(l.upper, 16.220769);
        approx(l.lower, 8.240769);
        approx(l.upper_two_sigma, 14.890769);
        approx(l.lower_two_sigma, 9.570769);
        assert!(flags(&c).is_empty(), "{:?}", flags(&c));
        assert_eq!(c.variation, None, "13 points are too few for icons");
        // 13 points: limits are not provisional and there are no warnings.
        assert!(!c.segments[0].provisional);
        assert!(c.warnings.is_empty(), "{:?}", c.warnings);
        // Every point carries the lines.
        let p = &c.points[4];
        assert_eq!((p.index, p.value, p.segment), (4, 12.0, 0));
        approx(p.mean, 12.230769);
        approx(p.limits.unwrap().upper, 16.220769);
    }
}

#[test]
fn screening_changes_limits_after_one_large_jump() {
    // 10 11 10 11 10 11 10 30 10 11 10 11 10 11 (14 points)
    // Sum 7×10 + 6×11 + 30 = 166 → mean 11.857143.
    // Ranges: eleven of 1 and two of 20 (10→30→10): sum 51 over 13 → MR̄ = 3.923077.
    // Unscreened: UPL = 11.857143 + 2.66 × 3.923077 = 22.292527; LPL = 1.421758.
    // Screened: 3.267 × 3.923077 = 12.816538, so both 20s go; MR̄ = 11/11 = 1.
    //           UPL = 14.517143; LPL = 9.197143.
    let v = [
        10.0, 11.0, 10.0, 11.0, 10.0, 11.0, 10.0, 30.0, 10.0, 11.0, 10.0, 11.0, 10.0, 11.0,
    ];
    let unscreened = chart_with(
        &v,
        SpcOptions {
            screening: Screening::Unscreened,
            ..SpcOptions::default()
        },
    );
    let calc = &unscreened.segments[0].calculation;
    approx(calc.mean, 11.857143);
    approx(calc.mr_bar.unwrap(), 3.923077);
    assert_eq!(calc.moving_ranges_screened_out, 0);
    approx(limits_of(&unscreened, 0).upper, 22.292527);
    approx(limits_of(&unscreened, 0).lower, 1.421758);

    let screened = chart(&v);
    assert_eq!(screened.screening, Screening::Screened);
    let calc = &screened.segments[0].calculation;
    approx(calc.mean, 11.857143);
    approx(calc.mr_bar.unwrap(), 1.0);
    assert_eq!(calc.moving_ranges_screened_out, 2);
    approx(limits_of(&screened, 0).upper, 14.517143);
    approx(limits_of(&screened, 0).lower, 9.197143);
    assert!(!Screening::Screened.label().is_empty());
}

// ---------------------------------------------------------------- each rule alone, full chart

#[test]
fn rule_1_alone_point_above_upper_limit() {
    // 8 12 8 12 8 12 30 12 8 12 8 12 8 12 (14 points)
    // Sum 6×8 + 7×12 + 30 = 162 → mean 11.571429.
    // Ranges: eleven of 4 and two of 18: sum 80 over 13 → MR̄ = 6.153846.
    // 3.267 × 6.153846 = 20.104615 > 18, so screening keeps all.
    // UPL = 11.571429 + 2.66 × 6.153846 = 27.940659; 30 is above it.
    // 2σ upper = 22.484249: only 30 is beyond. 8s and 12s alternate about the mean.
    let v = [
        8.0, 12.0, 8.0, 12.0, 8.0, 12.0, 30.0, 12.0, 8.0, 12.0, 8.0, 12.0, 8.0, 12.0,
    ];
    let c = chart(&v);
    approx(c.segments[0].calculation.mean, 11.571429);
    approx(c.segments[0].calculation.mr_bar.unwrap(), 6.153846);
    approx(limits_of(&c, 0).upper, 27.940659);
    approx(limits_of(&c, 0).lower, -4.797802);
    assert_eq!(flags(&c), vec![(6, SpcRule::OutsideLimits, Side::High)]);
}

#[test]
fn rule_2_alone_seven_rising_points() {
    // 10 12 9 11 10 12 | 7 8 9 10 11 12 13 | 10 12 9 11 10 (18 points)
    // Sum 64 + 70 + 52 = 186 → mean 10.333333.
    // Ranges 2 3 2 1 2, 5, 1 1 1 1 1 1, 3, 2 3 2 1: sum 32 over 17 → MR̄ = 1.882353.
    // UPL 15.340392, LPL 5.326275, 2σ 13.671373 / 6.995294: nothing beyond.
    // The rising run crosses the mean, so no shift.
    let v = [
        10.0, 12.0, 9.0, 11.0, 10.0, 12.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 10.0, 12.0, 9.0,
        11.0, 10.0,
    ];
    let c = chart(&v);
    approx(c.segments[0].calculation.mean, 10.333333);
    approx(c.segments[0].calculation.mr_bar.unwrap(), 1.882353);
    approx(limits_of(&c, 0).upper, 15.340392);
    approx(limits_of(&c, 0).upper_two_sigma, 13.671373);
    let expected: Vec<_> = (6..=12).map(|i| (i, SpcRule::Trend, Side::High)).collect();
    assert_eq!(flags(&c), expected);
}

#[test]
fn rule_3_alone_two_of_three_beyond_two_sigma() {
    // 9 11 9 11 9 11 9 11 9 11 | 16 12 16 | 11 9 11 9 11 9 11 (20 points)
    // Sum 100 + 44 + 71 = 215 → mean 10.75.
    // Ranges: nine 2s, 5, 4, 4, 5, six 2s: sum 48 over 19 → MR̄ = 2.526316.
    // UPL = 10.75 + 6.72 = 17.47 (16 is inside); 2σ upper = 10.75 + 4.48 = 15.23.
    // 16, 12, 16 are all above the mean and two are beyond 15.23: both 16s flagged, not 12.
    let v = [
        9.0, 11.0, 9.0, 11.0, 9.0, 11.0, 9.0, 11.0, 9.0, 11.0, 16.0, 12.0, 16.0, 11.0, 9.0, 11.0,
        9.0, 11.0, 9.0, 11.0,
    ];
    let c = chart(&v);
    approx(c.segments[0].calculation.mean, 10.75);
    approx(c.segments[0].calculation.mr_bar.unwrap(), 2.526316);
    approx(limits_of(&c, 0).upper, 17.47);
    approx(limits_of(&c, 0).upper_two_sigma, 15.23);
    approx(limits_of(&c, 0).lower_two_sigma, 6.27);
    assert_eq!(
        flags(&c),
        vec![
            (10, SpcRule::TwoOfThreeBeyondTwoSigma, Side::High),
            (12, SpcRule::TwoOfThreeBeyondTwoSigma, Side::High)
        ]
    );
}

#[test]
fn rule_4_alone_seven_points_above_mean() {
    // 8 12 8 12 8 12 8 | 11 13 11 13 11 13 11 | 8 12 8 12 8 (19 points)
    // Sum 68 + 83 + 48 = 199 → mean 10.473684.
    // Ranges: six 4s, 3, six 2s, 3, four 4s: sum 58 over 18 → MR̄ = 3.222222.
    // UPL 19.044795, 2σ upper 16.187758: nothing beyond. 7 points in a row above the mean.
    let v = [
        8.0, 12.0, 8.0, 12.0, 8.0, 12.0, 8.0, 11.0, 13.0, 11.0, 13.0, 11.0, 13.0, 11.0, 8.0, 12.0,
        8.0, 12.0, 8.0,
    ];
    let c = chart(&v);
    approx(c.segments[0].calculation.mean, 10.473684);
    approx(c.segments[0].calculation.mr_bar.unwrap(), 3.222222);
    approx(limits_of(&c, 0).upper, 19.044795);
    approx(limits_of(&c, 0).upper_two_sigma, 16.187758);
    let expected: Vec<_> = (7..=13).map(|i| (i, SpcRule::Shift, Side::High)).collect();
    assert_eq!(flags(&c), expected);
}

// ---------------------------------------------------------------- rules against fixed limits

#[test]
fn rule_precedence_first_match_wins() {
    // Mean 10, limits 4–16, 2σ 6 and 14.
    // 9 10.5 11 11.5 12 14.5 15 17 9 11:
    // points 0–7 rise 7 times in a row (8 points): trend, high;
    // 17 is also above the upper limit: rule 1 beats the trend;
    // 14.5, 15, 17 are all beyond 2σ (rule 3) and 10.5–17 are 7 above the mean (rule 4), but
    // the trend comes first for those.
    let v = [9.0, 10.5, 11.0, 11.5, 12.0, 14.5, 15.0, 17.0, 9.0, 11.0];
    let r = rules(&v, RunLength::Seven);
    for (i, hit) in r.iter().enumerate().take(7) {
        assert_eq!(*hit, Some((SpcRule::Trend, Side::High)), "point {i}");
    }
    assert_eq!(r[7], Some((SpcRule::OutsideLimits, Side::High)));
    assert_eq!(r[8], None);
    assert_eq!(r[9], None);
}

#[test]
fn rule_3_beats_rule_4() {
    // 11 15 11 15 11 11 11: seven above the mean (shift); in 15 11 15 two are beyond 14.
    let v = [11.0, 15.0, 11.0, 15.0, 11.0, 11.0, 11.0, 9.0];
    let r = rules(&v, RunLength::Seven);
    let two = Some((SpcRule::TwoOfThreeBeyondTwoSigma, Side::High));
    let shift = Some((SpcRule::Shift, Side::High));
    assert_eq!(r, vec![shift, two, shift, two, shift, shift, shift, None]);
}

#[test]
fn rule_1_low_side() {
    let r = rules(&[9.0, 11.0, 3.0, 11.0], RunLength::Seven);
    assert_eq!(r[2], Some((SpcRule::OutsideLimits, Side::Low)));
    assert_eq!(r.iter().flatten().count(), 1);
    // On the limit is not outside it.
    assert_eq!(rules(&[16.0, 4.0], RunLength::Seven), vec![None, None]);
}

#[test]
fn rule_3_low_side_and_same_side_requirement() {
    // 9 5 8 5 9: 5 8 5 are below the mean and two are below 6.
    let r = rules(&[9.0, 5.0, 8.0, 5.0, 11.0], RunLength::Seven);
    let low = Some((SpcRule::TwoOfThreeBeyondTwoSigma, Side::Low));
    assert_eq!(r, vec![None, low, None, low, None]);
    // 15 9 15: two beyond 14 but the middle one is below the mean, so no flag.
    assert_eq!(
        rules(&[11.0, 15.0, 9.0, 15.0, 11.0], RunLength::Seven),
        vec![None; 5]
    );
    // Exactly on the 2σ line is not beyond it.
    assert_eq!(
        rules(&[11.0, 14.0, 14.0, 9.0], RunLength::Seven),
        vec![None; 4]
    );
    // A point beyond the process limit also counts as beyond the 2σ line.
    let r = rules(&[11.0, 17.0, 15.0, 9.0], RunLength::Seven);
    assert_eq!(r[1], Some((SpcRule::OutsideLimits, Side::High)));
    assert_eq!(r[2], Some((SpcRule::TwoOfThreeBeyondTwoSigma, Side::High)));
}

#[test]
fn trend_of_six_needs_the_six_option() {
    // 10 | 8 9 10 11 12 13 | 9: six rising points (five rises); no shift (10 is on the mean).
    let v = [10.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 9.0];
    assert_eq!(rules(&v, RunLength::Seven), vec![None; 8]);
    let six = rules(&v, RunLength::Six);
    let trend = Some((SpcRule::Trend, Side::High));
    assert_eq!(
        six,
        vec![None, trend, trend, trend, trend, trend, trend, None]
    );
    assert_eq!(RunLength::Six.points(), 6);
    assert_eq!(RunLength::default(), RunLength::Seven);
}

#[test]
fn falling_trend_is_low() {
    let v = [12.0, 11.5, 11.0, 10.5, 9.5, 9.0, 8.5, 12.0];
    let r = rules(&v, RunLength::Seven);
    assert!(r[..7]
        .iter()
        .all(|h| *h == Some((SpcRule::Trend, Side::Low))));
    assert_eq!(r[7], None);
}

#[test]
fn equal_step_breaks_a_trend() {
    // 5 6 7 8 8 9 10 11: the repeated 8 splits it into two runs of four.
    let broken = [5.0, 6.0, 7.0, 8.0, 8.0, 9.0, 10.0, 11.0];
    let wide = Limits {
        upper: 30.0,
        lower: -10.0,
        upper_two_sigma: 25.0,
        lower_two_sigma: -5.0,
    };
    // Mean 8: three below, two on it, three above, so no shift either.
    let hits = evaluate_rules(&broken, 8.0, Some(&wide), RunLength::Seven);
    assert!(hits.iter().all(Option::is_none), "{hits:?}");
    // 8.5 instead of the second 8 makes eight rising points.
    let rising = [5.0, 6.0, 7.0, 8.0, 8.5, 9.0, 10.0, 11.0];
    let hits = evaluate_rules(&rising, 8.0, Some(&wide), RunLength::Seven);
    assert!(hits
        .iter()
        .all(|h| h.map(|h| (h.rule, h.side)) == Some((SpcRule::Trend, Side::High))));
}

#[test]
fn point_on_the_mean_breaks_a_shift() {
    // 11 12 11 | 10 | 11 12 11 12: runs of 3 and 4 above the mean of 10.
    let broken = [11.0, 12.0, 11.0, 10.0, 11.0, 12.0, 11.0, 12.0];
    assert_eq!(rules(&broken, RunLength::Seven), vec![None; 8]);
    let unbroken = [11.0, 12.0, 11.0, 10.5, 11.0, 12.0, 11.0, 12.0];
    assert!(rules(&unbroken, RunLength::Seven)
        .iter()
        .all(|h| *h == Some((SpcRule::Shift, Side::High))));
}

#[test]
fn shift_of_six_needs_the_six_option() {
    let v = [9.0, 11.0, 12.0, 11.0, 12.0, 11.0, 12.0, 9.0];
    assert_eq!(rules(&v, RunLength::Seven), vec![None; 8]);
    let r = rules(&v, RunLength::Six);
    let shift = Some((SpcRule::Shift, Side::High));
    assert_eq!(
        r,
        vec![None, shift, shift, shift, shift, shift, shift, None]
    );
    let low: Vec<f64> = v.iter().map(|x| 20.0 - x).collect();
    assert!(rules(&low, RunLength::Six)[1..7]
        .iter()
        .all(|h| *h == Some((SpcRule::Shift, Side::Low))));
}

#[test]
fn run_length_option_reaches_the_chart() {
    let v = [9.0, 11.0, 12.0, 11.0, 12.0, 11.0, 12.0, 9.0, 10.0, 8.0];
    let seven = chart(&v);
    let six = chart_with(
        &v,
        SpcOptions {
            run_length: RunLength::Six,
            ..SpcOptions::default()
        },
    );
    assert_eq!(seven.run_length, RunLength::Seven);
    assert_eq!(six.run_length, RunLength::Six);
    assert!(flags(&six).len() > flags(&seven).len());
}

// ---------------------------------------------------------------- segments

#[test]
fn rebasing_gives_segments_with_their_own_means() {
    // 10 12 10 12 10 12 10 12 | 20 22 20 22 20 22 20 22, new segment at index 8.
    // Segment 1: mean 11, seven ranges of 2 → MR̄ 2; limits 11 ± 5.32 = 5.68 to 16.32.
    // Segment 2: mean 21, MR̄ 2; limits 15.68 to 26.32.
    let mut v = vec![10.0, 12.0, 10.0, 12.0, 10.0, 12.0, 10.0, 12.0];
    v.extend([20.0, 22.0, 20.0, 22.0, 20.0, 22.0, 20.0, 22.0]);
    let rebased = chart_with(
        &v,
        SpcOptions {
            rebase_at: vec![8],
            ..SpcOptions::default()
        },
    );
    assert_eq!(rebased.segments.len(), 2);
    assert_eq!((rebased.segments[1].start, rebased.segments[1].len), (8, 8));
    approx(rebased.segments[0].calculation.mean, 11.0);
    approx(rebased.segments[1].calculation.mean, 21.0);
    approx(rebased.segments[0].calculation.mr_bar.unwrap(), 2.0);
    approx(limits_of(&rebased, 0).upper, 16.32);
    approx(limits_of(&rebased, 1).lower, 15.68);
    assert_eq!(rebased.points[8].segment, 1);
    approx(rebased.points[8].mean, 21.0);
    // Each segment alternates about its own mean: nothing special.
    assert!(flags(&rebased).is_empty(), "{:?}", flags(&rebased));
    // 8 points each: provisional.
    assert!(rebased.segments.iter().all(|s| s.provisional));
    assert!(rebased.warnings.contains(&SpcWarning::ProvisionalLimits {
        segment: 1,
        points_used: 8
    }));

    // Without the rebase, one mean of 16: first 8 all below, last 8 all above.
    let single = chart(&v);
    assert_eq!(single.segments.len(), 1);
    approx(single.segments[0].calculation.mean, 16.0);
    assert!(!flags(&single).is_empty());

    // Order, duplicates and a rebase at 0 do not matter.
    let messy = chart_with(
        &v,
        SpcOptions {
            rebase_at: vec![8, 0, 8],
            ..SpcOptions::default()
        },
    );
    assert_eq!(messy.segments, rebased.segments);
}

#[test]
fn rules_do_not_cross_segments() {
    // Four rising points either side of a rebase: never seven in one segment.
    let v = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0];
    let split = chart_with(
        &v,
        SpcOptions {
            rebase_at: vec![4],
            ..SpcOptions::default()
        },
    );
    assert!(split
        .points
        .iter()
        .all(|p| p.special_cause.map(|s| s.rule) != Some(SpcRule::Trend)));
    assert!(flags(&chart(&v))
        .iter()
        .any(|(_, rule, _)| *rule == SpcRule::Trend));
}

#[test]
fn frozen_limits_come_from_the_first_points() {
    // 10 12 10 12 10 12 then 20 ×7, frozen after 6 points.
    // Mean of the first six = 11; five ranges of 2 → MR̄ 2; UPL 16.32, applied to all 13.
    let mut v = vec![10.0, 12.0, 10.0, 12.0, 10.0, 12.0];
    v.extend([20.0; 7]);
    let c = chart_with(
        &v,
        SpcOptions {
            freeze_after: Some(6),
            ..SpcOptions::default()
        },
    );
    let calc = &c.segments[0].calculation;
    assert_eq!(calc.points_used, 6);
    approx(calc.mean, 11.0);
    approx(calc.mr_bar.unwrap(), 2.0);
    approx(limits_of(&c, 0).upper, 16.32);
    assert!(c.points.iter().all(|p| (p.mean - 11.0).abs() < TOL));
    for p in &c.points[6..] {
        assert_eq!(
            p.special_cause.map(|s| (s.rule, s.side)),
            Some((SpcRule::OutsideLimits, Side::High))
        );
    }
    assert!(c.segments[0].provisional, "6 points used");
    // Unfrozen, all 13 points feed the mean: (66 + 140) / 13 = 15.846154.
    approx(chart(&v).segments[0].calculation.mean, 15.846154);
}

#[test]
fn provisional_below_thirteen_points() {
    let twelve = chart(&BASIC[..12]);
    assert!(twelve.segments[0].provisional);
    assert_eq!(
        twelve.warnings,
        vec![SpcWarning::ProvisionalLimits {
            segment: 0,
            points_used: 12
        }]
    );
    assert!(twelve.warnings[0].message().contains("provisional"));
    let thirteen = chart(&BASIC);
    assert!(!thirteen.segments[0].provisional);
}

// ---------------------------------------------------------------- degenerate input

#[test]
fn constant_series_is_degenerate_and_flags_nothing() {
    let c = xmr_chart(
        &[5.0; 15],
        &SpcOptions::default(),
        Some(&Polarity::HigherIsBetter),
        Some(4.0),
    )
    .unwrap();
    assert_eq!(c.warnings, vec![SpcWarning::Degenerate { segment: 0 }]);
    assert_eq!(c.segments[0].calculation.mr_bar, Some(0.0));
    assert!(c.segments[0].calculation.limits.is_none());
    assert!(c.points.iter().all(|p| p.limits.is_none() && p.mean == 5.0));
    assert!(flags(&c).is_empty());
    assert_eq!(c.variation, Some(VariationIcon::CommonCause));
    assert_eq!(c.assurance, None, "no limits, no assurance");
}

// A flat series with one jump (screening would leave no spread) is in spc_edge_cases.rs.

#[test]
fn too_few_points() {
    let empty = chart(&[]);
    assert!(empty.points.is_empty());
    assert_eq!(empty.warnings, vec![SpcWarning::NoData]);
    assert_eq!(empty.variation, None);

    let one = xmr_chart(
        &[7.0],
        &SpcOptions::default(),
        Some(&Polarity::HigherIsBetter),
        Some(5.0),
    )
    .unwrap();
    assert_eq!(one.warnings, vec![SpcWarning::TooFewPoints { segment: 0 }]);
    assert_eq!(one.points[0].mean, 7.0);
    assert!(one.points[0].limits.is_none());
    assert_eq!(one.variation, None, "one point is too few for icons");
    assert_eq!(one.assurance, None);

    // A one-point final segment after a rebase.
    let tail = chart_with(
        &BASIC,
        SpcOptions {
            rebase_at: vec![12],
            ..SpcOptions::default()
        },
    );
    assert!(tail
        .warnings
        .contains(&SpcWarning::TooFewPoints { segment: 1 }));
}

#[test]
fn bad_input_is_an_error() {
    assert_eq!(
        xmr_chart(&[1.0, f64::NAN], &SpcOptions::default(), None, None),
        Err(SpcError::NotANumber { position: 2 })
    );
    assert_eq!(
        xmr_chart(
            &[1.0, 2.0],
            &SpcOptions {
                rebase_at: vec![2],
                ..SpcOptions::default()
            },
            None,
            None
        ),
        Err(SpcError::RebaseOutOfRange {
            position: 3,
            len: 2
        })
    );
    assert_eq!(
        xmr_chart(
            &[1.0, 2.0],
            &SpcOptions {
                freeze_after: Some(1),
                ..SpcOptions::default()
            },
            None,
            None
        ),
        Err(SpcError::FreezeTooSmall { n: 1 })
    );
    assert_eq!(
        SpcError::NotANumber { position: 2 }.to_string(),
        "point 2: not a number"
    );
}

#[test]
fn huge_values_do_not_overflow_silently() {
    let c = chart(&[f64::MAX, -f64::MAX, f64::MAX]);
    assert!(c
        .warnings
        .contains(&SpcWarning::NumbersTooLarge { segment: 0 }));
    assert!(c.points.iter().all(|p| p.mean.is_finite()));
    assert!(calculate_limits(&[], Screening::Screened).is_none());
}

// ---------------------------------------------------------------- icons

/// 10 12 ×7 then 30: mean (7 × 22 + 30) / 15 = 12.266667.
/// Ranges: thirteen 2s and one 18: MR̄ 44/14 = 3.142857; 3.267 × that = 10.267, so the 18 is
/// screened out and MR̄ = 2. UPL = 12.266667 + 5.32 = 17.586667: the 30 is outside.
fn ending_high() -> Vec<f64> {
    let mut v: Vec<f64> = [10.0, 12.0].repeat(7);
    v.push(30.0);
    v
}

/// 10 12 ×7 then −8: mean (154 − 8) / 15 = 9.733333; MR̄ 2; LPL = 4.413333.
fn ending_low() -> Vec<f64> {
    let mut v: Vec<f64> = [10.0, 12.0].repeat(7);
    v.push(-8.0);
    v
}

fn variation(values: &[f64], polarity: Option<&Polarity>) -> Option<VariationIcon> {
    xmr_chart(values, &SpcOptions::default(), polarity, None)
        .unwrap()
        .variation
}

#[test]
fn variation_icon_from_the_latest_point_by_polarity() {
    let c = chart(&ending_high());
    approx(c.segments[0].calculation.mean, 12.266667);
    approx(c.segments[0].calculation.mr_bar.unwrap(), 2.0);
    approx(limits_of(&c, 0).upper, 17.586667);
    let c = chart(&ending_low());
    approx(limits_of(&c, 0).lower, 4.413333);

    let higher = Polarity::HigherIsBetter;
    let lower = Polarity::LowerIsBetter;
    let band = Polarity::WithinBand {
        lower: 0.0,
        upper: 20.0,
    };
    let high = ending_high();
    let low = ending_low();
    assert_eq!(
        variation(&high, Some(&higher)),
        Some(VariationIcon::ImprovementHigh)
    );
    assert_eq!(
        variation(&high, Some(&lower)),
        Some(VariationIcon::ConcernHigh)
    );
    assert_eq!(variation(&high, None), Some(VariationIcon::NeitherHigh));
    assert_eq!(
        variation(&high, Some(&band)),
        Some(VariationIcon::NeitherHigh)
    );
    assert_eq!(
        variation(&low, Some(&higher)),
        Some(VariationIcon::ConcernLow)
    );
    assert_eq!(
        variation(&low, Some(&lower)),
        Some(VariationIcon::ImprovementLow)
    );
    assert_eq!(variation(&low, None), Some(VariationIcon::NeitherLow));
    assert_eq!(
        variation(&low, Some(&band)),
        Some(VariationIcon::NeitherLow)
    );
    assert_eq!(
        variation(&BASIC15, Some(&higher)),
        Some(VariationIcon::CommonCause)
    );

    // Earlier special causes do not set the icon: only the latest point does.
    let mut v = ending_high();
    v.extend([11.0, 12.0]);
    let c = xmr_chart(&v, &SpcOptions::default(), Some(&higher), None).unwrap();
    assert!(c.points[14].special_cause.is_some());
    assert!(c.points.last().unwrap().special_cause.is_none());
    assert_eq!(c.variation, Some(VariationIcon::CommonCause));

    // Each point records its meaning.
    let c = xmr_chart(&high, &SpcOptions::default(), Some(&lower), None).unwrap();
    assert_eq!(
        c.points.last().unwrap().special_cause.unwrap().meaning,
        Meaning::Concern
    );
}

#[test]
fn meaning_is_side_times_polarity() {
    let higher = Polarity::HigherIsBetter;
    let lower = Polarity::LowerIsBetter;
    assert_eq!(meaning(Side::High, Some(&higher)), Meaning::Improvement);
    assert_eq!(meaning(Side::Low, Some(&higher)), Meaning::Concern);
    assert_eq!(meaning(Side::High, Some(&lower)), Meaning::Concern);
    assert_eq!(meaning(Side::Low, Some(&lower)), Meaning::Improvement);
    assert_eq!(meaning(Side::High, None), Meaning::Neither);
    let band = Polarity::WithinBand {
        lower: 1.0,
        upper: 2.0,
    };
    assert_eq!(meaning(Side::Low, Some(&band)), Meaning::Neither);
}

#[test]
fn icon_labels_are_plain_words() {
    assert_eq!(VariationIcon::CommonCause.label(), "Common cause variation");
    assert_eq!(
        VariationIcon::ConcernHigh.label(),
        "Special cause concern — high"
    );
    assert_eq!(
        VariationIcon::ImprovementLow.label(),
        "Special cause improvement — low"
    );
    assert_eq!(
        AssuranceIcon::ConsistentlyFail.label(),
        "Process will consistently fail the target"
    );
    assert_eq!(
        AssuranceIcon::ConsistentlyPass.label(),
        "Process will consistently pass the target"
    );
    assert!(AssuranceIcon::HitAndMiss
        .label()
        .starts_with("Hit and miss"));
    assert_eq!(
        SpcRule::Shift.label(),
        "Run of points all above or all below the average"
    );
}

#[test]
fn assurance_icon_for_each_polarity() {
    // BASIC15: mean 12.266667, limits 8.466667 to 16.066667.
    let c = chart(&BASIC15);
    approx(c.segments[0].calculation.mean, 12.266667);
    approx(c.segments[0].calculation.mr_bar.unwrap(), 1.428571);
    approx(limits_of(&c, 0).upper, 16.066667);
    approx(limits_of(&c, 0).lower, 8.466667);
    assert!(flags(&c).is_empty(), "{:?}", flags(&c));
    let higher = Polarity::HigherIsBetter;
    let lower = Polarity::LowerIsBetter;
    let assurance = |polarity: Option<&Polarity>, target: Option<f64>| {
        xmr_chart(&BASIC15, &SpcOptions::default(), polarity, target)
            .unwrap()
            .assurance
    };
    assert_eq!(
        assurance(Some(&higher), Some(20.0)),
        Some(AssuranceIcon::ConsistentlyFail)
    );
    assert_eq!(
        assurance(Some(&higher), Some(5.0)),
        Some(AssuranceIcon::ConsistentlyPass)
    );
    assert_eq!(
        assurance(Some(&higher), Some(12.0)),
        Some(AssuranceIcon::HitAndMiss)
    );
    assert_eq!(
        assurance(Some(&lower), Some(20.0)),
        Some(AssuranceIcon::ConsistentlyPass)
    );
    assert_eq!(
        assurance(Some(&lower), Some(5.0)),
        Some(AssuranceIcon::ConsistentlyFail)
    );
    assert_eq!(
        assurance(Some(&lower), Some(12.0)),
        Some(AssuranceIcon::HitAndMiss)
    );
    assert_eq!(assurance(None, Some(20.0)), None, "no polarity");
    assert_eq!(assurance(Some(&higher), None), None, "no target");
    assert_eq!(assurance(Some(&higher), Some(f64::NAN)), None);
    let band = Polarity::WithinBand {
        lower: 10.0,
        upper: 14.0,
    };
    assert_eq!(assurance(Some(&band), Some(12.0)), None);
    // A target exactly on a limit is hit and miss.
    assert_eq!(
        assurance_icon(&FIXED, Some(&higher), Some(16.0)),
        Some(AssuranceIcon::HitAndMiss)
    );
}

#[test]
fn assurance_uses_the_latest_segment() {
    // Segment 1 around 11 (limits 5.68–16.32), segment 2 around 21 (15.68–26.32).
    // Target 14 (higher is better): inside segment 1's limits, below segment 2's: pass.
    let mut v = vec![10.0, 12.0, 10.0, 12.0, 10.0, 12.0, 10.0, 12.0];
    v.extend([20.0, 22.0, 20.0, 22.0, 20.0, 22.0, 20.0, 22.0]);
    let c = xmr_chart(
        &v,
        &SpcOptions {
            rebase_at: vec![8],
            ..SpcOptions::default()
        },
        Some(&Polarity::HigherIsBetter),
        Some(14.0),
    )
    .unwrap();
    assert_eq!(c.assurance, Some(AssuranceIcon::ConsistentlyPass));
}

#[test]
fn chart_serialises() {
    let c = chart(&BASIC);
    let json = serde_json::to_string(&c).unwrap();
    let back: SpcChart = serde_json::from_str(&json).unwrap();
    assert_eq!(back, c);
}
