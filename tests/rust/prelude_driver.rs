// prelude_driver.rs — reads "op arg..." lines on stdin and prints the
// prelude's answer for each, so prelude_test.py can compare it with CPython.
// Floats travel as the hex of their bits, strs as hex of their UTF-8 bytes.
const PY_FILE: &str = "prelude_test.py";
const PY_FUNCS: &[&str] = &["<module>"];
const PY_LINES: &[(u32, u32, u32)] = &[(1, 1, 0)];

use std::io::BufRead;

fn f(arg: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(arg, 16).expect("float bits"))
}

fn i(arg: &str) -> i64 {
    arg.parse().expect("int")
}

fn text(arg: &str) -> String {
    let bytes: Vec<u8> = (0..arg.len() / 2)
        .map(|k| u8::from_str_radix(&arg[2 * k..2 * k + 2], 16).expect("hex"))
        .collect();
    String::from_utf8(bytes).expect("utf-8")
}

fn main() {
    let stdin = std::io::stdin();
    for line in stdin.lock().lines() {
        let line = line.expect("line");
        let w: Vec<&str> = line.split(' ').collect();
        let r = match w[0] {
            "repr" => py::repr(&f(w[1])),
            "ffloordiv" => py::repr(&py::ffloordiv(f(w[1]), f(w[2]))),
            "fmod" => py::repr(&py::fmod(f(w[1]), f(w[2]))),
            "fdivmod" => py::repr(&py::fdivmod(f(w[1]), f(w[2]))),
            "fpow" => py::repr(&py::fpow(f(w[1]), f(w[2]))),
            "fdiv" => py::repr(&py::fdiv(f(w[1]), f(w[2]))),
            "round_to" => py::repr(&py::round_to(f(w[1]), i(w[2]))),
            "round" => py::repr(&py::round(f(w[1]))),
            "int" => py::repr(&py::float_to_int(f(w[1]))),
            "fmax" => py::repr(&py::fmax(f(w[1]), f(w[2]))),
            "fmin" => py::repr(&py::fmin(f(w[1]), f(w[2]))),
            "floordiv" => py::repr(&py::floordiv(i(w[1]), i(w[2]))),
            "mod" => py::repr(&py::modulo(i(w[1]), i(w[2]))),
            "divmod" => py::repr(&py::divmod(i(w[1]), i(w[2]))),
            "truediv" => py::repr(&py::truediv(i(w[1]), i(w[2]))),
            "pow" => py::repr(&py::pow(i(w[1]), i(w[2]))),
            "add" => py::repr(&py::add(i(w[1]), i(w[2]))),
            "sub" => py::repr(&py::sub(i(w[1]), i(w[2]))),
            "mul" => py::repr(&py::mul(i(w[1]), i(w[2]))),
            "neg" => py::repr(&py::neg(i(w[1]))),
            "abs" => py::repr(&py::abs(i(w[1]))),
            "shl" => py::repr(&py::shl(i(w[1]), i(w[2]))),
            "shr" => py::repr(&py::shr(i(w[1]), i(w[2]))),
            "round_int" => py::repr(&py::round_int(i(w[1]), i(w[2]))),
            "hex" => py::repr(&py::hex(i(w[1]))),
            "oct" => py::repr(&py::oct(i(w[1]))),
            "bin" => py::repr(&py::bin(i(w[1]))),
            "float" => py::repr(&(i(w[1]) as f64)),
            "strrepr" => py::repr(&py::Str::from(text(w[1]))),
            "str" => py::str(&py::Str::from(text(w[1]))),
            "tuple" => py::str(&(i(w[1]), f(w[2]), py::Str::from(text(w[3])), true, ())),
            "tuple1" => py::str(&(f(w[1]),)),
            "range" => {
                let v: Vec<String> =
                    py::range(i(w[1]), i(w[2]), i(w[3])).map(|x| x.to_string()).collect();
                py::Str::from(format!("{} {}", py::range(i(w[1]), i(w[2]), i(w[3])).len(), v.join(",")))
            }
            "ifcmp" => {
                let (a, x) = (i(w[1]), f(w[2]));
                let v = [
                    py::int_float_eq(a, x),
                    py::int_float_ne(a, x),
                    py::int_float_lt(a, x),
                    py::int_float_le(a, x),
                    py::int_float_gt(a, x),
                    py::int_float_ge(a, x),
                ];
                let words: Vec<&str> = v.iter().map(|&b| if b { "True" } else { "False" }).collect();
                py::Str::from(words.join(" "))
            }
            other => panic!("unknown op {}", other),
        };
        let hex: String = r.as_bytes().iter().map(|b| format!("{:02x}", b)).collect();
        py::print(&[&hex]);
    }
    py::flush();
}
