    // ---- prelude_map.rs: dict (insertion-ordered) and set (CPython's order) ---------
    // Items pasted inside `mod py` after prelude.rs.  A Dict's or Set's key
    // type is one Rust type: the compiler rejects (or boxes into the dynamic
    // object type) dicts and sets whose keys mix int, float and bool, since
    // Python merges 1, 1.0 and True into one key and keeps the first's type.

    use std::collections::HashMap;

    /// `dict[K, V]`: entries in insertion order (deleted ones leave a hole
    /// until the next compaction) and a hash index of the live ones.
    #[derive(Clone)]
    pub struct Dict<K, V> {
        entries: Vec<Option<(K, V)>>,
        index: HashMap<K, usize>,
    }

    impl<K: std::hash::Hash + Eq + Clone, V> Default for Dict<K, V> {
        fn default() -> Self {
            Dict::new()
        }
    }

    #[track_caller]
    fn key_error<K: Show + ?Sized>(k: &K) -> ! {
        let mut r = String::new();
        k.show_repr(&mut r);
        raise("KeyError", &r)
    }

    impl<K: std::hash::Hash + Eq + Clone, V> Dict<K, V> {
        pub fn new() -> Self {
            Dict { entries: Vec::new(), index: HashMap::new() }
        }
        /// `{k1: v1, ...}` / `dict(pairs)`: later duplicates overwrite in place.
        pub fn from_pairs<I: IntoIterator<Item = (K, V)>>(pairs: I) -> Self {
            let mut d = Dict::new();
            for (k, v) in pairs {
                d.set(k, v);
            }
            d
        }
        /// `len(d)`.
        pub fn len(&self) -> i64 {
            self.index.len() as i64
        }
        pub fn is_empty(&self) -> bool {
            self.index.is_empty()
        }
        /// `k in d`.
        pub fn contains(&self, k: &K) -> bool {
            self.index.contains_key(k)
        }
        /// `d.get(k)`.
        pub fn get(&self, k: &K) -> Option<&V> {
            match self.index.get(k) {
                Some(&i) => self.entries[i].as_ref().map(|e| &e.1),
                None => None,
            }
        }
        pub fn get_mut(&mut self, k: &K) -> Option<&mut V> {
            match self.index.get(k) {
                Some(&i) => self.entries[i].as_mut().map(|e| &mut e.1),
                None => None,
            }
        }
        /// `d.get(k, default)`.
        pub fn get_or(&self, k: &K, default: V) -> V
        where
            V: Clone,
        {
            match self.get(k) {
                Some(v) => v.clone(),
                None => default,
            }
        }
        /// `d[k] = v`: a new key goes last, an existing one keeps its place.
        pub fn set(&mut self, k: K, v: V) {
            match self.index.get(&k) {
                Some(&i) => {
                    if let Some(e) = self.entries[i].as_mut() {
                        e.1 = v;
                    }
                }
                None => {
                    self.index.insert(k.clone(), self.entries.len());
                    self.entries.push(Some((k, v)));
                }
            }
        }
        fn take(&mut self, k: &K) -> Option<V> {
            let i = self.index.remove(k)?;
            let e = self.entries[i].take();
            if self.entries.len() >= 16 && self.index.len() * 2 < self.entries.len() {
                self.compact();
            } else {
                while let Some(None) = self.entries.last() {
                    self.entries.pop();
                }
            }
            e.map(|e| e.1)
        }
        fn compact(&mut self) {
            self.entries.retain(|e| e.is_some());
            for (i, e) in self.entries.iter().enumerate() {
                if let Some((k, _)) = e {
                    if let Some(slot) = self.index.get_mut(k) {
                        *slot = i;
                    }
                }
            }
        }
        /// `d.pop(k, default)`.
        pub fn pop_or(&mut self, k: &K, default: V) -> V {
            match self.take(k) {
                Some(v) => v,
                None => default,
            }
        }
        /// `d.clear()`.
        pub fn clear(&mut self) {
            self.entries.clear();
            self.index.clear();
        }
        /// `d.update(other)`.
        pub fn update(&mut self, other: &Dict<K, V>)
        where
            V: Clone,
        {
            for (k, v) in other.iter() {
                self.set(k.clone(), v.clone());
            }
        }
        /// `d.setdefault(k, default)`: the value now under `k`.
        pub fn setdefault(&mut self, k: K, default: V) -> &mut V {
            if !self.index.contains_key(&k) {
                self.set(k.clone(), default);
            }
            match self.get_mut(&k) {
                Some(v) => v,
                None => unreachable(),
            }
        }
        /// `d.items()` in insertion order (`reversed(d.items())` too).
        pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&K, &V)> + '_ {
            self.entries.iter().filter_map(|e| e.as_ref().map(|(k, v)| (k, v)))
        }
        /// `d.keys()` (and `for k in d`).
        pub fn keys(&self) -> impl DoubleEndedIterator<Item = &K> + '_ {
            self.iter().map(|(k, _)| k)
        }
        /// `d.values()`.
        pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + '_ {
            self.iter().map(|(_, v)| v)
        }
        /// `list(d)`: the keys, for a loop that mutates the dict.
        pub fn key_list(&self) -> Vec<K> {
            self.keys().cloned().collect()
        }
    }

    impl<K: std::hash::Hash + Eq + Clone + Show, V> Dict<K, V> {
        /// `d[k]`: KeyError with the key's repr.
        #[track_caller]
        pub fn item(&self, k: &K) -> &V {
            match self.get(k) {
                Some(v) => v,
                None => key_error(k),
            }
        }
        /// `d[k]` as a place (`d[k] += 1`).
        #[track_caller]
        pub fn item_mut(&mut self, k: &K) -> &mut V {
            if !self.contains(k) {
                key_error(k);
            }
            match self.get_mut(k) {
                Some(v) => v,
                None => unreachable(),
            }
        }
        /// `del d[k]`.
        #[track_caller]
        pub fn del(&mut self, k: &K) {
            if self.take(k).is_none() {
                key_error(k);
            }
        }
        /// `d.pop(k)`.
        #[track_caller]
        pub fn pop(&mut self, k: &K) -> V {
            match self.take(k) {
                Some(v) => v,
                None => key_error(k),
            }
        }
        /// `d.popitem()`: the last item.
        #[track_caller]
        pub fn popitem(&mut self) -> (K, V) {
            let k = match self.keys().last() {
                Some(k) => k.clone(),
                None => raise("KeyError", "'popitem(): dictionary is empty'"),
            };
            let v = self.pop(&k);
            (k, v)
        }
    }

    /// `d1 == d2`: the same keys with equal values, in any order.
    impl<K: std::hash::Hash + Eq + Clone, V: PartialEq> PartialEq for Dict<K, V> {
        fn eq(&self, other: &Self) -> bool {
            self.len() == other.len() && self.iter().all(|(k, v)| other.get(k) == Some(v))
        }
    }

    impl<K: std::hash::Hash + Eq + Clone + Show, V: Show> Show for Dict<K, V> {
        fn show(&self, out: &mut String) {
            out.push('{');
            for (i, (k, v)) in self.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                k.show_repr(out);
                out.push_str(": ");
                v.show_repr(out);
            }
            out.push('}');
        }
    }

    // ---- set --------------------------------------------------------------------------

    /// Python's hash() where it is deterministic (ints, bools, tuples of
    /// them), so that a Set iterates and prints in CPython's order.  str
    /// hashes are randomised per run in CPython (PYTHONHASHSEED), so no
    /// program's output can depend on a set of strs' order; Str gets a fixed
    /// FNV-1a hash here.
    pub trait PyHash {
        fn py_hash(&self) -> i64;
    }

    const HASH_MODULUS: u64 = (1u64 << 61) - 1;

    impl PyHash for i64 {
        fn py_hash(&self) -> i64 {
            let m = (self.unsigned_abs() % HASH_MODULUS) as i64;
            let h = if *self < 0 { -m } else { m };
            if h == -1 {
                -2
            } else {
                h
            }
        }
    }
    impl PyHash for bool {
        fn py_hash(&self) -> i64 {
            *self as i64
        }
    }
    impl PyHash for Str {
        fn py_hash(&self) -> i64 {
            let mut h: u64 = 0xcbf29ce484222325;
            for b in self.as_str().bytes() {
                h ^= b as u64;
                h = h.wrapping_mul(0x100000001b3);
            }
            let h = (h >> 1) as i64;
            if h == -1 {
                -2
            } else {
                h
            }
        }
    }
    // CPython 3.11's tuplehash (xxHash lanes).
    fn tuple_hash(lanes: &[i64]) -> i64 {
        const P1: u64 = 11400714785074694791;
        const P2: u64 = 14029467366897019727;
        const P5: u64 = 2870177450012600261;
        let mut acc = P5;
        for &lane in lanes {
            acc = acc.wrapping_add((lane as u64).wrapping_mul(P2));
            acc = acc.rotate_left(31);
            acc = acc.wrapping_mul(P1);
        }
        acc = acc.wrapping_add(lanes.len() as u64 ^ (P5 ^ 3527539));
        if acc == u64::MAX {
            1546275796
        } else {
            acc as i64
        }
    }
    impl<A: PyHash, B: PyHash> PyHash for (A, B) {
        fn py_hash(&self) -> i64 {
            tuple_hash(&[self.0.py_hash(), self.1.py_hash()])
        }
    }
    impl<A: PyHash, B: PyHash, C: PyHash> PyHash for (A, B, C) {
        fn py_hash(&self) -> i64 {
            tuple_hash(&[self.0.py_hash(), self.1.py_hash(), self.2.py_hash()])
        }
    }

    #[derive(Clone)]
    enum Slot<T> {
        Empty,
        Dummy,
        Full(i64, T),
    }

    /// `set[T]`: CPython 3.11's open-addressing table (setobject.c: linear
    /// probes of 9, perturbed probing, resize at 3/5 fill, dummies on
    /// delete, reused by later adds), so iteration, print and pop() follow CPython's order exactly
    /// for ints, bools and tuples of them.
    #[derive(Clone)]
    pub struct Set<T> {
        table: Vec<Slot<T>>,
        fill: usize,
        used: usize,
        finger: usize,
    }

    const LINEAR_PROBES: usize = 9;
    const PERTURB_SHIFT: u32 = 5;
    const SET_MINSIZE: usize = 8;

    impl<T: PyHash + PartialEq + Clone> Default for Set<T> {
        fn default() -> Self {
            Set::new()
        }
    }

    impl<T: PyHash + PartialEq + Clone> Set<T> {
        pub fn new() -> Self {
            Set { table: (0..SET_MINSIZE).map(|_| Slot::Empty).collect(), fill: 0, used: 0, finger: 0 }
        }
        /// `{a, b, ...}` / `set(iterable)`: added in order.
        pub fn from_items<I: IntoIterator<Item = T>>(items: I) -> Self {
            let mut s = Set::new();
            for x in items {
                s.add(x);
            }
            s
        }
        /// A set display of more than two constants (`{3, -1, 8}`): CPython
        /// compiles it to a frozenset constant, which its compiler builds
        /// twice (folded, then rebuilt in that set's order when constants
        /// are merged), and an empty set updated with that frozenset.
        pub fn from_constants<I: IntoIterator<Item = T>>(items: I) -> Self {
            let folded = Set::from_items(items);
            let constant = Set::from_items(folded.iter().cloned());
            let mut s = Set::new();
            s.merge(&constant);
            s
        }
        pub fn len(&self) -> i64 {
            self.used as i64
        }
        pub fn is_empty(&self) -> bool {
            self.used == 0
        }
        fn mask(&self) -> usize {
            self.table.len() - 1
        }
        // set_lookkey: the slot holding `x`, if any.
        fn lookup(&self, x: &T, hash: i64) -> Option<usize> {
            let mask = self.mask();
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            loop {
                let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
                for j in i..=i + probes {
                    match &self.table[j] {
                        Slot::Empty => return None,
                        Slot::Full(h, v) if *h == hash && v == x => return Some(j),
                        _ => {}
                    }
                }
                perturb >>= PERTURB_SHIFT;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            }
        }
        /// `x in s`.
        pub fn contains(&self, x: &T) -> bool {
            self.lookup(x, x.py_hash()).is_some()
        }
        /// `s.add(x)` (set_add_entry).
        pub fn add(&mut self, x: T) {
            let hash = x.py_hash();
            self.add_hashed(x, hash);
        }
        // set_add_entry: a new key takes the last dummy on its probe
        // sequence before the first never-used slot, else that slot.
        fn add_hashed(&mut self, x: T, hash: i64) {
            let mask = self.mask();
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            let mut freeslot: Option<usize> = None;
            let target;
            'probe: loop {
                let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
                for j in i..=i + probes {
                    match &self.table[j] {
                        Slot::Empty => {
                            target = j;
                            break 'probe;
                        }
                        Slot::Full(h, v) if *h == hash && *v == x => return,
                        Slot::Dummy => freeslot = Some(j),
                        _ => {}
                    }
                }
                perturb >>= PERTURB_SHIFT;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            }
            if let Some(f) = freeslot {
                self.table[f] = Slot::Full(hash, x);
                self.used += 1;
                return;
            }
            self.table[target] = Slot::Full(hash, x);
            self.fill += 1;
            self.used += 1;
            if self.fill * 5 >= mask * 3 {
                let used = self.used;
                self.resize(if used > 50000 { used * 2 } else { used * 4 });
            }
        }
        // set_table_resize: the live entries re-inserted in table order.
        fn resize(&mut self, minused: usize) {
            let mut newsize = SET_MINSIZE;
            while newsize <= minused {
                newsize <<= 1;
            }
            // A small table without dummies stays as it is.
            if newsize == SET_MINSIZE && self.table.len() == SET_MINSIZE && self.fill == self.used {
                return;
            }
            let old = std::mem::replace(&mut self.table, (0..newsize).map(|_| Slot::Empty).collect());
            self.fill = self.used;
            for slot in old {
                if let Slot::Full(h, v) = slot {
                    self.insert_clean(v, h);
                }
            }
        }
        fn insert_clean(&mut self, x: T, hash: i64) {
            let mask = self.mask();
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            loop {
                let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
                for j in i..=i + probes {
                    if let Slot::Empty = self.table[j] {
                        self.table[j] = Slot::Full(hash, x);
                        return;
                    }
                }
                perturb >>= PERTURB_SHIFT;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            }
        }
        /// `s.discard(x)`: whether it was there.
        pub fn discard(&mut self, x: &T) -> bool {
            match self.lookup(x, x.py_hash()) {
                Some(j) => {
                    self.table[j] = Slot::Dummy;
                    self.used -= 1;
                    true
                }
                None => false,
            }
        }
        /// `s.clear()`: pop()'s search finger survives, as in CPython.
        pub fn clear(&mut self) {
            let finger = self.finger;
            *self = Set::new();
            self.finger = finger;
        }
        /// Iteration in table order, as CPython.
        pub fn iter(&self) -> impl Iterator<Item = &T> + '_ {
            self.table.iter().filter_map(|s| match s {
                Slot::Full(_, v) => Some(v),
                _ => None,
            })
        }
        fn iter_hashed(&self) -> impl Iterator<Item = (&T, i64)> + '_ {
            self.table.iter().filter_map(|s| match s {
                Slot::Full(h, v) => Some((v, *h)),
                _ => None,
            })
        }
        // set_merge: `self |= other`.
        fn merge(&mut self, other: &Set<T>) {
            if other.used == 0 {
                return;
            }
            if (self.fill + other.used) * 5 >= self.mask() * 3 {
                let n = (self.used + other.used) * 2;
                self.resize(n);
            }
            if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
                self.table = other.table.clone();
                self.fill = other.fill;
                self.used = other.used;
                return;
            }
            if self.fill == 0 {
                self.fill = other.used;
                self.used = other.used;
                for (v, h) in other.iter_hashed() {
                    self.insert_clean(v.clone(), h);
                }
                return;
            }
            for (v, h) in other.iter_hashed() {
                self.add_hashed(v.clone(), h);
            }
        }
        /// `s.copy()` / `set(s)`: CPython copies through set_merge, which
        /// may re-lay the table.
        pub fn copy(&self) -> Set<T> {
            let mut s = Set::new();
            s.merge(self);
            s
        }
        /// `s.update(other)` / `s |= other`.
        pub fn update(&mut self, other: &Set<T>) {
            self.merge(other)
        }
        /// `s | other`: `s | s` is a copy.
        pub fn union(&self, other: &Set<T>) -> Set<T> {
            let mut s = self.copy();
            if !std::ptr::eq(self, other) {
                s.merge(other);
            }
            s
        }
        /// `s & other`: iterates the smaller, as CPython; `s & s` is a copy.
        pub fn intersection(&self, other: &Set<T>) -> Set<T> {
            if std::ptr::eq(self, other) {
                return self.copy();
            }
            let (big, small) = if other.used > self.used { (other, self) } else { (self, other) };
            let mut r = Set::new();
            for (v, h) in small.iter_hashed() {
                if big.lookup(v, h).is_some() {
                    r.add_hashed(v.clone(), h);
                }
            }
            r
        }
        /// `s &= s`: s becomes its copy (CPython swaps in set_copy's table).
        pub fn iand_self(&mut self) {
            let finger = self.finger;
            *self = self.copy();
            self.finger = finger;
        }
        /// `s -= s` and `s ^= s`: CPython clears s.
        pub fn isub_self(&mut self) {
            self.clear()
        }
        /// `s -= other` (set_difference_update_internal).
        pub fn difference_update(&mut self, other: &Set<T>) {
            let small;
            let other = if (other.used >> 3) > self.used {
                small = self.intersection(other);
                &small
            } else {
                other
            };
            for (v, h) in other.iter_hashed() {
                if let Some(j) = self.lookup(v, h) {
                    self.table[j] = Slot::Dummy;
                    self.used -= 1;
                }
            }
            // More than a quarter dummies: resize them away.
            if self.fill - self.used > self.mask() / 4 {
                let used = self.used;
                self.resize(if used > 50000 { used * 2 } else { used * 4 });
            }
        }
        /// `s &= other`: the intersection's table replaces s's.
        pub fn intersection_update(&mut self, other: &Set<T>) {
            let finger = self.finger;
            *self = self.intersection(other);
            self.finger = finger;
        }
        /// `s - other`.
        pub fn difference(&self, other: &Set<T>) -> Set<T> {
            if (self.used >> 2) > other.used {
                let mut r = self.copy();
                r.difference_update(other);
                return r;
            }
            let mut r = Set::new();
            for (v, h) in self.iter_hashed() {
                if other.lookup(v, h).is_none() {
                    r.add_hashed(v.clone(), h);
                }
            }
            r
        }
        /// `s ^= other`.
        pub fn symmetric_difference_update(&mut self, other: &Set<T>) {
            for (v, h) in other.iter_hashed() {
                match self.lookup(v, h) {
                    Some(j) => {
                        self.table[j] = Slot::Dummy;
                        self.used -= 1;
                    }
                    None => self.add_hashed(v.clone(), h),
                }
            }
        }
        /// `s ^ other`: a copy of `other` updated with `s`, as CPython.
        pub fn symmetric_difference(&self, other: &Set<T>) -> Set<T> {
            let mut r = other.copy();
            r.symmetric_difference_update(self);
            r
        }
        /// `s <= other`.
        pub fn issubset(&self, other: &Set<T>) -> bool {
            self.used <= other.used && self.iter_hashed().all(|(v, h)| other.lookup(v, h).is_some())
        }
        /// `s >= other`.
        pub fn issuperset(&self, other: &Set<T>) -> bool {
            other.issubset(self)
        }
        pub fn isdisjoint(&self, other: &Set<T>) -> bool {
            self.iter_hashed().all(|(v, h)| other.lookup(v, h).is_none())
        }
    }

    impl<T: PyHash + PartialEq + Clone + Show> Set<T> {
        /// `s.remove(x)`: KeyError with the repr of x.
        #[track_caller]
        pub fn remove(&mut self, x: &T) {
            if !self.discard(x) {
                key_error(x);
            }
        }
        /// `s.pop()`: from CPython's search finger.
        #[track_caller]
        pub fn pop(&mut self) -> T {
            if self.used == 0 {
                raise("KeyError", "'pop from an empty set'");
            }
            let mask = self.mask();
            let mut j = self.finger & mask;
            while !matches!(self.table[j], Slot::Full(..)) {
                j += 1;
                if j > mask {
                    j = 0;
                }
            }
            let slot = std::mem::replace(&mut self.table[j], Slot::Dummy);
            self.used -= 1;
            self.finger = j + 1;
            match slot {
                Slot::Full(_, v) => v,
                _ => unreachable(),
            }
        }
    }

    /// `s1 == s2`.
    impl<T: PyHash + PartialEq + Clone> PartialEq for Set<T> {
        fn eq(&self, other: &Self) -> bool {
            self.used == other.used && self.issubset(other)
        }
    }

    /// `iter(s)` of a shared set: reads the table live, in its order, so the
    /// loop body may change the set; CPython's RuntimeError when its size
    /// changed since the loop started (then the iterator is exhausted).  The
    /// typed sets (prelude_set.rs) and the object runtime both iterate so.
    pub struct SetIter<T> {
        set: Rc<RefCell<Set<T>>>,
        pos: usize,
        size: i64,
    }

    impl<T: Clone> Iterator for SetIter<T> {
        type Item = T;
        #[track_caller]
        fn next(&mut self) -> Option<T> {
            let s = self.set.borrow();
            if s.used as i64 != self.size {
                self.size = -1;
                self.pos = usize::MAX;
                raise("RuntimeError", "Set changed size during iteration");
            }
            while self.pos < s.table.len() {
                self.pos += 1;
                if let Slot::Full(_, v) = &s.table[self.pos - 1] {
                    return Some(v.clone());
                }
            }
            None
        }
    }

    pub fn set_iter<T>(s: &Rc<RefCell<Set<T>>>) -> SetIter<T> {
        let size = s.borrow().used as i64;
        SetIter { set: s.clone(), pos: 0, size }
    }

    impl<T: PyHash + PartialEq + Clone + Show> Show for Set<T> {
        fn show(&self, out: &mut String) {
            if self.used == 0 {
                out.push_str("set()");
                return;
            }
            out.push('{');
            for (i, v) in self.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                v.show_repr(out);
            }
            out.push('}');
        }
    }
