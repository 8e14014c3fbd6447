    // ---- prelude_objlib.rs: methods and builtin functions of `object` values --------
    // Items pasted inside `mod py` after prelude_obj.rs (see OBJECT.md).  This
    // file only dispatches on the receiver's variant, checks the arguments as
    // CPython 3.11 does (the same TypeError texts) and converts; the semantics
    // come from the typed runtime (prelude_str/seq/map.rs, prelude.rs) and the
    // protocols of prelude_obj.rs (Show, ==, <, +, iter, len, truth).
    //
    // Known differences from CPython:
    // - reversed() of a list, tuple, str or dict iterates a snapshot.
    // - a function value called with too few arguments cannot name the
    //   missing parameters ("f() missing 1 required positional argument").
    // - an error raised inside a function value (a key function; a builtin,
    //   bound method or user function passed to map() or filter()) or by a
    //   comparison inside sort(), min() or max() reaches raise() through
    //   closures, which cannot be #[track_caller]: the Python line its
    //   traceback names may be off.

    /// How CPython checks the arguments of a builtin function or method that
    /// takes no keywords; each kind words its TypeError differently.
    #[derive(Clone, Copy)]
    enum Sig {
        /// METH_NOARGS: "str.upper() takes no arguments (1 given)".
        NoArgs,
        /// METH_O: "list.append() takes exactly one argument (0 given)".
        One,
        /// Argument Clinic, positional-only: "insert expected 2 arguments, got 1".
        Pos(usize, usize),
        /// PyArg_ParseTuple: "find() takes at least 1 argument (0 given)".
        Tuple(usize, usize),
    }

    fn plural(n: usize) -> &'static str {
        if n == 1 {
            ""
        } else {
            "s"
        }
    }

    /// Checks the arguments of `owner.name(...)` (owner "" for a builtin
    /// function) against `sig`; optional ones are then `args.get(i)`.
    #[track_caller]
    fn check(owner: &str, name: &str, sig: Sig, args: &[Obj], kwargs: &[(&str, Obj)]) {
        let qual = || if owner.is_empty() { name.to_string() } else { format!("{}.{}", owner, name) };
        if !kwargs.is_empty() {
            raise("TypeError", &format!("{}() takes no keyword arguments", qual()));
        }
        let n = args.len();
        match sig {
            Sig::NoArgs if n > 0 => raise("TypeError", &format!("{}() takes no arguments ({} given)", qual(), n)),
            Sig::One if n != 1 => raise("TypeError", &format!("{}() takes exactly one argument ({} given)", qual(), n)),
            Sig::Pos(lo, hi) if n < lo || n > hi => {
                let (bound, count) = if lo == hi {
                    ("", lo)
                } else if n < lo {
                    ("at least ", lo)
                } else {
                    ("at most ", hi)
                };
                raise(
                    "TypeError",
                    &format!("{} expected {}{} argument{}, got {}", name, bound, count, plural(count), n),
                )
            }
            Sig::Tuple(lo, _) if n < lo => {
                raise("TypeError", &format!("{}() takes at least {} argument{} ({} given)", name, lo, plural(lo), n))
            }
            Sig::Tuple(_, hi) if n > hi => {
                raise("TypeError", &format!("{}() takes at most {} argument{} ({} given)", name, hi, plural(hi), n))
            }
            _ => {}
        }
    }

    /// The parameters of a builtin that takes keywords: their names, how
    /// many are positional-only, how many may be positional (the rest are
    /// keyword-only) and how many are required.
    struct Params {
        names: &'static [&'static str],
        posonly: usize,
        maxpos: usize,
        required: usize,
    }

    const SPLIT: Params = Params { names: &["sep", "maxsplit"], posonly: 0, maxpos: 2, required: 0 };
    const SPLITLINES: Params = Params { names: &["keepends"], posonly: 0, maxpos: 1, required: 0 };
    const SORT: Params = Params { names: &["key", "reverse"], posonly: 0, maxpos: 0, required: 0 };
    const MIN_MAX: Params = Params { names: &["key", "default"], posonly: 0, maxpos: 0, required: 0 };
    const ROUND: Params = Params { names: &["number", "ndigits"], posonly: 0, maxpos: 2, required: 1 };
    const SUM: Params = Params { names: &["iterable", "start"], posonly: 1, maxpos: 2, required: 1 };
    const ZIP: Params = Params { names: &["strict"], posonly: 0, maxpos: 0, required: 0 };
    const STR: Params = Params { names: &["object", "encoding", "errors"], posonly: 0, maxpos: 3, required: 0 };
    const INT: Params = Params { names: &["x", "base"], posonly: 1, maxpos: 2, required: 0 };

    /// Binds arguments to `p` as Argument Clinic's _PyArg_UnpackKeywords
    /// does, with its errors in its order: one slot per parameter.
    #[track_caller]
    fn bind_kw(name: &str, p: &Params, args: &[Obj], kwargs: &[(&str, Obj)]) -> Vec<Option<Obj>> {
        let (n, total, max) = (args.len(), args.len() + kwargs.len(), p.names.len());
        if total > max {
            let keyword = if n == 0 { "keyword " } else { "" };
            raise(
                "TypeError",
                &format!("{}() takes at most {} {}argument{} ({} given)", name, max, keyword, plural(max), total),
            );
        }
        if n > p.maxpos {
            if p.maxpos == 0 {
                raise("TypeError", &format!("{}() takes no positional arguments", name));
            }
            let bound = if p.required < p.maxpos { "at most" } else { "exactly" };
            raise(
                "TypeError",
                &format!(
                    "{}() takes {} {} positional argument{} ({} given)",
                    name,
                    bound,
                    p.maxpos,
                    plural(p.maxpos),
                    n
                ),
            );
        }
        let min_posonly = p.posonly.min(p.required);
        if n < min_posonly {
            let bound = if min_posonly < p.maxpos { "at least" } else { "exactly" };
            raise(
                "TypeError",
                &format!(
                    "{}() takes {} {} positional argument{} ({} given)",
                    name,
                    bound,
                    min_posonly,
                    plural(min_posonly),
                    n
                ),
            );
        }
        let keyword = |param: &str| kwargs.iter().find(|kw| kw.0 == param).map(|kw| kw.1.clone());
        let mut slots: Vec<Option<Obj>> = Vec::with_capacity(max);
        for (k, param) in p.names.iter().enumerate() {
            let v = if k < n {
                Some(args[k].clone())
            } else if k < p.posonly {
                None
            } else {
                keyword(param)
            };
            if v.is_none() && k < p.required {
                raise("TypeError", &format!("{}() missing required argument '{}' (pos {})", name, param, k + 1));
            }
            slots.push(v);
        }
        let named = slots.iter().skip(n.max(p.posonly)).filter(|v| v.is_some()).count();
        if named < kwargs.len() {
            for (k, param) in p.names.iter().enumerate().take(n).skip(p.posonly) {
                if keyword(param).is_some() {
                    raise(
                        "TypeError",
                        &format!("argument for {}() given by name ('{}') and position ({})", name, param, k + 1),
                    );
                }
            }
            for (key, _) in kwargs {
                if !p.names[p.posonly..].contains(key) {
                    raise("TypeError", &format!("'{}' is an invalid keyword argument for {}()", key, name));
                }
            }
        }
        slots
    }

    /// The slot of a required parameter, which `bind_kw` made sure is there.
    #[track_caller]
    fn required(slot: &Option<Obj>) -> &Obj {
        match slot {
            Some(v) => v,
            None => unreachable(),
        }
    }

    /// An argument used as an integer (`__index__`): ints and bools.
    #[track_caller]
    fn index_arg(v: &Obj) -> i64 {
        match obj_index(v) {
            Some(i) => i,
            None => raise("TypeError", &format!("'{}' object cannot be interpreted as an integer", v.type_name())),
        }
    }

    /// An optional integer argument.
    #[track_caller]
    fn opt_index(v: Option<&Obj>, default: i64) -> i64 {
        match v {
            Some(v) => index_arg(v),
            None => default,
        }
    }

    /// A start or end bound of str.find & co. (None allowed) or of
    /// list.index & co. (`none_ok` false).
    #[track_caller]
    fn bound_arg(v: Option<&Obj>, none_ok: bool) -> Option<i64> {
        match v {
            None => None,
            Some(Obj::None) if none_ok => None,
            Some(v) => match obj_index(v) {
                Some(i) => Some(i),
                None if none_ok => {
                    raise("TypeError", "slice indices must be integers or None or have an __index__ method")
                }
                None => raise("TypeError", "slice indices must be integers or have an __index__ method"),
            },
        }
    }

    /// A str argument; otherwise "`what`must be str, not int".
    #[track_caller]
    fn str_arg<'a>(v: &'a Obj, what: &str) -> &'a str {
        match v {
            Obj::Str(s) => s,
            _ => raise("TypeError", &format!("{}must be str, not {}", what, v.type_name())),
        }
    }

    /// A lazy iterator value: the result of map, filter, zip, enumerate, reversed, iter.
    fn iter_obj<I: Iterator<Item = Obj> + 'static>(it: I) -> Obj {
        Obj::Iter(Rc::new(RefCell::new(Box::new(it))))
    }

    fn str_list(items: Vec<Str>) -> Obj {
        Obj::list(items.into_iter().map(Obj::Str).collect())
    }

    /// The key of `x` under an optional key function (None is no key).
    /// Keys compare through Obj's PartialOrd, which is Python's `<` and `>`
    /// (prelude_seq's sort uses `<` only, max `>` and min `<`, as CPython).
    #[track_caller]
    fn sort_key(key: Option<&Obj>, x: &Obj) -> Obj {
        match key {
            None | Some(Obj::None) => x.clone(),
            Some(f) => call(f, std::slice::from_ref(x)),
        }
    }

    /// `xs.sort(key=..., reverse=...)`, for list.sort() and sorted()
    /// (whose positional argument is not passed on).
    #[track_caller]
    fn sort_objs(xs: &mut Vec<Obj>, args: &[Obj], kwargs: &[(&str, Obj)]) {
        let kw = bind_kw("sort", &SORT, args, kwargs);
        let reverse = opt_index(kw[1].as_ref(), 0) != 0;
        let key = kw[0].as_ref();
        sort_by_key(xs, |x| sort_key(key, x), reverse);
    }

    // ---- method tables ------------------------------------------------------------

    #[rustfmt::skip]
    const STR_METHODS: &[&str] = &[
        "upper", "lower", "casefold", "swapcase", "title", "capitalize", "strip", "lstrip", "rstrip", "split",
        "rsplit", "splitlines", "join", "replace", "find", "rfind", "index", "rindex", "count", "startswith",
        "endswith", "center", "ljust", "rjust", "zfill", "partition", "rpartition", "removeprefix", "removesuffix",
        "isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "isdecimal", "isnumeric", "istitle",
        "isidentifier", "isascii", "isprintable", "format",
    ];
    const LIST_METHODS: &[&str] =
        &["append", "extend", "insert", "pop", "remove", "index", "count", "sort", "reverse", "copy", "clear"];
    const DICT_METHODS: &[&str] =
        &["get", "setdefault", "pop", "popitem", "keys", "values", "items", "update", "copy", "clear"];
    #[rustfmt::skip]
    const SET_METHODS: &[&str] = &[
        "add", "remove", "discard", "pop", "union", "intersection", "difference", "symmetric_difference", "issubset",
        "issuperset", "isdisjoint", "update", "copy", "clear",
    ];
    const TUPLE_METHODS: &[&str] = &["index", "count"];
    const INT_METHODS: &[&str] = &["bit_length", "bit_count"];
    const FLOAT_METHODS: &[&str] = &["is_integer"];

    /// CPython methods not implemented here: calling one is a SystemError
    /// naming it, not a false AttributeError.
    #[rustfmt::skip]
    const UNSUPPORTED_METHODS: &[&str] = &[
        "str.encode", "str.expandtabs", "str.format_map", "str.maketrans", "str.translate", "dict.fromkeys",
        "set.difference_update", "set.intersection_update", "set.symmetric_difference_update", "int.as_integer_ratio",
        "int.conjugate", "int.from_bytes", "int.to_bytes", "bool.as_integer_ratio", "bool.conjugate",
        "bool.from_bytes", "bool.to_bytes", "float.as_integer_ratio", "float.conjugate", "float.fromhex", "float.hex",
        "range.count", "range.index",
    ];

    /// The methods `recv` has here.
    fn methods_of(recv: &Obj) -> &'static [&'static str] {
        match recv {
            Obj::Str(_) => STR_METHODS,
            Obj::List(_) => LIST_METHODS,
            Obj::Dict(_) => DICT_METHODS,
            Obj::Set(_) => SET_METHODS,
            Obj::Tuple(_) => TUPLE_METHODS,
            Obj::Int(_) | Obj::Bool(_) => INT_METHODS,
            Obj::Float(_) => FLOAT_METHODS,
            _ => &[],
        }
    }

    /// `recv.name` where the type has no such method here.
    #[track_caller]
    fn no_attribute(recv: &Obj, name: &str) -> ! {
        let qual = format!("{}.{}", recv.type_name(), name);
        if UNSUPPORTED_METHODS.contains(&qual.as_str()) {
            raise("SystemError", &format!("portalisc: {}() is not supported", qual));
        }
        raise("AttributeError", &format!("'{}' object has no attribute '{}'", recv.type_name(), name))
    }

    // ---- methods ----------------------------------------------------------------------

    /// `recv.name(*args, **kwargs)`.
    #[track_caller]
    pub fn method(recv: &Obj, name: &str, args: &[Obj], kwargs: &[(&str, Obj)]) -> Obj {
        if let Some((type_name, name)) = type_method(recv, name) {
            return call_unbound(type_name, name, args, kwargs);
        }
        if !methods_of(recv).contains(&name) {
            no_attribute(recv, name);
        }
        match recv {
            Obj::Str(s) => str_method(recv, s, name, args, kwargs),
            Obj::List(l) => list_method(recv, l, name, args, kwargs),
            Obj::Dict(d) => dict_method(recv, d, name, args, kwargs),
            Obj::Set(s) => set_method(recv, s, name, args, kwargs),
            Obj::Tuple(t) => tuple_method(recv, t, name, args, kwargs),
            _ => number_method(recv, name, args, kwargs),
        }
    }

    #[track_caller]
    fn str_method(recv: &Obj, s: &str, name: &str, args: &[Obj], kwargs: &[(&str, Obj)]) -> Obj {
        let mapping: Option<fn(&str) -> Str> = match name {
            "upper" => Some(upper),
            "lower" => Some(lower),
            "casefold" => Some(casefold),
            "swapcase" => Some(swapcase),
            "title" => Some(title),
            "capitalize" => Some(capitalize),
            _ => None,
        };
        if let Some(f) = mapping {
            check("str", name, Sig::NoArgs, args, kwargs);
            return Obj::Str(f(s));
        }
        let test: Option<fn(&str) -> bool> = match name {
            "isdigit" => Some(isdigit),
            "isalpha" => Some(isalpha),
            "isalnum" => Some(isalnum),
            "isspace" => Some(isspace),
            "isupper" => Some(isupper),
            "islower" => Some(islower),
            "isdecimal" => Some(isdecimal),
            "isnumeric" => Some(isnumeric),
            "istitle" => Some(istitle),
            "isidentifier" => Some(isidentifier),
            "isascii" => Some(isascii),
            _ => None,
        };
        if let Some(f) = test {
            check("str", name, Sig::NoArgs, args, kwargs);
            return Obj::Bool(f(s));
        }
        match name {
            "isprintable" => {
                check("str", name, Sig::NoArgs, args, kwargs);
                Obj::Bool(s.chars().all(is_printable))
            }
            "split" | "rsplit" => {
                let a = bind_kw(name, &SPLIT, args, kwargs);
                let sep = match &a[0] {
                    None | Some(Obj::None) => None,
                    Some(Obj::Str(t)) => Some(t.as_str()),
                    Some(v) => raise("TypeError", &format!("must be str or None, not {}", v.type_name())),
                };
                let maxsplit = opt_index(a[1].as_ref(), -1);
                str_list(if name == "split" { split(s, sep, maxsplit) } else { rsplit(s, sep, maxsplit) })
            }
            "splitlines" => {
                let a = bind_kw(name, &SPLITLINES, args, kwargs);
                str_list(splitlines(s, opt_index(a[0].as_ref(), 0) != 0))
            }
            "join" => {
                check("str", name, Sig::One, args, kwargs);
                let items = match obj_try_iter(&args[0]) {
                    Some(it) => it,
                    None => raise("TypeError", "can only join an iterable"),
                };
                let mut parts: Vec<Str> = Vec::new();
                for (k, x) in items.enumerate() {
                    match x {
                        Obj::Str(t) => parts.push(t),
                        other => raise(
                            "TypeError",
                            &format!("sequence item {}: expected str instance, {} found", k, other.type_name()),
                        ),
                    }
                }
                Obj::Str(join(s, &parts))
            }
            "strip" | "lstrip" | "rstrip" => {
                check("str", name, Sig::Pos(0, 1), args, kwargs);
                let chars = match args.get(0) {
                    None | Some(Obj::None) => None,
                    Some(Obj::Str(c)) => Some(c.as_str()),
                    Some(_) => raise("TypeError", &format!("{} arg must be None or str", name)),
                };
                Obj::Str(match name {
                    "strip" => strip(s, chars),
                    "lstrip" => lstrip(s, chars),
                    _ => rstrip(s, chars),
                })
            }
            "replace" => {
                check("str", name, Sig::Pos(2, 3), args, kwargs);
                let old = str_arg(&args[0], "replace() argument 1 ");
                let new = str_arg(&args[1], "replace() argument 2 ");
                Obj::Str(replace(s, old, new, opt_index(args.get(2), -1)))
            }
            "find" | "rfind" | "index" | "rindex" | "count" => {
                check("str", name, Sig::Tuple(1, 3), args, kwargs);
                let (lo, hi) = (bound_arg(args.get(1), true), bound_arg(args.get(2), true));
                let sub = str_arg(&args[0], "");
                Obj::Int(match name {
                    "find" => find(s, sub, lo, hi),
                    "rfind" => rfind(s, sub, lo, hi),
                    "index" => index(s, sub, lo, hi),
                    "rindex" => rindex(s, sub, lo, hi),
                    _ => count(s, sub, lo, hi),
                })
            }
            "startswith" | "endswith" => {
                check("str", name, Sig::Tuple(1, 3), args, kwargs);
                let (lo, hi) = (bound_arg(args.get(1), true), bound_arg(args.get(2), true));
                let test =
                    |p: &str| if name == "startswith" { startswith(s, p, lo, hi) } else { endswith(s, p, lo, hi) };
                match &args[0] {
                    Obj::Str(p) => Obj::Bool(test(p)),
                    // Checked one by one up to the first match, as CPython.
                    Obj::Tuple(ps) => {
                        for p in ps.iter() {
                            match p {
                                Obj::Str(t) if test(t) => return Obj::Bool(true),
                                Obj::Str(_) => {}
                                _ => raise(
                                    "TypeError",
                                    &format!("tuple for {} must only contain str, not {}", name, p.type_name()),
                                ),
                            }
                        }
                        Obj::Bool(false)
                    }
                    other => raise(
                        "TypeError",
                        &format!("{} first arg must be str or a tuple of str, not {}", name, other.type_name()),
                    ),
                }
            }
            "center" | "ljust" | "rjust" => {
                check("str", name, Sig::Pos(1, 2), args, kwargs);
                let width = index_arg(&args[0]);
                let fill = match args.get(1) {
                    None => ' ',
                    Some(Obj::Str(f)) => {
                        let mut cs = f.chars();
                        match (cs.next(), cs.next()) {
                            (Some(c), None) => c,
                            _ => raise("TypeError", "The fill character must be exactly one character long"),
                        }
                    }
                    Some(v) => raise(
                        "TypeError",
                        &format!("The fill character must be a unicode character, not {}", v.type_name()),
                    ),
                };
                Obj::Str(match name {
                    "center" => center(s, width, fill),
                    "ljust" => ljust(s, width, fill),
                    _ => rjust(s, width, fill),
                })
            }
            "zfill" => {
                check("str", name, Sig::One, args, kwargs);
                Obj::Str(zfill(s, index_arg(&args[0])))
            }
            "partition" | "rpartition" => {
                check("str", name, Sig::One, args, kwargs);
                let sep = str_arg(&args[0], "");
                Obj::from(if name == "partition" { partition(s, sep) } else { rpartition(s, sep) })
            }
            "removeprefix" | "removesuffix" => {
                check("str", name, Sig::One, args, kwargs);
                let affix = str_arg(&args[0], &format!("{}() argument ", name));
                let kept = if name == "removeprefix" { s.strip_prefix(affix) } else { s.strip_suffix(affix) };
                Obj::Str(Str::from(kept.unwrap_or(s).to_string()))
            }
            "format" => {
                let refs: Vec<&dyn FormatArg> = args.iter().map(|a| a as &dyn FormatArg).collect();
                let named: Vec<(&str, &dyn FormatArg)> = kwargs.iter().map(|(k, v)| (*k, v as &dyn FormatArg)).collect();
                Obj::Str(str_format(s, &refs, &named))
            }
            _ => no_attribute(recv, name),
        }
    }

    #[track_caller]
    fn list_method(recv: &Obj, l: &Rc<RefCell<Vec<Obj>>>, name: &str, args: &[Obj], kwargs: &[(&str, Obj)]) -> Obj {
        match name {
            "sort" => {
                // The list is empty while it is sorted, as in CPython, so a
                // key function that looks at it sees no half-sorted state.
                let mut items = std::mem::take(&mut *l.borrow_mut());
                sort_objs(&mut items, args, kwargs);
                *l.borrow_mut() = items;
                return Obj::None;
            }
            "append" | "remove" | "count" | "extend" => check("list", name, Sig::One, args, kwargs),
            "insert" => check("list", name, Sig::Pos(2, 2), args, kwargs),
            "pop" => check("list", name, Sig::Pos(0, 1), args, kwargs),
            "index" => check("list", name, Sig::Pos(1, 3), args, kwargs),
            _ => check("list", name, Sig::NoArgs, args, kwargs),
        }
        match name {
            "append" => l.borrow_mut().push(args[0].clone()),
            "extend" => {
                // Collected first: `xs.extend(xs)` doubles xs once.
                let items: Vec<Obj> = iter(&args[0]).collect();
                l.borrow_mut().extend(items);
            }
            "insert" => {
                let i = index_arg(&args[0]);
                insert(&mut l.borrow_mut(), i, args[1].clone());
            }
            "pop" => {
                let i = match args.get(0) {
                    Some(a) => Some(index_arg(a)),
                    None => None,
                };
                let mut v = l.borrow_mut();
                return match i {
                    None => pop(&mut v),
                    Some(i) => pop_at(&mut v, i),
                };
            }
            "remove" => remove(&mut l.borrow_mut(), &args[0]),
            "index" => {
                let (lo, hi) = (bound_arg(args.get(1), false), bound_arg(args.get(2), false));
                return Obj::Int(list_index(&l.borrow(), &args[0], lo, hi));
            }
            "count" => return Obj::Int(list_count(&l.borrow(), &args[0])),
            "reverse" => l.borrow_mut().reverse(),
            "copy" => return Obj::list(l.borrow().clone()),
            "clear" => l.borrow_mut().clear(),
            _ => no_attribute(recv, name),
        }
        Obj::None
    }

    #[track_caller]
    fn tuple_method(recv: &Obj, t: &[Obj], name: &str, args: &[Obj], kwargs: &[(&str, Obj)]) -> Obj {
        match name {
            "index" => {
                check("tuple", name, Sig::Pos(1, 3), args, kwargs);
                let (lo, hi) = (bound_arg(args.get(1), false), bound_arg(args.get(2), false));
                let n = t.len() as i64;
                let clamp = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
                let (lo, hi) = (clamp(lo.unwrap_or(0)), clamp(hi.unwrap_or(n)));
                for k in lo..hi {
                    if t[k as usize] == args[0] {
                        return Obj::Int(k);
                    }
                }
                raise("ValueError", "tuple.index(x): x not in tuple")
            }
            "count" => {
                check("tuple", name, Sig::One, args, kwargs);
                Obj::Int(list_count(t, &args[0]))
            }
            _ => no_attribute(recv, name),
        }
    }

    /// The (key, value) pairs of dict(src) / d.update(src) for a src that is
    /// not a dict: each item must be an iterable of exactly two.
    #[track_caller]
    fn dict_pairs(src: &Obj) -> Vec<(Obj, Obj)> {
        let mut pairs = Vec::new();
        for (i, item) in iter(src).enumerate() {
            let kv: Vec<Obj> = match obj_try_iter(&item) {
                Some(it) => it.collect(),
                None => raise(
                    "TypeError",
                    &format!("cannot convert dictionary update sequence element #{} to a sequence", i),
                ),
            };
            if kv.len() != 2 {
                raise(
                    "ValueError",
                    &format!("dictionary update sequence element #{} has length {}; 2 is required", i, kv.len()),
                );
            }
            let mut kv = kv.into_iter();
            if let (Some(k), Some(v)) = (kv.next(), kv.next()) {
                pairs.push((k, v));
            }
        }
        pairs
    }

    /// `d.update(src)` and the positional argument of `dict(src)`.
    #[track_caller]
    fn dict_extend(d: &Rc<RefCell<Dict<Obj, Obj>>>, src: &Obj) {
        match src {
            Obj::Dict(o) if Rc::ptr_eq(o, d) => {}
            Obj::Dict(o) => d.borrow_mut().update(&o.borrow()),
            _ => {
                let pairs = dict_pairs(src);
                let mut d = d.borrow_mut();
                for (k, v) in pairs {
                    d.set(k, v);
                }
            }
        }
    }

    /// Keyword arguments of dict() and dict.update(): str keys.
    fn dict_extend_kw(d: &Rc<RefCell<Dict<Obj, Obj>>>, kwargs: &[(&str, Obj)]) {
        let mut d = d.borrow_mut();
        for (k, v) in kwargs {
            d.set(Obj::Str(Str::from(k.to_string())), v.clone());
        }
    }

    #[track_caller]
    fn dict_method(
        recv: &Obj,
        d: &Rc<RefCell<Dict<Obj, Obj>>>,
        name: &str,
        args: &[Obj],
        kwargs: &[(&str, Obj)],
    ) -> Obj {
        match name {
            "get" | "setdefault" | "pop" => check("dict", name, Sig::Pos(1, 2), args, kwargs),
            // update's keywords are items to add, checked by nothing.
            "update" => check("dict", name, Sig::Pos(0, 1), args, &[]),
            _ => check("dict", name, Sig::NoArgs, args, kwargs),
        }
        let default = || args.get(1).cloned().unwrap_or(Obj::None);
        match name {
            "get" => {
                let m = d.borrow();
                check_key(&m, &args[0]);
                let hit = m.get(&args[0]).cloned();
                hit.unwrap_or_else(default)
            }
            // The stored value itself: a list value is shared with the dict.
            "setdefault" => d.borrow_mut().setdefault(args[0].clone(), default()).clone(),
            // An empty dict hashes nothing, as in CPython: `{}.pop([], 0)` is 0.
            "pop" => {
                let mut m = d.borrow_mut();
                match args.get(1) {
                    Some(v) if m.is_empty() => v.clone(),
                    Some(v) => m.pop_or(&args[0], v.clone()),
                    None if m.is_empty() => key_error(&args[0]),
                    None => m.pop(&args[0]),
                }
            }
            "popitem" => {
                let (k, v) = d.borrow_mut().popitem();
                Obj::tuple(vec![k, v])
            }
            // Snapshots, not views: see the top of this file.
            "keys" => Obj::View(d.clone(), DictView::Keys),
            "values" => Obj::View(d.clone(), DictView::Values),
            "items" => Obj::View(d.clone(), DictView::Items),
            "update" => {
                if let Some(src) = args.get(0) {
                    dict_extend(d, src);
                }
                dict_extend_kw(d, kwargs);
                Obj::None
            }
            "copy" => Obj::Dict(Rc::new(RefCell::new(d.borrow().clone()))),
            "clear" => {
                d.borrow_mut().clear();
                Obj::None
            }
            _ => no_attribute(recv, name),
        }
    }

    /// Adds the items of `src` to `s` as CPython's set_update_internal: a
    /// set merges table to table; a dict's keys go in after one resize for
    /// all of them (which needs prelude_map's Set internals); anything else
    /// is added in iteration order.  (`src` must not be `s` itself.)
    #[track_caller]
    fn set_extend(s: &mut Set<Obj>, src: &Obj) {
        match src {
            Obj::Set(o) => s.update(&o.borrow()),
            Obj::Dict(d) => {
                let keys = d.borrow().key_list();
                if (s.fill + keys.len()) * 5 >= s.mask() * 3 {
                    let want = (s.used + keys.len()) * 2;
                    s.resize(want);
                }
                for k in keys {
                    s.add(k);
                }
            }
            _ => {
                for x in iter(src) {
                    s.add(x);
                }
            }
        }
    }

    /// `set(src)`, laid out as CPython lays it out.
    #[track_caller]
    fn to_set(src: &Obj) -> Set<Obj> {
        let mut s = Set::new();
        set_extend(&mut s, src);
        s
    }

    /// `f` applied to `src` as a set: borrowed if it is one, else converted.
    #[track_caller]
    fn with_set<R>(src: &Obj, f: impl FnOnce(&Set<Obj>) -> R) -> R {
        match src {
            Obj::Set(o) => f(&o.borrow()),
            _ => f(&to_set(src)),
        }
    }

    fn same_set(s: &Rc<RefCell<Set<Obj>>>, o: &Obj) -> bool {
        matches!(o, Obj::Set(o) if Rc::ptr_eq(o, s))
    }

    /// CPython's set_intersection(so, other): a set is probed from the
    /// smaller side, any other iterable in its own order.
    #[track_caller]
    fn set_intersection(so: &Set<Obj>, other: &Obj) -> Set<Obj> {
        match other {
            Obj::Set(o) => so.intersection(&o.borrow()),
            _ => {
                let mut r = Set::new();
                for x in iter(other) {
                    if so.contains(&x) {
                        r.add(x);
                    }
                }
                r
            }
        }
    }

    /// CPython's set_difference(so, other): sets and dicts by size, other
    /// iterables by copying `so` and discarding.  Discards leave the same
    /// table whatever their order, so a temporary set stands for the iterable.
    #[track_caller]
    fn set_difference(so: &Set<Obj>, other: &Obj) -> Set<Obj> {
        match other {
            Obj::Set(o) => so.difference(&o.borrow()),
            Obj::Dict(_) => so.difference(&to_set(other)),
            _ => {
                let mut r = so.copy();
                r.difference_update(&to_set(other));
                r
            }
        }
    }

    #[track_caller]
    fn set_method(recv: &Obj, s: &Rc<RefCell<Set<Obj>>>, name: &str, args: &[Obj], kwargs: &[(&str, Obj)]) -> Obj {
        match name {
            "union" | "intersection" | "difference" | "update" => {
                if !kwargs.is_empty() {
                    raise("TypeError", &format!("set.{}() takes no keyword arguments", name));
                }
            }
            "add" | "remove" | "discard" | "symmetric_difference" | "issubset" | "issuperset" | "isdisjoint" => {
                check("set", name, Sig::One, args, kwargs)
            }
            _ => check("set", name, Sig::NoArgs, args, kwargs),
        }
        let result = |r: Set<Obj>| Obj::Set(Rc::new(RefCell::new(r)));
        match name {
            "add" => s.borrow_mut().add(args[0].clone()),
            "remove" => s.borrow_mut().remove(&args[0]),
            "discard" => {
                s.borrow_mut().discard(&args[0]);
            }
            "pop" => return s.borrow_mut().pop(),
            "copy" => return result(s.borrow().copy()),
            "clear" => s.borrow_mut().clear(),
            "update" => {
                for o in args {
                    // An iterable is read before the set is borrowed: it
                    // may be an iterator over the set itself.
                    let items;
                    let src = match o {
                        _ if same_set(s, o) => continue,
                        Obj::Set(_) | Obj::Dict(_) => o,
                        _ => {
                            items = Obj::tuple(iter(o).collect());
                            &items
                        }
                    };
                    set_extend(&mut s.borrow_mut(), src);
                }
            }
            "union" => {
                let mut r = s.borrow().copy();
                for o in args {
                    if !same_set(s, o) {
                        set_extend(&mut r, o);
                    }
                }
                return result(r);
            }
            // The first intersection is with the set itself (its table order
            // matters), each later one with the result so far.
            "intersection" => {
                let so = s.borrow();
                let mut r: Option<Set<Obj>> = None;
                for o in args {
                    r = Some(match &r {
                        None if same_set(s, o) => so.copy(),
                        None => set_intersection(&so, o),
                        Some(r) => set_intersection(r, o),
                    });
                }
                return result(r.unwrap_or_else(|| so.copy()));
            }
            "difference" => {
                let mut r = match args.first() {
                    None => s.borrow().copy(),
                    Some(o) => set_difference(&s.borrow(), o),
                };
                for o in args.iter().skip(1) {
                    with_set(o, |o| r.difference_update(o));
                }
                return result(r);
            }
            "symmetric_difference" => {
                let mut r = to_set(&args[0]);
                r.symmetric_difference_update(&s.borrow());
                return result(r);
            }
            "issubset" => return Obj::Bool(with_set(&args[0], |o| s.borrow().issubset(o))),
            "issuperset" => return Obj::Bool(with_set(&args[0], |o| s.borrow().issuperset(o))),
            "isdisjoint" => return Obj::Bool(with_set(&args[0], |o| s.borrow().isdisjoint(o))),
            _ => no_attribute(recv, name),
        }
        Obj::None
    }

    #[track_caller]
    fn number_method(recv: &Obj, name: &str, args: &[Obj], kwargs: &[(&str, Obj)]) -> Obj {
        // bool's methods are int's, and CPython's messages say so.
        let owner = if let Obj::Float(_) = recv { "float" } else { "int" };
        match (recv, name) {
            (Obj::Int(_) | Obj::Bool(_), "bit_length") => {
                check(owner, name, Sig::NoArgs, args, kwargs);
                Obj::Int(64 - recv.to_int().unsigned_abs().leading_zeros() as i64)
            }
            (Obj::Int(_) | Obj::Bool(_), "bit_count") => {
                check(owner, name, Sig::NoArgs, args, kwargs);
                Obj::Int(recv.to_int().unsigned_abs().count_ones() as i64)
            }
            (Obj::Float(x), "is_integer") => {
                check(owner, name, Sig::NoArgs, args, kwargs);
                Obj::Bool(x.is_finite() && x.fract() == 0.0)
            }
            _ => no_attribute(recv, name),
        }
    }

    // ---- builtin functions -----------------------------------------------------------

    /// The builtin types a builtin_ref can name for isinstance().
    const TYPE_NAMES: &[&str] = &["int", "bool", "float", "str", "list", "tuple", "dict", "set", "range"];

    /// `isinstance(x, t)` for a type or a (nested) tuple of types.
    #[track_caller]
    fn instance_of(x: &Obj, t: &Obj) -> bool {
        match t {
            Obj::Func(f) if f.arity.is_none() && TYPE_NAMES.contains(&f.name) => matches!(
                (f.name, x),
                ("int", Obj::Int(_) | Obj::Bool(_))
                    | ("bool", Obj::Bool(_))
                    | ("float", Obj::Float(_))
                    | ("str", Obj::Str(_))
                    | ("list", Obj::List(_))
                    | ("tuple", Obj::Tuple(_))
                    | ("dict", Obj::Dict(_))
                    | ("set", Obj::Set(_))
                    | ("range", Obj::Range(..))
            ),
            Obj::Tuple(ts) => {
                for t in ts.iter() {
                    if instance_of(x, t) {
                        return true;
                    }
                }
                false
            }
            _ => raise("TypeError", "isinstance() arg 2 must be a type, a tuple of types, or a union"),
        }
    }

    /// `min(...)` / `max(...)`: one iterable or several arguments, `key=`,
    /// `default=`; the first of equals.
    #[track_caller]
    fn min_max(name: &str, args: &[Obj], kwargs: &[(&str, Obj)]) -> Obj {
        if args.is_empty() {
            raise("TypeError", &format!("{} expected at least 1 argument, got 0", name));
        }
        let kw = bind_kw(name, &MIN_MAX, &[], kwargs);
        let items: Vec<Obj> = if args.len() == 1 {
            iter(&args[0]).collect()
        } else {
            if kw[1].is_some() {
                raise(
                    "TypeError",
                    &format!("Cannot specify a default for {}() with multiple positional arguments", name),
                );
            }
            args.to_vec()
        };
        if let (true, Some(d)) = (items.is_empty(), &kw[1]) {
            return d.clone();
        }
        let key = kw[0].as_ref();
        if name == "max" {
            max_by_key(&items, |x| sort_key(key, x))
        } else {
            min_by_key(&items, |x| sort_key(key, x))
        }
    }

    /// `reversed(x)` of a sequence: a range lazily, anything else a snapshot.
    #[track_caller]
    fn reversed_obj(x: &Obj) -> Obj {
        match x {
            Obj::Range(start, stop, step) => {
                let n = range(*start, *stop, *step).len();
                let (start, step) = (*start as i128, *step as i128);
                iter_obj((0..n).rev().map(move |k| Obj::Int((start + k as i128 * step) as i64)))
            }
            Obj::List(_) | Obj::Tuple(_) | Obj::Str(_) | Obj::Dict(_) => {
                let mut items: Vec<Obj> = iter(x).collect();
                items.reverse();
                iter_obj(items.into_iter())
            }
            _ => raise("TypeError", &format!("'{}' object is not reversible", x.type_name())),
        }
    }

    /// One iterator per argument, for zip and map.
    #[track_caller]
    fn iters(args: &[Obj]) -> Vec<ObjIter> {
        let mut its = Vec::with_capacity(args.len());
        for a in args {
            its.push(iter(a));
        }
        its
    }

    /// The next item of each iterator, or None once one is exhausted.
    #[track_caller]
    fn next_row(its: &mut [ObjIter]) -> Option<Vec<Obj>> {
        let mut row = Vec::with_capacity(its.len());
        for it in its.iter_mut() {
            row.push(it.next()?);
        }
        Some(row)
    }

    /// enumerate's own argument parsing (CPython's enum_vectorcall, not
    /// Argument Clinic's): (iterable, start).
    #[track_caller]
    fn enumerate_args<'a>(args: &'a [Obj], kwargs: &'a [(&str, Obj)]) -> (&'a Obj, Option<&'a Obj>) {
        let key = |k: usize| kwargs[k].0;
        let bad = |k: usize| -> String { format!("'{}' is an invalid keyword argument for enumerate()", key(k)) };
        match (args.len(), kwargs.len()) {
            (2, 0) => (&args[0], Some(&args[1])),
            (1, 0) => (&args[0], None),
            (1, 1) if key(0) == "start" => (&args[0], Some(&kwargs[0].1)),
            (0, 1) if key(0) == "iterable" => (&kwargs[0].1, None),
            (0, 2) if key(0) == "start" && key(1) == "iterable" => (&kwargs[1].1, Some(&kwargs[0].1)),
            (0, 2) if key(0) == "iterable" && key(1) == "start" => (&kwargs[0].1, Some(&kwargs[1].1)),
            // The first keyword out of place is the one named.
            (0, 2) if key(0) == "start" || key(0) == "iterable" => raise("TypeError", &bad(1)),
            (1, 1) | (0, 1) | (0, 2) => raise("TypeError", &bad(0)),
            (0, _) => raise("TypeError", "enumerate() missing required argument 'iterable'"),
            (n, k) => raise("TypeError", &format!("enumerate() takes at most 2 arguments ({} given)", n + k)),
        }
    }

    /// `int(x)` / `int(x, base)`.
    #[track_caller]
    fn int_of(a: &[Option<Obj>]) -> Obj {
        match (&a[0], &a[1]) {
            (None, None) => Obj::Int(0),
            (None, Some(_)) => raise("TypeError", "int() missing string argument"),
            (Some(x), None) => match x {
                Obj::Int(_) => x.clone(),
                Obj::Bool(b) => Obj::Int(*b as i64),
                Obj::Float(f) => Obj::Int(float_to_int(*f)),
                Obj::Str(s) => Obj::Int(int_parse(s)),
                _ => raise(
                    "TypeError",
                    &format!(
                        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                        x.type_name()
                    ),
                ),
            },
            (Some(x), Some(b)) => {
                let base = index_arg(b);
                match x {
                    Obj::Str(s) => Obj::Int(int_parse_base(s, base)),
                    _ => raise("TypeError", "int() can't convert non-string with explicit base"),
                }
            }
        }
    }

    /// `float(x)`.
    #[track_caller]
    fn float_of(x: &Obj) -> Obj {
        match x {
            Obj::Float(_) => x.clone(),
            Obj::Int(i) => Obj::Float(*i as f64),
            Obj::Bool(b) => Obj::Float(*b as i64 as f64),
            Obj::Str(s) => Obj::Float(float_parse(s)),
            _ => raise(
                "TypeError",
                &format!("float() argument must be a string or a real number, not '{}'", x.type_name()),
            ),
        }
    }

    /// `str(object, encoding, errors)`: only `str(object)` is meaningful
    /// without bytes; the others fail with CPython's messages.
    #[track_caller]
    fn str_of(a: &[Option<Obj>]) -> Obj {
        for (k, param) in [(1, "encoding"), (2, "errors")] {
            if let Some(v) = &a[k] {
                if !matches!(v, Obj::Str(_)) {
                    raise("TypeError", &format!("str() argument '{}' must be str, not {}", param, v.type_name()));
                }
            }
        }
        let decoding = a[1].is_some() || a[2].is_some();
        match &a[0] {
            None => Obj::Str(s("")),
            Some(x) if !decoding => Obj::Str(str(x)),
            Some(Obj::Str(_)) => raise("TypeError", "decoding str is not supported"),
            Some(x) => {
                raise("TypeError", &format!("decoding to str: need a bytes-like object, {} found", x.type_name()))
            }
        }
    }

    /// `round(x)` / `round(x, n)`: half to even.
    #[track_caller]
    fn round_of(x: &Obj, ndigits: Option<&Obj>) -> Obj {
        let n = match ndigits {
            None | Some(Obj::None) => None,
            Some(n) => Some(index_arg(n)),
        };
        match (x, n) {
            (Obj::Int(_) | Obj::Bool(_), None) => Obj::Int(x.to_int()),
            (Obj::Int(_) | Obj::Bool(_), Some(n)) => Obj::Int(round_int(x.to_int(), n)),
            (Obj::Float(f), None) => Obj::Int(round(*f)),
            (Obj::Float(f), Some(n)) => Obj::Float(round_to(*f, n)),
            _ => raise("TypeError", &format!("type {} doesn't define __round__ method", x.type_name())),
        }
    }

    /// `divmod(a, b)` on ints, or on floats when either is one.
    #[track_caller]
    fn divmod_of(a: &Obj, b: &Obj) -> Obj {
        let num = |v: &Obj| matches!(v, Obj::Int(_) | Obj::Bool(_) | Obj::Float(_));
        if !num(a) || !num(b) {
            raise(
                "TypeError",
                &format!("unsupported operand type(s) for divmod(): '{}' and '{}'", a.type_name(), b.type_name()),
            );
        }
        match (a, b) {
            (Obj::Float(_), _) | (_, Obj::Float(_)) => {
                let f = |v: &Obj| match v {
                    Obj::Float(x) => *x,
                    _ => v.to_int() as f64,
                };
                Obj::from(fdivmod(f(a), f(b)))
            }
            _ => Obj::from(divmod(a.to_int(), b.to_int())),
        }
    }

    /// `name(*args, **kwargs)` for a builtin function.
    #[track_caller]
    pub fn builtin(name: &str, args: &[Obj], kwargs: &[(&str, Obj)]) -> Obj {
        match name {
            "len" | "abs" | "repr" | "any" | "all" | "chr" | "ord" | "callable" | "hex" | "oct" | "bin" => {
                check("", name, Sig::One, args, kwargs)
            }
            "list" | "tuple" | "set" | "bool" | "float" => check("", name, Sig::Pos(0, 1), args, kwargs),
            "divmod" | "isinstance" | "filter" => check("", name, Sig::Pos(2, 2), args, kwargs),
            "pow" => check("", name, Sig::Pos(2, 3), args, kwargs),
            "range" => check("", name, Sig::Pos(1, 3), args, kwargs),
            "iter" | "next" => check("", name, Sig::Pos(1, 2), args, kwargs),
            "reversed" => check("", name, Sig::Pos(1, 1), args, kwargs),
            // Keyword arguments are checked below.
            "sorted" => check("", name, Sig::Pos(1, 1), args, &[]),
            "dict" => check("", name, Sig::Pos(0, 1), args, &[]),
            _ => {}
        }
        let arg = |i: usize| args.get(i);
        match name {
            "len" => Obj::Int(obj_len(&args[0])),
            "abs" => match &args[0] {
                Obj::Int(i) => Obj::Int(abs(*i)),
                Obj::Bool(b) => Obj::Int(*b as i64),
                Obj::Float(f) => Obj::Float(f.abs()),
                x => raise("TypeError", &format!("bad operand type for abs(): '{}'", x.type_name())),
            },
            "round" => {
                let a = bind_kw(name, &ROUND, args, kwargs);
                round_of(required(&a[0]), a[1].as_ref())
            }
            "divmod" => divmod_of(&args[0], &args[1]),
            "min" | "max" => min_max(name, args, kwargs),
            "sum" => {
                let a = bind_kw(name, &SUM, args, kwargs);
                let mut acc = a[1].clone().unwrap_or(Obj::Int(0));
                if let Obj::Str(_) = acc {
                    raise("TypeError", "sum() can't sum strings [use ''.join(seq) instead]");
                }
                for x in iter(required(&a[0])) {
                    acc = op_add(&acc, &x);
                }
                acc
            }
            "any" => Obj::Bool(iter(&args[0]).any(|x| x.truth())),
            "all" => Obj::Bool(iter(&args[0]).all(|x| x.truth())),
            "sorted" => {
                let mut items: Vec<Obj> = iter(&args[0]).collect();
                sort_objs(&mut items, &[], kwargs);
                Obj::list(items)
            }
            "reversed" => reversed_obj(&args[0]),
            "enumerate" => {
                let (iterable, start) = enumerate_args(args, kwargs);
                let start = opt_index(start, 0);
                let it = iter(iterable);
                let mut next = start as i128;
                iter_obj(it.map(move |x| {
                    let k = next;
                    if k > i64::MAX as i128 {
                        overflow();
                    }
                    next += 1;
                    Obj::tuple(vec![Obj::Int(k as i64), x])
                }))
            }
            "zip" => {
                let kw = bind_kw(name, &ZIP, &[], kwargs);
                if kw[0].as_ref().map_or(false, |v| v.truth()) {
                    raise("SystemError", "portalisc: zip(strict=True) is not supported");
                }
                let mut its = iters(args);
                iter_obj(std::iter::from_fn(
                    move || if its.is_empty() { None } else { next_row(&mut its).map(Obj::tuple) },
                ))
            }
            "map" => {
                if !kwargs.is_empty() {
                    raise("TypeError", "map() takes no keyword arguments");
                }
                if args.len() < 2 {
                    raise("TypeError", "map() must have at least two arguments.");
                }
                let f = args[0].clone();
                let mut its = iters(&args[1..]);
                iter_obj(std::iter::from_fn(move || next_row(&mut its).map(|row| call(&f, &row))))
            }
            "filter" => {
                let f = args[0].clone();
                iter_obj(iter(&args[1]).filter(move |x| match &f {
                    Obj::None => x.truth(),
                    f => call(f, std::slice::from_ref(x)).truth(),
                }))
            }
            "list" => match arg(0) {
                Some(x) => Obj::list(iter(x).collect()),
                None => Obj::list(Vec::new()),
            },
            "tuple" => match arg(0) {
                Some(t @ Obj::Tuple(_)) => t.clone(),
                Some(x) => Obj::tuple(iter(x).collect()),
                None => Obj::tuple(Vec::new()),
            },
            "set" => Obj::Set(Rc::new(RefCell::new(match arg(0) {
                Some(x) => to_set(x),
                None => Set::new(),
            }))),
            "dict" => {
                let d = Rc::new(RefCell::new(Dict::new()));
                if let Some(src) = arg(0) {
                    dict_extend(&d, src);
                }
                dict_extend_kw(&d, kwargs);
                Obj::Dict(d)
            }
            "str" => str_of(&bind_kw(name, &STR, args, kwargs)),
            "repr" => Obj::Str(repr(&args[0])),
            "int" => int_of(&bind_kw(name, &INT, args, kwargs)),
            "float" => match arg(0) {
                Some(x) => float_of(x),
                None => Obj::Float(0.0),
            },
            "bool" => Obj::Bool(arg(0).map_or(false, |x| x.truth())),
            "chr" => Obj::Str(chr(index_arg(&args[0]))),
            "ord" => match &args[0] {
                Obj::Str(s) => Obj::Int(ord(s)),
                x => raise("TypeError", &format!("ord() expected string of length 1, but {} found", x.type_name())),
            },
            "range" => {
                let mut v = Vec::with_capacity(3);
                for a in args {
                    v.push(index_arg(a));
                }
                Obj::from(match v.len() {
                    1 => range(0, v[0], 1),
                    2 => range(v[0], v[1], 1),
                    _ => range(v[0], v[1], v[2]),
                })
            }
            "iter" => match (&args[0], arg(1)) {
                (Obj::Func(_), Some(_)) => raise("SystemError", "portalisc: iter(callable, sentinel) is not supported"),
                (_, Some(_)) => raise("TypeError", "iter(v, w): v must be callable"),
                (it @ Obj::Iter(_), None) => it.clone(),
                (x, None) => iter_obj(iter(x)),
            },
            "next" => match &args[0] {
                Obj::Iter(it) => {
                    let v = it.borrow_mut().next();
                    match (v, arg(1)) {
                        (Some(v), _) => v,
                        (None, Some(d)) => d.clone(),
                        (None, None) => raise("StopIteration", ""),
                    }
                }
                x => raise("TypeError", &format!("'{}' object is not an iterator", x.type_name())),
            },
            "isinstance" => Obj::Bool(instance_of(&args[0], &args[1])),
            "callable" => Obj::Bool(matches!(args[0], Obj::Func(_))),
            "hex" => Obj::Str(hex(index_arg(&args[0]))),
            "oct" => Obj::Str(oct(index_arg(&args[0]))),
            "bin" => Obj::Str(bin(index_arg(&args[0]))),
            "pow" => match args.len() {
                2 => op_pow(&args[0], &args[1]),
                3 => Obj::Int(pow_mod(&args[0], &args[1], &args[2])),
                n => raise("TypeError", &format!("pow expected at most 3 arguments, got {}", n)),
            },
            // A failed `assert cond[, msg]` (the compiler's, not a Python name).
            "assert_fail" => match args.first() {
                Some(msg) => raise("AssertionError", &str(msg)),
                None => raise("AssertionError", ""),
            },
            _ => raise("SystemError", &format!("portalisc: unknown builtin '{}'", name)),
        }
    }

    /// `pow(base, exp, mod)` on ints: the result has the sign of mod; a
    /// negative exp takes the modular inverse, as CPython 3.8+ does.
    #[track_caller]
    fn pow_mod(base: &Obj, exp: &Obj, modulus: &Obj) -> i64 {
        let (b, e, m) = match (obj_index(base), obj_index(exp), obj_index(modulus)) {
            (Some(b), Some(e), Some(m)) => (b as i128, e, m as i128),
            _ => raise("TypeError", "pow() 3rd argument not allowed unless all arguments are integers"),
        };
        if m == 0 {
            raise("ValueError", "pow() 3rd argument cannot be 0");
        }
        let am = m.abs();
        let mut base = b.rem_euclid(am);
        if e < 0 {
            base = mod_inverse(base, am);
        }
        let mut e = e.unsigned_abs();
        let mut r: i128 = 1 % am;
        while e > 0 {
            if e & 1 == 1 {
                r = r * base % am;
            }
            base = base * base % am;
            e >>= 1;
        }
        (if m < 0 && r != 0 { r - am } else { r }) as i64
    }

    #[track_caller]
    fn mod_inverse(a: i128, m: i128) -> i128 {
        let (mut old_r, mut r) = (a, m);
        let (mut old_s, mut s) = (1i128, 0i128);
        while r != 0 {
            let q = old_r / r;
            let t = old_r - q * r;
            old_r = r;
            r = t;
            let t = old_s - q * s;
            old_s = s;
            s = t;
        }
        if old_r != 1 {
            raise("ValueError", "base is not invertible for the given modulus");
        }
        old_s.rem_euclid(m)
    }

    /// The positional arguments of a call with a starred argument
    /// (`zip(*rows)`): the compiler builds them as one list.
    #[track_caller]
    pub fn splat(args: &Obj) -> Vec<Obj> {
        iter(args).collect()
    }

    // ---- function values ---------------------------------------------------------------

    impl Obj {
        /// A builtin function (or type, for isinstance) used as a value:
        /// `key=len`, `isinstance(x, int)`.
        pub fn builtin_ref(name: &'static str) -> Obj {
            Obj::Func(Rc::new(FuncObj { name, arity: None, call: Rc::new(move |a: &[Obj]| builtin(name, a, &[])) }))
        }
    }

    /// An empty value of the builtin type `name` (its methods are the type's).
    fn type_sample(name: &str) -> Option<Obj> {
        Some(match name {
            "str" => Obj::Str(Str::from(String::new())),
            "list" => Obj::list(Vec::new()),
            "dict" => Obj::dict(Vec::new()),
            "set" => Obj::set(Vec::new()),
            "tuple" => Obj::tuple(Vec::new()),
            "int" => Obj::Int(0),
            "float" => Obj::Float(0.0),
            _ => return None,
        })
    }

    /// When `recv` is a builtin type with methods (`str`), its name and the
    /// method `name` of it; AttributeError when it has no such method.
    #[track_caller]
    fn type_method(recv: &Obj, name: &str) -> Option<(&'static str, &'static str)> {
        let f = match recv {
            Obj::Func(f) if f.arity.is_none() => f,
            _ => return None,
        };
        let sample = type_sample(f.name)?;
        match methods_of(&sample).iter().find(|m| **m == name) {
            Some(m) => Some((f.name, m)),
            None => raise("AttributeError", &format!("type object '{}' has no attribute '{}'", f.name, name)),
        }
    }

    /// `str.lower(s, ...)`: the method of type `type_name` called on the
    /// first argument, which must be an instance of that type.
    #[track_caller]
    fn call_unbound(type_name: &str, name: &str, args: &[Obj], kwargs: &[(&str, Obj)]) -> Obj {
        let recv = match args.first() {
            Some(r) => r,
            None => raise("TypeError", &format!("unbound method {}.{}() needs an argument", type_name, name)),
        };
        let fits = recv.type_name() == type_name || (type_name == "int" && matches!(recv, Obj::Bool(_)));
        if !fits {
            raise(
                "TypeError",
                &format!("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", name, type_name, recv.type_name()),
            );
        }
        method(recv, name, &args[1..], kwargs)
    }

    /// `recv.name` as a value (`key=d.get`): a method bound to `recv`, or
    /// of a builtin type (`key=str.lower`); AttributeError at once when the
    /// type has no such method.
    #[track_caller]
    pub fn getattr(recv: &Obj, name: &str) -> Obj {
        if let Some((type_name, name)) = type_method(recv, name) {
            let call = move |a: &[Obj]| call_unbound(type_name, name, a, &[]);
            return Obj::Func(Rc::new(FuncObj { name, arity: None, call: Rc::new(call) }));
        }
        let name: &'static str = match methods_of(recv).iter().find(|m| **m == name) {
            Some(m) => m,
            None => no_attribute(recv, name),
        };
        let recv = recv.clone();
        Obj::Func(Rc::new(FuncObj { name, arity: None, call: Rc::new(move |a: &[Obj]| method(&recv, name, a, &[])) }))
    }

    /// `f(*args)` for a function value: the positional count is checked
    /// against a known arity with CPython's message.
    #[track_caller]
    pub fn call(f: &Obj, args: &[Obj]) -> Obj {
        let func = match f {
            Obj::Func(func) => func,
            _ => raise("TypeError", &format!("'{}' object is not callable", f.type_name())),
        };
        if let Some(n) = func.arity {
            let given = args.len();
            if given > n {
                raise(
                    "TypeError",
                    &format!(
                        "{}() takes {} positional argument{} but {} {} given",
                        func.name,
                        n,
                        plural(n),
                        given,
                        if given == 1 { "was" } else { "were" }
                    ),
                );
            }
            if given < n {
                let missing = n - given;
                raise(
                    "TypeError",
                    &format!("{}() missing {} required positional argument{}", func.name, missing, plural(missing)),
                );
            }
        }
        (func.call)(args)
    }
