    // ---- prelude_set.rs: typed sets, set[T] as SetRef<T> ---------------------------
    // Items pasted inside `mod py` after prelude_dict.rs.  A set whose items
    // all have one type T (int, str, bool or None) and that never becomes an
    // `object` is a SetRef<T>: prelude_map's Set (CPython's own table, so it
    // iterates, prints and pops in CPython's order) in a shared cell, so
    // cloning one aliases it as a Python name does.  The object runtime's
    // sets are the same Set of Obj items; both iterate through SetIter.  Each
    // function borrows the RefCell for its own duration only.

    pub type SetRef<T> = Rc<RefCell<Set<T>>>;

    /// The item types of a typed set: hashed and compared as in Python.
    pub trait SetItem: PyHash + PartialEq + Clone + Show + ListItem {}
    impl SetItem for i64 {}
    impl SetItem for bool {}
    impl SetItem for Str {}
    impl SetItem for () {}

    /// hash(None) is its address in CPython 3.11: a set holds one None at
    /// most, so no order can depend on it.
    impl PyHash for () {
        fn py_hash(&self) -> i64 {
            NONE_HASH
        }
    }

    fn set_ref<T: SetItem>(s: Set<T>) -> SetRef<T> {
        Rc::new(RefCell::new(s))
    }

    /// `{a, b, ...}` and `set()`: added left to right.
    pub fn set_new<T: SetItem>(items: Vec<T>) -> SetRef<T> {
        set_ref(Set::from_items(items))
    }

    /// `{3, -1, 8}`: a display CPython folds into a constant (Set::from_constants).
    pub fn set_constants<T: SetItem>(items: Vec<T>) -> SetRef<T> {
        set_ref(Set::from_constants(items))
    }

    /// `set(xs)` of a list, a str, a range or a dict's keys.
    pub fn set_from<T: SetItem, I: IntoIterator<Item = T>>(items: I) -> SetRef<T> {
        set_ref(Set::from_items(items))
    }

    /// `set(s)` and `s.copy()`: CPython copies through set_merge.
    pub fn set_copy<T: SetItem>(s: &SetRef<T>) -> SetRef<T> {
        set_ref(s.borrow().copy())
    }

    /// `len(s)`.
    pub fn set_len<T: SetItem>(s: &SetRef<T>) -> i64 {
        s.borrow().len()
    }

    /// `x in s`.
    pub fn set_contains<T: SetItem>(s: &SetRef<T>, x: &T) -> bool {
        s.borrow().contains(x)
    }

    /// `s.add(x)`.
    pub fn set_add<T: SetItem>(s: &SetRef<T>, x: T) {
        s.borrow_mut().add(x)
    }

    /// `s.discard(x)`.
    pub fn set_discard<T: SetItem>(s: &SetRef<T>, x: &T) {
        s.borrow_mut().discard(x);
    }

    /// `s.remove(x)`: KeyError with the repr of x.
    #[track_caller]
    pub fn set_remove<T: SetItem>(s: &SetRef<T>, x: &T) {
        s.borrow_mut().remove(x)
    }

    /// `s.pop()`: KeyError when empty.
    #[track_caller]
    pub fn set_pop<T: SetItem>(s: &SetRef<T>) -> T {
        s.borrow_mut().pop()
    }

    /// `s.update(xs)` of a list: added in order.
    pub fn set_update_from<T: SetItem, I: IntoIterator<Item = T>>(s: &SetRef<T>, items: I) {
        let mut s = s.borrow_mut();
        for x in items {
            s.add(x);
        }
    }

    /// `s.clear()`.
    pub fn set_clear<T: SetItem>(s: &SetRef<T>) {
        s.borrow_mut().clear()
    }

    /// `s OP= t` through `op`, or `on_self` when t is s itself (`s &= s`),
    /// which CPython special-cases (and one RefCell is never borrowed twice).
    fn set_inplace<T: SetItem>(s: &SetRef<T>, t: &SetRef<T>, op: fn(&mut Set<T>, &Set<T>), on_self: fn(&mut Set<T>)) {
        if Rc::ptr_eq(s, t) {
            on_self(&mut s.borrow_mut());
        } else {
            op(&mut s.borrow_mut(), &t.borrow());
        }
    }

    /// `s.update(s)` and `s |= s` change nothing.
    fn set_unchanged<T>(_: &mut Set<T>) {}

    /// `s.update(t)`.
    pub fn set_update<T: SetItem>(s: &SetRef<T>, t: &SetRef<T>) {
        set_inplace(s, t, Set::update, set_unchanged)
    }

    /// `s |= t`: s itself is the result.
    pub fn set_ibitor<T: SetItem>(s: &SetRef<T>, t: &SetRef<T>) -> SetRef<T> {
        set_inplace(s, t, Set::update, set_unchanged);
        s.clone()
    }

    /// `s -= t`.
    pub fn set_isub<T: SetItem>(s: &SetRef<T>, t: &SetRef<T>) -> SetRef<T> {
        set_inplace(s, t, Set::difference_update, Set::isub_self);
        s.clone()
    }

    /// `s &= t`.
    pub fn set_ibitand<T: SetItem>(s: &SetRef<T>, t: &SetRef<T>) -> SetRef<T> {
        set_inplace(s, t, Set::intersection_update, Set::iand_self);
        s.clone()
    }

    /// `s ^= t`.
    pub fn set_ibitxor<T: SetItem>(s: &SetRef<T>, t: &SetRef<T>) -> SetRef<T> {
        set_inplace(s, t, Set::symmetric_difference_update, Set::isub_self);
        s.clone()
    }

    /// `s | t`.
    pub fn set_bitor<T: SetItem>(s: &SetRef<T>, t: &SetRef<T>) -> SetRef<T> {
        set_ref(s.borrow().union(&t.borrow()))
    }

    /// `s & t`.
    pub fn set_bitand<T: SetItem>(s: &SetRef<T>, t: &SetRef<T>) -> SetRef<T> {
        set_ref(s.borrow().intersection(&t.borrow()))
    }

    /// `s - t`.
    pub fn set_sub<T: SetItem>(s: &SetRef<T>, t: &SetRef<T>) -> SetRef<T> {
        set_ref(s.borrow().difference(&t.borrow()))
    }

    /// `s ^ t`.
    pub fn set_bitxor<T: SetItem>(s: &SetRef<T>, t: &SetRef<T>) -> SetRef<T> {
        set_ref(s.borrow().symmetric_difference(&t.borrow()))
    }

    /// `s == t`.
    pub fn set_eq<T: SetItem>(s: &SetRef<T>, t: &SetRef<T>) -> bool {
        *s.borrow() == *t.borrow()
    }

    /// `s != t`.
    pub fn set_ne<T: SetItem>(s: &SetRef<T>, t: &SetRef<T>) -> bool {
        !set_eq(s, t)
    }

    /// `s <= t` / `s.issubset(t)`.
    pub fn set_le<T: SetItem>(s: &SetRef<T>, t: &SetRef<T>) -> bool {
        s.borrow().issubset(&t.borrow())
    }

    /// `s < t`.
    pub fn set_lt<T: SetItem>(s: &SetRef<T>, t: &SetRef<T>) -> bool {
        set_len(s) < set_len(t) && set_le(s, t)
    }

    /// `s >= t` / `s.issuperset(t)`.
    pub fn set_ge<T: SetItem>(s: &SetRef<T>, t: &SetRef<T>) -> bool {
        set_le(t, s)
    }

    /// `s > t`.
    pub fn set_gt<T: SetItem>(s: &SetRef<T>, t: &SetRef<T>) -> bool {
        set_lt(t, s)
    }

    /// `s.isdisjoint(t)`.
    pub fn set_isdisjoint<T: SetItem>(s: &SetRef<T>, t: &SetRef<T>) -> bool {
        s.borrow().isdisjoint(&t.borrow())
    }

    /// `sorted(s)`.
    #[track_caller]
    pub fn set_sorted<T: SetItem>(s: &SetRef<T>) -> Vec<T> {
        vec_sorted(&set_list(s), false)
    }

    /// `list(s)`: in the set's order.
    pub fn set_list<T: SetItem>(s: &SetRef<T>) -> Vec<T> {
        s.borrow().iter().cloned().collect()
    }

    /// `str(s)` / `repr(s)`: `set()` when empty.
    pub fn set_str<T: SetItem>(s: &SetRef<T>) -> Str {
        let mut out = String::new();
        s.show(&mut out);
        Str::from(out)
    }

    /// `format(s, spec)` (an f-string field): str(s); a set has no format spec.
    #[track_caller]
    pub fn set_format<T: SetItem>(s: &SetRef<T>, spec: &str) -> Str {
        if !spec.is_empty() {
            raise("TypeError", "unsupported format string passed to set.__format__");
        }
        set_str(s)
    }
