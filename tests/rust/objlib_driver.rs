// objlib_driver.rs — reads one case a line on stdin, runs it through the
// runtime's py::method / py::builtin / py::call on dynamic values and prints
// the repr of the answer as hex of its UTF-8 bytes, so objlib_test.py can
// compare it with CPython.  A Python error stops the process through
// py::raise; the test restarts it after the failing line.
// Lines:  m NAME NARGS NKW RECV ARG... KW VALUE...   repr((result, recv))
//         b NAME NARGS NKW ARG... KW VALUE...        repr(result)
//         c NARGS F ARG...                           repr(f(*args))
// An iterator result is shown as the list of its items.  Values, prefix
// encoded: N T F i<int> f<hex of float bits> s<hex of utf-8> L<n> U<n> S<n>
// (n values follow) D<n> (n keys and values) R<start>,<stop>,<step>
// B<builtin> K<test function> G<method> RECV  C<builtin>,<n> ARG... (the
// builtin's result) M<method>,<n> RECV ARG... (the method's result)
// = VALUE (binds VALUE as the receiver, then is VALUE) @ (the receiver: of
// the `m` line, or the value last bound with =).
const PY_FILE: &str = "objlib_test.py";
const PY_FUNCS: &[&str] = &["<module>"];
const PY_LINES: &[(u32, u32, u32)] = &[(1, 1, 0)];

use py::Obj;
use std::io::BufRead;
use std::rc::Rc;

fn text(hex: &str) -> String {
    let bytes: Vec<u8> =
        (0..hex.len() / 2).map(|k| u8::from_str_radix(&hex[2 * k..2 * k + 2], 16).expect("hex")).collect();
    String::from_utf8(bytes).expect("utf-8")
}

fn leak(name: &str) -> &'static str {
    Box::leak(name.to_string().into_boxed_str())
}

/// The test's Python functions (objlib_test.py defines the same).
fn test_func(name: &str) -> Obj {
    let f: (usize, fn(&[Obj]) -> Obj) = match name {
        "neg" => (1, |a| py::op_neg(&a[0])),
        "mod3" => (1, |a| py::op_mod(&a[0], &Obj::Int(3))),
        "first" => (1, |a| py::getitem(&a[0], &Obj::Int(0))),
        "second" => (1, |a| py::getitem(&a[0], &Obj::Int(1))),
        "odd" => (1, |a| Obj::Bool(py::op_eq(&py::op_mod(&a[0], &Obj::Int(2)), &Obj::Int(1)))),
        "lower" => (1, |a| py::method(&a[0], "lower", &[], &[])),
        "add" => (2, |a| py::op_add(&a[0], &a[1])),
        "nothing" => (0, |_| Obj::None),
        _ => panic!("unknown test function {}", name),
    };
    Obj::func(leak(name), f.0, Rc::new(f.1))
}

struct Reader<'a> {
    words: std::str::SplitWhitespace<'a>,
    recv: Option<Obj>,
}

impl<'a> Reader<'a> {
    fn word(&mut self) -> &'a str {
        self.words.next().expect("truncated case")
    }

    fn count(&mut self) -> usize {
        self.word().parse().expect("count")
    }

    fn values(&mut self, n: usize) -> Vec<Obj> {
        (0..n).map(|_| self.value()).collect()
    }

    fn value(&mut self) -> Obj {
        let w = self.word();
        let (tag, rest) = w.split_at(1);
        let n = || rest.parse::<usize>().expect("count");
        match tag {
            "N" => Obj::None,
            "T" => Obj::Bool(true),
            "F" => Obj::Bool(false),
            "i" => Obj::Int(rest.parse().expect("int")),
            "f" => Obj::Float(f64::from_bits(u64::from_str_radix(rest, 16).expect("float bits"))),
            "s" => Obj::Str(py::Str::from(text(rest))),
            "L" => Obj::list(self.values(n())),
            "U" => Obj::tuple(self.values(n())),
            "S" => Obj::set(self.values(n())),
            "D" => {
                let pairs = (0..n()).map(|_| (self.value(), self.value())).collect();
                Obj::dict(pairs)
            }
            "R" => {
                let v: Vec<i64> = rest.split(',').map(|x| x.parse().expect("int")).collect();
                Obj::Range(v[0], v[1], v[2])
            }
            "B" => Obj::builtin_ref(leak(rest)),
            "K" => test_func(rest),
            "G" => {
                let recv = self.value();
                py::getattr(&recv, rest)
            }
            "C" => {
                let (name, k) = rest.split_at(rest.find(',').expect("C<name>,<n>"));
                let args = self.values(k[1..].parse().expect("count"));
                py::builtin(name, &args, &[])
            }
            "M" => {
                let (name, k) = rest.split_at(rest.find(',').expect("M<name>,<n>"));
                let recv = self.value();
                let args = self.values(k[1..].parse().expect("count"));
                py::method(&recv, name, &args, &[])
            }
            "=" => {
                let v = self.value();
                self.recv = Some(v.clone());
                v
            }
            "@" => self.recv.clone().expect("@ with no receiver"),
            _ => panic!("bad value {}", w),
        }
    }

    fn kwargs(&mut self, n: usize) -> Vec<(&'a str, Obj)> {
        (0..n).map(|_| (self.word(), self.value())).collect()
    }
}

/// An iterator result as the list of its items.
fn materialize(v: Obj) -> Obj {
    match v {
        Obj::Iter(_) => Obj::list(py::iter(&v).collect()),
        v => v,
    }
}

fn run(line: &str) -> String {
    let mut r = Reader { words: line.split_whitespace(), recv: None };
    let result = match r.word() {
        "m" => {
            let name = r.word();
            let (nargs, nkw) = (r.count(), r.count());
            let recv = r.value();
            r.recv = Some(recv.clone());
            let args = r.values(nargs);
            let kwargs = r.kwargs(nkw);
            let result = materialize(py::method(&recv, name, &args, &kwargs));
            Obj::tuple(vec![result, recv])
        }
        "b" => {
            let name = r.word();
            let (nargs, nkw) = (r.count(), r.count());
            let args = r.values(nargs);
            let kwargs = r.kwargs(nkw);
            materialize(py::builtin(name, &args, &kwargs))
        }
        "c" => {
            let nargs = r.count();
            let f = r.value();
            let args = r.values(nargs);
            materialize(py::call(&f, &args))
        }
        op => panic!("bad op {}", op),
    };
    py::repr(&result).to_string()
}

fn main() {
    let stdin = std::io::stdin();
    for line in stdin.lock().lines() {
        let r = run(&line.expect("line"));
        let mut hex = String::with_capacity(2 * r.len() + 1);
        for b in r.bytes() {
            hex.push_str(&format!("{:02x}", b));
        }
        hex.push('\n');
        py::print_with(&[&hex], "", "");
    }
    py::flush();
}
