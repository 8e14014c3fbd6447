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

    /// `range(start, stop, step)` as an iterator.
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
        /// `len(r)` of a range not yet iterated.
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
                _ => self.done = true,
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

    /// `len(s)`: code points.
    pub fn len(text: &str) -> i64 {
        text.chars().count() as i64
    }

    // Approximates unicodedata's "printable" (not Cc, Cf, Cs, Co, Cn, Zl, Zp,
    // Zs other than space) for the characters programs actually contain.
    fn is_printable(c: char) -> bool {
        let u = c as u32;
        !(u < 0x20
            || (0x7f..=0xa0).contains(&u)
            || u == 0xad
            || u == 0x1680
            || (0x2000..=0x200f).contains(&u)
            || (0x2028..=0x202f).contains(&u)
            || (0x205f..=0x2064).contains(&u)
            || u == 0x3000
            || u == 0xfeff
            || (0xe000..=0xf8ff).contains(&u)
            || (0xfff9..=0xfffb).contains(&u)
            || u >= 0xf0000)
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
    impl Show for &str {
        fn show(&self, out: &mut String) {
            out.push_str(self)
        }
        fn show_repr(&self, out: &mut String) {
            str_repr(self, out)
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
