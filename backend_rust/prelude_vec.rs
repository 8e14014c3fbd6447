    // ---- prelude_vec.rs: owned lists, vec[T] as Vec<T> ----------------------------
    // Items pasted inside `mod py` after prelude_list.rs.  A list the ownership
    // pass proves one owner at a time suffices for is a plain Vec<T>, lent as
    // &[T] or, to a callee that changes it, &mut Vec<T>.  Reading takes the
    // list as &[T] (a free function: `py::vec_get(&xs, i)`); changing it is a
    // method of VecOps, so in `xs.py_set(i, py::vec_get(&xs, j))` the
    // receiver's &mut borrow begins only after the arguments are read.  The
    // shared List<T> of prelude_list.rs runs the same code on its borrowed
    // Vec.  Every function that can raise is #[track_caller] down to `raise`.

    /// `len(xs)`.
    pub fn vec_len<T>(xs: &[T]) -> i64 {
        xs.len() as i64
    }

    /// `xs[i]`.
    #[track_caller]
    #[inline]
    pub fn vec_get<T: Clone>(xs: &[T], i: i64) -> T {
        get(xs, i).clone()
    }

    /// `xs[start:stop:step]`: a new list.
    #[track_caller]
    pub fn vec_slice<T: Clone>(xs: &[T], (lo, hi, st): SliceParts) -> Vec<T> {
        slice(xs, lo, hi, st)
    }

    /// `xs + ys`.
    pub fn vec_add<T: Clone>(xs: &[T], ys: &[T]) -> Vec<T> {
        list_concat(xs, ys)
    }

    /// `xs * n`.
    #[track_caller]
    pub fn vec_repeat<T: Clone>(xs: &[T], n: i64) -> Vec<T> {
        list_mul(xs, n)
    }

    /// `n * xs`.
    #[track_caller]
    pub fn repeat_vec<T: Clone>(n: i64, xs: &[T]) -> Vec<T> {
        list_mul(xs, n)
    }

    /// `xs.index(x)`.
    #[track_caller]
    pub fn vec_index_of<T: PartialEq + Show>(xs: &[T], x: &T) -> i64 {
        list_index(xs, x, None, None)
    }

    /// `xs.count(x)`.
    pub fn vec_count_of<T: PartialEq>(xs: &[T], x: &T) -> i64 {
        list_count(xs, x)
    }

    /// `xs == ys`.
    pub fn vec_eq<T: PartialEq>(xs: &[T], ys: &[T]) -> bool {
        xs == ys
    }

    /// `xs != ys`.
    pub fn vec_ne<T: PartialEq>(xs: &[T], ys: &[T]) -> bool {
        xs != ys
    }

    /// `xs < ys`.
    pub fn vec_lt<T: PartialOrd>(xs: &[T], ys: &[T]) -> bool {
        seq_lt(xs, ys, false)
    }

    /// `xs <= ys`.
    pub fn vec_le<T: PartialOrd>(xs: &[T], ys: &[T]) -> bool {
        seq_lt(xs, ys, true)
    }

    /// `xs > ys`.
    pub fn vec_gt<T: PartialOrd>(xs: &[T], ys: &[T]) -> bool {
        seq_lt(ys, xs, false)
    }

    /// `xs >= ys`.
    pub fn vec_ge<T: PartialOrd>(xs: &[T], ys: &[T]) -> bool {
        seq_lt(ys, xs, true)
    }

    /// `format(xs, spec)` (an f-string field): str(xs); a list has no format spec.
    #[track_caller]
    pub fn vec_format<T: Show>(xs: &[T], spec: &str) -> Str {
        if !spec.is_empty() {
            raise("TypeError", "unsupported format string passed to list.__format__");
        }
        str(xs)
    }

    /// `min(xs)`.
    #[track_caller]
    pub fn vec_min<T: ListItem>(xs: &[T]) -> T {
        check_ordered::<T>(xs.len(), "<");
        min(xs)
    }

    /// `max(xs)`.
    #[track_caller]
    pub fn vec_max<T: ListItem>(xs: &[T]) -> T {
        check_ordered::<T>(xs.len(), ">");
        max(xs)
    }

    /// `a, b = xs`: exactly n items, else CPython's ValueError.
    #[track_caller]
    pub fn vec_unpack<T: Clone>(xs: &[T], n: usize) -> Vec<T> {
        if xs.len() < n {
            raise(
                "ValueError",
                &format!("not enough values to unpack (expected {}, got {})", n, xs.len()),
            );
        }
        if xs.len() > n {
            raise("ValueError", &format!("too many values to unpack (expected {})", n));
        }
        xs.to_vec()
    }

    /// `sorted(xs, reverse=reverse)`.
    #[track_caller]
    pub fn vec_sorted<T: ListItem>(xs: &[T], reverse: bool) -> Vec<T> {
        check_ordered::<T>(xs.len(), "<");
        sorted(xs, reverse)
    }

    /// `sum(xs)` of ints.
    #[track_caller]
    pub fn vec_sum_int(xs: &[i64]) -> i64 {
        sum_int(xs)
    }

    /// `sum(xs)` of floats: from int 0, left to right, as 3.11.
    pub fn vec_sum_float(xs: &[f64]) -> f64 {
        sum_float(xs)
    }

    /// `sum(xs)` of bools: the number of True items.
    pub fn vec_sum_bool(xs: &[bool]) -> i64 {
        xs.iter().filter(|&&b| b).count() as i64
    }

    /// `sum(xs)` of a list of Nones: 0 when it is empty, else CPython's TypeError.
    #[track_caller]
    pub fn vec_sum_none(xs: &[()]) -> i64 {
        if !xs.is_empty() {
            raise("TypeError", "unsupported operand type(s) for +: 'int' and 'NoneType'");
        }
        0
    }

    /// The changes of a list in place, as methods of its Vec.
    pub trait VecOps<T> {
        /// `xs[i] = x`.
        fn py_set(&mut self, i: i64, x: T);
        /// `xs[start:stop:step] = ys`.
        fn py_set_slice(&mut self, parts: SliceParts, ys: &[T]);
        /// `del xs[i]`.
        fn py_del(&mut self, i: i64);
        /// `del xs[start:stop:step]`.
        fn py_del_slice(&mut self, parts: SliceParts);
        /// `xs.pop()`.
        fn py_pop(&mut self) -> T;
        /// `xs.pop(i)`.
        fn py_pop_at(&mut self, i: i64) -> T;
        /// `xs.insert(i, x)`.
        fn py_insert(&mut self, i: i64, x: T);
        /// `xs.extend(ys)`.
        fn py_extend(&mut self, ys: &[T]);
        /// `xs.remove(x)`.
        fn py_remove(&mut self, x: &T);
        /// `xs.sort(reverse=reverse)`.
        fn py_sort(&mut self, reverse: bool);
        /// `xs += ys`: xs extended, and xs itself is the result.
        fn py_iadd(self, ys: &[T]) -> Self;
        /// `xs *= n`: xs repeated in place, and xs itself is the result.
        fn py_imul(self, n: i64) -> Self;
    }

    impl<T: ListItem> VecOps<T> for Vec<T> {
        #[track_caller]
        #[inline]
        fn py_set(&mut self, i: i64, x: T) {
            set(self, i, x)
        }
        #[track_caller]
        fn py_set_slice(&mut self, (lo, hi, st): SliceParts, ys: &[T]) {
            slice_assign(self, lo, hi, st, ys)
        }
        #[track_caller]
        fn py_del(&mut self, i: i64) {
            del_item(self, i)
        }
        #[track_caller]
        fn py_del_slice(&mut self, (lo, hi, st): SliceParts) {
            del_slice(self, lo, hi, st)
        }
        #[track_caller]
        fn py_pop(&mut self) -> T {
            pop(self)
        }
        #[track_caller]
        fn py_pop_at(&mut self, i: i64) -> T {
            pop_at(self, i)
        }
        fn py_insert(&mut self, i: i64, x: T) {
            insert(self, i, x)
        }
        fn py_extend(&mut self, ys: &[T]) {
            self.extend_from_slice(ys)
        }
        #[track_caller]
        fn py_remove(&mut self, x: &T) {
            remove(self, x)
        }
        #[track_caller]
        fn py_sort(&mut self, reverse: bool) {
            check_ordered::<T>(self.len(), "<");
            sort(self, reverse)
        }
        fn py_iadd(mut self, ys: &[T]) -> Self {
            self.extend_from_slice(ys);
            self
        }
        #[track_caller]
        fn py_imul(self, n: i64) -> Self {
            list_mul(&self, n)
        }
    }
