    // ---- prelude_dict.rs: typed dicts, dict[K, V] as DictRef<K, V> -------------------
    // Items pasted inside `mod py` after prelude_list.rs.  A dict whose keys
    // all have one type K (int, str, bool or None) and whose values one
    // scalar type V, and that never becomes an `object`, is a DictRef<K, V>:
    // prelude_map's insertion-ordered Dict in a shared cell, so cloning one
    // aliases it as a Python name does; or, when the ownership pass proves
    // one owner enough (map[K,V]), that Dict itself, used through its
    // `py_*` methods.  Each function borrows the RefCell for
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

    /// The operations of a typed dict on the plain Dict<K, V>, which is what
    /// an owned `map[K,V]` (passes/ownership.c) is; the shared DictRef's
    /// `dict_NAME(&d, ..)` below borrows its cell and calls `py_NAME(..)`.
    impl<K: DictKey, V> Dict<K, V> {
        /// `len(d)`.
        pub fn py_len(&self) -> i64 {
            self.len()
        }

        /// `d[k]`: KeyError with the key's repr.
        #[track_caller]
        pub fn py_get(&self, k: &K) -> V
        where
            V: Clone,
        {
            self.item(k).clone()
        }

        /// `d[k] = v`.
        pub fn py_set(&mut self, k: K, v: V) {
            self.set(k, v)
        }

        /// `del d[k]`.
        #[track_caller]
        pub fn py_del(&mut self, k: &K) {
            self.del(k)
        }

        /// `k in d`.
        pub fn py_contains(&self, k: &K) -> bool {
            self.contains(k)
        }

        /// `d.get(k, default)`.
        pub fn py_get_or(&self, k: &K, default: V) -> V
        where
            V: Clone,
        {
            self.get_or(k, default)
        }

        /// `d.setdefault(k, default)`: the value now under k.
        pub fn py_setdefault(&mut self, k: K, default: V) -> V
        where
            V: Clone,
        {
            self.setdefault(k, default).clone()
        }

        /// `d.pop(k)`.
        #[track_caller]
        pub fn py_pop(&mut self, k: &K) -> V {
            self.pop(k)
        }

        /// `d.pop(k, default)`.
        pub fn py_pop_or(&mut self, k: &K, default: V) -> V {
            self.pop_or(k, default)
        }

        /// `d.copy()`.
        pub fn py_copy(&self) -> Dict<K, V>
        where
            V: Clone,
        {
            self.clone()
        }

        /// `d.clear()`.
        pub fn py_clear(&mut self) {
            self.clear()
        }

        /// `d.update(e)`.
        pub fn py_update(&mut self, e: &Dict<K, V>)
        where
            V: Clone,
        {
            self.update(e)
        }

        /// `d == e`.
        pub fn py_eq(&self, e: &Dict<K, V>) -> bool
        where
            V: PartialEq,
        {
            self == e
        }

        /// `d != e`.
        pub fn py_ne(&self, e: &Dict<K, V>) -> bool
        where
            V: PartialEq,
        {
            self != e
        }

        /// `sorted(d)` / `sorted(d.keys())`: the keys, sorted.
        #[track_caller]
        pub fn py_sorted_keys(&self) -> Vec<K> {
            vec_sorted(&self.key_list(), false)
        }

        /// `list(d)` / `list(d.keys())`: the keys in insertion order.
        pub fn py_key_list(&self) -> Vec<K> {
            self.key_list()
        }

        /// `str(d)` / `repr(d)`.
        pub fn py_str(&self) -> Str
        where
            V: Show,
        {
            let mut out = String::new();
            self.show(&mut out);
            Str::from(out)
        }

        /// `format(d, spec)` (an f-string field): str(d); a dict has no format spec.
        #[track_caller]
        pub fn py_format(&self, spec: &str) -> Str
        where
            V: Show,
        {
            if !spec.is_empty() {
                raise("TypeError", "unsupported format string passed to dict.__format__");
            }
            self.py_str()
        }

        /// `for k in d` / `for k in d.keys()`.
        pub fn py_keys(&self) -> MapIter<'_, K, V, K> {
            MapIter { entries: self.entries.iter(), pick: pick_key }
        }

        /// `for v in d.values()`.
        pub fn py_values(&self) -> MapIter<'_, K, V, V>
        where
            V: Clone,
        {
            MapIter { entries: self.entries.iter(), pick: pick_value }
        }

        /// `for k, v in d.items()`.
        pub fn py_items(&self) -> MapIter<'_, K, V, (K, V)>
        where
            V: Clone,
        {
            MapIter { entries: self.entries.iter(), pick: pick_item }
        }
    }

    /// `{k1: v1, ...}`: a later duplicate key overwrites the value in place.
    pub fn dict<K: DictKey, V>(pairs: Vec<(K, V)>) -> DictRef<K, V> {
        Rc::new(RefCell::new(Dict::from_pairs(pairs)))
    }

    /// `len(d)`.
    pub fn dict_len<K: DictKey, V>(d: &DictRef<K, V>) -> i64 {
        d.borrow().py_len()
    }

    /// `d[k]`: KeyError with the key's repr.
    #[track_caller]
    pub fn dict_get<K: DictKey, V: Clone>(d: &DictRef<K, V>, k: &K) -> V {
        d.borrow().py_get(k)
    }

    /// `d[k] = v`.
    pub fn dict_set<K: DictKey, V>(d: &DictRef<K, V>, k: K, v: V) {
        d.borrow_mut().py_set(k, v)
    }

    /// `del d[k]`.
    #[track_caller]
    pub fn dict_del<K: DictKey, V>(d: &DictRef<K, V>, k: &K) {
        d.borrow_mut().py_del(k)
    }

    /// `k in d`.
    pub fn dict_contains<K: DictKey, V>(d: &DictRef<K, V>, k: &K) -> bool {
        d.borrow().py_contains(k)
    }

    /// `d.get(k, default)`.
    pub fn dict_get_or<K: DictKey, V: Clone>(d: &DictRef<K, V>, k: &K, default: V) -> V {
        d.borrow().py_get_or(k, default)
    }

    /// `d.setdefault(k, default)`: the value now under k.
    pub fn dict_setdefault<K: DictKey, V: Clone>(d: &DictRef<K, V>, k: K, default: V) -> V {
        d.borrow_mut().py_setdefault(k, default)
    }

    /// `d.pop(k)`.
    #[track_caller]
    pub fn dict_pop<K: DictKey, V>(d: &DictRef<K, V>, k: &K) -> V {
        d.borrow_mut().py_pop(k)
    }

    /// `d.pop(k, default)`.
    pub fn dict_pop_or<K: DictKey, V>(d: &DictRef<K, V>, k: &K, default: V) -> V {
        d.borrow_mut().py_pop_or(k, default)
    }

    /// `d.copy()`.
    pub fn dict_copy<K: DictKey, V: Clone>(d: &DictRef<K, V>) -> DictRef<K, V> {
        Rc::new(RefCell::new(d.borrow().py_copy()))
    }

    /// `d.clear()`.
    pub fn dict_clear<K: DictKey, V>(d: &DictRef<K, V>) {
        d.borrow_mut().py_clear()
    }

    /// `d.update(e)`: a dict updated with itself stays as it is.
    pub fn dict_update<K: DictKey, V: Clone>(d: &DictRef<K, V>, e: &DictRef<K, V>) {
        if Rc::ptr_eq(d, e) {
            return;
        }
        d.borrow_mut().py_update(&e.borrow())
    }

    /// `d == e`.
    pub fn dict_eq<K: DictKey, V: PartialEq>(d: &DictRef<K, V>, e: &DictRef<K, V>) -> bool {
        d.borrow().py_eq(&e.borrow())
    }

    /// `d != e`.
    pub fn dict_ne<K: DictKey, V: PartialEq>(d: &DictRef<K, V>, e: &DictRef<K, V>) -> bool {
        d.borrow().py_ne(&e.borrow())
    }

    /// `sorted(d)` / `sorted(d.keys())`: the keys, sorted.
    #[track_caller]
    pub fn dict_sorted_keys<K: DictKey, V>(d: &DictRef<K, V>) -> Vec<K> {
        d.borrow().py_sorted_keys()
    }

    /// `list(d)` / `list(d.keys())`: the keys in insertion order.
    pub fn dict_key_list<K: DictKey, V>(d: &DictRef<K, V>) -> Vec<K> {
        d.borrow().py_key_list()
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
        d.borrow().py_str()
    }

    /// `format(d, spec)` (an f-string field): str(d); a dict has no format spec.
    #[track_caller]
    pub fn dict_format<K: DictKey, V: Show>(d: &DictRef<K, V>, spec: &str) -> Str {
        d.borrow().py_format(spec)
    }

    fn pick_key<K: Clone, V>(k: &K, _: &V) -> K {
        k.clone()
    }

    fn pick_value<K, V: Clone>(_: &K, v: &V) -> V {
        v.clone()
    }

    fn pick_item<K: Clone, V: Clone>(k: &K, v: &V) -> (K, V) {
        (k.clone(), v.clone())
    }

    /// An owned dict's iterator (`d.py_keys()`): it borrows the Dict, so
    /// nothing changes the dict while it lives; the ownership pass keeps a
    /// dict changed during its own iteration shared, where DictIter raises
    /// CPython's RuntimeError.  A plain struct, not `impl Iterator`, so a
    /// loop left by `break` ends its borrow.
    pub struct MapIter<'a, K, V, T> {
        entries: std::slice::Iter<'a, Option<(K, V)>>,
        pick: fn(&K, &V) -> T,
    }

    impl<'a, K, V, T> Iterator for MapIter<'a, K, V, T> {
        type Item = T;
        fn next(&mut self) -> Option<T> {
            let pick = self.pick;
            self.entries.find_map(|e| e.as_ref().map(|(k, v)| pick(k, v)))
        }
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
        dict_iter(d, pick_key)
    }

    /// `for v in d.values()`.
    pub fn dict_values<K: DictKey, V: Clone>(d: &DictRef<K, V>) -> DictIter<K, V, V> {
        dict_iter(d, pick_value)
    }

    /// `for k, v in d.items()`.
    pub fn dict_items<K: DictKey, V: Clone>(d: &DictRef<K, V>) -> DictIter<K, V, (K, V)> {
        dict_iter(d, pick_item)
    }
