    // ---- prelude_fmt.rs: format(), f-string specs and str.format -------------------
    // Items pasted inside `mod py` after prelude.rs.  The format-spec
    // mini-language exactly as CPython 3.11's formatter_unicode.c and
    // pystrtod.c: floats are rounded from their exact binary value, half to
    // even (Gay's dtoa modes 2 and 3), never through Rust's `{:.N}`, whose tie
    // rule changed between rustc releases.

    /// A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
    /// The compiler parses constant specs itself and emits a struct literal;
    /// `parse_spec` does it at run time.  All fields at their defaults (see
    /// `SPEC_NONE`) means the empty spec, which formats as `str(v)`.
    #[derive(Clone, Copy, Debug, PartialEq)]
    pub struct FormatSpec {
        /// ' ' unless given; '0' from the `0` flag when no fill was given.
        pub fill: char,
        /// 0 (the type's default: '>' for numbers, '<' for str), b'<', b'>', b'^', b'='.
        pub align: u8,
        /// 0, b'+', b'-', b' '.
        pub sign: u8,
        /// `z`: a negative zero after rounding prints as zero (floats only).
        pub z: bool,
        /// `#`: the alternate form.
        pub alt: bool,
        /// The `0` flag was given without a fill: numbers then default to '='.
        pub zero: bool,
        /// The minimum width in code points; 0 when absent.
        pub width: usize,
        /// 0, b',', b'_'.
        pub grouping: u8,
        pub precision: Option<usize>,
        /// The presentation type; '\0' when absent.
        pub ty: char,
    }

    /// The empty format spec.
    pub const SPEC_NONE: FormatSpec = FormatSpec {
        fill: ' ',
        align: 0,
        sign: 0,
        z: false,
        alt: false,
        zero: false,
        width: 0,
        grouping: 0,
        precision: None,
        ty: '\0',
    };

    impl FormatSpec {
        pub fn is_empty(&self) -> bool {
            *self == SPEC_NONE
        }
    }

    #[track_caller]
    fn spec_error(msg: &str) -> ! {
        raise("ValueError", msg)
    }

    // A char as CPython names it in format errors: 'c', or '\xNN' outside 33..127.
    fn code_name(c: char) -> String {
        let u = c as u32;
        if u > 32 && u < 128 {
            format!("'{}'", c)
        } else {
            format!("'\\x{:x}'", u)
        }
    }

    // CPython's get_integer: ASCII digits, an error past Py_ssize_t.
    #[track_caller]
    fn spec_integer(chars: &[char], pos: &mut usize) -> Option<usize> {
        let start = *pos;
        let mut acc: i64 = 0;
        while *pos < chars.len() && chars[*pos].is_ascii_digit() {
            let d = chars[*pos] as i64 - '0' as i64;
            if acc > (i64::MAX - d) / 10 {
                spec_error("Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
            *pos += 1;
        }
        if *pos == start {
            None
        } else {
            Some(acc as usize)
        }
    }

    /// Parses a format spec at run time, with CPython's errors for the
    /// checks that do not depend on the value's type (`type_name`, e.g.
    /// "int", is only named in the message for a malformed spec).
    #[track_caller]
    pub fn parse_spec(spec: &str, type_name: &str) -> FormatSpec {
        let mut f = SPEC_NONE;
        if spec.is_empty() {
            return f;
        }
        let c: Vec<char> = spec.chars().collect();
        let n = c.len();
        let mut pos = 0;
        let is_align = |ch: char| matches!(ch, '<' | '>' | '=' | '^');
        let mut fill_given = false;
        if n >= 2 && is_align(c[1]) {
            f.fill = c[0];
            f.align = c[1] as u8;
            fill_given = true;
            pos = 2;
        } else if n >= 1 && is_align(c[0]) {
            f.align = c[0] as u8;
            pos = 1;
        }
        if pos < n && matches!(c[pos], ' ' | '+' | '-') {
            f.sign = c[pos] as u8;
            pos += 1;
        }
        if pos < n && c[pos] == 'z' {
            f.z = true;
            pos += 1;
        }
        if pos < n && c[pos] == '#' {
            f.alt = true;
            pos += 1;
        }
        if !fill_given && pos < n && c[pos] == '0' {
            f.fill = '0';
            f.zero = true;
            pos += 1;
        }
        f.width = spec_integer(&c, &mut pos).unwrap_or(0);
        if pos < n && c[pos] == ',' {
            f.grouping = b',';
            pos += 1;
        }
        if pos < n && c[pos] == '_' {
            if f.grouping != 0 {
                spec_error("Cannot specify both ',' and '_'.");
            }
            f.grouping = b'_';
            pos += 1;
        }
        if pos < n && c[pos] == ',' {
            spec_error("Cannot specify both ',' and '_'.");
        }
        if pos < n && c[pos] == '.' {
            pos += 1;
            match spec_integer(&c, &mut pos) {
                Some(p) => f.precision = Some(p),
                None => spec_error("Format specifier missing precision"),
            }
        }
        if n - pos > 1 {
            spec_error(&format!("Invalid format specifier '{}' for object of type '{}'", spec, type_name));
        }
        if n - pos == 1 {
            f.ty = c[pos];
        }
        f
    }

    // The end of CPython's parse: grouping against the type, where an
    // absent type is the value's default ('d' for int, 's' for str).
    #[track_caller]
    fn check_grouping(spec: &FormatSpec, default_ty: char) {
        if spec.grouping != 0 {
            let ty = if spec.ty == '\0' { default_ty } else { spec.ty };
            match ty {
                'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => {}
                'b' | 'o' | 'x' | 'X' if spec.grouping == b'_' => {}
                t => spec_error(&format!("Cannot specify '{}' with {}.", spec.grouping as char, code_name(t))),
            }
        }
    }

    #[track_caller]
    fn unknown_code(ty: char, type_name: &str) -> ! {
        spec_error(&format!("Unknown format code {} for object of type '{}'", code_name(ty), type_name))
    }

    fn push_fill(out: &mut String, fill: char, n: usize) {
        for _ in 0..n {
            out.push(fill);
        }
    }

    // STRINGLIB's thousands grouping with a minimum width, as CPython pads
    // `format(1234, '08,')` to '0,001,234': groups of `every` digits from the
    // right, zeros added while `min_width` is not reached.
    fn group_digits(digits: &str, every: usize, sep: char, min_width: i64) -> String {
        let d = digits.as_bytes();
        if d.is_empty() {
            return String::new();
        }
        let mut parts: Vec<String> = Vec::new();
        let mut remaining = d.len() as i64;
        let mut min_width = min_width;
        let mut end = d.len();
        let every = every as i64;
        loop {
            let l = every.min(remaining.max(min_width).max(1));
            let zeros = (l - remaining).max(0);
            let chars = remaining.min(l).max(0);
            let mut part = String::new();
            for _ in 0..zeros {
                part.push('0');
            }
            let start = end - chars as usize;
            part.push_str(&digits[start..end]);
            end = start;
            parts.push(part);
            remaining -= chars;
            min_width -= l;
            if remaining <= 0 && min_width <= 0 {
                break;
            }
            min_width -= 1;
        }
        parts.reverse();
        let mut s = String::new();
        for (i, p) in parts.iter().enumerate() {
            if i > 0 {
                s.push(sep);
            }
            s.push_str(p);
        }
        s
    }

    // calc_number_widths + fill: `body` is the number without its sign;
    // its first `n_digits` take the grouping, the rest (point, fraction,
    // exponent, '%', a 'c' character) follows unchanged.
    fn layout_number(out: &mut String, spec: &FormatSpec, negative: bool, prefix: &str, body: &str, n_digits: usize, every: usize) {
        let sign = match (spec.sign, negative) {
            (_, true) => Some('-'),
            (b'+', false) => Some('+'),
            (b' ', false) => Some(' '),
            _ => None,
        };
        let align = if spec.align != 0 {
            spec.align
        } else if spec.zero {
            b'='
        } else {
            b'>'
        };
        let (digits, rest) = body.split_at(n_digits);
        let n_rest = rest.chars().count();
        let n_sign = usize::from(sign.is_some());
        let grouped = if spec.grouping != 0 && n_digits > 0 {
            let min_width = if spec.fill == '0' && align == b'=' {
                spec.width as i64 - (n_sign + prefix.len() + n_rest) as i64
            } else {
                0
            };
            group_digits(digits, every, spec.grouping as char, min_width)
        } else {
            digits.to_string()
        };
        let used = n_sign + prefix.len() + grouped.len() + n_rest;
        let pad = spec.width.saturating_sub(used);
        let (lpad, spad, rpad) = match align {
            b'<' => (0, 0, pad),
            b'^' => (pad / 2, 0, pad - pad / 2),
            b'=' => (0, pad, 0),
            _ => (pad, 0, 0),
        };
        push_fill(out, spec.fill, lpad);
        if let Some(s) = sign {
            out.push(s);
        }
        out.push_str(prefix);
        push_fill(out, spec.fill, spad);
        out.push_str(&grouped);
        out.push_str(rest);
        push_fill(out, spec.fill, rpad);
    }

    /// `format(v, spec)` for an int; `type_name` is "int" or "bool" for errors.
    #[track_caller]
    pub fn format_int_to(out: &mut String, v: i64, spec: &FormatSpec, type_name: &str) {
        if spec.is_empty() {
            v.show(out);
            return;
        }
        check_grouping(spec, 'd');
        let (radix, prefix) = match spec.ty {
            'd' | 'n' | '\0' => (10, ""),
            'b' => (2, "0b"),
            'o' => (8, "0o"),
            'x' => (16, "0x"),
            'X' => (16, "0X"),
            'c' => (0, ""),
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
                format_float_to(out, v as f64, spec);
                return;
            }
            t => unknown_code(t, type_name),
        };
        if spec.precision.is_some() {
            spec_error("Precision not allowed in integer format specifier");
        }
        if spec.z {
            spec_error("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if radix == 0 {
            if spec.sign != 0 {
                spec_error("Sign not allowed with integer format specifier 'c'");
            }
            if spec.alt {
                spec_error("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            let ch = if (0..=0x10ffff).contains(&v) { std::char::from_u32(v as u32) } else { None };
            let ch = match ch {
                Some(ch) => ch,
                None if (0..=0x10ffff).contains(&v) => {
                    // A lone surrogate: Rust's str cannot hold it.
                    raise("ValueError", "portalisc: surrogate code points are not supported in str")
                }
                None => raise("OverflowError", "%c arg not in range(0x110000)"),
            };
            // The character is a "remainder": no grouping, '=' pads before it.
            let mut body = String::new();
            body.push(ch);
            layout_number(out, spec, false, "", &body, 0, 3);
            return;
        }
        let u = v.unsigned_abs();
        let digits = match radix {
            10 => format!("{}", u),
            2 => format!("{:b}", u),
            8 => format!("{:o}", u),
            _ if spec.ty == 'X' => format!("{:X}", u),
            _ => format!("{:x}", u),
        };
        let prefix = if spec.alt { prefix } else { "" };
        let every = if radix == 10 { 3 } else { 4 };
        layout_number(out, spec, v < 0, prefix, &digits, digits.len(), every);
    }

    /// `format(v, spec)` for a bool: `str` for the empty spec, else as an int.
    #[track_caller]
    pub fn format_bool_to(out: &mut String, v: bool, spec: &FormatSpec) {
        if spec.is_empty() {
            v.show(out);
        } else {
            format_int_to(out, v as i64, spec, "bool")
        }
    }

    // Shortest round-trip digits (dtoa mode 0), taken from prelude's repr.
    fn shortest_digits(x: f64) -> (Vec<u8>, i64) {
        if x == 0.0 {
            return (vec![b'0'], 1);
        }
        let mut r = String::new();
        float_repr(x.abs(), &mut r);
        let (mant, exp) = match r.find('e') {
            Some(i) => (&r[..i], r[i + 1..].parse::<i64>().unwrap_or(0)),
            None => (&r[..], 0),
        };
        let int_len = mant.find('.').unwrap_or(mant.len()) as i64;
        let mut digits: Vec<u8> = mant.bytes().filter(|b| b.is_ascii_digit()).collect();
        let mut decpt = int_len + exp;
        let lead = digits.iter().take_while(|d| **d == b'0').count();
        digits.drain(..lead);
        decpt -= lead as i64;
        while digits.last() == Some(&b'0') {
            digits.pop();
        }
        (digits, decpt)
    }

    // PyOS_double_to_string for finite or not x without its sign: `code` is
    // 'e', 'f', 'g' or 'r'; returns (negative, text).  `z` clears the sign of
    // a result that rounded to zero.
    fn float_body(x: f64, code: char, precision: usize, add_dot_0: bool, alt: bool, upper: bool, z: bool) -> (bool, String) {
        if x.is_nan() {
            return (false, String::from(if upper { "NAN" } else { "nan" }));
        }
        let negative = x.is_sign_negative();
        if x.is_infinite() {
            return (negative, String::from(if upper { "INF" } else { "inf" }));
        }
        let p = precision as i64;
        let (digits, mut decpt) = match code {
            'e' => rounded_digits(x, false, p + 1),
            'f' => rounded_digits(x, true, p),
            'g' => rounded_digits(x, false, p.max(1)),
            _ => shortest_digits(x),
        };
        let p = match code {
            'e' => p + 1,
            'g' => p.max(1),
            _ => p,
        };
        let negative = negative && !(z && digits == [b'0']);
        let digits_len = digits.len() as i64;
        let mut vend = digits_len;
        let mut use_exp = false;
        match code {
            'e' => {
                use_exp = true;
                vend = p;
            }
            'f' => vend = decpt + p,
            'g' => {
                if decpt <= -4 || decpt > (if add_dot_0 { p - 1 } else { p }) {
                    use_exp = true;
                }
                if alt {
                    vend = p;
                }
            }
            _ => {
                if decpt <= -4 || decpt > 16 {
                    use_exp = true;
                }
            }
        }
        let mut exp = 0;
        if use_exp {
            exp = decpt - 1;
            decpt = 1;
        }
        let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
        if !use_exp && add_dot_0 {
            vend = vend.max(decpt + 1);
        } else {
            vend = vend.max(decpt);
        }
        let dig = std::str::from_utf8(&digits).unwrap_or("0");
        let mut s = String::with_capacity((vend - vstart) as usize + 8);
        let zeros = |s: &mut String, n: i64| {
            for _ in 0..n.max(0) {
                s.push('0');
            }
        };
        if decpt <= 0 {
            zeros(&mut s, decpt - vstart);
            s.push('.');
            zeros(&mut s, -decpt);
        } else {
            zeros(&mut s, -vstart);
        }
        if 0 < decpt && decpt <= digits_len {
            s.push_str(&dig[..decpt as usize]);
            s.push('.');
            s.push_str(&dig[decpt as usize..]);
        } else {
            s.push_str(dig);
        }
        if digits_len < decpt {
            zeros(&mut s, decpt - digits_len);
            s.push('.');
            zeros(&mut s, vend - decpt);
        } else {
            zeros(&mut s, vend - digits_len);
        }
        if s.ends_with('.') && !alt {
            s.pop();
        }
        if use_exp {
            s.push(if upper { 'E' } else { 'e' });
            s.push(if exp < 0 { '-' } else { '+' });
            s.push_str(&format!("{:02}", exp.abs()));
        }
        (negative, s)
    }

    /// `format(v, spec)` for a float.
    #[track_caller]
    pub fn format_float_to(out: &mut String, v: f64, spec: &FormatSpec) {
        if spec.is_empty() {
            float_repr(v, out);
            return;
        }
        check_grouping(spec, '\0');
        let mut ty = spec.ty;
        let upper = matches!(ty, 'E' | 'F' | 'G');
        let mut add_dot_0 = false;
        let mut default_precision = 6;
        match ty {
            '\0' => {
                add_dot_0 = true;
                ty = 'r';
                default_precision = 0;
            }
            'n' | 'g' | 'G' => ty = 'g',
            'e' | 'E' => ty = 'e',
            'f' | 'F' => ty = 'f',
            '%' => {}
            t => unknown_code(t, "float"),
        }
        let mut val = v;
        let pct = ty == '%';
        if pct {
            ty = 'f';
            val *= 100.0;
        }
        let precision = match spec.precision {
            Some(p) => {
                if p > i32::MAX as usize {
                    spec_error("precision too big");
                }
                if ty == 'r' {
                    ty = 'g';
                }
                p
            }
            None => default_precision,
        };
        let (negative, mut body) = float_body(val, ty, precision, add_dot_0, spec.alt, upper, spec.z);
        if pct {
            body.push('%');
        }
        let n_digits = body.bytes().take_while(|b| b.is_ascii_digit()).count();
        layout_number(out, spec, negative, "", &body, n_digits, 3);
    }

    /// `format(v, spec)` for a str.
    #[track_caller]
    pub fn format_str_to(out: &mut String, v: &str, spec: &FormatSpec) {
        if spec.is_empty() {
            out.push_str(v);
            return;
        }
        check_grouping(spec, 's');
        match spec.ty {
            's' | '\0' => {}
            t => unknown_code(t, "str"),
        }
        if spec.sign == b' ' {
            spec_error("Space not allowed in string format specifier");
        }
        if spec.sign != 0 {
            spec_error("Sign not allowed in string format specifier");
        }
        if spec.z {
            spec_error("Negative zero coercion (z) not allowed in string format specifier");
        }
        if spec.alt {
            spec_error("Alternate form (#) not allowed in string format specifier");
        }
        if spec.align == b'=' {
            spec_error("'=' alignment not allowed in string format specifier");
        }
        let mut text = v;
        let mut n = if v.is_ascii() { v.len() } else { v.chars().count() };
        if let Some(p) = spec.precision {
            if p < n {
                text = match v.char_indices().nth(p) {
                    Some((i, _)) => &v[..i],
                    None => v,
                };
                n = p;
            }
        }
        let pad = spec.width.saturating_sub(n);
        let (l, r) = match spec.align {
            b'>' => (pad, 0),
            b'^' => (pad / 2, pad - pad / 2),
            _ => (0, pad),
        };
        push_fill(out, spec.fill, l);
        out.push_str(text);
        push_fill(out, spec.fill, r);
    }

    /// `format(v, spec)` for a value without `__format__` of its own (None,
    /// list, tuple, dict, set): `str(v)` for the empty spec, else TypeError.
    #[track_caller]
    pub fn format_other_to<T: Show + ?Sized>(out: &mut String, v: &T, type_name: &str, spec: &FormatSpec) {
        if !spec.is_empty() {
            raise("TypeError", &format!("unsupported format string passed to {}.__format__", type_name));
        }
        v.show(out);
    }

    /// What `format()`, f-string fields and `str.format` need of a value.
    pub trait Format {
        fn format_to(&self, spec: &FormatSpec, out: &mut String);
        /// The Python type's name, for errors.
        fn type_name(&self) -> &'static str;
    }
    impl Format for i64 {
        #[track_caller]
        fn format_to(&self, spec: &FormatSpec, out: &mut String) {
            format_int_to(out, *self, spec, "int")
        }
        fn type_name(&self) -> &'static str {
            "int"
        }
    }
    impl Format for bool {
        #[track_caller]
        fn format_to(&self, spec: &FormatSpec, out: &mut String) {
            format_bool_to(out, *self, spec)
        }
        fn type_name(&self) -> &'static str {
            "bool"
        }
    }
    impl Format for f64 {
        #[track_caller]
        fn format_to(&self, spec: &FormatSpec, out: &mut String) {
            format_float_to(out, *self, spec)
        }
        fn type_name(&self) -> &'static str {
            "float"
        }
    }
    impl Format for str {
        #[track_caller]
        fn format_to(&self, spec: &FormatSpec, out: &mut String) {
            format_str_to(out, self, spec)
        }
        fn type_name(&self) -> &'static str {
            "str"
        }
    }
    impl Format for Str {
        #[track_caller]
        fn format_to(&self, spec: &FormatSpec, out: &mut String) {
            format_str_to(out, self, spec)
        }
        fn type_name(&self) -> &'static str {
            "str"
        }
    }
    impl Format for String {
        #[track_caller]
        fn format_to(&self, spec: &FormatSpec, out: &mut String) {
            format_str_to(out, self, spec)
        }
        fn type_name(&self) -> &'static str {
            "str"
        }
    }
    impl Format for () {
        #[track_caller]
        fn format_to(&self, spec: &FormatSpec, out: &mut String) {
            format_other_to(out, self, "NoneType", spec)
        }
        fn type_name(&self) -> &'static str {
            "NoneType"
        }
    }

    /// `format(v, spec)` with a parsed spec.
    #[track_caller]
    pub fn format<T: Format + ?Sized>(v: &T, spec: &FormatSpec) -> Str {
        let mut out = String::new();
        v.format_to(spec, &mut out);
        Str::from(out)
    }

    /// `format(v, spec)` with a spec known only at run time.
    #[track_caller]
    pub fn format_dyn<T: Format + ?Sized>(v: &T, spec: &str) -> Str {
        format(v, &parse_spec(spec, v.type_name()))
    }

    /// One argument of `str.format`: the value as `Format`, and as `Show`
    /// for the `!s` and `!r` conversions.
    pub trait FormatArg: Format + Show {}
    impl<T: Format + Show + ?Sized> FormatArg for T {}

    /// `template.format(*args)` for a template known only at run time:
    /// `{}` `{0}` `{!r}` `{:spec}` `{{` `}}`; nested `{}` in the spec are
    /// filled first.  Attribute and key lookups (`{0.x}`, `{0[k]}`) and
    /// keyword arguments are resolved by the compiler, not here.
    #[track_caller]
    pub fn str_format(template: &str, args: &[&dyn FormatArg], kwargs: &[(&str, &dyn FormatArg)]) -> Str {
        let mut out = String::new();
        let mut auto: usize = 0;
        let mut manual = false;
        let mut it = template.chars().peekable();
        while let Some(c) = it.next() {
            if c == '}' {
                if it.peek() == Some(&'}') {
                    it.next();
                    out.push('}');
                    continue;
                }
                raise("ValueError", "Single '}' encountered in format string");
            }
            if c != '{' {
                out.push(c);
                continue;
            }
            if it.peek() == Some(&'{') {
                it.next();
                out.push('{');
                continue;
            }
            if it.peek().is_none() {
                raise("ValueError", "Single '{' encountered in format string");
            }
            // The field up to its matching '}', counting nested braces.
            let mut field = String::new();
            let mut depth = 1;
            loop {
                match it.next() {
                    None => {
                        if field.contains('!') || field.contains(':') || depth > 1 {
                            raise("ValueError", "unmatched '{' in format spec")
                        }
                        raise("ValueError", "expected '}' before end of string")
                    }
                    Some('{') => {
                        depth += 1;
                        field.push('{');
                    }
                    Some('}') => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                        field.push('}');
                    }
                    Some(ch) => field.push(ch),
                }
            }
            let (head, spec) = match field.find(':') {
                Some(i) => (&field[..i], &field[i + 1..]),
                None => (&field[..], ""),
            };
            let (name, conv) = match head.find('!') {
                Some(i) => (&head[..i], Some(&head[i + 1..])),
                None => (head, None),
            };
            let arg = format_field_arg(name, args, kwargs, &mut auto, &mut manual);
            let spec = if spec.contains('{') {
                let inner = str_format_nested(spec, args, kwargs, &mut auto, &mut manual);
                parse_spec(&inner, if conv.is_some() { "str" } else { arg.type_name() })
            } else {
                parse_spec(spec, if conv.is_some() { "str" } else { arg.type_name() })
            };
            match conv {
                None => arg.format_to(&spec, &mut out),
                Some("s") => {
                    let mut t = String::new();
                    arg.show(&mut t);
                    format_str_to(&mut out, &t, &spec);
                }
                Some("r") => {
                    let mut t = String::new();
                    arg.show_repr(&mut t);
                    format_str_to(&mut out, &t, &spec);
                }
                Some("") => raise("ValueError", "end of string while looking for conversion specifier"),
                Some(c) if c.chars().count() > 1 => raise("ValueError", "expected ':' after conversion specifier"),
                Some(c) => raise("ValueError", &format!("Unknown conversion specifier {}", c)),
            }
        }
        Str::from(out)
    }

    /// The argument a field names: the next one (`{}`), a position
    /// (`{1}`) or a keyword (`{name}`).  Attribute and index fields
    /// (`{0.x}`, `{0[1]}`) are not in the runtime yet.
    #[track_caller]
    fn format_field_arg<'a>(name: &str, args: &[&'a dyn FormatArg], kwargs: &[(&str, &'a dyn FormatArg)], auto: &mut usize, manual: &mut bool) -> &'a dyn FormatArg {
        if name.contains('.') || name.contains('[') {
            raise("SystemError", &format!("portalisc: the format field '{}' is not supported yet", name));
        }
        let index = if name.is_empty() {
            if *manual {
                raise("ValueError", "cannot switch from manual field specification to automatic field numbering");
            }
            *auto += 1;
            *auto - 1
        } else if name.bytes().all(|b| b.is_ascii_digit()) {
            if *auto > 0 {
                raise("ValueError", "cannot switch from automatic field numbering to manual field specification");
            }
            *manual = true;
            name.parse::<usize>().unwrap_or_else(|_| raise("ValueError", "Too many decimal digits in format string"))
        } else {
            return match kwargs.iter().find(|(k, _)| *k == name) {
                Some((_, v)) => *v,
                None => raise("KeyError", &repr(name)),
            };
        };
        match args.get(index) {
            Some(a) => *a,
            None => raise("IndexError", &format!("Replacement index {} out of range for positional args tuple", index)),
        }
    }

    // The `{}` fields inside a format spec, sharing the outer numbering.
    #[track_caller]
    fn str_format_nested(spec: &str, args: &[&dyn FormatArg], kwargs: &[(&str, &dyn FormatArg)], auto: &mut usize, manual: &mut bool) -> String {
        let mut out = String::new();
        let mut it = spec.chars();
        while let Some(c) = it.next() {
            if c != '{' {
                out.push(c);
                continue;
            }
            let mut name = String::new();
            for ch in it.by_ref() {
                if ch == '}' {
                    break;
                }
                name.push(ch);
            }
            format_field_arg(&name, args, kwargs, auto, manual).format_to(&SPEC_NONE, &mut out);
        }
        out
    }
