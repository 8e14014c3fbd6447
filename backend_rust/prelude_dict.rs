    // ---- prelude_dict.rs: typed dicts, dict[K, V] as DictRef<K, V> -------------------
    // Items pasted inside `mod py` after prelude_list.rs.  A dict whose keys
    // all have one type K (int, str, bool or None) and whose values one
    // scalar type V, and that never becomes an `object`, is a DictRef<K, V>:
    // prelude_map's insertion-ordered Dict in a shared cell, so cloning one
    // aliases it as a Python name does.  Each function borrows the RefCell for
    // its own duration only, so a loop body may change the dict it iterates
    // (and gets CPython's RuntimeError when its size changes).  Functions that
    // can raise are #[track_caller] down to `raise`.

    pub type DictRef<K, V> = Rc<RefCell<Dict<K, V>>>;

    /// The key types of a typed dict: hashed and compared as in Python.
    pub trait DictKey: std::hash::Hash + Eq + ListItem {}
    impl DictKey for i64 {}
    impl DictKey for bool {}
    impl DictKey for Str {}
    impl DictKey for () {}

    /// `{k1: v1, ...}`: a later duplicate key overwrites the value in place.
    pub fn dict<K: DictKey, V>(pairs: Vec<(K, V)>) -> DictRef<K, V> {
        Rc::new(RefCell::new(Dict::from_pairs(pairs)))
    }

    /// `len(d)`.
    pub fn dict_len<K: DictKey, V>(d: &DictRef<K, V>) -> i64 {
        d.borrow().len()
    }

    /// `d[k]`: KeyError with the key's repr.
    #[track_caller]
    pub fn dict_get<K: DictKey, V: Clone>(d: &DictRef<K, V>, k: &K) -> V {
        d.borrow().item(k).clone()
    }

    /// `d[k] = v`.
    pub fn dict_set<K: DictKey, V>(d: &DictRef<K, V>, k: K, v: V) {
        d.borrow_mut().set(k, v)
    }

    /// `del d[k]`.
    #[track_caller]
    pub fn dict_del<K: DictKey, V>(d: &DictRef<K, V>, k: &K) {
        d.borrow_mut().del(k)
    }

    /// `k in d`.
    pub fn dict_contains<K: DictKey, V>(d: &DictRef<K, V>, k: &K) -> bool {
        d.borrow().contains(k)
    }

    /// `d.get(k, default)`.
    pub fn dict_get_or<K: DictKey, V: Clone>(d: &DictRef<K, V>, k: &K, default: V) -> V {
        d.borrow().get_or(k, default)
    }

    /// `d.setdefault(k, default)`: the value now under k.
    pub fn dict_setdefault<K: DictKey, V: Clone>(d: &DictRef<K, V>, k: K, default: V) -> V {
        d.borrow_mut().setdefault(k, default).clone()
    }

    /// `d.pop(k)`.
    #[track_caller]
    pub fn dict_pop<K: DictKey, V>(d: &DictRef<K, V>, k: &K) -> V {
        d.borrow_mut().pop(k)
    }

    /// `d.pop(k, default)`.
    pub fn dict_pop_or<K: DictKey, V>(d: &DictRef<K, V>, k: &K, default: V) -> V {
        d.borrow_mut().pop_or(k, default)
    }

    /// `d.copy()`.
    pub fn dict_copy<K: DictKey, V: Clone>(d: &DictRef<K, V>) -> DictRef<K, V> {
        Rc::new(RefCell::new(d.borrow().clone()))
    }

    /// `d.clear()`.
    pub fn dict_clear<K: DictKey, V>(d: &DictRef<K, V>) {
        d.borrow_mut().clear()
    }

    /// `d.update(e)`.
    pub fn dict_update<K: DictKey, V: Clone>(d: &DictRef<K, V>, e: &DictRef<K, V>) {
        if Rc::ptr_eq(d, e) {
            return;
        }
        d.borrow_mut().update(&e.borrow())
    }

    /// `d == e`.
    pub fn dict_eq<K: DictKey, V: PartialEq>(d: &DictRef<K, V>, e: &DictRef<K, V>) -> bool {
        *d.borrow() == *e.borrow()
    }

    /// `d != e`.
    pub fn dict_ne<K: DictKey, V: PartialEq>(d: &DictRef<K, V>, e: &DictRef<K, V>) -> bool {
        !dict_eq(d, e)
    }

    /// `sorted(d)` / `sorted(d.keys())`: the keys, sorted.
    #[track_caller]
    pub fn dict_sorted_keys<K: DictKey, V>(d: &DictRef<K, V>) -> Vec<K> {
        vec_sorted(&d.borrow().key_list(), false)
    }

    /// `list(d)` / `list(d.keys())`: the keys in insertion order.
    pub fn dict_key_list<K: DictKey, V>(d: &DictRef<K, V>) -> Vec<K> {
        d.borrow().key_list()
    }

    /// `sorted(d.values())` and the like: the items of a view, sorted.
    #[track_caller]
    pub fn iter_sorted<T: ListItem, I: Iterator<Item = T>>(items: I) -> Vec<T> {
        vec_sorted(&items.collect::<Vec<T>>(), false)
    }

    /// `min(d.values())` and the like: ValueError when empty.
    #[track_caller]
    pub fn iter_min<T: ListItem, I: Iterator<Item = T>>(items: I) -> T {
        vec_min(&items.collect::<Vec<T>>())
    }

    /// `max(d.values())` and the like: ValueError when empty.
    #[track_caller]
    pub fn iter_max<T: ListItem, I: Iterator<Item = T>>(items: I) -> T {
        vec_max(&items.collect::<Vec<T>>())
    }

    /// `sum(d.values())` of ints, from the int 0.
    #[track_caller]
    pub fn iter_sum_int<I: Iterator<Item = i64>>(items: I) -> i64 {
        vec_sum_int(&items.collect::<Vec<i64>>())
    }

    /// `sum(d.values())` of a dict nothing is ever stored into.
    pub fn iter_sum_none<I: Iterator<Item = ()>>(items: I) -> i64 {
        items.for_each(drop);
        0
    }

    /// `list(d.values())` and the like.
    #[track_caller]
    pub fn iter_list<T, I: Iterator<Item = T>>(items: I) -> Vec<T> {
        items.collect()
    }

    /// `str(d)` / `repr(d)`.
    pub fn dict_str<K: DictKey, V: Show>(d: &DictRef<K, V>) -> Str {
        let mut out = String::new();
        d.show(&mut out);
        Str::from(out)
    }

    /// `format(d, spec)` (an f-string field): str(d); a dict has no format spec.
    #[track_caller]
    pub fn dict_format<K: DictKey, V: Show>(d: &DictRef<K, V>, spec: &str) -> Str {
        if !spec.is_empty() {
            raise("TypeError", "unsupported format string passed to dict.__format__");
        }
        dict_str(d)
    }

    /// `iter(d)`, `iter(d.values())`, `iter(d.items())`: reads the entries
    /// live (holes are deleted items), as CPython's dict iterator does; a
    /// dict whose size changed since the loop started raises RuntimeError,
    /// and so does one that yields more items than it had (keys deleted and
    /// others added while it is iterated).
    pub struct DictIter<K, V, T> {
        dict: DictRef<K, V>,
        pos: usize,
        size: i64,
        left: i64,
        pick: fn(&K, &V) -> T,
    }

    impl<K: DictKey, V, T> Iterator for DictIter<K, V, T> {
        type Item = T;
        #[track_caller]
        fn next(&mut self) -> Option<T> {
            let d = self.dict.borrow();
            if d.len() != self.size {
                // CPython raises once, then the iterator is exhausted.
                self.size = -1;
                self.pos = usize::MAX;
                raise("RuntimeError", "dictionary changed size during iteration");
            }
            while self.pos < d.entries.len() {
                self.pos += 1;
                if let Some((k, v)) = &d.entries[self.pos - 1] {
                    if self.left == 0 {
                        self.pos = usize::MAX;
                        raise("RuntimeError", "dictionary keys changed during iteration");
                    }
                    self.left -= 1;
                    return Some((self.pick)(k, v));
                }
            }
            None
        }
    }

    fn dict_iter<K: DictKey, V, T>(d: &DictRef<K, V>, pick: fn(&K, &V) -> T) -> DictIter<K, V, T> {
        let size = d.borrow().len();
        DictIter { dict: d.clone(), pos: 0, size, left: size, pick }
    }

    /// `for k in d` / `for k in d.keys()`.
    pub fn dict_keys<K: DictKey, V>(d: &DictRef<K, V>) -> DictIter<K, V, K> {
        dict_iter(d, |k, _| k.clone())
    }

    /// `for v in d.values()`.
    pub fn dict_values<K: DictKey, V: Clone>(d: &DictRef<K, V>) -> DictIter<K, V, V> {
        dict_iter(d, |_, v| v.clone())
    }

    /// `for k, v in d.items()`.
    pub fn dict_items<K: DictKey, V: Clone>(d: &DictRef<K, V>) -> DictIter<K, V, (K, V)> {
        dict_iter(d, |k, v| (k.clone(), v.clone()))
    }
