// runtime_driver.rs — reads "op arg..." lines on stdin and prints the
// runtime's answer for each (hex of its UTF-8 bytes), so runtime_test.py can
// compare it with CPython.  A Python error stops the process through
// py::raise; the test restarts it after the failing line.
// Arguments: ints in decimal, floats as the hex of their bits, strs as hex
// of their UTF-8 bytes, int lists as "L1,2,3", str lists as "Lx<hex>,x<hex>", optional ints as "N" or decimal.
const PY_FILE: &str = "runtime_test.py";
const PY_FUNCS: &[&str] = &["<module>"];
const PY_LINES: &[(u32, u32, u32)] = &[(1, 1, 0)];

use std::io::BufRead;

fn f(arg: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(arg, 16).expect("float bits"))
}

fn i(arg: &str) -> i64 {
    arg.parse().expect("int")
}

fn oi(arg: &str) -> Option<i64> {
    if arg == "N" {
        None
    } else {
        Some(i(arg))
    }
}

fn t(arg: &str) -> String {
    let bytes: Vec<u8> = (0..arg.len() / 2)
        .map(|k| u8::from_str_radix(&arg[2 * k..2 * k + 2], 16).expect("hex"))
        .collect();
    String::from_utf8(bytes).expect("utf-8")
}

fn s(arg: &str) -> py::Str {
    py::Str::from(t(arg))
}

fn il(arg: &str) -> Vec<i64> {
    let body = &arg[1..];
    if body.is_empty() {
        Vec::new()
    } else {
        body.split(',').map(i).collect()
    }
}

fn sl(arg: &str) -> Vec<py::Str> {
    let body = &arg[1..];
    if body.is_empty() {
        Vec::new()
    } else {
        body.split(',').map(|x| s(&x[1..])).collect()
    }
}

fn show<T: py::Show + ?Sized>(v: &T) -> String {
    py::str(v).to_string()
}

fn rep<T: py::Show + ?Sized>(v: &T) -> String {
    py::repr(v).to_string()
}

// A str.format argument: "i:5", "f:<bits>", "s:<hex>", "b:1", "n:".
enum Arg {
    I(i64),
    F(f64),
    S(py::Str),
    B(bool),
    N(()),
}

fn arg(a: &str) -> Arg {
    let (k, v) = a.split_at(2);
    match k {
        "i:" => Arg::I(i(v)),
        "f:" => Arg::F(f(v)),
        "s:" => Arg::S(s(v)),
        "b:" => Arg::B(v == "1"),
        _ => Arg::N(()),
    }
}

fn run(w: &[&str]) -> String {
    match w[0] {
        // ---- fmt
        "fmt_i" => py::format_dyn(&i(w[1]), &t(w[2])).to_string(),
        "fmt_f" => py::format_dyn(&f(w[1]), &t(w[2])).to_string(),
        "fmt_s" => py::format_dyn(&s(w[1]), &t(w[2])).to_string(),
        "fmt_b" => py::format_dyn(&(w[1] == "1"), &t(w[2])).to_string(),
        "fmt_n" => py::format_dyn(&(), &t(w[1])).to_string(),
        // sfmt TEMPLATE ARGS...; sfmtk: the last two arguments are keywords x and y
        "sfmt" | "sfmtk" => {
            let args: Vec<Arg> = w[2..].iter().map(|a| arg(a)).collect();
            let refs: Vec<&dyn py::FormatArg> = args
                .iter()
                .map(|a| match a {
                    Arg::I(v) => v as &dyn py::FormatArg,
                    Arg::F(v) => v as &dyn py::FormatArg,
                    Arg::S(v) => v as &dyn py::FormatArg,
                    Arg::B(v) => v as &dyn py::FormatArg,
                    Arg::N(v) => v as &dyn py::FormatArg,
                })
                .collect();
            if w[0] == "sfmt" {
                py::str_format(&t(w[1]), &refs, &[]).to_string()
            } else {
                let n = refs.len() - 2;
                py::str_format(&t(w[1]), &refs[..n], &[("x", refs[n]), ("y", refs[n + 1])]).to_string()
            }
        }
        op => ops_more(op, w),
    }
}

fn main() {
    let stdin = std::io::stdin();
    for line in stdin.lock().lines() {
        let line = line.expect("line");
        let w: Vec<&str> = line.split(' ').collect();
        let r = run(&w);
        let mut hex = String::with_capacity(2 * r.len() + 1);
        for b in r.bytes() {
            hex.push_str(&format!("{:02x}", b));
        }
        hex.push('\n');
        py::print_with(&[&hex], "", "");
    }
    py::flush();
}

fn os(arg: &str) -> Option<String> {
    if arg == "N" {
        None
    } else {
        Some(t(&arg[1..]))
    }
}

fn fl(arg: &str) -> Vec<f64> {
    let body = &arg[1..];
    if body.is_empty() {
        Vec::new()
    } else {
        body.split(',').map(f).collect()
    }
}

fn b(v: bool) -> String {
    show(&v)
}

fn ops_more(op: &str, w: &[&str]) -> String {
    match op {
        // ---- str
        "s_get" => rep(&py::str_get(&t(w[1]), i(w[2]))),
        "s_slice" => rep(&py::str_slice(&t(w[1]), oi(w[2]), oi(w[3]), oi(w[4]))),
        "s_mul" => rep(&py::str_mul(&t(w[1]), i(w[2]))),
        "s_in" => b(py::str_contains(&t(w[1]), &t(w[2]))),
        "s_lt" => b(s(w[1]) < s(w[2])),
        "len" => show(&py::len(&t(w[1]))),
        "split" => rep(&py::split(&t(w[1]), os(w[2]).as_deref(), i(w[3]))),
        "rsplit" => rep(&py::rsplit(&t(w[1]), os(w[2]).as_deref(), i(w[3]))),
        "splitlines" => rep(&py::splitlines(&t(w[1]), w[2] == "1")),
        "join" => rep(&py::join(&t(w[1]), &sl(w[2]))),
        "strip" => rep(&py::strip(&t(w[1]), os(w[2]).as_deref())),
        "lstrip" => rep(&py::lstrip(&t(w[1]), os(w[2]).as_deref())),
        "rstrip" => rep(&py::rstrip(&t(w[1]), os(w[2]).as_deref())),
        "replace" => rep(&py::replace(&t(w[1]), &t(w[2]), &t(w[3]), i(w[4]))),
        "find" => show(&py::find(&t(w[1]), &t(w[2]), oi(w[3]), oi(w[4]))),
        "rfind" => show(&py::rfind(&t(w[1]), &t(w[2]), oi(w[3]), oi(w[4]))),
        "index" => show(&py::index(&t(w[1]), &t(w[2]), oi(w[3]), oi(w[4]))),
        "rindex" => show(&py::rindex(&t(w[1]), &t(w[2]), oi(w[3]), oi(w[4]))),
        "count" => show(&py::count(&t(w[1]), &t(w[2]), oi(w[3]), oi(w[4]))),
        "startswith" => b(py::startswith(&t(w[1]), &t(w[2]), oi(w[3]), oi(w[4]))),
        "endswith" => b(py::endswith(&t(w[1]), &t(w[2]), oi(w[3]), oi(w[4]))),
        "startswith_any" => b(py::startswith_any(&t(w[1]), &sl(w[2]), oi(w[3]), oi(w[4]))),
        "endswith_any" => b(py::endswith_any(&t(w[1]), &sl(w[2]), oi(w[3]), oi(w[4]))),
        "upper" => rep(&py::upper(&t(w[1]))),
        "lower" => rep(&py::lower(&t(w[1]))),
        "title" => rep(&py::title(&t(w[1]))),
        "capitalize" => rep(&py::capitalize(&t(w[1]))),
        "swapcase" => rep(&py::swapcase(&t(w[1]))),
        "casefold" => rep(&py::casefold(&t(w[1]))),
        "isdigit" => b(py::isdigit(&t(w[1]))),
        "isalpha" => b(py::isalpha(&t(w[1]))),
        "isalnum" => b(py::isalnum(&t(w[1]))),
        "isspace" => b(py::isspace(&t(w[1]))),
        "isupper" => b(py::isupper(&t(w[1]))),
        "islower" => b(py::islower(&t(w[1]))),
        "istitle" => b(py::istitle(&t(w[1]))),
        "isdecimal" => b(py::isdecimal(&t(w[1]))),
        "isnumeric" => b(py::isnumeric(&t(w[1]))),
        "isidentifier" => b(py::isidentifier(&t(w[1]))),
        "zfill" => rep(&py::zfill(&t(w[1]), i(w[2]))),
        "center" => rep(&py::center(&t(w[1]), i(w[2]), t(w[3]).chars().next().unwrap_or(' '))),
        "ljust" => rep(&py::ljust(&t(w[1]), i(w[2]), t(w[3]).chars().next().unwrap_or(' '))),
        "rjust" => rep(&py::rjust(&t(w[1]), i(w[2]), t(w[3]).chars().next().unwrap_or(' '))),
        "partition" => rep(&py::partition(&t(w[1]), &t(w[2]))),
        "rpartition" => rep(&py::rpartition(&t(w[1]), &t(w[2]))),
        "ord" => show(&py::ord(&t(w[1]))),
        "chr" => rep(&py::chr(i(w[1]))),
        "int" => show(&py::int_parse(&t(w[1]))),
        "intb" => show(&py::int_parse_base(&t(w[1]), i(w[2]))),
        "float" => rep(&py::float_parse(&t(w[1]))),
        "repr" => rep(&s(w[1])),
        // ---- seq (int lists; mutations print the list after)
        "l_get" => show(py::get(&il(w[1]), i(w[2]))),
        "l_set" => {
            let mut v = il(w[1]);
            py::set(&mut v, i(w[2]), i(w[3]));
            rep(&v)
        }
        "t_get" => show(py::tuple_get(&il(w[1]), i(w[2]))),
        "l_slice" => rep(&py::slice(&il(w[1]), oi(w[2]), oi(w[3]), oi(w[4]))),
        "l_setslice" => {
            let mut v = il(w[1]);
            py::slice_assign(&mut v, oi(w[2]), oi(w[3]), oi(w[4]), &il(w[5]));
            rep(&v)
        }
        "l_del" => {
            let mut v = il(w[1]);
            py::del_item(&mut v, i(w[2]));
            rep(&v)
        }
        "l_delslice" => {
            let mut v = il(w[1]);
            py::del_slice(&mut v, oi(w[2]), oi(w[3]), oi(w[4]));
            rep(&v)
        }
        "l_insert" => {
            let mut v = il(w[1]);
            py::insert(&mut v, i(w[2]), i(w[3]));
            rep(&v)
        }
        "l_pop" => {
            let mut v = il(w[1]);
            let x = py::pop(&mut v);
            rep(&(x, v))
        }
        "l_popi" => {
            let mut v = il(w[1]);
            let x = py::pop_at(&mut v, i(w[2]));
            rep(&(x, v))
        }
        "l_remove" => {
            let mut v = il(w[1]);
            py::remove(&mut v, &i(w[2]));
            rep(&v)
        }
        "l_index" => show(&py::list_index(&il(w[1]), &i(w[2]), oi(w[3]), oi(w[4]))),
        "ls_index" => show(&py::list_index(&sl(w[1]), &s(w[2]), None, None)),
        "l_count" => show(&py::list_count(&il(w[1]), &i(w[2]))),
        "l_mul" => rep(&py::list_mul(&il(w[1]), i(w[2]))),
        "l_concat" => rep(&py::list_concat(&il(w[1]), &il(w[2]))),
        "l_sort" => {
            let mut v = il(w[1]);
            let m = i(w[2]);
            if m == 0 {
                py::sort(&mut v, w[3] == "1");
            } else {
                // key=lambda x: x % m, keeping the originals visible
                let mut pairs: Vec<(i64, i64)> = v.iter().enumerate().map(|(k, &x)| (x, k as i64)).collect();
                py::sort_by_key(&mut pairs, |p| py::modulo(p.0, m), w[3] == "1");
                return rep(&pairs);
            }
            rep(&v)
        }
        "ls_sorted" => rep(&py::sorted_by_key(&sl(w[1]), |x| py::len(x), w[2] == "1")),
        "fl_sorted" => rep(&py::sorted(&fl(w[1]), w[2] == "1")),
        "l_max" => show(&py::max(&il(w[1]))),
        "l_min" => show(&py::min(&il(w[1]))),
        "l_maxk" => {
            let v: Vec<(i64, i64)> = il(w[1]).iter().enumerate().map(|(k, &x)| (x, k as i64)).collect();
            let m = i(w[2]);
            rep(&py::max_by_key(&v, |p| py::modulo(p.0, m)))
        }
        "l_mink" => {
            let v: Vec<(i64, i64)> = il(w[1]).iter().enumerate().map(|(k, &x)| (x, k as i64)).collect();
            let m = i(w[2]);
            rep(&py::min_by_key(&v, |p| py::modulo(p.0, m)))
        }
        "ls_max" => rep(&py::max(&sl(w[1]))),
        "l_sum" => show(&py::sum_int(&il(w[1]))),
        "fl_sum" => rep(&py::sum_float(&fl(w[1]))),
        "l_lt" => b(py::seq_lt(&il(w[1]), &il(w[2]), false)),
        "l_le" => b(py::seq_lt(&il(w[1]), &il(w[2]), true)),
        "l_eq" => b(il(w[1]) == il(w[2])),
        "l_in" => b(il(w[1]).contains(&i(w[2]))),
        "nested" => {
            let shared = std::rc::Rc::new(std::cell::RefCell::new(vec![s(w[1])]));
            let v: Vec<Vec<Vec<i64>>> = vec![vec![], vec![vec![]], vec![il(w[2])]];
            rep(&(f(w[3]), s(w[1]), (), true, (i(w[4]),), v, shared, (py::Tuple0, py::TupleN(il(w[2])), Some(i(w[4])), None::<i64>)))
        }
        _ => ops_map(op, w),
    }
}

fn ops_map(op: &str, w: &[&str]) -> String {
    match op {
        // "dict_ops s5:3,d5,p5,q5,g5,D5:1,i5,c,u7:1" then the dict's repr
        "dict_ops" | "dicts_ops" => {
            let strs = op == "dicts_ops";
            let key = |x: &str| if strs { py::Str::from(format!("k{}", x)) } else { py::Str::from(x.to_string()) };
            let mut d: py::Dict<py::Str, i64> = py::Dict::new();
            let mut out: Vec<String> = Vec::new();
            for o in w[1].split(',').filter(|o| !o.is_empty()) {
                let (c, rest) = o.split_at(1);
                let mut kv = rest.split(':');
                let k = key(kv.next().unwrap_or(""));
                let v = kv.next().map(i).unwrap_or(0);
                match c {
                    "s" => d.set(k, v),
                    "a" => *d.item_mut(&k) += v,
                    "d" => d.del(&k),
                    "p" => out.push(show(&d.pop(&k))),
                    "q" => out.push(show(&d.pop_or(&k, -1))),
                    "g" => out.push(show(&d.get_or(&k, -1))),
                    "i" => out.push(show(d.item(&k))),
                    "D" => out.push(show(d.setdefault(k, v))),
                    "c" => out.push(show(&d.contains(&k))),
                    "P" => out.push(rep(&d.popitem())),
                    "u" => {
                        let mut e = py::Dict::new();
                        e.set(k, v);
                        e.set(py::Str::from("z".to_string()), 1);
                        d.update(&e);
                    }
                    _ => panic!("dict op {}", c),
                }
            }
            let copy = d.clone();
            let rebuilt = py::Dict::from_pairs(d.iter().rev().map(|(k, v)| (k.clone(), *v)));
            format!(
                "{} {} {} {} {} {}",
                out.join(" "),
                rep(&d),
                d.len(),
                rep(&d.keys().cloned().collect::<Vec<_>>()),
                rep(&d.values().cloned().collect::<Vec<_>>()),
                show(&(copy == d && rebuilt == d))
            )
        }
        // "set_ops a5,r5,d5,p" then the set's repr
        "set_ops" => {
            let mut st: py::Set<i64> = py::Set::new();
            let mut out: Vec<String> = Vec::new();
            for o in w[1].split(',').filter(|o| !o.is_empty()) {
                let (c, rest) = o.split_at(1);
                match c {
                    "a" => st.add(i(rest)),
                    "r" => st.remove(&i(rest)),
                    "d" => out.push(show(&st.discard(&i(rest)))),
                    "p" => out.push(show(&st.pop())),
                    "c" => out.push(show(&st.contains(&i(rest)))),
                    "C" => st.clear(),
                    _ => panic!("set op {}", c),
                }
            }
            format!("{} {} {}", out.join(" "), rep(&st), st.len())
        }
        "set_bin" => {
            let a = py::Set::from_items(il(w[1]));
            let b = py::Set::from_items(il(w[2]));
            match w[3] {
                "|" => rep(&a.union(&b)),
                "&" => rep(&a.intersection(&b)),
                "-" => rep(&a.difference(&b)),
                "^" => rep(&a.symmetric_difference(&b)),
                "|=" => {
                    let mut a = a;
                    a.update(&b);
                    rep(&a)
                }
                "^=" => {
                    let mut a = a;
                    a.symmetric_difference_update(&b);
                    rep(&a)
                }
                "copy" => rep(&a.copy()),
                "-=" => {
                    let mut a = a;
                    a.difference_update(&b);
                    rep(&a)
                }
                "&=" => {
                    let mut a = a;
                    a.intersection_update(&b);
                    rep(&a)
                }
                "<=" => show(&a.issubset(&b)),
                ">=" => show(&a.issuperset(&b)),
                "==" => show(&(a == b)),
                "disjoint" => show(&a.isdisjoint(&b)),
                _ => panic!("set op"),
            }
        }
        "set_self" => {
            let mut a = py::Set::from_items(il(w[1]));
            match w[2] {
                "|" => return rep(&a.union(&a)),
                "&" => return rep(&a.intersection(&a)),
                "&=" => a.iand_self(),
                "-=" | "^=" => a.isub_self(),
                _ => {}
            }
            rep(&a)
        }
        "set_display" => {
            let xs = il(w[1]);
            rep(&if xs.len() > 2 { py::Set::from_constants(xs) } else { py::Set::from_items(xs) })
        }
        "set_tuples" => {
            let xs = il(w[1]);
            let st = py::Set::from_items(xs.chunks(2).filter(|c| c.len() == 2).map(|c| (c[0], c[1] != 0)));
            rep(&st)
        }
        _ => panic!("unknown op {}", op),
    }
}
