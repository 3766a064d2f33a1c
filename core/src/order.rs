//! Sorting through one shared routine. `slice::sort_by` is compiled anew for every element type
//! and comparison, about 4.7 KB of WebAssembly each time: 36 copies came to 170 KB of the browser
//! build. These sort a list of positions instead (one compiled sort for the whole app), then
//! move the items into that order. Stable, like `slice::sort_by`.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order.
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_positions(&mut order, &mut |a, b| compare(&items[a], &items[b]));
    permute(items, order);
}

/// Sorts `items` by the key `key` gives each, keeping items with equal keys in their order.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` by a key worked out once for each item (for keys that cost something to make,
/// such as lower-cased names).
pub fn sort_by_cached_key<T, K: Ord>(items: &mut [T], key: impl FnMut(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_positions(&mut order, &mut |a, b| keys[a].cmp(&keys[b]));
    permute(items, order);
}

/// Sorts `items` in their natural order.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// Counts with the largest first, equal counts in the order of their keys: how tallies (exit
/// reasons, awards) are listed everywhere.
pub fn most_first<K: Ord>(counts: impl IntoIterator<Item = (K, usize)>) -> Vec<(K, usize)> {
    let mut list: Vec<(K, usize)> = counts.into_iter().collect();
    sort_by(&mut list, |a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    list
}

/// The one compiled sort: positions, compared through a trait object.
#[inline(never)]
fn sort_positions(order: &mut [usize], compare: &mut dyn FnMut(usize, usize) -> Ordering) {
    order.sort_by(|a, b| compare(*a, *b));
}

/// Puts `items` in `order` (the item now at `order[i]` goes to `i`), by following each cycle of
/// the permutation with swaps.
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..order.len() {
        let mut at = start;
        loop {
            let from = order[at];
            order[at] = at;
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_as_the_standard_stable_sort_does(items in proptest::collection::vec((0u8..8, any::<u16>()), 0..200)) {
            let mut ours = items.clone();
            let mut std = items;
            sort_by_key(&mut ours, |(key, _)| *key);
            std.sort_by_key(|(key, _)| *key);
            prop_assert_eq!(&ours, &std);
            let mut cached = std.clone();
            cached.reverse();
            sort_by_cached_key(&mut cached, |(key, _)| *key);
            let mut std_cached = std;
            std_cached.reverse();
            std_cached.sort_by_key(|(key, _)| *key);
            prop_assert_eq!(cached, std_cached);
        }
    }

    #[test]
    fn sorts_in_natural_order_and_by_comparison() {
        let mut words = vec!["pear", "apple", "fig"];
        sort(&mut words);
        assert_eq!(words, ["apple", "fig", "pear"]);
        sort_by(&mut words, |a, b| b.len().cmp(&a.len()));
        assert_eq!(words, ["apple", "pear", "fig"]);
    }

    #[test]
    fn tallies_list_the_largest_first_then_by_key() {
        let counts = [("pay", 2), ("hours", 5), ("culture", 2)];
        assert_eq!(
            most_first(counts),
            [("hours", 5), ("culture", 2), ("pay", 2)]
        );
    }
}
