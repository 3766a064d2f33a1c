//! One kind of record in a workspace: a list kept in order, an index by id for O(1) look-ups, and
//! the ids changed since the last save, so saving writes only what an edit touched.
//!
//! Reading goes through `Deref<Target = [T]>` (`iter`, `len`, slicing). Every change goes through
//! a method here, so no edit can change a record without it being written: the compiler refuses
//! `push`, `retain` or `iter_mut` on the list itself.

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};
use std::ops::Deref;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::model::Id;

/// A record with an id of its own.
pub trait Keyed {
    /// The record's id, unique within its kind.
    fn key(&self) -> Id;
}

/// Records of one kind, in order, indexed by id, with the ids changed since the last save.
#[derive(Debug, Clone)]
pub struct Records<T> {
    items: Vec<T>,
    index: HashMap<Id, usize>,
    changed: BTreeSet<Id>,
}

impl<T> Default for Records<T> {
    fn default() -> Self {
        Records {
            items: Vec::new(),
            index: HashMap::new(),
            changed: BTreeSet::new(),
        }
    }
}

impl<T: Keyed> Records<T> {
    /// The record with `id`.
    pub fn get(&self, id: Id) -> Option<&T> {
        self.index.get(&id).map(|&i| &self.items[i])
    }

    /// Whether a record with `id` is here.
    pub fn contains(&self, id: Id) -> bool {
        self.index.contains_key(&id)
    }

    /// Where the record with `id` is in the list.
    pub fn position(&self, id: Id) -> Option<usize> {
        self.index.get(&id).copied()
    }

    /// The record with `id`, to change; it will be saved.
    pub fn get_mut(&mut self, id: Id) -> Option<&mut T> {
        let i = *self.index.get(&id)?;
        self.changed.insert(id);
        Some(&mut self.items[i])
    }

    /// Adds `item`, or replaces the record with its id in place. Returns the record replaced.
    pub fn upsert(&mut self, item: T) -> Option<T> {
        let id = item.key();
        self.changed.insert(id);
        match self.index.get(&id) {
            Some(&i) => Some(std::mem::replace(&mut self.items[i], item)),
            None => {
                self.index.insert(id, self.items.len());
                self.items.push(item);
                None
            }
        }
    }

    /// Removes the record with `id`. Returns it.
    pub fn remove(&mut self, id: Id) -> Option<T> {
        let i = self.index.remove(&id)?;
        self.changed.insert(id);
        let item = self.items.remove(i);
        self.reindex_from(i);
        Some(item)
    }

    /// Keeps only the records for which `keep` is true; the others are removed.
    pub fn retain(&mut self, mut keep: impl FnMut(&T) -> bool) {
        let before = self.items.len();
        let changed = &mut self.changed;
        self.items.retain(|item| {
            let k = keep(item);
            if !k {
                changed.insert(item.key());
            }
            k
        });
        if self.items.len() != before {
            self.index.clear();
            self.reindex_from(0);
        }
    }

    /// Adds `item` where `key` puts it in a list sorted by that key (a record with its id is
    /// replaced). For small lists kept in order, such as tombstones.
    pub fn insert_sorted_by_key<K: Ord>(&mut self, item: T, key: impl Fn(&T) -> K) {
        self.remove(item.key());
        let at = self.items.partition_point(|x| key(x) < key(&item));
        self.changed.insert(item.key());
        self.items.insert(at, item);
        self.reindex_from(at);
    }

    /// Sorts the records by `key` in memory, e.g. to compare two workspaces that got the same
    /// records in another order. The order is not saved.
    pub fn sort_by_key<K: Ord>(&mut self, key: impl FnMut(&T) -> K) {
        crate::order::sort_by_key(&mut self.items, key);
        self.reindex_from(0);
    }

    /// Applies `change` to every record for which `select` is true. Returns how many.
    pub fn update_where(
        &mut self,
        mut select: impl FnMut(&T) -> bool,
        mut change: impl FnMut(&mut T),
    ) -> usize {
        let mut n = 0;
        for item in self.items.iter_mut().filter(|item| select(item)) {
            change(item);
            self.changed.insert(item.key());
            n += 1;
        }
        n
    }

    /// Puts the stored version of record `id` in place (`None`: it is gone) without marking it
    /// changed: for records read from the store, or saved by another tab.
    pub fn put_stored(&mut self, id: Id, item: Option<T>) {
        match (self.index.get(&id).copied(), item) {
            (Some(i), Some(item)) => self.items[i] = item,
            (None, Some(item)) => {
                self.index.insert(id, self.items.len());
                self.items.push(item);
            }
            (Some(i), None) => {
                self.index.remove(&id);
                self.items.remove(i);
                self.reindex_from(i);
            }
            (None, None) => {}
        }
    }

    /// The ids changed since the last [`Records::take_changed`].
    pub fn changed(&self) -> &BTreeSet<Id> {
        &self.changed
    }

    /// The ids changed since the last call, forgetting them.
    pub fn take_changed(&mut self) -> BTreeSet<Id> {
        std::mem::take(&mut self.changed)
    }

    /// The records as a plain list.
    pub fn to_vec(&self) -> Vec<T>
    where
        T: Clone,
    {
        self.items.clone()
    }

    fn reindex_from(&mut self, start: usize) {
        for (i, item) in self.items.iter().enumerate().skip(start) {
            self.index.insert(item.key(), i);
        }
    }
}

impl<T> Deref for Records<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        &self.items
    }
}

impl<'a, T> IntoIterator for &'a Records<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

impl<T: Keyed> From<Vec<T>> for Records<T> {
    /// Indexes a list. A later record with an id already seen replaces the earlier one in place,
    /// as a save of that id would. Nothing is marked changed.
    fn from(list: Vec<T>) -> Self {
        let mut records = Records {
            items: Vec::with_capacity(list.len()),
            index: HashMap::with_capacity(list.len()),
            changed: BTreeSet::new(),
        };
        for item in list {
            records.put_stored(item.key(), Some(item));
        }
        records
    }
}

impl<T: Keyed> FromIterator<T> for Records<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        Records::from(iter.into_iter().collect::<Vec<T>>())
    }
}

/// Equal when the records are equal, in order; what is waiting to be saved does not count.
impl<T: PartialEq> PartialEq for Records<T> {
    fn eq(&self, other: &Self) -> bool {
        self.items == other.items
    }
}

impl<T: Serialize> Serialize for Records<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.items.serialize(serializer)
    }
}

impl<'de, T: Deserialize<'de> + Keyed> Deserialize<'de> for Records<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::<T>::deserialize(deserializer).map(Records::from)
    }
}

/// Described as the plain list it is written as.
impl<T: schemars::JsonSchema> schemars::JsonSchema for Records<T> {
    fn inline_schema() -> bool {
        <Vec<T>>::inline_schema()
    }
    fn schema_name() -> Cow<'static, str> {
        <Vec<T>>::schema_name()
    }
    fn schema_id() -> Cow<'static, str> {
        <Vec<T>>::schema_id()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <Vec<T>>::json_schema(generator)
    }
}

macro_rules! keyed_by_id {
    ($($t:ty),* $(,)?) => {
        $(impl Keyed for $t {
            fn key(&self) -> Id {
                self.id
            }
        })*
    };
}

keyed_by_id!(
    crate::model::Organisation,
    crate::model::Team,
    crate::model::Person,
    crate::model::Goal,
    crate::model::Measure,
    crate::model::Review,
    crate::model::DevelopmentNeed,
    crate::model::Recognition,
    crate::model::ExitInterview,
    crate::model::ReportCommentary,
    crate::exchange::Tombstone,
);

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, PartialEq)]
    struct Item(Id, &'static str);
    impl Keyed for Item {
        fn key(&self) -> Id {
            self.0
        }
    }

    fn ids(n: u128) -> Vec<Id> {
        (1..=n).map(Id::from_u128).collect()
    }

    #[test]
    fn look_ups_follow_inserts_replacements_and_removals() {
        let id = ids(3);
        let mut r: Records<Item> = vec![Item(id[0], "a"), Item(id[1], "b")].into();
        assert!(r.changed().is_empty());
        r.upsert(Item(id[2], "c"));
        r.upsert(Item(id[0], "A"));
        assert_eq!(r.get(id[0]).unwrap().1, "A");
        assert_eq!(r.remove(id[1]).unwrap().1, "b");
        assert_eq!(r.get(id[2]).unwrap().1, "c");
        assert_eq!(r.iter().map(|i| i.1).collect::<Vec<_>>(), ["A", "c"]);
        assert_eq!(r.take_changed(), [id[0], id[1], id[2]].into());
        assert!(r.changed().is_empty());
    }

    #[test]
    fn retain_and_update_where_mark_only_what_they_touch() {
        let id = ids(4);
        let mut r: Records<Item> = id.iter().map(|&i| Item(i, "x")).collect();
        r.retain(|i| i.0 != id[1]);
        assert_eq!(r.update_where(|i| i.0 == id[3], |i| i.1 = "y"), 1);
        assert_eq!(r.take_changed(), [id[1], id[3]].into());
        assert_eq!(r.get(id[3]).unwrap().1, "y");
        assert_eq!(r.get(id[2]).unwrap().1, "x");
        assert!(r.get(id[1]).is_none());
    }

    #[test]
    fn stored_versions_are_put_in_place_without_being_marked() {
        let id = ids(2);
        let mut r: Records<Item> = vec![Item(id[0], "a")].into();
        r.put_stored(id[1], Some(Item(id[1], "b")));
        r.put_stored(id[0], None);
        assert!(r.changed().is_empty());
        assert_eq!(r.iter().map(|i| i.1).collect::<Vec<_>>(), ["b"]);
        assert_eq!(r.get(id[1]).unwrap().1, "b");
    }

    #[test]
    fn a_repeated_id_in_a_list_replaces_the_earlier_record() {
        let id = ids(1);
        let r: Records<Item> = vec![Item(id[0], "a"), Item(id[0], "b")].into();
        assert_eq!(r.len(), 1);
        assert_eq!(r.get(id[0]).unwrap().1, "b");
    }
}
