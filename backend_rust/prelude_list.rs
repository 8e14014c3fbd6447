    // ---- prelude_list.rs: typed lists, list[T] as List<T> ---------------------------
    // Items pasted inside `mod py` after prelude_map.rs.  A list whose items
    // all have one type T (int, float, bool, str, None, a tuple of those, or
    // another typed list) and that never becomes an `object` is a `List<T>`:
    // shared, so cloning one aliases it as a Python name does.  Each function borrows the RefCell for its own
    // duration only, so no borrow outlives a call: a loop body may change the
    // list it iterates.  The algorithms are prelude_seq.rs's, on the borrowed
    // Vec; every function that can raise is #[track_caller] straight down to
    // `raise` (no closure in between), so a traceback names the caller's line.

    pub type List<T> = Rc<RefCell<Vec<T>>>;

    /// The item types of a typed list.
    pub trait ListItem: Clone + PartialEq + PartialOrd + Show {
        /// Whether Python orders two items: NoneType has no `<`.
        const ORDERED: bool = true;
    }
    impl ListItem for i64 {}
    impl ListItem for f64 {}
    impl ListItem for bool {}
    impl ListItem for Str {}
    impl ListItem for () {
        const ORDERED: bool = false;
    }
    /// A list of lists: items are the inner lists, shared (`row = m[0]`
    /// aliases); they compare by contents, lexicographically, as CPython.
    impl<T: ListItem> ListItem for List<T> {}
    /// A list of tuples of scalars: Rust compares tuples as CPython does,
    /// the first pair that is not `==` deciding with `<`.  Two Nones are
    /// always equal there, so they are never ordered.
    macro_rules! list_item_tuple {
        ($($t:ident)+) => {
            impl<$($t: ListItem),+> ListItem for ($($t,)+) {}
        };
    }
    list_item_tuple!(A);
    list_item_tuple!(A B);
    list_item_tuple!(A B C);
    list_item_tuple!(A B C D);
    list_item_tuple!(A B C D E);
    list_item_tuple!(A B C D E F);
    list_item_tuple!(A B C D E F G);
    list_item_tuple!(A B C D E F G H);
    list_item_tuple!(A B C D E F G H I);
    list_item_tuple!(A B C D E F G H I J);
    list_item_tuple!(A B C D E F G H I J K);
    list_item_tuple!(A B C D E F G H I J K L);

    /// Sorting, min() and max() compare items: a TypeError for two Nones.
    #[track_caller]
    fn check_ordered<T: ListItem>(n: usize, op: &str) {
        if !T::ORDERED && n >= 2 {
            raise(
                "TypeError",
                &format!("'{}' not supported between instances of 'NoneType' and 'NoneType'", op),
            );
        }
    }

    /// `[a, b, ...]`.
    pub fn list<T>(items: Vec<T>) -> List<T> {
        Rc::new(RefCell::new(items))
    }

    /// The (start, stop, step) of a subscript, None where absent.
    pub type SliceParts = (Option<i64>, Option<i64>, Option<i64>);

    /// The parts of a slice object (`py.slice`), checked as CPython checks them.
    #[track_caller]
    pub fn slice_parts(s: &Obj) -> SliceParts {
        match s {
            Obj::Slice(p) => slice_bounds(p),
            _ => index_type_error("list", s),
        }
    }

    /// `len(xs)`.
    pub fn list_len<T>(xs: &List<T>) -> i64 {
        vec_len(&xs.borrow())
    }

    /// `xs[i]`.
    #[track_caller]
    #[inline]
    pub fn list_get<T: Clone>(xs: &List<T>, i: i64) -> T {
        vec_get(&xs.borrow(), i)
    }

    /// `xs[start:stop:step]`: a new list.
    #[track_caller]
    pub fn list_slice<T: Clone>(xs: &List<T>, (lo, hi, st): SliceParts) -> List<T> {
        list(vec_slice(&xs.borrow(), (lo, hi, st)))
    }

    /// `xs[i] = x`.
    #[track_caller]
    #[inline]
    pub fn list_set<T: ListItem>(xs: &List<T>, i: i64, x: T) {
        xs.borrow_mut().py_set(i, x)
    }

    /// `xs[start:stop:step] = ys`.
    #[track_caller]
    pub fn list_set_slice<T: Clone>(xs: &List<T>, (lo, hi, st): SliceParts, ys: &List<T>) {
        if Rc::ptr_eq(xs, ys) {
            // `xs[:] = xs` reads its right side before the list changes.
            let items = ys.borrow().clone();
            slice_assign(&mut xs.borrow_mut(), lo, hi, st, &items);
        } else {
            slice_assign(&mut xs.borrow_mut(), lo, hi, st, &ys.borrow());
        }
    }

    /// `del xs[i]`.
    #[track_caller]
    pub fn list_del<T: ListItem>(xs: &List<T>, i: i64) {
        xs.borrow_mut().py_del(i)
    }

    /// `del xs[start:stop:step]`.
    #[track_caller]
    pub fn list_del_slice<T: ListItem>(xs: &List<T>, (lo, hi, st): SliceParts) {
        xs.borrow_mut().py_del_slice((lo, hi, st))
    }

    /// `x in xs`.
    pub fn list_contains<T: PartialEq>(xs: &List<T>, x: &T) -> bool {
        xs.borrow().contains(x)
    }

    /// `iter(xs)`, read live by index as CPython's list iterator: items
    /// appended during the loop are visited; once exhausted it stays so.
    pub struct ListIter<T> {
        list: List<T>,
        pos: usize,
    }

    impl<T: Clone> Iterator for ListIter<T> {
        type Item = T;
        fn next(&mut self) -> Option<T> {
            let item = self.list.borrow().get(self.pos).cloned();
            self.pos = if item.is_some() { self.pos + 1 } else { usize::MAX };
            item
        }
    }

    /// `for x in xs`.
    pub fn list_iter<T>(xs: &List<T>) -> ListIter<T> {
        ListIter { list: xs.clone(), pos: 0 }
    }

    /// `a, b = xs`.
    #[track_caller]
    pub fn list_unpack<T: Clone>(xs: &List<T>, n: usize) -> Vec<T> {
        vec_unpack(&xs.borrow(), n)
    }

    /// `xs + ys`.
    pub fn list_add<T: Clone>(xs: &List<T>, ys: &List<T>) -> List<T> {
        list(vec_add(&xs.borrow(), &ys.borrow()))
    }

    /// `xs * n`.
    #[track_caller]
    pub fn list_repeat<T: Clone>(xs: &List<T>, n: i64) -> List<T> {
        list(vec_repeat(&xs.borrow(), n))
    }

    /// `n * xs`.
    #[track_caller]
    pub fn repeat_list<T: Clone>(n: i64, xs: &List<T>) -> List<T> {
        list_repeat(xs, n)
    }

    /// `xs.extend(ys)`.
    pub fn list_extend<T: Clone>(xs: &List<T>, ys: &List<T>) {
        // `xs.extend(xs)` doubles xs once.
        let items = ys.borrow().clone();
        xs.borrow_mut().extend(items);
    }

    /// `xs += ys`: xs extended in place, and xs itself is the result.
    pub fn list_iadd<T: Clone>(xs: &List<T>, ys: &List<T>) -> List<T> {
        list_extend(xs, ys);
        xs.clone()
    }

    /// `xs *= n`: xs repeated in place, and xs itself is the result.
    #[track_caller]
    pub fn list_imul<T: Clone>(xs: &List<T>, n: i64) -> List<T> {
        let items = list_mul(&xs.borrow(), n);
        *xs.borrow_mut() = items;
        xs.clone()
    }

    /// `xs == ys`.
    pub fn list_eq<T: PartialEq>(xs: &List<T>, ys: &List<T>) -> bool {
        vec_eq(&xs.borrow(), &ys.borrow())
    }

    /// `xs != ys`.
    pub fn list_ne<T: PartialEq>(xs: &List<T>, ys: &List<T>) -> bool {
        !list_eq(xs, ys)
    }

    /// `xs < ys`.
    pub fn list_lt<T: PartialOrd>(xs: &List<T>, ys: &List<T>) -> bool {
        vec_lt(&xs.borrow(), &ys.borrow())
    }

    /// `xs <= ys`.
    pub fn list_le<T: PartialOrd>(xs: &List<T>, ys: &List<T>) -> bool {
        vec_le(&xs.borrow(), &ys.borrow())
    }

    /// `xs > ys`.
    pub fn list_gt<T: PartialOrd>(xs: &List<T>, ys: &List<T>) -> bool {
        list_lt(ys, xs)
    }

    /// `xs >= ys`.
    pub fn list_ge<T: PartialOrd>(xs: &List<T>, ys: &List<T>) -> bool {
        list_le(ys, xs)
    }

    /// `xs is ys`.
    pub fn list_is<T>(xs: &List<T>, ys: &List<T>) -> bool {
        Rc::ptr_eq(xs, ys)
    }

    /// `xs is not ys`.
    pub fn list_is_not<T>(xs: &List<T>, ys: &List<T>) -> bool {
        !Rc::ptr_eq(xs, ys)
    }

    /// `format(xs, spec)` (an f-string field): str(xs); a list has no format spec.
    #[track_caller]
    pub fn list_format<T: Show>(xs: &List<T>, spec: &str) -> Str {
        vec_format(&xs.borrow(), spec)
    }

    /// `xs.append(x)`.
    pub fn list_append<T>(xs: &List<T>, x: T) {
        xs.borrow_mut().push(x)
    }

    /// `xs.pop()`.
    #[track_caller]
    pub fn list_pop<T: ListItem>(xs: &List<T>) -> T {
        xs.borrow_mut().py_pop()
    }

    /// `xs.pop(i)`.
    #[track_caller]
    pub fn list_pop_at<T: ListItem>(xs: &List<T>, i: i64) -> T {
        xs.borrow_mut().py_pop_at(i)
    }

    /// `xs.insert(i, x)`.
    pub fn list_insert<T: ListItem>(xs: &List<T>, i: i64, x: T) {
        xs.borrow_mut().py_insert(i, x)
    }

    /// `xs.index(x)`.
    #[track_caller]
    pub fn list_index_of<T: PartialEq + Show>(xs: &List<T>, x: &T) -> i64 {
        vec_index_of(&xs.borrow(), x)
    }

    /// `xs.count(x)`.
    pub fn list_count_of<T: PartialEq>(xs: &List<T>, x: &T) -> i64 {
        vec_count_of(&xs.borrow(), x)
    }

    /// `xs.remove(x)`.
    #[track_caller]
    pub fn list_remove<T: ListItem>(xs: &List<T>, x: &T) {
        xs.borrow_mut().py_remove(x)
    }

    /// `xs.sort(reverse=reverse)`.
    #[track_caller]
    pub fn list_sort<T: ListItem>(xs: &List<T>, reverse: bool) {
        xs.borrow_mut().py_sort(reverse)
    }

    /// `sorted(xs, reverse=reverse)`.
    #[track_caller]
    pub fn list_sorted<T: ListItem>(xs: &List<T>, reverse: bool) -> List<T> {
        list(vec_sorted(&xs.borrow(), reverse))
    }

    /// `xs.reverse()`.
    pub fn list_reverse<T>(xs: &List<T>) {
        xs.borrow_mut().reverse()
    }

    /// `xs.copy()` and `list(xs)`.
    pub fn list_copy<T: Clone>(xs: &List<T>) -> List<T> {
        list(xs.borrow().clone())
    }

    /// `xs.clear()`.
    pub fn list_clear<T>(xs: &List<T>) {
        xs.borrow_mut().clear()
    }

    /// `min(xs)`.
    #[track_caller]
    pub fn list_min<T: ListItem>(xs: &List<T>) -> T {
        vec_min(&xs.borrow())
    }

    /// `max(xs)`.
    #[track_caller]
    pub fn list_max<T: ListItem>(xs: &List<T>) -> T {
        vec_max(&xs.borrow())
    }

    /// `sum(xs)` of ints.
    #[track_caller]
    pub fn list_sum_int(xs: &List<i64>) -> i64 {
        vec_sum_int(&xs.borrow())
    }

    /// `sum(xs)` of floats: from int 0, left to right, as 3.11.
    pub fn list_sum_float(xs: &List<f64>) -> f64 {
        vec_sum_float(&xs.borrow())
    }

    /// `sum(xs)` of bools: the number of True items.
    pub fn list_sum_bool(xs: &List<bool>) -> i64 {
        vec_sum_bool(&xs.borrow())
    }

    /// `sum(xs)` of a list of Nones.
    #[track_caller]
    pub fn list_sum_none(xs: &List<()>) -> i64 {
        vec_sum_none(&xs.borrow())
    }
