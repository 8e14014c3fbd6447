    // ---- prelude_seq.rs: lists, tuples, slicing, sort/min/max/sum ---------------------
    // Items pasted inside `mod py` after prelude.rs.  Functions take `&[T]` or
    // `&mut Vec<T>` so they serve an owned Vec as well as a shared
    // `Rc<RefCell<Vec<T>>>` (`&mut *v.borrow_mut()`).  Indices are i64 as in
    // Python; every error is CPython's type and message.

    /// PySlice_AdjustIndices: (start, stop, step, length) of `[start:stop:step]`
    /// over `n` items, clamped as Python clamps; ValueError for a zero step.
    #[track_caller]
    pub fn slice_indices(n: i64, start: Option<i64>, stop: Option<i64>, step: Option<i64>) -> (i64, i64, i64, usize) {
        let step = step.unwrap_or(1);
        if step == 0 {
            raise("ValueError", "slice step cannot be zero");
        }
        let adjust = |v: Option<i64>, dflt: i64| -> i64 {
            match v {
                None => dflt,
                Some(v) if v < 0 => {
                    let v = v.saturating_add(n);
                    if v < 0 {
                        if step < 0 {
                            -1
                        } else {
                            0
                        }
                    } else {
                        v
                    }
                }
                Some(v) if v >= n => {
                    if step < 0 {
                        n - 1
                    } else {
                        n
                    }
                }
                Some(v) => v,
            }
        };
        let (lo, hi) = if step > 0 { (adjust(start, 0), adjust(stop, n)) } else { (adjust(start, n - 1), adjust(stop, -1)) };
        let (l, h, s) = (lo as i128, hi as i128, step as i128);
        let count = if s > 0 {
            if l < h {
                (h - l - 1) / s + 1
            } else {
                0
            }
        } else if h < l {
            (l - h - 1) / (-s) + 1
        } else {
            0
        };
        (lo, hi, step, count as usize)
    }

    /// The position of `xs[i]` in a sequence of `n` items; IndexError
    /// "`what` index out of range" (what: "list", "tuple", "list assignment").
    #[track_caller]
    #[inline]
    pub fn seq_index(n: usize, i: i64, what: &str) -> usize {
        let k = if i < 0 { i + n as i64 } else { i };
        if k < 0 || k >= n as i64 {
            raise("IndexError", &format!("{} index out of range", what));
        }
        k as usize
    }

    /// `xs[i]` of a list.
    #[track_caller]
    #[inline]
    pub fn get<T>(xs: &[T], i: i64) -> &T {
        &xs[seq_index(xs.len(), i, "list")]
    }

    /// `xs[i]` of a tuple held as a slice (homogeneous tuple[T, ...]).
    #[track_caller]
    #[inline]
    pub fn tuple_get<T>(xs: &[T], i: i64) -> &T {
        &xs[seq_index(xs.len(), i, "tuple")]
    }

    /// `xs[i] = v`.
    #[track_caller]
    #[inline]
    pub fn set<T>(xs: &mut [T], i: i64, v: T) {
        let k = seq_index(xs.len(), i, "list assignment");
        xs[k] = v;
    }

    /// `xs[start:stop:step]`.
    #[track_caller]
    pub fn slice<T: Clone>(xs: &[T], start: Option<i64>, stop: Option<i64>, step: Option<i64>) -> Vec<T> {
        let (lo, _, st, n) = slice_indices(xs.len() as i64, start, stop, step);
        if st == 1 {
            return xs[lo as usize..lo as usize + n].to_vec();
        }
        (0..n as i64).map(|k| xs[(lo + k * st) as usize].clone()).collect()
    }

    /// `xs[start:stop:step] = ys`: any length for a simple slice, the same
    /// length for an extended one.
    #[track_caller]
    pub fn slice_assign<T: Clone>(xs: &mut Vec<T>, start: Option<i64>, stop: Option<i64>, step: Option<i64>, ys: &[T]) {
        let (lo, hi, st, n) = slice_indices(xs.len() as i64, start, stop, step);
        if st == 1 {
            let lo = lo as usize;
            let hi = (hi as usize).max(lo);
            xs.splice(lo..hi, ys.iter().cloned());
            return;
        }
        if ys.len() != n {
            raise(
                "ValueError",
                &format!("attempt to assign sequence of size {} to extended slice of size {}", ys.len(), n),
            );
        }
        for (k, y) in ys.iter().enumerate() {
            xs[(lo + k as i64 * st) as usize] = y.clone();
        }
    }

    /// `del xs[i]`.
    #[track_caller]
    pub fn del_item<T>(xs: &mut Vec<T>, i: i64) {
        let k = seq_index(xs.len(), i, "list assignment");
        xs.remove(k);
    }

    /// `del xs[start:stop:step]`.
    #[track_caller]
    pub fn del_slice<T>(xs: &mut Vec<T>, start: Option<i64>, stop: Option<i64>, step: Option<i64>) {
        let (lo, hi, st, n) = slice_indices(xs.len() as i64, start, stop, step);
        if st == 1 {
            let lo = lo as usize;
            xs.drain(lo..(hi as usize).max(lo));
            return;
        }
        if n == 0 {
            return;
        }
        // Mark the doomed positions, then keep the rest in order.
        let mut doomed = vec![false; xs.len()];
        for k in 0..n as i64 {
            doomed[(lo + k * st) as usize] = true;
        }
        let mut k = 0;
        xs.retain(|_| {
            k += 1;
            !doomed[k - 1]
        });
    }

    /// `xs.insert(i, v)`: the index clamps.
    pub fn insert<T>(xs: &mut Vec<T>, i: i64, v: T) {
        let n = xs.len() as i64;
        let k = if i < 0 { (i + n).max(0) } else { i.min(n) };
        xs.insert(k as usize, v);
    }

    /// `xs.pop()`.
    #[track_caller]
    pub fn pop<T>(xs: &mut Vec<T>) -> T {
        match xs.pop() {
            Some(v) => v,
            None => raise("IndexError", "pop from empty list"),
        }
    }

    /// `xs.pop(i)`.
    #[track_caller]
    pub fn pop_at<T>(xs: &mut Vec<T>, i: i64) -> T {
        if xs.is_empty() {
            raise("IndexError", "pop from empty list");
        }
        let k = seq_index(xs.len(), i, "pop");
        xs.remove(k)
    }

    /// `xs.remove(v)`: the first equal item.
    #[track_caller]
    pub fn remove<T: PartialEq>(xs: &mut Vec<T>, v: &T) {
        match xs.iter().position(|x| x == v) {
            Some(k) => {
                xs.remove(k);
            }
            None => raise("ValueError", "list.remove(x): x not in list"),
        }
    }

    /// `xs.index(v, start, stop)`.
    #[track_caller]
    pub fn list_index<T: PartialEq + Show>(xs: &[T], v: &T, start: Option<i64>, stop: Option<i64>) -> i64 {
        let n = xs.len() as i64;
        let clamp = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
        let lo = clamp(start.unwrap_or(0));
        let hi = clamp(stop.unwrap_or(n));
        let mut k = lo;
        while k < hi {
            if xs[k as usize] == *v {
                return k;
            }
            k += 1;
        }
        let mut r = String::new();
        v.show_repr(&mut r);
        raise("ValueError", &format!("{} is not in list", r))
    }

    /// `xs.count(v)`.
    pub fn list_count<T: PartialEq>(xs: &[T], v: &T) -> i64 {
        xs.iter().filter(|x| *x == v).count() as i64
    }

    /// A repeat count as CPython reads it (a Py_ssize_t, negative as 0):
    /// OverflowError past the target's index range (only where isize is
    /// narrower than i64).
    #[track_caller]
    pub fn repeat_times(n: i64) -> usize {
        match isize::try_from(n) {
            Ok(k) => k.max(0) as usize,
            Err(_) => raise("OverflowError", "cannot fit 'int' into an index-sized integer"),
        }
    }

    /// `n` copies of `items` one after another, copied by doubling;
    /// MemoryError when that many items cannot be allocated.
    #[track_caller]
    pub fn repeat_slice<T: Clone>(items: &[T], n: usize) -> Vec<T> {
        let total = match items.len().checked_mul(n) {
            Some(0) => return Vec::new(),
            Some(total) => total,
            None => raise("MemoryError", ""),
        };
        let mut out = Vec::new();
        if out.try_reserve_exact(total).is_err() {
            raise("MemoryError", "");
        }
        out.extend_from_slice(items);
        while out.len() < total {
            let more = out.len().min(total - out.len());
            out.extend_from_within(..more);
        }
        out
    }

    /// `xs * n` (and `n * xs`): empty at once for an empty xs, whatever n;
    /// MemoryError as CPython's list_repeat, when the result would hold more
    /// item pointers than an isize can count, or cannot be allocated.
    #[track_caller]
    pub fn list_mul<T: Clone>(xs: &[T], n: i64) -> Vec<T> {
        let n = repeat_times(n);
        match xs.len().checked_mul(n) {
            Some(total) if total <= isize::MAX as usize / std::mem::size_of::<usize>() => repeat_slice(xs, n),
            _ => raise("MemoryError", ""),
        }
    }

    /// `xs + ys`.
    pub fn list_concat<T: Clone>(xs: &[T], ys: &[T]) -> Vec<T> {
        let mut out = Vec::with_capacity(xs.len() + ys.len());
        out.extend_from_slice(xs);
        out.extend_from_slice(ys);
        out
    }

    // Python's `a < b` on items: false when unordered (nan).
    fn py_lt<K: PartialOrd>(a: &K, b: &K) -> bool {
        a < b
    }

    /// `xs.sort(key=key, reverse=reverse)`: stable, keys computed once each
    /// in order; under `reverse` equal items keep their order, as CPython.
    /// Unordered keys (nan) compare as equal.
    pub fn sort_by_key<T, K: PartialOrd, F: FnMut(&T) -> K>(xs: &mut Vec<T>, mut key: F, reverse: bool) {
        let keys: Vec<K> = xs.iter().map(&mut key).collect();
        let mut order: Vec<usize> = (0..xs.len()).collect();
        if reverse {
            order.sort_by(|&a, &b| if py_lt(&keys[b], &keys[a]) { Ordering::Less } else if py_lt(&keys[a], &keys[b]) { Ordering::Greater } else { Ordering::Equal });
        } else {
            order.sort_by(|&a, &b| if py_lt(&keys[a], &keys[b]) { Ordering::Less } else if py_lt(&keys[b], &keys[a]) { Ordering::Greater } else { Ordering::Equal });
        }
        let mut slots: Vec<Option<T>> = xs.drain(..).map(Some).collect();
        for k in order {
            if let Some(v) = slots[k].take() {
                xs.push(v);
            }
        }
    }

    /// `xs.sort(reverse=reverse)`.
    pub fn sort<T: PartialOrd>(xs: &mut [T], reverse: bool) {
        if reverse {
            xs.sort_by(|a, b| if py_lt(b, a) { Ordering::Less } else if py_lt(a, b) { Ordering::Greater } else { Ordering::Equal });
        } else {
            xs.sort_by(|a, b| if py_lt(a, b) { Ordering::Less } else if py_lt(b, a) { Ordering::Greater } else { Ordering::Equal });
        }
    }

    /// `sorted(xs, reverse=reverse)`.
    pub fn sorted<T: PartialOrd + Clone>(xs: &[T], reverse: bool) -> Vec<T> {
        let mut v = xs.to_vec();
        sort(&mut v, reverse);
        v
    }

    /// `sorted(xs, key=key, reverse=reverse)`.
    pub fn sorted_by_key<T: Clone, K: PartialOrd, F: FnMut(&T) -> K>(xs: &[T], key: F, reverse: bool) -> Vec<T> {
        let mut v = xs.to_vec();
        sort_by_key(&mut v, key, reverse);
        v
    }

    /// `max(xs)`: the first of equal maxima.
    #[track_caller]
    pub fn max<T: PartialOrd + Clone>(xs: &[T]) -> T {
        max_by_key(xs, |x| x.clone())
    }

    /// `min(xs)`: the first of equal minima.
    #[track_caller]
    pub fn min<T: PartialOrd + Clone>(xs: &[T]) -> T {
        min_by_key(xs, |x| x.clone())
    }

    /// `max(xs, key=key)`: the first of equals (Rust's max_by_key gives the last).
    #[track_caller]
    pub fn max_by_key<T: Clone, K: PartialOrd, F: FnMut(&T) -> K>(xs: &[T], mut key: F) -> T {
        let mut it = xs.iter();
        let mut best = match it.next() {
            Some(x) => x,
            None => raise("ValueError", "max() arg is an empty sequence"),
        };
        let mut bk = key(best);
        for x in it {
            let k = key(x);
            if k > bk {
                best = x;
                bk = k;
            }
        }
        best.clone()
    }

    /// `min(xs, key=key)`: the first of equals.
    #[track_caller]
    pub fn min_by_key<T: Clone, K: PartialOrd, F: FnMut(&T) -> K>(xs: &[T], mut key: F) -> T {
        let mut it = xs.iter();
        let mut best = match it.next() {
            Some(x) => x,
            None => raise("ValueError", "min() arg is an empty sequence"),
        };
        let mut bk = key(best);
        for x in it {
            let k = key(x);
            if k < bk {
                best = x;
                bk = k;
            }
        }
        best.clone()
    }

    /// `sum(xs)` of ints: OverflowError when the total leaves i64 (partial
    /// sums may, as Python's bignums do).
    #[track_caller]
    pub fn sum_int(xs: &[i64]) -> i64 {
        // i128 holds any 2**64 partial sums: only the total must fit.
        let mut acc: i128 = 0;
        for (k, &x) in xs.iter().enumerate() {
            acc += x as i128;
            if k & 0xffff_ffff == 0xffff_ffff && (acc > i64::MAX as i128 * 2 || acc < i64::MIN as i128 * 2) {
                overflow();
            }
        }
        if acc > i64::MAX as i128 || acc < i64::MIN as i128 {
            overflow();
        }
        acc as i64
    }

    /// `sum(xs)` of floats: plain left-to-right from 0, as 3.11 (3.12 compensates).
    pub fn sum_float(xs: &[f64]) -> f64 {
        let mut acc = 0.0;
        for &x in xs {
            acc += x;
        }
        acc
    }

    /// `a < b` (and with `le`, `a <= b`) on lists or tuples, as Python: the
    /// first pair that is not `==` decides, else the lengths.
    pub fn seq_lt<T: PartialOrd>(a: &[T], b: &[T], or_equal: bool) -> bool {
        for (x, y) in a.iter().zip(b.iter()) {
            if x != y {
                return x < y;
            }
        }
        if or_equal {
            a.len() <= b.len()
        } else {
            a.len() < b.len()
        }
    }

    fn show_items<'a, T: Show + 'a, I: Iterator<Item = &'a T>>(items: I, out: &mut String) {
        for (k, x) in items.enumerate() {
            if k > 0 {
                out.push_str(", ");
            }
            x.show_repr(out);
        }
    }

    impl<T: Show> Show for [T] {
        fn show(&self, out: &mut String) {
            out.push('[');
            show_items(self.iter(), out);
            out.push(']');
        }
    }
    impl<T: Show> Show for Vec<T> {
        fn show(&self, out: &mut String) {
            self.as_slice().show(out)
        }
    }
    /// A shared list prints as its contents.
    impl<T: Show + ?Sized> Show for Rc<RefCell<T>> {
        fn show(&self, out: &mut String) {
            self.borrow().show(out)
        }
        fn show_repr(&self, out: &mut String) {
            self.borrow().show_repr(out)
        }
    }
    /// `Optional[T]`: None or the value.
    impl<T: Show> Show for Option<T> {
        fn show(&self, out: &mut String) {
            match self {
                Some(v) => v.show(out),
                None => out.push_str("None"),
            }
        }
        fn show_repr(&self, out: &mut String) {
            match self {
                Some(v) => v.show_repr(out),
                None => out.push_str("None"),
            }
        }
    }

    /// A homogeneous variable-length tuple `tuple[T, ...]` printed as a tuple.
    #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub struct TupleN<T>(pub Vec<T>);
    impl<T: Show> Show for TupleN<T> {
        fn show(&self, out: &mut String) {
            out.push('(');
            show_items(self.0.iter(), out);
            if self.0.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
    }
