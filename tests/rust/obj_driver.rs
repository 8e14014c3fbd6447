// obj_driver.rs — reads "op value..." lines on stdin and prints the answer
// of the dynamic-object runtime (backend_rust/prelude_obj.rs) for each, as
// the hex of its UTF-8 bytes, so obj_test.py can compare it with CPython.
// A Python error stops the process through py::raise.
// Values are in prefix form, one token each plus their items: N T F (None,
// True, False), i<int>, f<hex of float bits>, s<hex of UTF-8>, L<n> U<n> S<n>
// (list, tuple, set of n items), D<n> (n keys and values), R<start>,<stop>,<step>,
// C (slice of the next three values), I<n> (an iterator over n items).
const PY_FILE: &str = "obj_test.py";
const PY_FUNCS: &[&str] = &["<module>"];
const PY_LINES: &[(u32, u32, u32)] = &[(1, 1, 0)];

use py::{Obj, PyHash};
use std::cell::RefCell;
use std::io::BufRead;
use std::rc::Rc;

fn text(arg: &str) -> String {
    let bytes: Vec<u8> = (0..arg.len() / 2)
        .map(|k| u8::from_str_radix(&arg[2 * k..2 * k + 2], 16).expect("hex"))
        .collect();
    String::from_utf8(bytes).expect("utf-8")
}

fn values(toks: &mut std::slice::Iter<&str>, n: usize) -> Vec<Obj> {
    (0..n).map(|_| value(toks)).collect()
}

fn value(toks: &mut std::slice::Iter<&str>) -> Obj {
    let tok: &str = toks.next().expect("value");
    let (kind, rest) = tok.split_at(1);
    let count = || rest.parse::<usize>().expect("count");
    match kind {
        "N" => Obj::None,
        "T" => Obj::Bool(true),
        "F" => Obj::Bool(false),
        "i" => Obj::Int(rest.parse().expect("int")),
        "f" => Obj::Float(f64::from_bits(u64::from_str_radix(rest, 16).expect("float"))),
        "s" => Obj::Str(py::Str::from(text(rest))),
        "L" => Obj::list(values(toks, count())),
        "U" => Obj::tuple(values(toks, count())),
        "S" => Obj::set(values(toks, count())),
        "D" => {
            let flat = values(toks, 2 * count());
            Obj::dict(flat.chunks(2).map(|kv| (kv[0].clone(), kv[1].clone())).collect())
        }
        "R" => {
            let p: Vec<i64> = rest.split(',').map(|x| x.parse().expect("range")).collect();
            Obj::Range(p[0], p[1], p[2])
        }
        "C" => {
            let v = values(toks, 3);
            Obj::slice(v[0].clone(), v[1].clone(), v[2].clone())
        }
        "I" => {
            let items = values(toks, count());
            let it: Box<dyn Iterator<Item = Obj>> = Box::new(items.into_iter());
            Obj::Iter(Rc::new(RefCell::new(it)))
        }
        _ => panic!("bad value {}", tok),
    }
}

fn rep(v: &Obj) -> String {
    py::repr(v).to_string()
}

fn b(v: bool) -> String {
    py::str(&v).to_string()
}

/// A container's identity matters after an in-place operator.
fn alias_note(r: &Obj, a: &Obj) -> &'static str {
    match a {
        Obj::List(_) | Obj::Dict(_) | Obj::Set(_) => {
            if py::op_is(r, a) {
                " same"
            } else {
                " new"
            }
        }
        _ => "",
    }
}

fn run(op: &str, args: &mut std::slice::Iter<&str>) -> String {
    let binops: [(&str, fn(&Obj, &Obj) -> Obj); 24] = [
        ("add", py::op_add),
        ("sub", py::op_sub),
        ("mul", py::op_mul),
        ("truediv", py::op_truediv),
        ("floordiv", py::op_floordiv),
        ("mod", py::op_mod),
        ("pow", py::op_pow),
        ("lshift", py::op_lshift),
        ("rshift", py::op_rshift),
        ("and", py::op_bitand),
        ("or", py::op_bitor),
        ("xor", py::op_bitxor),
        ("iadd", py::op_iadd),
        ("isub", py::op_isub),
        ("imul", py::op_imul),
        ("itruediv", py::op_itruediv),
        ("ifloordiv", py::op_ifloordiv),
        ("imod", py::op_imod),
        ("ipow", py::op_ipow),
        ("ilshift", py::op_ilshift),
        ("irshift", py::op_irshift),
        ("iand", py::op_ibitand),
        ("ior", py::op_ibitor),
        ("ixor", py::op_ibitxor),
    ];
    for (name, f) in binops.iter() {
        if *name == op {
            let a = value(args);
            let c = value(args);
            let r = f(&a, &c);
            if name.starts_with('i') {
                return format!("{} | {}{}", rep(&r), rep(&a), alias_note(&r, &a));
            }
            return rep(&r);
        }
    }
    let cmps: [(&str, fn(&Obj, &Obj) -> bool); 8] = [
        ("eq", py::op_eq),
        ("ne", py::op_ne),
        ("lt", py::op_lt),
        ("le", py::op_le),
        ("gt", py::op_gt),
        ("ge", py::op_ge),
        ("is", py::op_is),
        ("is_not", py::op_is_not),
    ];
    for (name, f) in cmps.iter() {
        if *name == op {
            let a = value(args);
            let c = value(args);
            return b(f(&a, &c));
        }
    }
    match op {
        "str" => py::str(&value(args)).to_string(),
        "repr" => rep(&value(args)),
        "fmt" => {
            let spec = text(&args.next().expect("spec")[1..]);
            py::format_dyn(&value(args), &spec).to_string()
        }
        "hash" => value(args).py_hash().to_string(),
        "len" => py::obj_len(&value(args)).to_string(),
        "truth" => b(value(args).truth()),
        "neg" => rep(&py::op_neg(&value(args))),
        "pos" => rep(&py::op_pos(&value(args))),
        "invert" => rep(&py::op_invert(&value(args))),
        "is_self" => {
            let a = value(args);
            b(py::op_is(&a, &a.clone()))
        }
        "getitem" => {
            let a = value(args);
            rep(&py::getitem(&a, &value(args)))
        }
        "setitem" => {
            let a = value(args);
            let i = value(args);
            py::setitem(&a, &i, value(args));
            rep(&a)
        }
        "delitem" => {
            let a = value(args);
            py::delitem(&a, &value(args));
            rep(&a)
        }
        "contains" => {
            let c = value(args);
            b(py::contains(&c, &value(args)))
        }
        "iter" => rep(&Obj::list(py::iter(&value(args)).collect())),
        "unpack" => {
            let n: usize = args.next().expect("n").parse().expect("n");
            rep(&Obj::list(py::unpack(&value(args), n)))
        }
        "unpack_ex" => {
            let before: usize = args.next().expect("n").parse().expect("n");
            let after: usize = args.next().expect("n").parse().expect("n");
            rep(&Obj::list(py::unpack_ex(&value(args), before, after)))
        }
        "sorted" => {
            let a = value(args);
            let mut items = py::obj_items(&a);
            py::sort(&mut items, false);
            rep(&Obj::list(items))
        }
        "max" => rep(&py::max(&py::obj_items(&value(args)))),
        "min" => rep(&py::min(&py::obj_items(&value(args)))),
        _ => scenario(op),
    }
}

fn ints(xs: &[i64]) -> Obj {
    Obj::list(xs.iter().map(|&x| Obj::Int(x)).collect())
}

/// Fixed programs; obj_test.py holds the same ones in Python.
fn scenario(name: &str) -> String {
    match name {
        "live_list" => {
            let l = ints(&[1, 2, 3]);
            for x in py::iter(&l) {
                if py::obj_len(&l) < 6 {
                    let x10 = py::op_mul(&x, &Obj::Int(10));
                    py::op_iadd(&l, &Obj::list(vec![x10]));
                }
            }
            rep(&l)
        }
        "selfref" => {
            let l = ints(&[1]);
            py::op_iadd(&l, &Obj::list(vec![l.clone()]));
            let d = Obj::dict(vec![]);
            py::setitem(&d, &Obj::Int(1), d.clone());
            py::setitem(&d, &Obj::Int(2), l.clone());
            format!("{} {} {}", py::str(&l), rep(&d), b(py::op_eq(&l, &l)))
        }
        "dict_grow" => {
            let d = Obj::dict(vec![(Obj::Int(1), Obj::Int(2))]);
            for k in py::iter(&d) {
                py::setitem(&d, &py::op_add(&k, &Obj::Int(1)), Obj::Int(0));
            }
            rep(&d)
        }
        "set_grow" => {
            let s = Obj::set(vec![Obj::Int(1)]);
            for k in py::iter(&s) {
                let bigger = Obj::set(vec![py::op_add(&k, &Obj::Int(1))]);
                py::op_ibitor(&s, &bigger);
            }
            rep(&s)
        }
        "dict_del_add" => {
            let d = Obj::dict(vec![(Obj::Int(1), Obj::Int(2)), (Obj::Int(2), Obj::Int(3))]);
            let mut seen = Vec::new();
            for k in py::iter(&d) {
                seen.push(k);
                py::delitem(&d, &Obj::Int(2));
                py::setitem(&d, &Obj::Int(5), Obj::Int(1));
            }
            rep(&Obj::list(seen))
        }
        "dict_del_all" => {
            let d = Obj::dict(vec![(Obj::Int(1), Obj::Int(2)), (Obj::Int(2), Obj::Int(3))]);
            for k in py::iter(&d) {
                py::delitem(&d, &k);
            }
            rep(&d)
        }
        "iter_shared" => {
            let it: Box<dyn Iterator<Item = Obj>> = Box::new(vec![Obj::Int(1), Obj::Int(2), Obj::Int(3)].into_iter());
            let it = Obj::Iter(Rc::new(RefCell::new(it)));
            let first = py::iter(&it).next();
            let rest = Obj::list(py::iter(&it).collect());
            let again = Obj::list(py::iter(&it).collect());
            format!("{} {} {}", rep(&first.unwrap_or(Obj::None)), rep(&rest), rep(&again))
        }
        "alias_iadd" => {
            let a = ints(&[1]);
            let c = a.clone();
            let c = py::op_iadd(&c, &ints(&[2]));
            let c = py::op_imul(&c, &Obj::Int(2));
            let t = Obj::tuple(vec![Obj::Int(1)]);
            let u = py::op_iadd(&t, &Obj::tuple(vec![Obj::Int(2)]));
            format!("{} {} {} {}", rep(&a), b(py::op_is(&a, &c)), rep(&t), rep(&u))
        }
        "self_ops" => {
            let l = ints(&[1, 2]);
            py::op_iadd(&l, &l);
            let m = ints(&[1, 2, 3]);
            py::setitem(&m, &Obj::slice(Obj::Int(1), Obj::Int(2), Obj::None), m.clone());
            let s = Obj::set(vec![Obj::Int(1), Obj::Int(2)]);
            py::op_ibitor(&s, &s);
            let s1 = rep(&s);
            py::op_ibitxor(&s, &s);
            let d = Obj::dict(vec![(Obj::Int(1), Obj::Int(2))]);
            py::op_ibitor(&d, &d);
            py::op_ibitor(&d, &Obj::list(vec![Obj::tuple(vec![Obj::Int(3), Obj::Int(4)]), Obj::Str(py::s("ab"))]));
            format!("{} {} {} {} {}", rep(&l), rep(&m), s1, rep(&s), rep(&d))
        }
        "range_bigstep" => {
            let r = Obj::Range(-9223372036854775808, 9223372036854775807, 4611686018427387904);
            format!("{} {} {}", rep(&py::getitem(&r, &Obj::Int(3))), py::obj_len(&r), b(py::contains(&r, &Obj::Int(0))))
        }
        "range_advanced" => {
            // A range iterator boxed part way and at its end: what is left.
            let mut a = py::range(0, 5, 1);
            a.next();
            a.next();
            let mut b = py::range(10, 0, -3);
            for _ in &mut b {}
            let mut c = py::range(0, 3, 1);
            for _ in &mut c {}
            let list = |r: py::Range| rep(&Obj::list(py::iter(&Obj::from(r)).collect()));
            format!("{} {} {} {}", list(a), list(b), list(c), rep(&Obj::from(py::range(5, 0, 1))))
        }
        "dict_kv" => {
            // Keys that are equal across types keep the first one's type.
            let d = Obj::dict(vec![(Obj::Int(1), Obj::Str(py::s("a")))]);
            py::setitem(&d, &Obj::Float(1.0), Obj::Str(py::s("b")));
            py::setitem(&d, &Obj::Bool(true), Obj::Str(py::s("c")));
            py::setitem(&d, &Obj::Float(2.5), Obj::None);
            let t = Obj::tuple(vec![Obj::Int(1), Obj::Float(2.0)]);
            py::setitem(&d, &t, Obj::Int(7));
            let key = Obj::tuple(vec![Obj::Bool(true), Obj::Int(2)]);
            format!("{} {} {}", rep(&d), rep(&py::getitem(&d, &key)), b(py::contains(&d, &Obj::Float(2.5))))
        }
        _ => panic!("unknown op {}", name),
    }
}

fn main() {
    let stdin = std::io::stdin();
    for line in stdin.lock().lines() {
        let line = line.expect("line");
        let w: Vec<&str> = line.split(' ').collect();
        let mut args = w[1..].iter();
        let r = run(w[0], &mut args);
        let mut hex = String::with_capacity(2 * r.len() + 1);
        for byte in r.bytes() {
            hex.push_str(&format!("{:02x}", byte));
        }
        hex.push('\n');
        py::print_with(&[&hex], "", "");
    }
    py::flush();
}
