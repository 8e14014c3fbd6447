    // ---- prelude_percent.rs: printf-style `str % args` ------------------------------
    // Items pasted inside `mod py` after prelude_obj.rs.  CPython 3.11's
    // PyUnicode_Format (Objects/unicodeobject.c): `%[(key)][flags][width]
    // [.precision][hlL]type`, its argument rules (a tuple gives the
    // arguments, a dict serves `%(key)`, anything else is the one argument)
    // and its error messages.  Floats go through the format-spec code, so
    // `%.2f` and `{:.2f}` round identically.

    /// The flags of one conversion: `-`, `+`, ` `, `#`, `0`.
    #[derive(Default)]
    struct PercentFlags {
        left: bool,
        plus: bool,
        space: bool,
        alt: bool,
        zero: bool,
    }

    /// The arguments of one `%` operation and how many were taken.
    /// `mapping` is the right operand when CPython's PyMapping_Check holds
    /// for it (a dict, but also a list or a range): it serves `%(key)`, and
    /// arguments left over are then no error.
    struct PercentArgs<'a> {
        items: &'a [Obj],
        next: usize,
        mapping: Option<&'a Obj>,
    }

    impl<'a> PercentArgs<'a> {
        #[track_caller]
        fn take(&mut self) -> Obj {
            match self.items.get(self.next) {
                Some(v) => {
                    self.next += 1;
                    v.clone()
                }
                None => raise("TypeError", "not enough arguments for format string"),
            }
        }
    }

    /// `fmt % args`.
    #[track_caller]
    pub fn percent_format(fmt: &str, args: &Obj) -> Str {
        let one = [args.clone()];
        let mut a = match args {
            Obj::Tuple(t) => PercentArgs { items: &t[..], next: 0, mapping: None },
            Obj::Dict(_) | Obj::List(_) | Obj::Range(..) => PercentArgs { items: &one[..], next: 0, mapping: Some(args) },
            _ => PercentArgs { items: &one[..], next: 0, mapping: None },
        };
        let chars: Vec<char> = fmt.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        while i < chars.len() {
            if chars[i] != '%' {
                out.push(chars[i]);
                i += 1;
                continue;
            }
            i += 1;
            if i < chars.len() && chars[i] == '%' {
                out.push('%');
                i += 1;
                continue;
            }
            let key = percent_key(&chars, &mut i);
            let mut flags = PercentFlags::default();
            while i < chars.len() {
                match chars[i] {
                    '-' => flags.left = true,
                    '+' => flags.plus = true,
                    ' ' => flags.space = true,
                    '#' => flags.alt = true,
                    '0' => flags.zero = true,
                    _ => break,
                }
                i += 1;
            }
            let mut width = percent_number(&chars, &mut i, &mut a, "width too big").unwrap_or(0);
            if width < 0 {
                flags.left = true;       /* a negative `*` width aligns left */
                width = -width;
            }
            let precision = if i < chars.len() && chars[i] == '.' {
                i += 1;
                Some(percent_number(&chars, &mut i, &mut a, "precision too big").unwrap_or(0).max(0) as usize)
            } else {
                None
            };
            while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
                i += 1;
            }
            if i >= chars.len() {
                raise("ValueError", "incomplete format");
            }
            let value = match (&key, a.mapping) {
                (Some(k), Some(m)) => getitem(m, &Obj::Str(Str::from(k.clone()))),
                (Some(_), None) => raise("TypeError", "format requires a mapping"),
                (None, _) => a.take(),
            };
            if flags.left {
                flags.zero = false;
            }
            percent_one(&mut out, chars[i], i, &value, &flags, width as usize, precision);
            i += 1;
        }
        if a.mapping.is_none() && a.next < a.items.len() {
            raise("TypeError", "not all arguments converted during string formatting");
        }
        Str::from(out)
    }

    /// `(key)` after a `%`, with nested parentheses as CPython counts them.
    #[track_caller]
    fn percent_key(chars: &[char], i: &mut usize) -> Option<String> {
        if *i >= chars.len() || chars[*i] != '(' {
            return None;
        }
        let start = *i + 1;
        let mut depth = 1;
        *i += 1;
        while *i < chars.len() {
            match chars[*i] {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
            *i += 1;
        }
        if *i >= chars.len() {
            raise("ValueError", "incomplete format key");
        }
        let key: String = chars[start..*i].iter().collect();
        *i += 1;
        Some(key)
    }

    /// A width or precision: digits, or `*` taking an int argument.
    #[track_caller]
    fn percent_number(chars: &[char], i: &mut usize, a: &mut PercentArgs, what_too_big: &str) -> Option<i64> {
        if *i < chars.len() && chars[*i] == '*' {
            *i += 1;
            let n = match a.take() {
                Obj::Int(n) => n,
                Obj::Bool(b) => b as i64,
                _ => raise("TypeError", "* wants int"),
            };
            if i32::try_from(n).is_err() {
                raise("OverflowError", "Python int too large to convert to C int");
            }
            return Some(n);
        }
        let mut n: Option<i64> = None;
        while *i < chars.len() && chars[*i].is_ascii_digit() {
            let d = chars[*i] as i64 - '0' as i64;
            let v = n.unwrap_or(0) * 10 + d;
            if v > i32::MAX as i64 {
                raise("ValueError", what_too_big);
            }
            n = Some(v);
            *i += 1;
        }
        n
    }

    /// One conversion of `value` by type character `ty` (at index `at`).
    #[track_caller]
    fn percent_one(out: &mut String, ty: char, at: usize, value: &Obj, flags: &PercentFlags, width: usize, precision: Option<usize>) {
        match ty {
            's' | 'r' | 'a' => {
                let mut text = String::new();
                match ty {
                    's' => value.show(&mut text),
                    'r' => value.show_repr(&mut text),
                    _ => {
                        let mut r = String::new();
                        value.show_repr(&mut r);
                        text = ascii_escape(&r);
                    }
                }
                if let Some(p) = precision {
                    text = text.chars().take(p).collect();
                }
                pad_text(out, &text, flags.left, width);
            }
            'c' => {
                let c = match value {
                    Obj::Int(n) => char_of(*n),
                    Obj::Bool(b) => char_of(*b as i64),
                    Obj::Str(s) if s.chars().count() == 1 => s.chars().next().unwrap_or(' '),
                    _ => raise("TypeError", "%c requires int or char"),
                };
                pad_text(out, &c.to_string(), flags.left, width);
            }
            'd' | 'i' | 'u' => {
                let n = match value {
                    Obj::Int(n) => *n,
                    Obj::Bool(b) => *b as i64,
                    Obj::Float(x) => float_to_int(*x),
                    _ => raise("TypeError", &format!("%{} format: a real number is required, not {}", ty, value.type_name())),
                };
                pad_int(out, n < 0, "", &n.unsigned_abs().to_string(), flags, width, precision);
            }
            'o' | 'x' | 'X' => {
                let n = match value {
                    Obj::Int(n) => *n,
                    Obj::Bool(b) => *b as i64,
                    _ => raise("TypeError", &format!("%{} format: an integer is required, not {}", ty, value.type_name())),
                };
                let m = n.unsigned_abs();
                let (digits, prefix) = match ty {
                    'o' => (format!("{:o}", m), "0o"),
                    'x' => (format!("{:x}", m), "0x"),
                    _ => (format!("{:X}", m), "0X"),
                };
                pad_int(out, n < 0, if flags.alt { prefix } else { "" }, &digits, flags, width, precision);
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = match value {
                    Obj::Int(n) => *n as f64,
                    Obj::Bool(b) => *b as i64 as f64,
                    Obj::Float(x) => *x,
                    _ => raise("TypeError", &format!("must be real number, not {}", value.type_name())),
                };
                let spec = FormatSpec {
                    fill: if flags.zero { '0' } else { ' ' },
                    align: if flags.left { b'<' } else { 0 },
                    sign: if flags.plus { b'+' } else if flags.space { b' ' } else { 0 },
                    z: false,
                    alt: flags.alt,
                    zero: flags.zero,
                    width,
                    grouping: 0,
                    precision: Some(precision.unwrap_or(6)),
                    ty,
                };
                format_float_to(out, x, &spec);
            }
            _ => raise(
                "ValueError",
                &format!("unsupported format character '{}' (0x{:x}) at index {}", ty, ty as u32, at),
            ),
        }
    }

    #[track_caller]
    fn char_of(n: i64) -> char {
        u32::try_from(n)
            .ok()
            .and_then(char::from_u32)
            .unwrap_or_else(|| raise("OverflowError", "%c arg not in range(0x110000)"))
    }

    /// `ascii()` of a repr: every non-ASCII code point escaped.
    fn ascii_escape(text: &str) -> String {
        let mut out = String::new();
        for c in text.chars() {
            let n = c as u32;
            if n < 0x80 {
                out.push(c);
            } else if n < 0x100 {
                out.push_str(&format!("\\x{:02x}", n));
            } else if n < 0x10000 {
                out.push_str(&format!("\\u{:04x}", n));
            } else {
                out.push_str(&format!("\\U{:08x}", n));
            }
        }
        out
    }

    fn pad_text(out: &mut String, text: &str, left: bool, width: usize) {
        let n = text.chars().count();
        let fill = width.saturating_sub(n);
        if !left {
            out.extend(std::iter::repeat(' ').take(fill));
        }
        out.push_str(text);
        if left {
            out.extend(std::iter::repeat(' ').take(fill));
        }
    }

    /// Sign, prefix and digits (at least `precision` of them), padded to
    /// `width` with spaces, or with zeros after the prefix (`0` flag).
    fn pad_int(out: &mut String, negative: bool, prefix: &str, digits: &str, flags: &PercentFlags, width: usize, precision: Option<usize>) {
        let sign = if negative {
            "-"
        } else if flags.plus {
            "+"
        } else if flags.space {
            " "
        } else {
            ""
        };
        let min_digits = precision.unwrap_or(0).max(digits.len());
        let len = sign.len() + prefix.len() + min_digits;
        let fill = width.saturating_sub(len);
        if !flags.left && !flags.zero {
            out.extend(std::iter::repeat(' ').take(fill));
        }
        out.push_str(sign);
        out.push_str(prefix);
        let zeros = min_digits - digits.len() + if flags.zero { fill } else { 0 };
        out.extend(std::iter::repeat('0').take(zeros));
        out.push_str(digits);
        if flags.left {
            out.extend(std::iter::repeat(' ').take(fill));
        }
    }
