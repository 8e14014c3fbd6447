    // ---- prelude_obj.rs: the dynamic `object` value (see OBJECT.md) -------------------
    // Items pasted inside `mod py` after prelude.rs and the typed runtime.  A value
    // the compiler could not give one static type is an Obj: a tagged value whose
    // containers are shared (Rc), so Python's reference semantics hold.

    /// A callable value: a user function, a builtin used as a value, or a
    /// bound method.  `arity` is the number of positional parameters (None
    /// when it takes a varying number), for CPython's TypeError on a bad call.
    pub struct FuncObj {
        pub name: &'static str,
        pub arity: Option<usize>,
        pub call: Rc<dyn Fn(&[Obj]) -> Obj>,
    }

    /// The builtin types among the builtins a program can use as values
    /// (`key=str.lower`, `map(int, xs)`): they print as `<class 'int'>`.
    pub const BUILTIN_TYPES: &[&str] = &["bool", "int", "float", "str", "list", "tuple", "dict", "set", "range"];

    /// Python's dynamically typed value.
    #[derive(Clone)]
    pub enum Obj {
        None,
        Bool(bool),
        Int(i64),
        Float(f64),
        Str(Str),
        List(Rc<RefCell<Vec<Obj>>>),
        Tuple(Rc<Vec<Obj>>),
        Dict(Rc<RefCell<Dict<Obj, Obj>>>),
        Set(Rc<RefCell<Set<Obj>>>),
        Range(i64, i64, i64),
        Slice(Box<(Obj, Obj, Obj)>),
        Func(Rc<FuncObj>),
        Iter(Rc<RefCell<Box<dyn Iterator<Item = Obj>>>>),
        /// `d.keys()`, `d.values()`, `d.items()`: live views of the dict.
        View(Rc<RefCell<Dict<Obj, Obj>>>, DictView),
    }

    /// Which view of a dict an `Obj::View` is.
    #[derive(Clone, Copy, PartialEq)]
    pub enum DictView {
        Keys,
        Values,
        Items,
    }

    impl DictView {
        fn name(self) -> &'static str {
            match self {
                DictView::Keys => "dict_keys",
                DictView::Values => "dict_values",
                DictView::Items => "dict_items",
            }
        }
        /// The view's item for one entry.
        fn item(self, k: &Obj, v: &Obj) -> Obj {
            match self {
                DictView::Keys => k.clone(),
                DictView::Values => v.clone(),
                DictView::Items => Obj::tuple(vec![k.clone(), v.clone()]),
            }
        }
    }

    impl From<i64> for Obj {
        fn from(v: i64) -> Obj {
            Obj::Int(v)
        }
    }
    impl From<f64> for Obj {
        fn from(v: f64) -> Obj {
            Obj::Float(v)
        }
    }
    impl From<bool> for Obj {
        fn from(v: bool) -> Obj {
            Obj::Bool(v)
        }
    }
    impl From<Str> for Obj {
        fn from(v: Str) -> Obj {
            Obj::Str(v)
        }
    }
    impl From<()> for Obj {
        fn from(_: ()) -> Obj {
            Obj::None
        }
    }
    impl From<Tuple0> for Obj {
        fn from(_: Tuple0) -> Obj {
            Obj::Tuple(Rc::new(Vec::new()))
        }
    }
    impl From<Range> for Obj {
        fn from(r: Range) -> Obj {
            Obj::Range(r.next, r.stop, r.step)
        }
    }
    macro_rules! obj_from_tuple {
        ($($t:ident $i:tt),+) => {
            impl<$($t: Into<Obj>),+> From<($($t,)+)> for Obj {
                fn from(t: ($($t,)+)) -> Obj {
                    Obj::Tuple(Rc::new(vec![$(t.$i.into()),+]))
                }
            }
        };
    }
    obj_from_tuple!(A 0);
    obj_from_tuple!(A 0, B 1);
    obj_from_tuple!(A 0, B 1, C 2);
    obj_from_tuple!(A 0, B 1, C 2, D 3);
    obj_from_tuple!(A 0, B 1, C 2, D 3, E 4);
    obj_from_tuple!(A 0, B 1, C 2, D 3, E 4, F 5);
    obj_from_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6);
    obj_from_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);
    obj_from_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8);
    obj_from_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9);
    obj_from_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10);
    obj_from_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11);

    impl Obj {
        /// `[a, b, ...]`.
        pub fn list(items: Vec<Obj>) -> Obj {
            Obj::List(Rc::new(RefCell::new(items)))
        }
        /// `(a, b, ...)`.
        pub fn tuple(items: Vec<Obj>) -> Obj {
            Obj::Tuple(Rc::new(items))
        }
        /// `{k: v, ...}`: a later duplicate key overwrites the value in place.
        pub fn dict(pairs: Vec<(Obj, Obj)>) -> Obj {
            Obj::Dict(Rc::new(RefCell::new(Dict::from_pairs(pairs))))
        }
        /// `{a, b, ...}`.
        pub fn set(items: Vec<Obj>) -> Obj {
            Obj::Set(Rc::new(RefCell::new(Set::from_items(items))))
        }
        /// `{3, -1, 8}`: a display CPython folds into a constant (Set::from_constants).
        pub fn set_constants(items: Vec<Obj>) -> Obj {
            Obj::Set(Rc::new(RefCell::new(Set::from_constants(items))))
        }
        /// `start:stop:step` inside a subscript (None where absent).
        pub fn slice(start: Obj, stop: Obj, step: Obj) -> Obj {
            Obj::Slice(Box::new((start, stop, step)))
        }
        /// A function value of known arity.
        pub fn func(name: &'static str, arity: usize, call: Rc<dyn Fn(&[Obj]) -> Obj>) -> Obj {
            Obj::Func(Rc::new(FuncObj { name, arity: Some(arity), call }))
        }

        /// The Python type's name, for error messages.
        pub fn type_name(&self) -> &'static str {
            match self {
                Obj::None => "NoneType",
                Obj::Bool(_) => "bool",
                Obj::Int(_) => "int",
                Obj::Float(_) => "float",
                Obj::Str(_) => "str",
                Obj::List(_) => "list",
                Obj::Tuple(_) => "tuple",
                Obj::Dict(_) => "dict",
                Obj::Set(_) => "set",
                Obj::Range(..) => "range",
                Obj::Slice(_) => "slice",
                Obj::Func(f) if f.arity.is_none() && BUILTIN_TYPES.contains(&f.name) => "type",
                Obj::Func(f) => {
                    if f.arity.is_none() {
                        "builtin_function_or_method"
                    } else {
                        "function"
                    }
                }
                Obj::Iter(_) => "iterator",
                Obj::View(_, kind) => kind.name(),
            }
        }

        // Unboxing, where the compiler proved the type: a mismatch is a
        // compiler bug reported as SystemError rather than a wrong answer.
        #[track_caller]
        fn unbox_error(&self, want: &str) -> ! {
            raise("SystemError", &format!("portalisc: expected {} here, found {}", want, self.type_name()))
        }
        #[track_caller]
        pub fn to_int(&self) -> i64 {
            match self {
                Obj::Int(v) => *v,
                Obj::Bool(b) => *b as i64,
                _ => self.unbox_error("int"),
            }
        }
        #[track_caller]
        pub fn to_float(&self) -> f64 {
            match self {
                Obj::Float(v) => *v,
                _ => self.unbox_error("float"),
            }
        }
        #[track_caller]
        pub fn to_bool(&self) -> bool {
            match self {
                Obj::Bool(v) => *v,
                _ => self.unbox_error("bool"),
            }
        }
        #[track_caller]
        pub fn to_str(&self) -> Str {
            match self {
                Obj::Str(s) => s.clone(),
                _ => self.unbox_error("str"),
            }
        }
        #[track_caller]
        pub fn to_none(&self) {
            match self {
                Obj::None => (),
                _ => self.unbox_error("None"),
            }
        }
    }

    impl Obj {
        /// `bool(x)`: Python's truth value.
        pub fn truth(&self) -> bool {
            match self {
                Obj::None => false,
                Obj::Bool(b) => *b,
                Obj::Int(v) => *v != 0,
                Obj::Float(x) => *x != 0.0,
                Obj::Str(s) => !s.is_empty(),
                Obj::List(l) => !l.borrow().is_empty(),
                Obj::Tuple(t) => !t.is_empty(),
                Obj::Dict(d) => !d.borrow().is_empty(),
                Obj::Set(s) => !s.borrow().is_empty(),
                Obj::Range(start, stop, step) => range_len(*start, *stop, *step) != 0,
                Obj::Slice(_) | Obj::Func(_) | Obj::Iter(_) => true,
                Obj::View(d, _) => !d.borrow().is_empty(),
            }
        }
    }

    // ---- numbers ----------------------------------------------------------------------

    /// A number of the int/float tower; bool counts as int, as in Python.
    #[derive(Clone, Copy)]
    enum ObjNum {
        I(i64),
        F(f64),
    }

    impl ObjNum {
        fn float(self) -> f64 {
            match self {
                ObjNum::I(v) => v as f64,
                ObjNum::F(x) => x,
            }
        }
    }

    fn obj_num(o: &Obj) -> Option<ObjNum> {
        match o {
            Obj::Bool(b) => Some(ObjNum::I(*b as i64)),
            Obj::Int(v) => Some(ObjNum::I(*v)),
            Obj::Float(x) => Some(ObjNum::F(*x)),
            _ => None,
        }
    }

    /// An int or bool used as an index or count (Python's `__index__`).
    pub fn obj_index(o: &Obj) -> Option<i64> {
        match o {
            Obj::Bool(b) => Some(*b as i64),
            Obj::Int(v) => Some(*v),
            _ => None,
        }
    }

    /// Numbers compared exactly across int and float; None when one is nan.
    fn obj_num_cmp(x: ObjNum, y: ObjNum) -> Option<Ordering> {
        match (x, y) {
            (ObjNum::I(a), ObjNum::I(b)) => Some(a.cmp(&b)),
            (ObjNum::I(a), ObjNum::F(b)) => int_float_cmp(a, b),
            (ObjNum::F(a), ObjNum::I(b)) => int_float_cmp(b, a).map(Ordering::reverse),
            (ObjNum::F(a), ObjNum::F(b)) => a.partial_cmp(&b),
        }
    }

    /// `len(range(start, stop, step))`.
    fn range_len(start: i64, stop: i64, step: i64) -> i64 {
        range(start, stop, step).len()
    }

    // ---- str() and repr() ---------------------------------------------------------------

    thread_local! {
        /// The lists and dicts being printed, so that one containing itself
        /// prints as `[...]` / `{...}` as in CPython instead of recursing forever.
        static OBJ_SHOWING: RefCell<Vec<usize>> = RefCell::new(Vec::new());
    }

    fn show_guarded<F: FnOnce(&mut String)>(ptr: usize, dots: &str, out: &mut String, f: F) {
        if OBJ_SHOWING.with(|s| s.borrow().contains(&ptr)) {
            out.push_str(dots);
            return;
        }
        OBJ_SHOWING.with(|s| s.borrow_mut().push(ptr));
        f(out);
        OBJ_SHOWING.with(|s| s.borrow_mut().pop());
    }

    impl Show for Obj {
        fn show(&self, out: &mut String) {
            match self {
                Obj::Str(s) => out.push_str(s),
                _ => self.show_repr(out),
            }
        }
        fn show_repr(&self, out: &mut String) {
            match self {
                Obj::None => ().show(out),
                Obj::Bool(b) => b.show(out),
                Obj::Int(v) => v.show(out),
                Obj::Float(x) => float_repr(*x, out),
                Obj::Str(s) => str_repr(s, out),
                Obj::List(l) => show_guarded(Rc::as_ptr(l) as usize, "[...]", out, |out| l.borrow().show(out)),
                Obj::Tuple(t) => {
                    out.push('(');
                    show_items(t.iter(), out);
                    if t.len() == 1 {
                        out.push(',');
                    }
                    out.push(')');
                }
                Obj::Dict(d) => show_guarded(Rc::as_ptr(d) as usize, "{...}", out, |out| d.borrow().show(out)),
                Obj::Set(s) => s.borrow().show(out),
                Obj::Range(start, stop, step) => {
                    Range { next: *start, stop: *stop, step: *step, done: false }.show(out)
                }
                Obj::Slice(s) => {
                    out.push_str("slice(");
                    s.0.show_repr(out);
                    out.push_str(", ");
                    s.1.show_repr(out);
                    out.push_str(", ");
                    s.2.show_repr(out);
                    out.push(')');
                }
                Obj::Func(f) if f.arity.is_none() && BUILTIN_TYPES.contains(&f.name) => {
                    out.push_str("<class '");
                    out.push_str(f.name);
                    out.push_str("'>");
                }
                Obj::Func(f) => {
                    out.push_str(if f.arity.is_none() { "<built-in function " } else { "<function " });
                    out.push_str(f.name);
                    out.push('>');
                }
                Obj::Iter(_) => out.push_str("<iterator object>"),
                Obj::View(_, kind) => {
                    out.push_str(kind.name());
                    out.push('(');
                    Obj::list(obj_items(self)).show_repr(out);
                    out.push(')');
                }
            }
        }
    }

    /// `format(x, spec)`: the typed formatter of the value's type; a value
    /// without `__format__` of its own takes only the empty spec.
    impl Format for Obj {
        #[track_caller]
        fn format_to(&self, spec: &FormatSpec, out: &mut String) {
            match self {
                Obj::Bool(b) => format_bool_to(out, *b, spec),
                Obj::Int(v) => format_int_to(out, *v, spec, "int"),
                Obj::Float(x) => format_float_to(out, *x, spec),
                Obj::Str(s) => format_str_to(out, s, spec),
                _ => format_other_to(out, self, Obj::type_name(self), spec),
            }
        }
        fn type_name(&self) -> &'static str {
            Obj::type_name(self)
        }
    }

    // ---- equality and hashing -------------------------------------------------------------

    /// Python's `==`: numbers across int/float/bool, containers by value
    /// (a container is equal to itself without looking inside), functions
    /// and iterators by identity; different types are unequal, never an error.
    impl PartialEq for Obj {
        fn eq(&self, other: &Obj) -> bool {
            match (self, other) {
                (Obj::None, Obj::None) => true,
                (Obj::Int(a), Obj::Int(b)) => a == b,
                (Obj::Str(a), Obj::Str(b)) => a == b,
                (Obj::List(a), Obj::List(b)) => Rc::ptr_eq(a, b) || *a.borrow() == *b.borrow(),
                (Obj::Tuple(a), Obj::Tuple(b)) => Rc::ptr_eq(a, b) || a == b,
                (Obj::Dict(a), Obj::Dict(b)) => Rc::ptr_eq(a, b) || *a.borrow() == *b.borrow(),
                (Obj::Set(a), Obj::Set(b)) => Rc::ptr_eq(a, b) || *a.borrow() == *b.borrow(),
                // Ranges are equal when they produce the same numbers.
                (Obj::Range(a0, a1, a2), Obj::Range(b0, b1, b2)) => {
                    let n = range_len(*a0, *a1, *a2);
                    n == range_len(*b0, *b1, *b2) && (n == 0 || (a0 == b0 && (n == 1 || a2 == b2)))
                }
                (Obj::Slice(a), Obj::Slice(b)) => a == b,
                (Obj::Func(a), Obj::Func(b)) => Rc::ptr_eq(a, b),
                (Obj::Iter(a), Obj::Iter(b)) => Rc::ptr_eq(a, b),
                // Keys and items views compare as sets; values views never
                // equal (each `d.values()` is a new object in CPython).
                (Obj::View(a, ka), Obj::View(b, kb)) => {
                    ka == kb
                        && *ka != DictView::Values
                        && a.borrow().len() == b.borrow().len()
                        && iter(self).all(|x| contains(other, &x))
                }
                _ => match (obj_num(self), obj_num(other)) {
                    (Some(x), Some(y)) => obj_num_cmp(x, y) == Some(Ordering::Equal),
                    _ => false,
                },
            }
        }
    }
    impl Eq for Obj {}

    /// CPython's hash(None) is its address; any constant will do.
    const NONE_HASH: i64 = 0x7a5c_3e10;

    /// CPython's _Py_HashDouble: an integral float hashes as the equal int.
    /// nan hashes by identity in CPython; here it is 0.
    fn float_hash(v: f64) -> i64 {
        if v.is_nan() {
            return 0;
        }
        if v.is_infinite() {
            return if v > 0.0 { 314159 } else { -314159 };
        }
        if v == 0.0 {
            return 0;
        }
        // frexp: v = m * 2**e with 0.5 <= |m| < 1.
        let (mut m, mut e) = {
            let (scaled, bias) = if v.abs() < f64::MIN_POSITIVE { (v * 2f64.powi(64), 64) } else { (v, 0) };
            let bits = scaled.to_bits();
            let exp = ((bits >> 52) & 0x7ff) as i32;
            let mant = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
            (mant, exp - 1022 - bias)
        };
        const BITS: i32 = 61;
        let mut sign: u64 = 1;
        if m < 0.0 {
            sign = u64::MAX; // -1
            m = -m;
        }
        let mut x: u64 = 0;
        while m != 0.0 {
            x = ((x << 28) & HASH_MODULUS) | x >> (BITS - 28);
            m *= 268435456.0;
            e -= 28;
            let y = m as u64;
            m -= y as f64;
            x += y;
            if x >= HASH_MODULUS {
                x -= HASH_MODULUS;
            }
        }
        let e = if e >= 0 { e % BITS } else { BITS - 1 - ((-1 - e) % BITS) };
        x = ((x << e) & HASH_MODULUS) | x >> (BITS - e);
        let h = x.wrapping_mul(sign) as i64;
        if h == -1 {
            -2
        } else {
            h
        }
    }

    /// hash(x): CPython's for numbers and tuples of them (so sets of them
    /// iterate in CPython's order); TypeError for mutable containers.
    impl PyHash for Obj {
        #[track_caller]
        fn py_hash(&self) -> i64 {
            match self {
                Obj::None => NONE_HASH,
                Obj::Bool(b) => b.py_hash(),
                Obj::Int(v) => v.py_hash(),
                Obj::Float(x) => float_hash(*x),
                Obj::Str(s) => s.py_hash(),
                Obj::Tuple(t) => {
                    let lanes: Vec<i64> = t.iter().map(|x| x.py_hash()).collect();
                    tuple_hash(&lanes)
                }
                // CPython hashes a range as (len, start, step), None for the
                // parts that do not matter.
                Obj::Range(start, stop, step) => match range_len(*start, *stop, *step) {
                    0 => tuple_hash(&[0, NONE_HASH, NONE_HASH]),
                    1 => tuple_hash(&[1, start.py_hash(), NONE_HASH]),
                    n => tuple_hash(&[n.py_hash(), start.py_hash(), step.py_hash()]),
                },
                Obj::Func(f) => (Rc::as_ptr(f) as usize >> 4) as i64,
                Obj::Iter(i) => (Rc::as_ptr(i) as usize >> 4) as i64,
                _ => raise("TypeError", &format!("unhashable type: '{}'", self.type_name())),
            }
        }
    }

    /// For Dict<Obj, _>: equal values hash equal (1, 1.0 and True are one key).
    impl std::hash::Hash for Obj {
        #[track_caller]
        fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
            state.write_i64(self.py_hash());
        }
    }

    // ---- binary operators ---------------------------------------------------------------------

    #[derive(Clone, Copy, PartialEq)]
    enum BinOp {
        Add,
        Sub,
        Mul,
        TrueDiv,
        FloorDiv,
        Mod,
        Pow,
        LShift,
        RShift,
        BitAnd,
        BitOr,
        BitXor,
    }

    impl BinOp {
        /// The operator as CPython's messages spell it.
        fn symbol(self) -> &'static str {
            match self {
                BinOp::Add => "+",
                BinOp::Sub => "-",
                BinOp::Mul => "*",
                BinOp::TrueDiv => "/",
                BinOp::FloorDiv => "//",
                BinOp::Mod => "%",
                BinOp::Pow => "**",
                BinOp::LShift => "<<",
                BinOp::RShift => ">>",
                BinOp::BitAnd => "&",
                BinOp::BitOr => "|",
                BinOp::BitXor => "^",
            }
        }
    }

    #[track_caller]
    fn unsupported_operands(op: BinOp, a: &Obj, b: &Obj, inplace: bool) -> ! {
        let sym = match (op, inplace) {
            (BinOp::Pow, false) => "** or pow()".to_string(),
            (_, true) => format!("{}=", op.symbol()),
            _ => op.symbol().to_string(),
        };
        raise(
            "TypeError",
            &format!("unsupported operand type(s) for {}: '{}' and '{}'", sym, a.type_name(), b.type_name()),
        )
    }

    /// The int/float tower: int op int stays int (but `/` and `**` with a
    /// negative exponent give floats), otherwise both become floats.
    #[track_caller]
    fn obj_num_binop(op: BinOp, x: ObjNum, y: ObjNum) -> Option<Obj> {
        if let (ObjNum::I(a), ObjNum::I(b)) = (x, y) {
            return Some(match op {
                BinOp::Add => Obj::Int(add(a, b)),
                BinOp::Sub => Obj::Int(sub(a, b)),
                BinOp::Mul => Obj::Int(mul(a, b)),
                BinOp::TrueDiv => Obj::Float(truediv(a, b)),
                BinOp::FloorDiv => Obj::Int(floordiv(a, b)),
                BinOp::Mod => Obj::Int(modulo(a, b)),
                BinOp::Pow if b < 0 => Obj::Float(fpow(a as f64, b as f64)),
                BinOp::Pow => Obj::Int(pow(a, b)),
                BinOp::LShift => Obj::Int(shl(a, b)),
                BinOp::RShift => Obj::Int(shr(a, b)),
                BinOp::BitAnd => Obj::Int(a & b),
                BinOp::BitOr => Obj::Int(a | b),
                BinOp::BitXor => Obj::Int(a ^ b),
            });
        }
        let (a, b) = (x.float(), y.float());
        Some(Obj::Float(match op {
            BinOp::Add => a + b,
            BinOp::Sub => a - b,
            BinOp::Mul => a * b,
            BinOp::TrueDiv => fdiv(a, b),
            BinOp::FloorDiv => ffloordiv(a, b),
            BinOp::Mod => fmod(a, b),
            BinOp::Pow => fpow(a, b),
            _ => return None,
        }))
    }

    /// The count of `seq * n`: TypeError unless n is an int.
    #[track_caller]
    fn repeat_count(n: &Obj) -> i64 {
        match obj_index(n) {
            Some(k) => k,
            None => raise("TypeError", &format!("can't multiply sequence by non-int of type '{}'", n.type_name())),
        }
    }

    #[track_caller]
    fn concat_error(what: &str, b: &Obj) -> ! {
        raise("TypeError", &format!("can only concatenate {} (not \"{}\") to {}", what, b.type_name(), what))
    }

    /// `a OP b`; `inplace` only changes the operator named in the TypeError.
    #[track_caller]
    fn obj_binop(op: BinOp, a: &Obj, b: &Obj, inplace: bool) -> Obj {
        if let (Obj::Bool(x), Obj::Bool(y)) = (a, b) {
            match op {
                BinOp::BitAnd => return Obj::Bool(*x & *y),
                BinOp::BitOr => return Obj::Bool(*x | *y),
                BinOp::BitXor => return Obj::Bool(*x ^ *y),
                _ => {}
            }
        }
        if let (Some(x), Some(y)) = (obj_num(a), obj_num(b)) {
            if let Some(r) = obj_num_binop(op, x, y) {
                return r;
            }
            unsupported_operands(op, a, b, inplace);
        }
        match op {
            BinOp::Add => match (a, b) {
                (Obj::Str(x), Obj::Str(y)) => return Obj::Str(concat(x, y)),
                (Obj::Str(_), _) => concat_error("str", b),
                (Obj::List(x), Obj::List(y)) => return Obj::list(list_concat(&x.borrow(), &y.borrow())),
                (Obj::List(_), _) => concat_error("list", b),
                (Obj::Tuple(x), Obj::Tuple(y)) => return Obj::tuple(list_concat(x, y)),
                (Obj::Tuple(_), _) => concat_error("tuple", b),
                _ => {}
            },
            // A sequence on the left repeats first, as CPython tries it first.
            BinOp::Mul => {
                let (seq, n) = match (a, b) {
                    (Obj::Str(_) | Obj::List(_) | Obj::Tuple(_), _) => (a, b),
                    (_, Obj::Str(_) | Obj::List(_) | Obj::Tuple(_)) => (b, a),
                    _ => unsupported_operands(op, a, b, inplace),
                };
                let n = repeat_count(n);
                return match seq {
                    Obj::Str(s) => Obj::Str(str_mul(s, n)),
                    Obj::List(l) => Obj::list(list_mul(&l.borrow(), n)),
                    Obj::Tuple(t) => Obj::tuple(list_mul(t, n)),
                    _ => unreachable(),
                };
            }
            BinOp::Mod => {
                if let Obj::Str(s) = a {
                    return Obj::Str(percent_format(s, b));
                }
            }
            BinOp::Sub | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor => {
                if let (Obj::Set(x), Obj::Set(y)) = (a, b) {
                    let (x, y) = (x.borrow(), y.borrow());
                    let r = match op {
                        BinOp::Sub => x.difference(&y),
                        BinOp::BitAnd => x.intersection(&y),
                        BinOp::BitOr => x.union(&y),
                        _ => x.symmetric_difference(&y),
                    };
                    return Obj::Set(Rc::new(RefCell::new(r)));
                }
                if let (BinOp::BitOr, Obj::Dict(x), Obj::Dict(y)) = (op, a, b) {
                    let mut r = x.borrow().clone();
                    r.update(&y.borrow());
                    return Obj::Dict(Rc::new(RefCell::new(r)));
                }
            }
            _ => {}
        }
        unsupported_operands(op, a, b, inplace)
    }

    /// `a + b`.
    #[track_caller]
    pub fn op_add(a: &Obj, b: &Obj) -> Obj {
        obj_binop(BinOp::Add, a, b, false)
    }
    /// `a - b`.
    #[track_caller]
    pub fn op_sub(a: &Obj, b: &Obj) -> Obj {
        obj_binop(BinOp::Sub, a, b, false)
    }
    /// `a * b`.
    #[track_caller]
    pub fn op_mul(a: &Obj, b: &Obj) -> Obj {
        obj_binop(BinOp::Mul, a, b, false)
    }
    /// `a / b`.
    #[track_caller]
    pub fn op_truediv(a: &Obj, b: &Obj) -> Obj {
        obj_binop(BinOp::TrueDiv, a, b, false)
    }
    /// `a // b`.
    #[track_caller]
    pub fn op_floordiv(a: &Obj, b: &Obj) -> Obj {
        obj_binop(BinOp::FloorDiv, a, b, false)
    }
    /// `a % b`.
    #[track_caller]
    pub fn op_mod(a: &Obj, b: &Obj) -> Obj {
        obj_binop(BinOp::Mod, a, b, false)
    }
    /// `a ** b`.
    #[track_caller]
    pub fn op_pow(a: &Obj, b: &Obj) -> Obj {
        obj_binop(BinOp::Pow, a, b, false)
    }
    /// `a << b`.
    #[track_caller]
    pub fn op_lshift(a: &Obj, b: &Obj) -> Obj {
        obj_binop(BinOp::LShift, a, b, false)
    }
    /// `a >> b`.
    #[track_caller]
    pub fn op_rshift(a: &Obj, b: &Obj) -> Obj {
        obj_binop(BinOp::RShift, a, b, false)
    }
    /// `a & b`.
    #[track_caller]
    pub fn op_bitand(a: &Obj, b: &Obj) -> Obj {
        obj_binop(BinOp::BitAnd, a, b, false)
    }
    /// `a | b`.
    #[track_caller]
    pub fn op_bitor(a: &Obj, b: &Obj) -> Obj {
        obj_binop(BinOp::BitOr, a, b, false)
    }
    /// `a ^ b`.
    #[track_caller]
    pub fn op_bitxor(a: &Obj, b: &Obj) -> Obj {
        obj_binop(BinOp::BitXor, a, b, false)
    }

    // ---- in-place operators ---------------------------------------------------------------------

    /// `d |= other`: dict.update from a dict or from an iterable of pairs.
    #[track_caller]
    fn dict_update_from(d: &RefCell<Dict<Obj, Obj>>, other: &Obj) {
        if let Obj::Dict(o) = other {
            let o = o.borrow().clone();
            d.borrow_mut().update(&o);
            return;
        }
        for (k, item) in obj_items(other).into_iter().enumerate() {
            let pair = match obj_try_iter(&item) {
                Some(it) => it.collect::<Vec<Obj>>(),
                None => raise(
                    "TypeError",
                    &format!("cannot convert dictionary update sequence element #{} to a sequence", k),
                ),
            };
            if pair.len() != 2 {
                raise(
                    "ValueError",
                    &format!("dictionary update sequence element #{} has length {}; 2 is required", k, pair.len()),
                );
            }
            let mut pair = pair.into_iter();
            if let (Some(key), Some(value)) = (pair.next(), pair.next()) {
                d.borrow_mut().set(key, value);
            }
        }
    }

    /// `a OP= b`: a list, set or dict is updated in place and `a` itself is
    /// returned (so every alias sees the change); anything else is `a OP b`.
    #[track_caller]
    fn obj_inplace(op: BinOp, a: &Obj, b: &Obj) -> Obj {
        match (op, a) {
            (BinOp::Add, Obj::List(l)) => {
                let items = obj_items(b);
                l.borrow_mut().extend(items);
            }
            (BinOp::Mul, Obj::List(l)) => {
                let n = repeat_count(b);
                let items = list_mul(&l.borrow(), n);
                *l.borrow_mut() = items;
            }
            // CPython's `*=` does not try the right operand's repeat when
            // the left one is a container that cannot repeat.
            (BinOp::Mul, Obj::Dict(_) | Obj::Set(_) | Obj::Range(..)) => unsupported_operands(op, a, b, true),
            // `s OP= s` is CPython's special case (and must not borrow s twice).
            (BinOp::Sub | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor, Obj::Set(s))
                if matches!(b, Obj::Set(o) if Rc::ptr_eq(s, o)) =>
            {
                let mut s = s.borrow_mut();
                match op {
                    BinOp::BitAnd => s.iand_self(),
                    BinOp::BitOr => {}
                    _ => s.isub_self(),
                }
            }
            (BinOp::Sub | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor, Obj::Set(s)) => {
                let other = match b {
                    Obj::Set(o) => o.borrow().clone(),
                    _ => unsupported_operands(op, a, b, true),
                };
                let mut s = s.borrow_mut();
                match op {
                    BinOp::Sub => s.difference_update(&other),
                    BinOp::BitAnd => s.intersection_update(&other),
                    BinOp::BitOr => s.update(&other),
                    _ => s.symmetric_difference_update(&other),
                }
            }
            (BinOp::BitOr, Obj::Dict(d)) => dict_update_from(d, b),
            _ => return obj_binop(op, a, b, true),
        }
        a.clone()
    }

    /// `a += b`.
    #[track_caller]
    pub fn op_iadd(a: &Obj, b: &Obj) -> Obj {
        obj_inplace(BinOp::Add, a, b)
    }
    /// `a -= b`.
    #[track_caller]
    pub fn op_isub(a: &Obj, b: &Obj) -> Obj {
        obj_inplace(BinOp::Sub, a, b)
    }
    /// `a *= b`.
    #[track_caller]
    pub fn op_imul(a: &Obj, b: &Obj) -> Obj {
        obj_inplace(BinOp::Mul, a, b)
    }
    /// `a /= b`.
    #[track_caller]
    pub fn op_itruediv(a: &Obj, b: &Obj) -> Obj {
        obj_inplace(BinOp::TrueDiv, a, b)
    }
    /// `a //= b`.
    #[track_caller]
    pub fn op_ifloordiv(a: &Obj, b: &Obj) -> Obj {
        obj_inplace(BinOp::FloorDiv, a, b)
    }
    /// `a %= b`.
    #[track_caller]
    pub fn op_imod(a: &Obj, b: &Obj) -> Obj {
        obj_inplace(BinOp::Mod, a, b)
    }
    /// `a **= b`.
    #[track_caller]
    pub fn op_ipow(a: &Obj, b: &Obj) -> Obj {
        obj_inplace(BinOp::Pow, a, b)
    }
    /// `a <<= b`.
    #[track_caller]
    pub fn op_ilshift(a: &Obj, b: &Obj) -> Obj {
        obj_inplace(BinOp::LShift, a, b)
    }
    /// `a >>= b`.
    #[track_caller]
    pub fn op_irshift(a: &Obj, b: &Obj) -> Obj {
        obj_inplace(BinOp::RShift, a, b)
    }
    /// `a &= b`.
    #[track_caller]
    pub fn op_ibitand(a: &Obj, b: &Obj) -> Obj {
        obj_inplace(BinOp::BitAnd, a, b)
    }
    /// `a |= b`.
    #[track_caller]
    pub fn op_ibitor(a: &Obj, b: &Obj) -> Obj {
        obj_inplace(BinOp::BitOr, a, b)
    }
    /// `a ^= b`.
    #[track_caller]
    pub fn op_ibitxor(a: &Obj, b: &Obj) -> Obj {
        obj_inplace(BinOp::BitXor, a, b)
    }

    // ---- unary operators --------------------------------------------------------------------------

    #[track_caller]
    fn bad_unary(sym: &str, a: &Obj) -> ! {
        raise("TypeError", &format!("bad operand type for unary {}: '{}'", sym, a.type_name()))
    }

    /// `-a`.
    #[track_caller]
    pub fn op_neg(a: &Obj) -> Obj {
        match obj_num(a) {
            Some(ObjNum::I(v)) => Obj::Int(neg(v)),
            Some(ObjNum::F(x)) => Obj::Float(-x),
            None => bad_unary("-", a),
        }
    }

    /// `+a`: a bool becomes an int.
    #[track_caller]
    pub fn op_pos(a: &Obj) -> Obj {
        match obj_num(a) {
            Some(ObjNum::I(v)) => Obj::Int(v),
            Some(ObjNum::F(x)) => Obj::Float(x),
            None => bad_unary("+", a),
        }
    }

    /// `~a`.
    #[track_caller]
    pub fn op_invert(a: &Obj) -> Obj {
        match obj_index(a) {
            Some(v) => Obj::Int(!v),
            None => bad_unary("~", a),
        }
    }

    // ---- comparisons ------------------------------------------------------------------------------

    #[derive(Clone, Copy, PartialEq)]
    enum CmpOp {
        Lt,
        Le,
        Gt,
        Ge,
    }

    fn cmp_holds(o: Option<Ordering>, op: CmpOp) -> bool {
        match (o, op) {
            (None, _) => false,
            (Some(o), CmpOp::Lt) => o == Ordering::Less,
            (Some(o), CmpOp::Le) => o != Ordering::Greater,
            (Some(o), CmpOp::Gt) => o == Ordering::Greater,
            (Some(o), CmpOp::Ge) => o != Ordering::Less,
        }
    }

    /// Lists and tuples: the first pair of items that is not `==` decides
    /// with the same operator (so its TypeError names the items' types),
    /// else the lengths.
    #[track_caller]
    fn seq_order(a: &[Obj], b: &[Obj], op: CmpOp) -> bool {
        for (x, y) in a.iter().zip(b.iter()) {
            if x != y {
                return obj_order(x, y, op);
            }
        }
        cmp_holds(Some(a.len().cmp(&b.len())), op)
    }

    /// `a < b` etc.: numbers exactly across int/float, strs by code point,
    /// lists and tuples lexicographically, sets by inclusion.
    #[track_caller]
    fn obj_order(a: &Obj, b: &Obj, op: CmpOp) -> bool {
        if let (Some(x), Some(y)) = (obj_num(a), obj_num(b)) {
            return cmp_holds(obj_num_cmp(x, y), op);
        }
        match (a, b) {
            (Obj::Str(x), Obj::Str(y)) => cmp_holds(Some(x.cmp(y)), op),
            (Obj::List(x), Obj::List(y)) => seq_order(&x.borrow(), &y.borrow(), op),
            (Obj::Tuple(x), Obj::Tuple(y)) => seq_order(x, y, op),
            (Obj::Slice(x), Obj::Slice(y)) => {
                seq_order(&[x.0.clone(), x.1.clone(), x.2.clone()], &[y.0.clone(), y.1.clone(), y.2.clone()], op)
            }
            (Obj::Set(x), Obj::Set(y)) => {
                let (x, y) = (x.borrow(), y.borrow());
                match op {
                    CmpOp::Lt => x.len() < y.len() && x.issubset(&y),
                    CmpOp::Le => x.issubset(&y),
                    CmpOp::Gt => y.len() < x.len() && y.issubset(&x),
                    CmpOp::Ge => x.issuperset(&y),
                }
            }
            _ => {
                let sym = match op {
                    CmpOp::Lt => "<",
                    CmpOp::Le => "<=",
                    CmpOp::Gt => ">",
                    CmpOp::Ge => ">=",
                };
                let (ta, tb) = (a.type_name(), b.type_name());
                raise("TypeError", &format!("'{}' not supported between instances of '{}' and '{}'", sym, ta, tb))
            }
        }
    }

    /// `a == b`.
    pub fn op_eq(a: &Obj, b: &Obj) -> bool {
        a == b
    }
    /// `a != b`.
    pub fn op_ne(a: &Obj, b: &Obj) -> bool {
        a != b
    }
    /// `a < b`.
    #[track_caller]
    pub fn op_lt(a: &Obj, b: &Obj) -> bool {
        obj_order(a, b, CmpOp::Lt)
    }
    /// `a <= b`.
    #[track_caller]
    pub fn op_le(a: &Obj, b: &Obj) -> bool {
        obj_order(a, b, CmpOp::Le)
    }
    /// `a > b`.
    #[track_caller]
    pub fn op_gt(a: &Obj, b: &Obj) -> bool {
        obj_order(a, b, CmpOp::Gt)
    }
    /// `a >= b`.
    #[track_caller]
    pub fn op_ge(a: &Obj, b: &Obj) -> bool {
        obj_order(a, b, CmpOp::Ge)
    }

    /// Python's ordering, so prelude_seq's sort/min/max serve `Vec<Obj>`:
    /// the operators raise CPython's TypeError for unorderable pairs.
    impl PartialOrd for Obj {
        #[track_caller]
        fn partial_cmp(&self, other: &Obj) -> Option<Ordering> {
            if op_lt(self, other) {
                Some(Ordering::Less)
            } else if self == other {
                Some(Ordering::Equal)
            } else if op_gt(self, other) {
                Some(Ordering::Greater)
            } else {
                None
            }
        }
        #[track_caller]
        fn lt(&self, other: &Obj) -> bool {
            op_lt(self, other)
        }
        #[track_caller]
        fn le(&self, other: &Obj) -> bool {
            op_le(self, other)
        }
        #[track_caller]
        fn gt(&self, other: &Obj) -> bool {
            op_gt(self, other)
        }
        #[track_caller]
        fn ge(&self, other: &Obj) -> bool {
            op_ge(self, other)
        }
    }

    /// `a is b`: identity for mutable containers, functions and iterators;
    /// the immutable values (None, bools, numbers, strs, ranges) have no
    /// identity here and compare by type and value, and `()` is one object.
    pub fn op_is(a: &Obj, b: &Obj) -> bool {
        match (a, b) {
            (Obj::None, Obj::None) => true,
            (Obj::Bool(x), Obj::Bool(y)) => x == y,
            (Obj::Int(x), Obj::Int(y)) => x == y,
            (Obj::Float(x), Obj::Float(y)) => x.to_bits() == y.to_bits(),
            (Obj::Str(x), Obj::Str(y)) => x == y,
            (Obj::List(x), Obj::List(y)) => Rc::ptr_eq(x, y),
            (Obj::Tuple(x), Obj::Tuple(y)) => Rc::ptr_eq(x, y) || (x.is_empty() && y.is_empty()),
            (Obj::Dict(x), Obj::Dict(y)) => Rc::ptr_eq(x, y),
            (Obj::Set(x), Obj::Set(y)) => Rc::ptr_eq(x, y),
            (Obj::Range(x0, x1, x2), Obj::Range(y0, y1, y2)) => (x0, x1, x2) == (y0, y1, y2),
            (Obj::Slice(x), Obj::Slice(y)) => op_is(&x.0, &y.0) && op_is(&x.1, &y.1) && op_is(&x.2, &y.2),
            (Obj::Func(x), Obj::Func(y)) => Rc::ptr_eq(x, y),
            (Obj::Iter(x), Obj::Iter(y)) => Rc::ptr_eq(x, y),
            _ => false,
        }
    }
    /// `a is not b`.
    pub fn op_is_not(a: &Obj, b: &Obj) -> bool {
        !op_is(a, b)
    }

    // ---- len, subscripts, `in` --------------------------------------------------------------------

    /// `len(x)`.
    #[track_caller]
    pub fn obj_len(x: &Obj) -> i64 {
        match x {
            Obj::Str(s) => len(s),
            Obj::List(l) => l.borrow().len() as i64,
            Obj::Tuple(t) => t.len() as i64,
            Obj::Dict(d) | Obj::View(d, _) => d.borrow().len(),
            Obj::Set(s) => s.borrow().len(),
            Obj::Range(start, stop, step) => range_len(*start, *stop, *step),
            _ => raise("TypeError", &format!("object of type '{}' has no len()", x.type_name())),
        }
    }

    #[track_caller]
    fn slice_bound(o: &Obj) -> Option<i64> {
        match o {
            Obj::None => None,
            _ => match obj_index(o) {
                Some(v) => Some(v),
                None => raise("TypeError", "slice indices must be integers or None or have an __index__ method"),
            },
        }
    }

    /// A slice's (start, stop, step) for slice_indices, checked in
    /// CPython's order: the step (and its zero) first.
    #[track_caller]
    fn slice_bounds(s: &(Obj, Obj, Obj)) -> (Option<i64>, Option<i64>, Option<i64>) {
        let step = slice_bound(&s.2);
        if step == Some(0) {
            raise("ValueError", "slice step cannot be zero");
        }
        (slice_bound(&s.0), slice_bound(&s.1), step)
    }

    /// An unhashable key is a TypeError even where the lookup need not
    /// hash it (std's HashMap skips hashing when it is empty).
    #[track_caller]
    fn check_key(d: &Dict<Obj, Obj>, k: &Obj) {
        if d.is_empty() {
            k.py_hash();
        }
    }

    #[track_caller]
    fn index_type_error(what: &str, i: &Obj) -> ! {
        raise("TypeError", &format!("{} indices must be integers or slices, not {}", what, i.type_name()))
    }

    /// `a[i]`: an index or a slice of a list, tuple, str or range; a key of a dict.
    #[track_caller]
    pub fn getitem(a: &Obj, i: &Obj) -> Obj {
        match (a, i) {
            (Obj::Dict(d), _) => {
                let d = d.borrow();
                check_key(&d, i);
                d.item(i).clone()
            }
            (Obj::List(l), Obj::Slice(s)) => {
                let (lo, hi, st) = slice_bounds(s);
                Obj::list(slice(&l.borrow(), lo, hi, st))
            }
            (Obj::Tuple(t), Obj::Slice(s)) => {
                let (lo, hi, st) = slice_bounds(s);
                Obj::tuple(slice(t, lo, hi, st))
            }
            (Obj::Str(t), Obj::Slice(s)) => {
                let (lo, hi, st) = slice_bounds(s);
                Obj::Str(str_slice(t, lo, hi, st))
            }
            // A slice of a range is a range.
            (Obj::Range(start, stop, step), Obj::Slice(s)) => {
                let (lo, hi, st) = slice_bounds(s);
                let (lo, hi, st, _) = slice_indices(range_len(*start, *stop, *step), lo, hi, st);
                Obj::Range(add(*start, mul(lo, *step)), add(*start, mul(hi, *step)), mul(*step, st))
            }
            (Obj::List(l), _) => match obj_index(i) {
                Some(k) => get(&l.borrow(), k).clone(),
                None => index_type_error("list", i),
            },
            (Obj::Tuple(t), _) => match obj_index(i) {
                Some(k) => tuple_get(t, k).clone(),
                None => index_type_error("tuple", i),
            },
            (Obj::Str(s), _) => match obj_index(i) {
                Some(k) => Obj::Str(str_get(s, k)),
                None => raise("TypeError", &format!("string indices must be integers, not '{}'", i.type_name())),
            },
            (Obj::Range(start, stop, step), _) => match obj_index(i) {
                Some(k) => {
                    let k = seq_index(range_len(*start, *stop, *step) as usize, k, "range object");
                    Obj::Int((*start as i128 + k as i128 * *step as i128) as i64)
                }
                None => index_type_error("range", i),
            },
            _ => raise("TypeError", &format!("'{}' object is not subscriptable", a.type_name())),
        }
    }

    /// `a[i] = v`: a list item or slice (any iterable on the right; an
    /// extended slice must match in length), a dict key.
    #[track_caller]
    pub fn setitem(a: &Obj, i: &Obj, v: Obj) {
        match (a, i) {
            (Obj::Dict(d), _) => d.borrow_mut().set(i.clone(), v),
            (Obj::List(l), Obj::Slice(s)) => {
                let (lo, hi, st) = slice_bounds(s);
                // Collected first: `xs[:] = xs` reads xs before it changes.
                let items: Vec<Obj> = match obj_try_iter(&v) {
                    Some(it) => it.collect(),
                    None if st.unwrap_or(1) != 1 => raise("TypeError", "must assign iterable to extended slice"),
                    None => raise("TypeError", "can only assign an iterable"),
                };
                slice_assign(&mut l.borrow_mut(), lo, hi, st, &items);
            }
            (Obj::List(l), _) => match obj_index(i) {
                Some(k) => set(&mut l.borrow_mut(), k, v),
                None => index_type_error("list", i),
            },
            _ => raise("TypeError", &format!("'{}' object does not support item assignment", a.type_name())),
        }
    }

    /// `del a[i]`: a list item or slice, a dict key.
    #[track_caller]
    pub fn delitem(a: &Obj, i: &Obj) {
        match (a, i) {
            (Obj::Dict(d), _) => {
                check_key(&d.borrow(), i);
                d.borrow_mut().del(i)
            }
            (Obj::List(l), Obj::Slice(s)) => {
                let (lo, hi, st) = slice_bounds(s);
                del_slice(&mut l.borrow_mut(), lo, hi, st);
            }
            (Obj::List(l), _) => match obj_index(i) {
                Some(k) => del_item(&mut l.borrow_mut(), k),
                None => index_type_error("list", i),
            },
            // CPython's wording differs for the other sequences given an int.
            (Obj::Tuple(_) | Obj::Str(_) | Obj::Range(..) | Obj::Set(_), _) if obj_index(i).is_some() => {
                raise("TypeError", &format!("'{}' object doesn't support item deletion", a.type_name()))
            }
            _ => raise("TypeError", &format!("'{}' object does not support item deletion", a.type_name())),
        }
    }

    /// `x in c`.
    #[track_caller]
    pub fn contains(c: &Obj, x: &Obj) -> bool {
        match c {
            Obj::List(l) => l.borrow().iter().any(|y| y == x),
            Obj::Tuple(t) => t.iter().any(|y| y == x),
            Obj::Dict(d) => {
                let d = d.borrow();
                check_key(&d, x);
                d.contains(x)
            }
            // CPython looks a set up as a frozenset; no set holds one here.
            Obj::Set(s) => !matches!(x, Obj::Set(_)) && s.borrow().contains(x),
            Obj::Str(s) => match x {
                Obj::Str(sub) => str_contains(s, sub),
                _ => raise(
                    "TypeError",
                    &format!("'in <string>' requires string as left operand, not {}", x.type_name()),
                ),
            },
            // Arithmetic, not a scan; a float is in it when it equals a member.
            Obj::Range(start, stop, step) => {
                let v = match x {
                    Obj::Float(f) if f.fract() == 0.0 && *f >= -9223372036854775808.0 && *f < 9223372036854775808.0 => {
                        *f as i64
                    }
                    _ => match obj_index(x) {
                        Some(v) => v,
                        None => return false,
                    },
                };
                let (v, start, stop, step) = (v as i128, *start as i128, *stop as i128, *step as i128);
                let inside = if step > 0 { start <= v && v < stop } else { stop < v && v <= start };
                inside && (v - start) % step == 0
            }
            Obj::Iter(_) => iter(c).any(|y| y == *x),
            Obj::View(d, DictView::Keys) => contains(&Obj::Dict(d.clone()), x),
            Obj::View(..) => iter(c).any(|y| y == *x),
            _ => raise("TypeError", &format!("argument of type '{}' is not iterable", c.type_name())),
        }
    }

    // ---- iteration ------------------------------------------------------------------------------------

    enum IterSrc {
        List(Rc<RefCell<Vec<Obj>>>, usize),
        Tuple(Rc<Vec<Obj>>, usize),
        Str(Str, usize),
        // The dict's entry position and its size when the loop started.
        /// The dict, the next entry, its size when iteration began, the items still to yield.
        Dict(Rc<RefCell<Dict<Obj, Obj>>>, usize, i64, i64, DictView),
        Set(SetIter<Obj>),
        Range(Range),
        Shared(Rc<RefCell<Box<dyn Iterator<Item = Obj>>>>),
    }

    /// `iter(x)`: no borrow is held between items, so the loop body may
    /// change the container.  A list is read live by index (items appended
    /// during the loop are visited); a dict or set that changes size raises
    /// RuntimeError, as in CPython.  An `Obj::Iter` is shared, not copied.
    pub struct ObjIter {
        src: IterSrc,
    }

    impl Iterator for ObjIter {
        type Item = Obj;
        #[track_caller]
        fn next(&mut self) -> Option<Obj> {
            match &mut self.src {
                IterSrc::List(l, pos) => {
                    let item = l.borrow().get(*pos).cloned();
                    *pos += 1;
                    item
                }
                IterSrc::Tuple(t, pos) => {
                    let item = t.get(*pos).cloned();
                    *pos += 1;
                    item
                }
                IterSrc::Str(s, pos) => {
                    let c = s[*pos..].chars().next()?;
                    *pos += c.len_utf8();
                    Some(Obj::Str(Str::from(c.to_string())))
                }
                // Reads the entries of prelude_map's Dict (holes are deleted items).
                IterSrc::Dict(d, pos, size, left, kind) => {
                    let d = d.borrow();
                    if d.len() != *size {
                        raise("RuntimeError", "dictionary changed size during iteration");
                    }
                    while *pos < d.entries.len() {
                        *pos += 1;
                        if let Some((k, v)) = &d.entries[*pos - 1] {
                            // keys replaced at the same size: more entries than it had
                            if *left == 0 {
                                raise("RuntimeError", "dictionary keys changed during iteration");
                            }
                            *left -= 1;
                            return Some(kind.item(k, v));
                        }
                    }
                    None
                }
                // prelude_map's live iterator, as the typed sets use it.
                IterSrc::Set(it) => it.next(),
                IterSrc::Range(r) => r.next().map(Obj::Int),
                IterSrc::Shared(it) => it.borrow_mut().next(),
            }
        }
    }

    /// `iter(x)`, or None when x is not iterable.
    pub fn obj_try_iter(x: &Obj) -> Option<ObjIter> {
        let src = match x {
            Obj::List(l) => IterSrc::List(l.clone(), 0),
            Obj::Tuple(t) => IterSrc::Tuple(t.clone(), 0),
            Obj::Str(s) => IterSrc::Str(s.clone(), 0),
            Obj::Dict(d) => IterSrc::Dict(d.clone(), 0, d.borrow().len(), d.borrow().len(), DictView::Keys),
            Obj::View(d, kind) => IterSrc::Dict(d.clone(), 0, d.borrow().len(), d.borrow().len(), *kind),
            Obj::Set(s) => IterSrc::Set(set_iter(s)),
            Obj::Range(start, stop, step) => IterSrc::Range(range(*start, *stop, *step)),
            Obj::Iter(it) => IterSrc::Shared(it.clone()),
            _ => return None,
        };
        Some(ObjIter { src })
    }

    /// `iter(x)`: TypeError when x is not iterable.
    #[track_caller]
    pub fn iter(x: &Obj) -> ObjIter {
        match obj_try_iter(x) {
            Some(it) => it,
            None => raise("TypeError", &format!("'{}' object is not iterable", x.type_name())),
        }
    }

    /// `list(x)`'s items: the iterable's items collected.
    #[track_caller]
    pub fn obj_items(x: &Obj) -> Vec<Obj> {
        iter(x).collect()
    }

    #[track_caller]
    fn unpack_iter(x: &Obj) -> ObjIter {
        match obj_try_iter(x) {
            Some(it) => it,
            None => raise("TypeError", &format!("cannot unpack non-iterable {} object", x.type_name())),
        }
    }

    /// `a, b, c = x`: exactly n items (an iterator is read one past n only).
    #[track_caller]
    pub fn unpack(x: &Obj, n: usize) -> Vec<Obj> {
        let mut it = unpack_iter(x);
        let mut out = Vec::with_capacity(n);
        while out.len() < n {
            match it.next() {
                Some(v) => out.push(v),
                None => raise(
                    "ValueError",
                    &format!("not enough values to unpack (expected {}, got {})", n, out.len()),
                ),
            }
        }
        if it.next().is_some() {
            raise("ValueError", &format!("too many values to unpack (expected {})", n));
        }
        out
    }

    /// `a, *b, c = x`: `before` items, a new list of the middle, `after` items.
    #[track_caller]
    pub fn unpack_ex(x: &Obj, before: usize, after: usize) -> Vec<Obj> {
        let mut items: Vec<Obj> = unpack_iter(x).collect();
        if items.len() < before + after {
            raise(
                "ValueError",
                &format!("not enough values to unpack (expected at least {}, got {})", before + after, items.len()),
            );
        }
        let tail = items.split_off(items.len() - after);
        let middle = items.split_off(before);
        items.push(Obj::list(middle));
        items.extend(tail);
        items
    }
