// prelude.rs — the runtime of portalisc's Rust output: Python 3.11 semantics
// for ints (never wrapping), floats, strings, formatting, print and errors.
// Appended verbatim to every emitted program as `mod py`; it must build
// without warnings on rustc 1.63 and newer, std only, no unsafe.  The program
// supplies `crate::PY_FILE`, `crate::PY_FUNCS` and `crate::PY_LINES` (Rust
// line -> Python line, function) so that errors can name the Python line.
#[allow(dead_code)]
mod py {
    use std::cell::{Cell, RefCell};
    use std::cmp::Ordering;
    use std::fmt;
    use std::io::Write;
    use std::rc::Rc;
    use std::thread::LocalKey;

    // ---- output: one buffered writer, flushed at exit and before errors ----

    thread_local! {
        static OUT: RefCell<Vec<u8>> = RefCell::new(Vec::with_capacity(1 << 16));
    }

    fn write_out(s: &[u8]) {
        OUT.with(|o| {
            let mut o = o.borrow_mut();
            o.extend_from_slice(s);
            if o.len() >= 1 << 16 {
                let _ = std::io::stdout().write_all(&o);
                o.clear();
            }
        });
    }

    /// Writes everything printed so far; called at exit and before errors.
    pub fn flush() {
        OUT.with(|o| {
            let mut o = o.borrow_mut();
            let mut stdout = std::io::stdout();
            let _ = stdout.write_all(&o);
            let _ = stdout.flush();
            o.clear();
        });
    }

    // ---- errors -------------------------------------------------------------

    /// Stops the program with a Python-style traceback naming the Python line
    /// of the caller (found through the program's line table) and status 1.
    #[track_caller]
    #[cold]
    pub fn raise(kind: &str, msg: &str) -> ! {
        let rust_line = std::panic::Location::caller().line();
        flush();
        let lines: &[(u32, u32, u32)] = crate::PY_LINES;
        let mut idx = lines.len();
        let mut lo = 0;
        let mut hi = lines.len();
        while lo < hi {
            let mid = (lo + hi) / 2;
            if lines[mid].0 <= rust_line {
                idx = mid;
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        let mut err = String::from("Traceback (most recent call last):\n");
        if idx < lines.len() {
            let (_, py_line, func) = lines[idx];
            err.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                crate::PY_FILE,
                py_line,
                crate::PY_FUNCS[func as usize]
            ));
        }
        if msg.is_empty() {
            err.push_str(&format!("{}\n", kind));
        } else {
            err.push_str(&format!("{}: {}\n", kind, msg));
        }
        let _ = std::io::stderr().write_all(err.as_bytes());
        std::process::exit(1)
    }

    #[track_caller]
    #[cold]
    fn overflow() -> ! {
        raise("OverflowError", "integer result does not fit in 64 bits (portalisc ints are i64 for now)")
    }

    #[track_caller]
    #[cold]
    fn int_div_zero() -> ! {
        raise("ZeroDivisionError", "integer division or modulo by zero")
    }

    /// A name read before it was bound.
    #[track_caller]
    #[cold]
    pub fn name_error(name: &str) -> ! {
        raise("NameError", &format!("name '{}' is not defined", name))
    }

    #[track_caller]
    #[cold]
    pub fn unreachable() -> ! {
        raise("SystemError", "portalisc: reached code the compiler proved unreachable")
    }

    // ---- recursion depth --------------------------------------------------------

    /// CPython's default recursion limit: frames in all, the module's included.
    const RECURSION_LIMIT: u32 = 1000;

    thread_local! {
        static DEPTH: Cell<u32> = Cell::new(1);     // the module's frame
    }

    /// One Python function frame, held for the length of a call: entering
    /// past the limit raises RecursionError exactly where CPython does,
    /// instead of recursing on where Python would have stopped.
    pub struct Frame;

    impl Frame {
        #[track_caller]
        pub fn enter() -> Frame {
            let depth = DEPTH.with(|d| {
                d.set(d.get() + 1);
                d.get()
            });
            if depth > RECURSION_LIMIT {
                raise("RecursionError", "maximum recursion depth exceeded");
            }
            Frame
        }
    }

    impl Drop for Frame {
        fn drop(&mut self) {
            DEPTH.with(|d| d.set(d.get() - 1));
        }
    }

    // ---- int: i64 that never wraps ------------------------------------------

    #[track_caller]
    #[inline]
    pub fn add(a: i64, b: i64) -> i64 {
        match a.checked_add(b) {
            Some(r) => r,
            None => overflow(),
        }
    }

    #[track_caller]
    #[inline]
    pub fn sub(a: i64, b: i64) -> i64 {
        match a.checked_sub(b) {
            Some(r) => r,
            None => overflow(),
        }
    }

    #[track_caller]
    #[inline]
    pub fn mul(a: i64, b: i64) -> i64 {
        match a.checked_mul(b) {
            Some(r) => r,
            None => overflow(),
        }
    }

    #[track_caller]
    #[inline]
    pub fn neg(a: i64) -> i64 {
        match a.checked_neg() {
            Some(r) => r,
            None => overflow(),
        }
    }

    #[track_caller]
    #[inline]
    pub fn abs(a: i64) -> i64 {
        match a.checked_abs() {
            Some(r) => r,
            None => overflow(),
        }
    }

    /// `a // b`: rounds toward negative infinity.
    #[track_caller]
    #[inline]
    pub fn floordiv(a: i64, b: i64) -> i64 {
        if b == 0 {
            int_div_zero();
        }
        let q = match a.checked_div(b) {
            Some(q) => q,
            None => overflow(),
        };
        if a % b != 0 && ((a < 0) != (b < 0)) {
            q - 1
        } else {
            q
        }
    }

    /// `a % b`: the result has the sign of `b`.
    #[track_caller]
    #[inline]
    pub fn modulo(a: i64, b: i64) -> i64 {
        if b == 0 {
            raise("ZeroDivisionError", "integer modulo by zero");
        }
        let r = a.wrapping_rem(b);
        if r != 0 && ((r < 0) != (b < 0)) {
            r + b
        } else {
            r
        }
    }

    /// `divmod(a, b)` on ints.
    #[track_caller]
    pub fn divmod(a: i64, b: i64) -> (i64, i64) {
        if b == 0 {
            int_div_zero();
        }
        (floordiv(a, b), modulo(a, b))
    }

    /// `a ** b` for ints with `b >= 0`.
    #[track_caller]
    pub fn pow(a: i64, b: i64) -> i64 {
        if b < 0 {
            raise(
                "TypeError",
                "portalisc: int ** negative int gives a float here; the program's types say int",
            );
        }
        let mut base = a;
        let mut exp = b as u64;
        let mut acc: i64 = 1;
        while exp > 0 {
            if exp & 1 == 1 {
                acc = mul(acc, base);
            }
            exp >>= 1;
            if exp > 0 {
                base = mul(base, base);
            }
        }
        acc
    }

    /// `a / b` on ints: the correctly rounded quotient, even beyond 2**53.
    #[track_caller]
    pub fn truediv(a: i64, b: i64) -> f64 {
        if b == 0 {
            raise("ZeroDivisionError", "division by zero");
        }
        const EXACT: u64 = 1 << 53;
        let (ua, ub) = (a.unsigned_abs(), b.unsigned_abs());
        if ua <= EXACT && ub <= EXACT {
            return a as f64 / b as f64;
        }
        let negative = (a < 0) != (b < 0);
        if ua == 0 {
            return if negative { -0.0 } else { 0.0 };
        }
        // q = floor(ua * 2**k / ub) with 55 or 56 significant bits; the
        // remainder becomes a sticky bit so that the one rounding in the
        // u128 -> f64 conversion is the correct one.
        let abits = 64 - ua.leading_zeros() as i32;
        let bbits = 64 - ub.leading_zeros() as i32;
        let k = 55 - (abits - bbits);
        let (num, den) = if k >= 0 {
            ((ua as u128) << k, ub as u128)
        } else {
            (ua as u128, (ub as u128) << (-k))
        };
        let mut q = num / den;
        if num % den != 0 {
            q |= 1;
        }
        let r = q as f64 * 2f64.powi(-k);
        if negative {
            -r
        } else {
            r
        }
    }

    /// `a << b`.
    #[track_caller]
    pub fn shl(a: i64, b: i64) -> i64 {
        if b < 0 {
            raise("ValueError", "negative shift count");
        }
        if a == 0 {
            return 0;
        }
        if b >= 64 {
            overflow();
        }
        let r = a << b;
        if (r >> b) != a {
            overflow();
        }
        r
    }

    /// `a >> b`: arithmetic.
    #[track_caller]
    pub fn shr(a: i64, b: i64) -> i64 {
        if b < 0 {
            raise("ValueError", "negative shift count");
        }
        if b >= 64 {
            if a < 0 {
                -1
            } else {
                0
            }
        } else {
            a >> b
        }
    }

    /// `round(a, n)` on ints: half to even at a power of ten.
    #[track_caller]
    pub fn round_int(a: i64, n: i64) -> i64 {
        if n >= 0 {
            return a;
        }
        if n < -19 {
            return 0;
        }
        let p = 10i128.pow((-n) as u32);
        let v = a as i128;
        let mut q = v.div_euclid(p);
        let r = v.rem_euclid(p);
        if 2 * r > p || (2 * r == p && q % 2 != 0) {
            q += 1;
        }
        let res = q * p;
        if res > i64::MAX as i128 || res < i64::MIN as i128 {
            overflow();
        }
        res as i64
    }

    fn radix(a: i64, prefix: &str, bits: u32) -> Str {
        let mut u = a.unsigned_abs();
        let mut digits = Vec::new();
        let mask = (1u64 << bits) - 1;
        loop {
            digits.push(b"0123456789abcdef"[(u & mask) as usize]);
            u >>= bits;
            if u == 0 {
                break;
            }
        }
        let mut s = String::with_capacity(digits.len() + 3);
        if a < 0 {
            s.push('-');
        }
        s.push_str(prefix);
        for d in digits.iter().rev() {
            s.push(*d as char);
        }
        Str::from(s)
    }

    pub fn hex(a: i64) -> Str {
        radix(a, "0x", 4)
    }

    pub fn oct(a: i64) -> Str {
        radix(a, "0o", 3)
    }

    pub fn bin(a: i64) -> Str {
        radix(a, "0b", 1)
    }

    // ---- float ----------------------------------------------------------------

    /// `a / b` on floats.
    #[track_caller]
    #[inline]
    pub fn fdiv(a: f64, b: f64) -> f64 {
        if b == 0.0 {
            raise("ZeroDivisionError", "float division by zero");
        }
        a / b
    }

    // CPython's _float_div_mod: (floor quotient, remainder), signs of zero included.
    fn float_div_mod(vx: f64, wx: f64) -> (f64, f64) {
        let mut m = vx % wx;
        let mut div = (vx - m) / wx;
        if m != 0.0 {
            if (wx < 0.0) != (m < 0.0) {
                m += wx;
                div -= 1.0;
            }
        } else {
            m = 0.0f64.copysign(wx);
        }
        let floordiv = if div != 0.0 {
            let mut f = div.floor();
            if div - f > 0.5 {
                f += 1.0;
            }
            f
        } else {
            0.0f64.copysign(vx / wx)
        };
        (floordiv, m)
    }

    /// `a // b` on floats.
    #[track_caller]
    pub fn ffloordiv(a: f64, b: f64) -> f64 {
        if b == 0.0 {
            raise("ZeroDivisionError", "float floor division by zero");
        }
        float_div_mod(a, b).0
    }

    /// `a % b` on floats: the sign of `b`.
    #[track_caller]
    pub fn fmod(a: f64, b: f64) -> f64 {
        if b == 0.0 {
            raise("ZeroDivisionError", "float modulo");
        }
        let m = a % b;
        if m != 0.0 {
            if (b < 0.0) != (m < 0.0) {
                m + b
            } else {
                m
            }
        } else {
            0.0f64.copysign(b)
        }
    }

    /// `divmod(a, b)` on floats.
    #[track_caller]
    pub fn fdivmod(a: f64, b: f64) -> (f64, f64) {
        if b == 0.0 {
            raise("ZeroDivisionError", "float divmod()");
        }
        float_div_mod(a, b)
    }

    fn is_odd_integer(x: f64) -> bool {
        x.abs() % 2.0 == 1.0
    }

    /// `a ** b` on floats: libm pow with CPython's special cases and errors.
    #[track_caller]
    pub fn fpow(iv: f64, iw: f64) -> f64 {
        if iw == 0.0 {
            return 1.0;
        }
        if iv.is_nan() {
            return iv;
        }
        if iw.is_nan() {
            return if iv == 1.0 { 1.0 } else { iw };
        }
        if iw.is_infinite() {
            let av = iv.abs();
            return if av == 1.0 {
                1.0
            } else if (iw > 0.0) == (av > 1.0) {
                iw.abs()
            } else {
                0.0
            };
        }
        let iw_is_odd = is_odd_integer(iw);
        if iv.is_infinite() {
            return if iw > 0.0 {
                if iw_is_odd {
                    iv
                } else {
                    iv.abs()
                }
            } else if iw_is_odd {
                0.0f64.copysign(iv)
            } else {
                0.0
            };
        }
        if iv == 0.0 {
            if iw < 0.0 {
                raise("ZeroDivisionError", "0.0 cannot be raised to a negative power");
            }
            return if iw_is_odd { iv } else { 0.0 };
        }
        let mut base = iv;
        let mut negate = false;
        if iv < 0.0 {
            if iw != iw.floor() {
                raise(
                    "ValueError",
                    "unsupported: complex result (negative number raised to a fractional power)",
                );
            }
            base = -iv;
            negate = iw_is_odd;
        }
        if base == 1.0 {
            return if negate { -1.0 } else { 1.0 };
        }
        let r = base.powf(iw);
        if r.is_infinite() {
            raise("OverflowError", "(34, 'Numerical result out of range')");
        }
        if negate {
            -r
        } else {
            r
        }
    }

    /// `max(a, b)` on floats as Python computes it: the first of equals, nan sticks.
    #[inline]
    pub fn fmax(a: f64, b: f64) -> f64 {
        if b > a {
            b
        } else {
            a
        }
    }

    /// `min(a, b)` on floats as Python computes it.
    #[inline]
    pub fn fmin(a: f64, b: f64) -> f64 {
        if b < a {
            b
        } else {
            a
        }
    }

    /// An int against a float, exactly as CPython compares them: no rounding
    /// of the int (2**53 + 1 > 2.0**53), None when the float is nan.
    pub fn int_float_cmp(a: i64, x: f64) -> Option<Ordering> {
        if x.is_nan() {
            return None;
        }
        if -9007199254740992 <= a && a <= 9007199254740992 {
            return (a as f64).partial_cmp(&x); // a is exact as f64
        }
        // -2**63 is exact; 2**63 is the first float above every i64.
        if x >= 9223372036854775808.0 {
            return Some(Ordering::Less);
        }
        if x < -9223372036854775808.0 {
            return Some(Ordering::Greater);
        }
        let t = x.trunc();
        match a.cmp(&(t as i64)) {
            Ordering::Equal => 0.0f64.partial_cmp(&(x - t)),
            o => Some(o),
        }
    }

    /// `a == x` for an int and a float.
    #[inline]
    pub fn int_float_eq(a: i64, x: f64) -> bool {
        int_float_cmp(a, x) == Some(Ordering::Equal)
    }

    /// `a != x` for an int and a float (true when x is nan).
    #[inline]
    pub fn int_float_ne(a: i64, x: f64) -> bool {
        int_float_cmp(a, x) != Some(Ordering::Equal)
    }

    /// `a < x` for an int and a float.
    #[inline]
    pub fn int_float_lt(a: i64, x: f64) -> bool {
        int_float_cmp(a, x) == Some(Ordering::Less)
    }

    /// `a <= x` for an int and a float.
    #[inline]
    pub fn int_float_le(a: i64, x: f64) -> bool {
        matches!(int_float_cmp(a, x), Some(Ordering::Less | Ordering::Equal))
    }

    /// `a > x` for an int and a float.
    #[inline]
    pub fn int_float_gt(a: i64, x: f64) -> bool {
        int_float_cmp(a, x) == Some(Ordering::Greater)
    }

    /// `a >= x` for an int and a float.
    #[inline]
    pub fn int_float_ge(a: i64, x: f64) -> bool {
        matches!(int_float_cmp(a, x), Some(Ordering::Greater | Ordering::Equal))
    }

    /// `int(x)`: truncates toward zero.
    #[track_caller]
    pub fn float_to_int(x: f64) -> i64 {
        if x.is_nan() {
            raise("ValueError", "cannot convert float NaN to integer");
        }
        if x.is_infinite() {
            raise("OverflowError", "cannot convert float infinity to integer");
        }
        let t = x.trunc();
        // -2**63 is exact; 2**63 is the first value out of range.
        if t >= 9223372036854775808.0 || t < -9223372036854775808.0 {
            overflow();
        }
        t as i64
    }

    /// `round(x)` on a float: half to even, an int.
    #[track_caller]
    pub fn round(x: f64) -> i64 {
        let mut r = x.round();
        if (x - r).abs() == 0.5 {
            r = 2.0 * (x / 2.0).round();
        }
        float_to_int(r)
    }

    /// The exact decimal expansion of a finite x != 0: (digits, point) with
    /// |x| = 0.DIGITS * 10**point and no leading or trailing zero digit.
    fn exact_decimal(x: f64) -> (Vec<u8>, i32) {
        let bits = x.abs().to_bits();
        let exp_bits = ((bits >> 52) & 0x7ff) as i32;
        let frac = bits & ((1u64 << 52) - 1);
        let (mut m, mut e) = if exp_bits == 0 {
            (frac, -1074)
        } else {
            (frac | (1u64 << 52), exp_bits - 1075)
        };
        while m & 1 == 0 {
            m >>= 1;
            e += 1;
        }
        // big = m * 2**e (e >= 0) or m * 5**-e (then scaled by 10**e).
        let mut big: Vec<u32> = vec![m as u32, (m >> 32) as u32];
        let mut scale = 0i32;
        if e >= 0 {
            for _ in 0..e {
                big_mul_small(&mut big, 2);
            }
        } else {
            for _ in 0..(-e) {
                big_mul_small(&mut big, 5);
            }
            scale = e;
        }
        let mut digits = Vec::new();
        while big.iter().any(|&w| w != 0) {
            let mut r = big_div_small(&mut big, 1_000_000_000);
            for _ in 0..9 {
                digits.push(b'0' + (r % 10) as u8);
                r /= 10;
            }
        }
        while digits.last() == Some(&b'0') {
            digits.pop();
        }
        digits.reverse();
        let ndig = digits.len() as i32;
        while digits.last() == Some(&b'0') {
            digits.pop();
        }
        (digits, ndig + scale)
    }

    fn big_mul_small(big: &mut Vec<u32>, k: u32) {
        let mut carry = 0u64;
        for w in big.iter_mut() {
            let v = *w as u64 * k as u64 + carry;
            *w = v as u32;
            carry = v >> 32;
        }
        if carry != 0 {
            big.push(carry as u32);
        }
    }

    fn big_div_small(big: &mut [u32], k: u32) -> u32 {
        let mut rem = 0u64;
        for w in big.iter_mut().rev() {
            let v = (rem << 32) | *w as u64;
            *w = (v / k as u64) as u32;
            rem = v % k as u64;
        }
        rem as u32
    }

    /// `round(x, n)` on floats: correctly rounded through the exact decimal
    /// value, half to even, as CPython's double_round.
    pub fn round_to(x: f64, n: i64) -> f64 {
        if !x.is_finite() || x == 0.0 || n > 323 {
            return x;
        }
        if n < -308 {
            return 0.0 * x;
        }
        let (kept, point) = rounded_digits(x, true, n);
        if kept == [b'0'] {
            return 0.0f64.copysign(x);
        }
        let sign = if x < 0.0 { "-" } else { "" };
        let exp10 = point - kept.len() as i64;
        let text = format!("{}{}e{}", sign, String::from_utf8_lossy(&kept), exp10);
        text.parse::<f64>().unwrap_or(x)
    }

    // (digits, decpt) of |x| rounded as Gay's dtoa: `fixed` keeps `n` digits
    // after the point (mode 3), else `n` significant digits (mode 2); half to
    // even on the exact binary value; no trailing zeros; |x| ~ 0.DIGITS * 10**decpt.
    // A result of zero is ("0", 1).
    pub fn rounded_digits(x: f64, fixed: bool, n: i64) -> (Vec<u8>, i64) {
        if x == 0.0 {
            return (vec![b'0'], 1);
        }
        let (digits, point) = exact_decimal(x);
        let point = point as i64;
        let keep = if fixed { point + n } else { n };
        if keep >= digits.len() as i64 {
            return (digits, point);
        }
        if keep < 0 {
            return (vec![b'0'], 1);
        }
        let keep = keep as usize;
        let mut kept: Vec<u8> = digits[..keep].to_vec();
        let first = digits[keep];
        let round_up = first > b'5'
            || (first == b'5' && (digits.len() > keep + 1 || kept.last().map_or(false, |d| (d - b'0') % 2 == 1)));
        let mut point = point;
        if round_up {
            let mut i = kept.len();
            loop {
                if i == 0 {
                    kept.insert(0, b'1');
                    kept.pop();
                    if kept.is_empty() {
                        kept.push(b'1');
                    }
                    point += 1;
                    break;
                }
                i -= 1;
                if kept[i] == b'9' {
                    kept[i] = b'0';
                } else {
                    kept[i] += 1;
                    break;
                }
            }
        }
        while kept.last() == Some(&b'0') {
            kept.pop();
        }
        if kept.is_empty() {
            return (vec![b'0'], 1);
        }
        (kept, point)
    }

    // ---- ranges -----------------------------------------------------------------

    /// `range(start, stop, step)`, and its own iterator: `next`, `stop` and
    /// `step` always describe the items left (what `len` counts and an
    /// `Obj::Range` is boxed from, even from an exhausted iterator); `done`
    /// says there are none, so that `next` never steps past i64.
    #[derive(Clone, Copy, Debug)]
    pub struct Range {
        next: i64,
        stop: i64,
        step: i64,
        done: bool,
    }

    #[track_caller]
    pub fn range(start: i64, stop: i64, step: i64) -> Range {
        if step == 0 {
            raise("ValueError", "range() arg 3 must not be zero");
        }
        let done = if step > 0 { start >= stop } else { start <= stop };
        Range { next: start, stop, step, done }
    }

    impl Range {
        /// `len(r)`: the items left.
        pub fn len(&self) -> i64 {
            if self.done {
                return 0;
            }
            let (lo, hi, st) = (self.next as i128, self.stop as i128, self.step as i128);
            if st > 0 {
                ((hi - lo + st - 1) / st) as i64
            } else {
                ((lo - hi - st - 1) / -st) as i64
            }
        }
    }

    impl Iterator for Range {
        type Item = i64;
        #[inline]
        fn next(&mut self) -> Option<i64> {
            if self.done {
                return None;
            }
            let v = self.next;
            match v.checked_add(self.step) {
                Some(n) if (self.step > 0 && n < self.stop) || (self.step < 0 && n > self.stop) => {
                    self.next = n
                }
                _ => {
                    self.next = self.stop;
                    self.done = true;
                }
            }
            Some(v)
        }
    }

    // ---- str ----------------------------------------------------------------------

    /// Python's immutable str: a static literal or a shared heap string,
    /// cheap to clone.  Compares by code points (UTF-8 byte order agrees).
    #[derive(Clone)]
    pub enum Str {
        Static(&'static str),
        Heap(Rc<str>),
    }

    /// A str literal.
    pub const fn s(text: &'static str) -> Str {
        Str::Static(text)
    }

    impl Str {
        pub fn as_str(&self) -> &str {
            match self {
                Str::Static(t) => t,
                Str::Heap(t) => t,
            }
        }
    }

    impl std::ops::Deref for Str {
        type Target = str;
        fn deref(&self) -> &str {
            self.as_str()
        }
    }

    impl From<String> for Str {
        fn from(text: String) -> Str {
            Str::Heap(Rc::from(text))
        }
    }

    impl PartialEq for Str {
        fn eq(&self, other: &Str) -> bool {
            self.as_str() == other.as_str()
        }
    }
    impl Eq for Str {}
    impl PartialOrd for Str {
        fn partial_cmp(&self, other: &Str) -> Option<Ordering> {
            Some(self.cmp(other))
        }
    }
    impl Ord for Str {
        fn cmp(&self, other: &Str) -> Ordering {
            self.as_str().cmp(other.as_str())
        }
    }
    impl std::hash::Hash for Str {
        fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
            self.as_str().hash(h)
        }
    }
    impl fmt::Display for Str {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl fmt::Debug for Str {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str(&repr(self))
        }
    }

    /// `a + b` on strs.
    pub fn concat(a: &str, b: &str) -> Str {
        let mut t = String::with_capacity(a.len() + b.len());
        t.push_str(a);
        t.push_str(b);
        Str::from(t)
    }

    /// The pieces of an f-string, joined.
    pub fn build(parts: &[&str]) -> Str {
        Str::from(parts.concat())
    }

    /// `len(s)`: code points.
    pub fn len(text: &str) -> i64 {
        text.chars().count() as i64
    }

    // The code points str.isprintable() rejects in CPython 3.11 (Unicode
    // 14.0: categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than space),
    // as sorted inclusive ranges [first, last, first, last, ...].  Generated
    // with: not chr(u).isprintable() for u in range(0x110000).
    const NOT_PRINTABLE: &[u32] = &[
        0x0, 0x1f, 0x7f, 0xa0, 0xad, 0xad, 0x378, 0x379, 0x380, 0x383, 0x38b, 0x38b,
        0x38d, 0x38d, 0x3a2, 0x3a2, 0x530, 0x530, 0x557, 0x558, 0x58b, 0x58c, 0x590, 0x590,
        0x5c8, 0x5cf, 0x5eb, 0x5ee, 0x5f5, 0x605, 0x61c, 0x61c, 0x6dd, 0x6dd, 0x70e, 0x70f,
        0x74b, 0x74c, 0x7b2, 0x7bf, 0x7fb, 0x7fc, 0x82e, 0x82f, 0x83f, 0x83f, 0x85c, 0x85d,
        0x85f, 0x85f, 0x86b, 0x86f, 0x88f, 0x897, 0x8e2, 0x8e2, 0x984, 0x984, 0x98d, 0x98e,
        0x991, 0x992, 0x9a9, 0x9a9, 0x9b1, 0x9b1, 0x9b3, 0x9b5, 0x9ba, 0x9bb, 0x9c5, 0x9c6,
        0x9c9, 0x9ca, 0x9cf, 0x9d6, 0x9d8, 0x9db, 0x9de, 0x9de, 0x9e4, 0x9e5, 0x9ff, 0xa00,
        0xa04, 0xa04, 0xa0b, 0xa0e, 0xa11, 0xa12, 0xa29, 0xa29, 0xa31, 0xa31, 0xa34, 0xa34,
        0xa37, 0xa37, 0xa3a, 0xa3b, 0xa3d, 0xa3d, 0xa43, 0xa46, 0xa49, 0xa4a, 0xa4e, 0xa50,
        0xa52, 0xa58, 0xa5d, 0xa5d, 0xa5f, 0xa65, 0xa77, 0xa80, 0xa84, 0xa84, 0xa8e, 0xa8e,
        0xa92, 0xa92, 0xaa9, 0xaa9, 0xab1, 0xab1, 0xab4, 0xab4, 0xaba, 0xabb, 0xac6, 0xac6,
        0xaca, 0xaca, 0xace, 0xacf, 0xad1, 0xadf, 0xae4, 0xae5, 0xaf2, 0xaf8, 0xb00, 0xb00,
        0xb04, 0xb04, 0xb0d, 0xb0e, 0xb11, 0xb12, 0xb29, 0xb29, 0xb31, 0xb31, 0xb34, 0xb34,
        0xb3a, 0xb3b, 0xb45, 0xb46, 0xb49, 0xb4a, 0xb4e, 0xb54, 0xb58, 0xb5b, 0xb5e, 0xb5e,
        0xb64, 0xb65, 0xb78, 0xb81, 0xb84, 0xb84, 0xb8b, 0xb8d, 0xb91, 0xb91, 0xb96, 0xb98,
        0xb9b, 0xb9b, 0xb9d, 0xb9d, 0xba0, 0xba2, 0xba5, 0xba7, 0xbab, 0xbad, 0xbba, 0xbbd,
        0xbc3, 0xbc5, 0xbc9, 0xbc9, 0xbce, 0xbcf, 0xbd1, 0xbd6, 0xbd8, 0xbe5, 0xbfb, 0xbff,
        0xc0d, 0xc0d, 0xc11, 0xc11, 0xc29, 0xc29, 0xc3a, 0xc3b, 0xc45, 0xc45, 0xc49, 0xc49,
        0xc4e, 0xc54, 0xc57, 0xc57, 0xc5b, 0xc5c, 0xc5e, 0xc5f, 0xc64, 0xc65, 0xc70, 0xc76,
        0xc8d, 0xc8d, 0xc91, 0xc91, 0xca9, 0xca9, 0xcb4, 0xcb4, 0xcba, 0xcbb, 0xcc5, 0xcc5,
        0xcc9, 0xcc9, 0xcce, 0xcd4, 0xcd7, 0xcdc, 0xcdf, 0xcdf, 0xce4, 0xce5, 0xcf0, 0xcf0,
        0xcf3, 0xcff, 0xd0d, 0xd0d, 0xd11, 0xd11, 0xd45, 0xd45, 0xd49, 0xd49, 0xd50, 0xd53,
        0xd64, 0xd65, 0xd80, 0xd80, 0xd84, 0xd84, 0xd97, 0xd99, 0xdb2, 0xdb2, 0xdbc, 0xdbc,
        0xdbe, 0xdbf, 0xdc7, 0xdc9, 0xdcb, 0xdce, 0xdd5, 0xdd5, 0xdd7, 0xdd7, 0xde0, 0xde5,
        0xdf0, 0xdf1, 0xdf5, 0xe00, 0xe3b, 0xe3e, 0xe5c, 0xe80, 0xe83, 0xe83, 0xe85, 0xe85,
        0xe8b, 0xe8b, 0xea4, 0xea4, 0xea6, 0xea6, 0xebe, 0xebf, 0xec5, 0xec5, 0xec7, 0xec7,
        0xece, 0xecf, 0xeda, 0xedb, 0xee0, 0xeff, 0xf48, 0xf48, 0xf6d, 0xf70, 0xf98, 0xf98,
        0xfbd, 0xfbd, 0xfcd, 0xfcd, 0xfdb, 0xfff, 0x10c6, 0x10c6, 0x10c8, 0x10cc, 0x10ce, 0x10cf,
        0x1249, 0x1249, 0x124e, 0x124f, 0x1257, 0x1257, 0x1259, 0x1259, 0x125e, 0x125f, 0x1289, 0x1289,
        0x128e, 0x128f, 0x12b1, 0x12b1, 0x12b6, 0x12b7, 0x12bf, 0x12bf, 0x12c1, 0x12c1, 0x12c6, 0x12c7,
        0x12d7, 0x12d7, 0x1311, 0x1311, 0x1316, 0x1317, 0x135b, 0x135c, 0x137d, 0x137f, 0x139a, 0x139f,
        0x13f6, 0x13f7, 0x13fe, 0x13ff, 0x1680, 0x1680, 0x169d, 0x169f, 0x16f9, 0x16ff, 0x1716, 0x171e,
        0x1737, 0x173f, 0x1754, 0x175f, 0x176d, 0x176d, 0x1771, 0x1771, 0x1774, 0x177f, 0x17de, 0x17df,
        0x17ea, 0x17ef, 0x17fa, 0x17ff, 0x180e, 0x180e, 0x181a, 0x181f, 0x1879, 0x187f, 0x18ab, 0x18af,
        0x18f6, 0x18ff, 0x191f, 0x191f, 0x192c, 0x192f, 0x193c, 0x193f, 0x1941, 0x1943, 0x196e, 0x196f,
        0x1975, 0x197f, 0x19ac, 0x19af, 0x19ca, 0x19cf, 0x19db, 0x19dd, 0x1a1c, 0x1a1d, 0x1a5f, 0x1a5f,
        0x1a7d, 0x1a7e, 0x1a8a, 0x1a8f, 0x1a9a, 0x1a9f, 0x1aae, 0x1aaf, 0x1acf, 0x1aff, 0x1b4d, 0x1b4f,
        0x1b7f, 0x1b7f, 0x1bf4, 0x1bfb, 0x1c38, 0x1c3a, 0x1c4a, 0x1c4c, 0x1c89, 0x1c8f, 0x1cbb, 0x1cbc,
        0x1cc8, 0x1ccf, 0x1cfb, 0x1cff, 0x1f16, 0x1f17, 0x1f1e, 0x1f1f, 0x1f46, 0x1f47, 0x1f4e, 0x1f4f,
        0x1f58, 0x1f58, 0x1f5a, 0x1f5a, 0x1f5c, 0x1f5c, 0x1f5e, 0x1f5e, 0x1f7e, 0x1f7f, 0x1fb5, 0x1fb5,
        0x1fc5, 0x1fc5, 0x1fd4, 0x1fd5, 0x1fdc, 0x1fdc, 0x1ff0, 0x1ff1, 0x1ff5, 0x1ff5, 0x1fff, 0x200f,
        0x2028, 0x202f, 0x205f, 0x206f, 0x2072, 0x2073, 0x208f, 0x208f, 0x209d, 0x209f, 0x20c1, 0x20cf,
        0x20f1, 0x20ff, 0x218c, 0x218f, 0x2427, 0x243f, 0x244b, 0x245f, 0x2b74, 0x2b75, 0x2b96, 0x2b96,
        0x2cf4, 0x2cf8, 0x2d26, 0x2d26, 0x2d28, 0x2d2c, 0x2d2e, 0x2d2f, 0x2d68, 0x2d6e, 0x2d71, 0x2d7e,
        0x2d97, 0x2d9f, 0x2da7, 0x2da7, 0x2daf, 0x2daf, 0x2db7, 0x2db7, 0x2dbf, 0x2dbf, 0x2dc7, 0x2dc7,
        0x2dcf, 0x2dcf, 0x2dd7, 0x2dd7, 0x2ddf, 0x2ddf, 0x2e5e, 0x2e7f, 0x2e9a, 0x2e9a, 0x2ef4, 0x2eff,
        0x2fd6, 0x2fef, 0x2ffc, 0x3000, 0x3040, 0x3040, 0x3097, 0x3098, 0x3100, 0x3104, 0x3130, 0x3130,
        0x318f, 0x318f, 0x31e4, 0x31ef, 0x321f, 0x321f, 0xa48d, 0xa48f, 0xa4c7, 0xa4cf, 0xa62c, 0xa63f,
        0xa6f8, 0xa6ff, 0xa7cb, 0xa7cf, 0xa7d2, 0xa7d2, 0xa7d4, 0xa7d4, 0xa7da, 0xa7f1, 0xa82d, 0xa82f,
        0xa83a, 0xa83f, 0xa878, 0xa87f, 0xa8c6, 0xa8cd, 0xa8da, 0xa8df, 0xa954, 0xa95e, 0xa97d, 0xa97f,
        0xa9ce, 0xa9ce, 0xa9da, 0xa9dd, 0xa9ff, 0xa9ff, 0xaa37, 0xaa3f, 0xaa4e, 0xaa4f, 0xaa5a, 0xaa5b,
        0xaac3, 0xaada, 0xaaf7, 0xab00, 0xab07, 0xab08, 0xab0f, 0xab10, 0xab17, 0xab1f, 0xab27, 0xab27,
        0xab2f, 0xab2f, 0xab6c, 0xab6f, 0xabee, 0xabef, 0xabfa, 0xabff, 0xd7a4, 0xd7af, 0xd7c7, 0xd7ca,
        0xd7fc, 0xf8ff, 0xfa6e, 0xfa6f, 0xfada, 0xfaff, 0xfb07, 0xfb12, 0xfb18, 0xfb1c, 0xfb37, 0xfb37,
        0xfb3d, 0xfb3d, 0xfb3f, 0xfb3f, 0xfb42, 0xfb42, 0xfb45, 0xfb45, 0xfbc3, 0xfbd2, 0xfd90, 0xfd91,
        0xfdc8, 0xfdce, 0xfdd0, 0xfdef, 0xfe1a, 0xfe1f, 0xfe53, 0xfe53, 0xfe67, 0xfe67, 0xfe6c, 0xfe6f,
        0xfe75, 0xfe75, 0xfefd, 0xff00, 0xffbf, 0xffc1, 0xffc8, 0xffc9, 0xffd0, 0xffd1, 0xffd8, 0xffd9,
        0xffdd, 0xffdf, 0xffe7, 0xffe7, 0xffef, 0xfffb, 0xfffe, 0xffff, 0x1000c, 0x1000c, 0x10027, 0x10027,
        0x1003b, 0x1003b, 0x1003e, 0x1003e, 0x1004e, 0x1004f, 0x1005e, 0x1007f, 0x100fb, 0x100ff, 0x10103, 0x10106,
        0x10134, 0x10136, 0x1018f, 0x1018f, 0x1019d, 0x1019f, 0x101a1, 0x101cf, 0x101fe, 0x1027f, 0x1029d, 0x1029f,
        0x102d1, 0x102df, 0x102fc, 0x102ff, 0x10324, 0x1032c, 0x1034b, 0x1034f, 0x1037b, 0x1037f, 0x1039e, 0x1039e,
        0x103c4, 0x103c7, 0x103d6, 0x103ff, 0x1049e, 0x1049f, 0x104aa, 0x104af, 0x104d4, 0x104d7, 0x104fc, 0x104ff,
        0x10528, 0x1052f, 0x10564, 0x1056e, 0x1057b, 0x1057b, 0x1058b, 0x1058b, 0x10593, 0x10593, 0x10596, 0x10596,
        0x105a2, 0x105a2, 0x105b2, 0x105b2, 0x105ba, 0x105ba, 0x105bd, 0x105ff, 0x10737, 0x1073f, 0x10756, 0x1075f,
        0x10768, 0x1077f, 0x10786, 0x10786, 0x107b1, 0x107b1, 0x107bb, 0x107ff, 0x10806, 0x10807, 0x10809, 0x10809,
        0x10836, 0x10836, 0x10839, 0x1083b, 0x1083d, 0x1083e, 0x10856, 0x10856, 0x1089f, 0x108a6, 0x108b0, 0x108df,
        0x108f3, 0x108f3, 0x108f6, 0x108fa, 0x1091c, 0x1091e, 0x1093a, 0x1093e, 0x10940, 0x1097f, 0x109b8, 0x109bb,
        0x109d0, 0x109d1, 0x10a04, 0x10a04, 0x10a07, 0x10a0b, 0x10a14, 0x10a14, 0x10a18, 0x10a18, 0x10a36, 0x10a37,
        0x10a3b, 0x10a3e, 0x10a49, 0x10a4f, 0x10a59, 0x10a5f, 0x10aa0, 0x10abf, 0x10ae7, 0x10aea, 0x10af7, 0x10aff,
        0x10b36, 0x10b38, 0x10b56, 0x10b57, 0x10b73, 0x10b77, 0x10b92, 0x10b98, 0x10b9d, 0x10ba8, 0x10bb0, 0x10bff,
        0x10c49, 0x10c7f, 0x10cb3, 0x10cbf, 0x10cf3, 0x10cf9, 0x10d28, 0x10d2f, 0x10d3a, 0x10e5f, 0x10e7f, 0x10e7f,
        0x10eaa, 0x10eaa, 0x10eae, 0x10eaf, 0x10eb2, 0x10eff, 0x10f28, 0x10f2f, 0x10f5a, 0x10f6f, 0x10f8a, 0x10faf,
        0x10fcc, 0x10fdf, 0x10ff7, 0x10fff, 0x1104e, 0x11051, 0x11076, 0x1107e, 0x110bd, 0x110bd, 0x110c3, 0x110cf,
        0x110e9, 0x110ef, 0x110fa, 0x110ff, 0x11135, 0x11135, 0x11148, 0x1114f, 0x11177, 0x1117f, 0x111e0, 0x111e0,
        0x111f5, 0x111ff, 0x11212, 0x11212, 0x1123f, 0x1127f, 0x11287, 0x11287, 0x11289, 0x11289, 0x1128e, 0x1128e,
        0x1129e, 0x1129e, 0x112aa, 0x112af, 0x112eb, 0x112ef, 0x112fa, 0x112ff, 0x11304, 0x11304, 0x1130d, 0x1130e,
        0x11311, 0x11312, 0x11329, 0x11329, 0x11331, 0x11331, 0x11334, 0x11334, 0x1133a, 0x1133a, 0x11345, 0x11346,
        0x11349, 0x1134a, 0x1134e, 0x1134f, 0x11351, 0x11356, 0x11358, 0x1135c, 0x11364, 0x11365, 0x1136d, 0x1136f,
        0x11375, 0x113ff, 0x1145c, 0x1145c, 0x11462, 0x1147f, 0x114c8, 0x114cf, 0x114da, 0x1157f, 0x115b6, 0x115b7,
        0x115de, 0x115ff, 0x11645, 0x1164f, 0x1165a, 0x1165f, 0x1166d, 0x1167f, 0x116ba, 0x116bf, 0x116ca, 0x116ff,
        0x1171b, 0x1171c, 0x1172c, 0x1172f, 0x11747, 0x117ff, 0x1183c, 0x1189f, 0x118f3, 0x118fe, 0x11907, 0x11908,
        0x1190a, 0x1190b, 0x11914, 0x11914, 0x11917, 0x11917, 0x11936, 0x11936, 0x11939, 0x1193a, 0x11947, 0x1194f,
        0x1195a, 0x1199f, 0x119a8, 0x119a9, 0x119d8, 0x119d9, 0x119e5, 0x119ff, 0x11a48, 0x11a4f, 0x11aa3, 0x11aaf,
        0x11af9, 0x11bff, 0x11c09, 0x11c09, 0x11c37, 0x11c37, 0x11c46, 0x11c4f, 0x11c6d, 0x11c6f, 0x11c90, 0x11c91,
        0x11ca8, 0x11ca8, 0x11cb7, 0x11cff, 0x11d07, 0x11d07, 0x11d0a, 0x11d0a, 0x11d37, 0x11d39, 0x11d3b, 0x11d3b,
        0x11d3e, 0x11d3e, 0x11d48, 0x11d4f, 0x11d5a, 0x11d5f, 0x11d66, 0x11d66, 0x11d69, 0x11d69, 0x11d8f, 0x11d8f,
        0x11d92, 0x11d92, 0x11d99, 0x11d9f, 0x11daa, 0x11edf, 0x11ef9, 0x11faf, 0x11fb1, 0x11fbf, 0x11ff2, 0x11ffe,
        0x1239a, 0x123ff, 0x1246f, 0x1246f, 0x12475, 0x1247f, 0x12544, 0x12f8f, 0x12ff3, 0x12fff, 0x1342f, 0x143ff,
        0x14647, 0x167ff, 0x16a39, 0x16a3f, 0x16a5f, 0x16a5f, 0x16a6a, 0x16a6d, 0x16abf, 0x16abf, 0x16aca, 0x16acf,
        0x16aee, 0x16aef, 0x16af6, 0x16aff, 0x16b46, 0x16b4f, 0x16b5a, 0x16b5a, 0x16b62, 0x16b62, 0x16b78, 0x16b7c,
        0x16b90, 0x16e3f, 0x16e9b, 0x16eff, 0x16f4b, 0x16f4e, 0x16f88, 0x16f8e, 0x16fa0, 0x16fdf, 0x16fe5, 0x16fef,
        0x16ff2, 0x16fff, 0x187f8, 0x187ff, 0x18cd6, 0x18cff, 0x18d09, 0x1afef, 0x1aff4, 0x1aff4, 0x1affc, 0x1affc,
        0x1afff, 0x1afff, 0x1b123, 0x1b14f, 0x1b153, 0x1b163, 0x1b168, 0x1b16f, 0x1b2fc, 0x1bbff, 0x1bc6b, 0x1bc6f,
        0x1bc7d, 0x1bc7f, 0x1bc89, 0x1bc8f, 0x1bc9a, 0x1bc9b, 0x1bca0, 0x1ceff, 0x1cf2e, 0x1cf2f, 0x1cf47, 0x1cf4f,
        0x1cfc4, 0x1cfff, 0x1d0f6, 0x1d0ff, 0x1d127, 0x1d128, 0x1d173, 0x1d17a, 0x1d1eb, 0x1d1ff, 0x1d246, 0x1d2df,
        0x1d2f4, 0x1d2ff, 0x1d357, 0x1d35f, 0x1d379, 0x1d3ff, 0x1d455, 0x1d455, 0x1d49d, 0x1d49d, 0x1d4a0, 0x1d4a1,
        0x1d4a3, 0x1d4a4, 0x1d4a7, 0x1d4a8, 0x1d4ad, 0x1d4ad, 0x1d4ba, 0x1d4ba, 0x1d4bc, 0x1d4bc, 0x1d4c4, 0x1d4c4,
        0x1d506, 0x1d506, 0x1d50b, 0x1d50c, 0x1d515, 0x1d515, 0x1d51d, 0x1d51d, 0x1d53a, 0x1d53a, 0x1d53f, 0x1d53f,
        0x1d545, 0x1d545, 0x1d547, 0x1d549, 0x1d551, 0x1d551, 0x1d6a6, 0x1d6a7, 0x1d7cc, 0x1d7cd, 0x1da8c, 0x1da9a,
        0x1daa0, 0x1daa0, 0x1dab0, 0x1deff, 0x1df1f, 0x1dfff, 0x1e007, 0x1e007, 0x1e019, 0x1e01a, 0x1e022, 0x1e022,
        0x1e025, 0x1e025, 0x1e02b, 0x1e0ff, 0x1e12d, 0x1e12f, 0x1e13e, 0x1e13f, 0x1e14a, 0x1e14d, 0x1e150, 0x1e28f,
        0x1e2af, 0x1e2bf, 0x1e2fa, 0x1e2fe, 0x1e300, 0x1e7df, 0x1e7e7, 0x1e7e7, 0x1e7ec, 0x1e7ec, 0x1e7ef, 0x1e7ef,
        0x1e7ff, 0x1e7ff, 0x1e8c5, 0x1e8c6, 0x1e8d7, 0x1e8ff, 0x1e94c, 0x1e94f, 0x1e95a, 0x1e95d, 0x1e960, 0x1ec70,
        0x1ecb5, 0x1ed00, 0x1ed3e, 0x1edff, 0x1ee04, 0x1ee04, 0x1ee20, 0x1ee20, 0x1ee23, 0x1ee23, 0x1ee25, 0x1ee26,
        0x1ee28, 0x1ee28, 0x1ee33, 0x1ee33, 0x1ee38, 0x1ee38, 0x1ee3a, 0x1ee3a, 0x1ee3c, 0x1ee41, 0x1ee43, 0x1ee46,
        0x1ee48, 0x1ee48, 0x1ee4a, 0x1ee4a, 0x1ee4c, 0x1ee4c, 0x1ee50, 0x1ee50, 0x1ee53, 0x1ee53, 0x1ee55, 0x1ee56,
        0x1ee58, 0x1ee58, 0x1ee5a, 0x1ee5a, 0x1ee5c, 0x1ee5c, 0x1ee5e, 0x1ee5e, 0x1ee60, 0x1ee60, 0x1ee63, 0x1ee63,
        0x1ee65, 0x1ee66, 0x1ee6b, 0x1ee6b, 0x1ee73, 0x1ee73, 0x1ee78, 0x1ee78, 0x1ee7d, 0x1ee7d, 0x1ee7f, 0x1ee7f,
        0x1ee8a, 0x1ee8a, 0x1ee9c, 0x1eea0, 0x1eea4, 0x1eea4, 0x1eeaa, 0x1eeaa, 0x1eebc, 0x1eeef, 0x1eef2, 0x1efff,
        0x1f02c, 0x1f02f, 0x1f094, 0x1f09f, 0x1f0af, 0x1f0b0, 0x1f0c0, 0x1f0c0, 0x1f0d0, 0x1f0d0, 0x1f0f6, 0x1f0ff,
        0x1f1ae, 0x1f1e5, 0x1f203, 0x1f20f, 0x1f23c, 0x1f23f, 0x1f249, 0x1f24f, 0x1f252, 0x1f25f, 0x1f266, 0x1f2ff,
        0x1f6d8, 0x1f6dc, 0x1f6ed, 0x1f6ef, 0x1f6fd, 0x1f6ff, 0x1f774, 0x1f77f, 0x1f7d9, 0x1f7df, 0x1f7ec, 0x1f7ef,
        0x1f7f1, 0x1f7ff, 0x1f80c, 0x1f80f, 0x1f848, 0x1f84f, 0x1f85a, 0x1f85f, 0x1f888, 0x1f88f, 0x1f8ae, 0x1f8af,
        0x1f8b2, 0x1f8ff, 0x1fa54, 0x1fa5f, 0x1fa6e, 0x1fa6f, 0x1fa75, 0x1fa77, 0x1fa7d, 0x1fa7f, 0x1fa87, 0x1fa8f,
        0x1faad, 0x1faaf, 0x1fabb, 0x1fabf, 0x1fac6, 0x1facf, 0x1fada, 0x1fadf, 0x1fae8, 0x1faef, 0x1faf7, 0x1faff,
        0x1fb93, 0x1fb93, 0x1fbcb, 0x1fbef, 0x1fbfa, 0x1ffff, 0x2a6e0, 0x2a6ff, 0x2b739, 0x2b73f, 0x2b81e, 0x2b81f,
        0x2cea2, 0x2ceaf, 0x2ebe1, 0x2f7ff, 0x2fa1e, 0x2ffff, 0x3134b, 0xe00ff, 0xe01f0, 0x10ffff,
    ];

    fn is_printable(c: char) -> bool {
        let u = c as u32;
        if (0x20..0x7f).contains(&u) {
            return true;
        }
        // u is inside [first, last] when an odd number of bounds are <= u,
        // or when it is a range's last bound
        let below = NOT_PRINTABLE.partition_point(|&b| b <= u);
        let inside = below % 2 == 1 || (below > 0 && NOT_PRINTABLE[below - 1] == u);
        !inside
    }

    /// `repr(s)`: CPython's quote choice and escapes.
    pub fn str_repr(text: &str, out: &mut String) {
        let quote = if text.contains('\'') && !text.contains('"') { '"' } else { '\'' };
        out.push(quote);
        for c in text.chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c if c == quote => {
                    out.push('\\');
                    out.push(c);
                }
                c if is_printable(c) => out.push(c),
                c => {
                    let u = c as u32;
                    if u < 0x100 {
                        out.push_str(&format!("\\x{:02x}", u));
                    } else if u < 0x10000 {
                        out.push_str(&format!("\\u{:04x}", u));
                    } else {
                        out.push_str(&format!("\\U{:08x}", u));
                    }
                }
            }
        }
        out.push(quote);
    }

    // ---- str() and repr() ------------------------------------------------------

    // At a power of two the round-trip interval is lopsided and Rust's
    // shortest digits can be wrong: search n-digit candidates (the correctly
    // rounded one, then its neighbour on the other side of x) from n - 1 up.
    fn shortest_at_power_of_two(x: f64, n: usize) -> String {
        for len in n.saturating_sub(1).max(1)..=17 {
            let c = format!("{:.*e}", len - 1, x);
            let y: f64 = c.parse().unwrap_or(f64::NAN);
            if y == x {
                return c;
            }
            let other = bump_last_digit(&c, (y < x) == (x > 0.0));
            if other.parse::<f64>().ok() == Some(x) {
                return other;
            }
        }
        format!("{:e}", x)
    }

    // "d.ddde±X" with one unit added to (up) or taken from the last digit of
    // its magnitude.
    fn bump_last_digit(sci: &str, up: bool) -> String {
        let (mant, exp) = sci.split_at(sci.find('e').unwrap_or(sci.len()));
        let mut exp: i32 = exp.get(1..).and_then(|e| e.parse().ok()).unwrap_or(0);
        let neg = mant.starts_with('-');
        let mut digits: Vec<u8> = mant.bytes().filter(|b| b.is_ascii_digit()).collect();
        let mut i = digits.len();
        loop {
            if i == 0 {
                digits.insert(0, b'1');
                digits.pop();
                exp += 1;
                break;
            }
            i -= 1;
            if up && digits[i] == b'9' {
                digits[i] = b'0';
            } else if !up && digits[i] == b'0' {
                digits[i] = b'9';
            } else {
                digits[i] = if up { digits[i] + 1 } else { digits[i] - 1 };
                break;
            }
        }
        if digits[0] == b'0' && digits.len() > 1 {
            digits.remove(0);
            digits.push(b'9');
            exp -= 1;
        }
        let text = String::from_utf8_lossy(&digits).into_owned();
        format!("{}{}.{}e{}", if neg { "-" } else { "" }, &text[..1], &text[1..], exp)
    }

    /// CPython's repr of a float: shortest round-trip digits, scientific
    /// when the exponent is < -4 or >= 16.
    pub fn float_repr(x: f64, out: &mut String) {
        if x.is_nan() {
            out.push_str("nan");
            return;
        }
        if x.is_infinite() {
            out.push_str(if x > 0.0 { "inf" } else { "-inf" });
            return;
        }
        if x == 0.0 {
            out.push_str(if x.is_sign_negative() { "-0.0" } else { "0.0" });
            return;
        }
        let mut sci = format!("{:e}", x);
        // Rust's shortest digits may break an exact tie upward; CPython takes
        // the correctly rounded string of that length (half to even).  Two
        // candidates can only both round-trip from 16 digits on.
        let mlen = sci.find('e').unwrap_or(sci.len()) - usize::from(x < 0.0);
        if x.to_bits() & ((1u64 << 52) - 1) == 0 {
            sci = shortest_at_power_of_two(x, if mlen > 1 { mlen - 1 } else { 1 });
        } else if mlen >= 17 {
            sci = format!("{:.*e}", mlen - 2, x);
        }
        let (mant, exp) = match sci.find('e') {
            Some(i) => (&sci[..i], sci[i + 1..].parse::<i32>().unwrap_or(0)),
            None => (&sci[..], 0),
        };
        let (neg, mant) = match mant.strip_prefix('-') {
            Some(m) => (true, m),
            None => (false, mant),
        };
        let digits: String = mant.chars().filter(|c| *c != '.').collect();
        let digits = digits.trim_end_matches('0');
        let digits = if digits.is_empty() { "0" } else { digits };
        if neg {
            out.push('-');
        }
        if !(-4..16).contains(&exp) {
            out.push_str(&digits[..1]);
            if digits.len() > 1 {
                out.push('.');
                out.push_str(&digits[1..]);
            }
            out.push_str(&format!("e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs()));
        } else if exp < 0 {
            out.push_str("0.");
            for _ in 0..(-exp - 1) {
                out.push('0');
            }
            out.push_str(digits);
        } else {
            let point = exp as usize + 1;
            if digits.len() <= point {
                out.push_str(digits);
                for _ in digits.len()..point {
                    out.push('0');
                }
                out.push_str(".0");
            } else {
                out.push_str(&digits[..point]);
                out.push('.');
                out.push_str(&digits[point..]);
            }
        }
    }

    /// What print(), str() and repr() need of a value.
    pub trait Show {
        fn show(&self, out: &mut String);
        fn show_repr(&self, out: &mut String) {
            self.show(out)
        }
    }

    impl Show for i64 {
        fn show(&self, out: &mut String) {
            use std::fmt::Write as _;
            let _ = write!(out, "{}", self);
        }
    }
    impl Show for f64 {
        fn show(&self, out: &mut String) {
            float_repr(*self, out)
        }
    }
    impl Show for bool {
        fn show(&self, out: &mut String) {
            out.push_str(if *self { "True" } else { "False" })
        }
    }
    impl Show for () {
        fn show(&self, out: &mut String) {
            out.push_str("None")
        }
    }
    impl Show for str {
        fn show(&self, out: &mut String) {
            out.push_str(self)
        }
        fn show_repr(&self, out: &mut String) {
            str_repr(self, out)
        }
    }
    /// A borrowed value (a `&str`, a list passed as `&[T]` or `&mut Vec<T>`)
    /// prints as what it borrows.
    impl<T: Show + ?Sized> Show for &T {
        fn show(&self, out: &mut String) {
            (**self).show(out)
        }
        fn show_repr(&self, out: &mut String) {
            (**self).show_repr(out)
        }
    }
    impl<T: Show + ?Sized> Show for &mut T {
        fn show(&self, out: &mut String) {
            (**self).show(out)
        }
        fn show_repr(&self, out: &mut String) {
            (**self).show_repr(out)
        }
    }
    impl Show for String {
        fn show(&self, out: &mut String) {
            out.push_str(self)
        }
        fn show_repr(&self, out: &mut String) {
            str_repr(self, out)
        }
    }
    impl Show for Str {
        fn show(&self, out: &mut String) {
            out.push_str(self)
        }
        fn show_repr(&self, out: &mut String) {
            str_repr(self, out)
        }
    }
    impl Show for Range {
        fn show(&self, out: &mut String) {
            if self.step == 1 {
                out.push_str(&format!("range({}, {})", self.next, self.stop));
            } else {
                out.push_str(&format!("range({}, {}, {})", self.next, self.stop, self.step));
            }
        }
    }
    /// Python's `()`: Rust's `()` is None, so the empty tuple is its own type.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub struct Tuple0;
    impl Show for Tuple0 {
        fn show(&self, out: &mut String) {
            out.push_str("()")
        }
    }
    impl<A: Show> Show for (A,) {
        fn show(&self, out: &mut String) {
            out.push('(');
            self.0.show_repr(out);
            out.push_str(",)");
        }
    }
    macro_rules! show_tuple {
        ($first:ident $($rest:ident)*; $f0:tt $($fi:tt)*) => {
            impl<$first: Show, $($rest: Show),*> Show for ($first, $($rest),*) {
                fn show(&self, out: &mut String) {
                    out.push('(');
                    self.$f0.show_repr(out);
                    $( out.push_str(", "); self.$fi.show_repr(out); )*
                    out.push(')');
                }
            }
        };
    }
    show_tuple!(A B; 0 1);
    show_tuple!(A B C; 0 1 2);
    show_tuple!(A B C D; 0 1 2 3);
    show_tuple!(A B C D E; 0 1 2 3 4);
    show_tuple!(A B C D E F; 0 1 2 3 4 5);
    show_tuple!(A B C D E F G; 0 1 2 3 4 5 6);
    show_tuple!(A B C D E F G H; 0 1 2 3 4 5 6 7);
    show_tuple!(A B C D E F G H I; 0 1 2 3 4 5 6 7 8);
    show_tuple!(A B C D E F G H I J; 0 1 2 3 4 5 6 7 8 9);
    show_tuple!(A B C D E F G H I J K; 0 1 2 3 4 5 6 7 8 9 10);
    show_tuple!(A B C D E F G H I J K L; 0 1 2 3 4 5 6 7 8 9 10 11);

    /// `str(x)`.
    pub fn str<T: Show + ?Sized>(x: &T) -> Str {
        let mut out = String::new();
        x.show(&mut out);
        Str::from(out)
    }

    /// `repr(x)`.
    pub fn repr<T: Show + ?Sized>(x: &T) -> Str {
        let mut out = String::new();
        x.show_repr(&mut out);
        Str::from(out)
    }

    // ---- print ---------------------------------------------------------------------

    thread_local! {
        static LINE: RefCell<String> = RefCell::new(String::new());
    }

    /// `print(*args, sep=sep, end=end)`.
    pub fn print_with(args: &[&dyn Show], sep: &str, end: &str) {
        LINE.with(|line| {
            let mut line = line.borrow_mut();
            line.clear();
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    line.push_str(sep);
                }
                a.show(&mut line);
            }
            line.push_str(end);
            write_out(line.as_bytes());
        })
    }

    /// `print(*args)`.
    pub fn print(args: &[&dyn Show]) {
        print_with(args, " ", "\n")
    }

    // ---- module globals ---------------------------------------------------------------

    /// Reads a global of a Copy type.
    #[inline]
    pub fn load<T: Copy>(key: &'static LocalKey<Cell<T>>) -> T {
        key.with(|c| c.get())
    }

    /// Writes a global of a Copy type.
    #[inline]
    pub fn store<T: Copy>(key: &'static LocalKey<Cell<T>>, value: T) {
        key.with(|c| c.set(value))
    }

    /// Reads a global that may be unbound: NameError if it is.
    #[track_caller]
    #[inline]
    pub fn load_bound<T: Copy>(key: &'static LocalKey<Cell<Option<T>>>, name: &str) -> T {
        match key.with(|c| c.get()) {
            Some(v) => v,
            None => name_error(name),
        }
    }

    /// Reads a global of a shared type (str, tuples holding strs).
    pub fn load_shared<T: Clone>(key: &'static LocalKey<RefCell<T>>) -> T {
        key.with(|c| c.borrow().clone())
    }

    /// Writes a global of a shared type.
    pub fn store_shared<T>(key: &'static LocalKey<RefCell<T>>, value: T) {
        key.with(|c| *c.borrow_mut() = value)
    }

    /// Reads a shared global that may be unbound.
    #[track_caller]
    pub fn load_shared_bound<T: Clone>(key: &'static LocalKey<RefCell<Option<T>>>, name: &str) -> T {
        match key.with(|c| c.borrow().clone()) {
            Some(v) => v,
            None => name_error(name),
        }
    }
}
