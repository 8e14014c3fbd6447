    // ---- prelude_str.rs: str methods, int()/float() of str, ord/chr -----------------
    // Items pasted inside `mod py` after prelude.rs.  Indices are code points
    // as in Python; ASCII text takes byte-index fast paths.  Character classes
    // come from tables generated from Python 3.11's unicodedata (Unicode 14.0),
    // so isalpha/isdecimal/isdigit/isnumeric/isspace and the whitespace of
    // split()/strip()/int()/float() agree with CPython on every code point.

    impl AsRef<str> for Str {
        fn as_ref(&self) -> &str {
            self.as_str()
        }
    }

    fn in_table(table: &[(u32, u32)], c: char) -> bool {
        let u = c as u32;
        table.binary_search_by(|&(lo, hi)| if hi < u { Ordering::Less } else if lo > u { Ordering::Greater } else { Ordering::Equal }).is_ok()
    }

    /// Python's str.isspace of one character (also what split() and strip() skip).
    pub fn is_space_char(c: char) -> bool {
        if c.is_ascii() {
            matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'..='\x1f')
        } else {
            in_table(UNI_SPACE, c)
        }
    }

    pub fn is_alpha_char(c: char) -> bool {
        if c.is_ascii() {
            c.is_ascii_alphabetic()
        } else {
            in_table(UNI_ALPHA, c)
        }
    }

    pub fn is_decimal_char(c: char) -> bool {
        if c.is_ascii() {
            c.is_ascii_digit()
        } else {
            in_table(UNI_DECIMAL, c)
        }
    }

    pub fn is_digit_char(c: char) -> bool {
        is_decimal_char(c) || (!c.is_ascii() && in_table(UNI_DIGIT, c))
    }

    pub fn is_numeric_char(c: char) -> bool {
        is_digit_char(c) || (!c.is_ascii() && in_table(UNI_NUMERIC, c))
    }

    // The value of a decimal digit of any script, as int() reads it.
    fn decimal_value(c: char) -> Option<u32> {
        if c.is_ascii_digit() {
            return Some(c as u32 - '0' as u32);
        }
        let u = c as u32;
        UNI_DECIMAL.iter().find(|&&(lo, hi)| lo <= u && u <= hi).map(|&(lo, _)| (u - lo) % 10)
    }

    fn is_cased(c: char) -> bool {
        c.is_lowercase() || c.is_uppercase() || UNI_LT.binary_search(&(c as u32)).is_ok()
    }

    // Approximates Unicode's Case_Ignorable (Rust's std does not expose it)
    // for the final-sigma rule: apostrophes, dots, colons, modifier letters
    // and the common combining marks.
    fn is_case_ignorable(c: char) -> bool {
        let u = c as u32;
        matches!(c, '\'' | '.' | ':' | '^' | '`' | '\u{a8}' | '\u{ad}' | '\u{af}' | '\u{b4}' | '\u{b7}' | '\u{b8}' | '\u{2018}' | '\u{2019}' | '\u{2024}' | '\u{2027}')
            || (0x2b0..=0x36f).contains(&u)
            || (0x483..=0x489).contains(&u)
            || (0x591..=0x5bd).contains(&u)
            || (0x1ab0..=0x1aff).contains(&u)
            || (0x1dc0..=0x1dff).contains(&u)
            || (0x200b..=0x200f).contains(&u)
            || (0x20d0..=0x20ff).contains(&u)
            || (0xfe00..=0xfe0f).contains(&u)
            || (0xfe20..=0xfe2f).contains(&u)
    }

    // CPython's handle_capital_sigma: 'Σ' at `i` of `cs` lowers to final 'ς'
    // after a cased letter and not before one (case-ignorables skipped).
    fn lower_sigma(cs: &[char], i: usize) -> char {
        let mut j = i;
        let mut before = false;
        while j > 0 {
            j -= 1;
            if !is_case_ignorable(cs[j]) {
                before = is_cased(cs[j]);
                break;
            }
        }
        let mut after = false;
        for &c in &cs[i + 1..] {
            if !is_case_ignorable(c) {
                after = is_cased(c);
                break;
            }
        }
        if before && !after {
            '\u{3c2}'
        } else {
            '\u{3c3}'
        }
    }

    fn push_lower(out: &mut String, cs: &[char], i: usize) {
        if cs[i] == '\u{3a3}' {
            out.push(lower_sigma(cs, i));
        } else {
            out.extend(cs[i].to_lowercase());
        }
    }

    fn push_title(out: &mut String, c: char) {
        let u = c as u32;
        match UNI_TITLE.binary_search_by(|&(k, _)| k.cmp(&u)) {
            Ok(k) => out.push_str(UNI_TITLE[k].1),
            Err(_) => out.extend(c.to_uppercase()),
        }
    }

    /// `s.upper()`: full case mapping ('ß' -> 'SS'), as CPython.
    pub fn upper(s: &str) -> Str {
        if s.is_ascii() {
            return Str::from(s.to_ascii_uppercase());
        }
        Str::from(s.to_uppercase())
    }

    /// `s.lower()`: full case mapping with the final-sigma rule.
    pub fn lower(s: &str) -> Str {
        if s.is_ascii() {
            return Str::from(s.to_ascii_lowercase());
        }
        let cs: Vec<char> = s.chars().collect();
        let mut out = String::with_capacity(s.len());
        for i in 0..cs.len() {
            push_lower(&mut out, &cs, i);
        }
        Str::from(out)
    }

    /// `s.casefold()`.
    pub fn casefold(s: &str) -> Str {
        if s.is_ascii() {
            return Str::from(s.to_ascii_lowercase());
        }
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            let u = c as u32;
            match UNI_FOLD.binary_search_by(|&(k, _)| k.cmp(&u)) {
                Ok(k) => out.push_str(UNI_FOLD[k].1),
                Err(_) => out.extend(c.to_lowercase()),
            }
        }
        Str::from(out)
    }

    /// `s.swapcase()`.
    pub fn swapcase(s: &str) -> Str {
        let cs: Vec<char> = s.chars().collect();
        let mut out = String::with_capacity(s.len());
        for i in 0..cs.len() {
            let c = cs[i];
            if c.is_uppercase() {
                push_lower(&mut out, &cs, i);
            } else if c.is_lowercase() {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
        }
        Str::from(out)
    }

    /// `s.title()`: titlecase after an uncased character, lowercase after a cased one.
    pub fn title(s: &str) -> Str {
        let cs: Vec<char> = s.chars().collect();
        let mut out = String::with_capacity(s.len());
        let mut prev_cased = false;
        for i in 0..cs.len() {
            if prev_cased {
                push_lower(&mut out, &cs, i);
            } else {
                push_title(&mut out, cs[i]);
            }
            prev_cased = is_cased(cs[i]);
        }
        Str::from(out)
    }

    /// `s.capitalize()`: the first character titlecased, the rest lowercased.
    pub fn capitalize(s: &str) -> Str {
        let cs: Vec<char> = s.chars().collect();
        let mut out = String::with_capacity(s.len());
        for i in 0..cs.len() {
            if i == 0 {
                push_title(&mut out, cs[0]);
            } else {
                push_lower(&mut out, &cs, i);
            }
        }
        Str::from(out)
    }

    pub fn isspace(s: &str) -> bool {
        !s.is_empty() && s.chars().all(is_space_char)
    }
    pub fn isalpha(s: &str) -> bool {
        !s.is_empty() && s.chars().all(is_alpha_char)
    }
    pub fn isdecimal(s: &str) -> bool {
        !s.is_empty() && s.chars().all(is_decimal_char)
    }
    pub fn isdigit(s: &str) -> bool {
        !s.is_empty() && s.chars().all(is_digit_char)
    }
    pub fn isnumeric(s: &str) -> bool {
        !s.is_empty() && s.chars().all(is_numeric_char)
    }
    pub fn isalnum(s: &str) -> bool {
        !s.is_empty() && s.chars().all(|c| is_alpha_char(c) || is_numeric_char(c))
    }
    pub fn isascii(s: &str) -> bool {
        s.is_ascii()
    }
    /// `s.isupper()`: some cased character and no lowercase or titlecase one.
    pub fn isupper(s: &str) -> bool {
        let mut cased = false;
        for c in s.chars() {
            if c.is_lowercase() || UNI_LT.binary_search(&(c as u32)).is_ok() {
                return false;
            }
            cased = cased || c.is_uppercase();
        }
        cased
    }
    /// `s.islower()`: some cased character and no uppercase or titlecase one.
    pub fn islower(s: &str) -> bool {
        let mut cased = false;
        for c in s.chars() {
            if c.is_uppercase() || UNI_LT.binary_search(&(c as u32)).is_ok() {
                return false;
            }
            cased = cased || c.is_lowercase();
        }
        cased
    }
    /// `s.istitle()`.
    pub fn istitle(s: &str) -> bool {
        let mut cased = false;
        let mut prev_cased = false;
        for c in s.chars() {
            let upperish = c.is_uppercase() || UNI_LT.binary_search(&(c as u32)).is_ok();
            if upperish {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if c.is_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    }
    /// `s.isidentifier()`: exact for ASCII; beyond it XID_Start/XID_Continue
    /// are approximated by letters (+ Nl) and letters, decimal digits and
    /// the common combining marks.
    pub fn isidentifier(s: &str) -> bool {
        let mut it = s.chars();
        match it.next() {
            None => return false,
            Some(c) => {
                if !(c == '_' || is_alpha_char(c) || (!c.is_ascii() && c.is_alphabetic() && is_numeric_char(c))) {
                    return false;
                }
            }
        }
        it.all(|c| {
            let u = c as u32;
            c == '_'
                || is_alpha_char(c)
                || is_decimal_char(c)
                || (!c.is_ascii()
                    && (c.is_alphabetic()
                        || c == '\u{b7}'
                        || (0x300..=0x36f).contains(&u)
                        || (0x483..=0x487).contains(&u)
                        || (0x1dc0..=0x1dff).contains(&u)
                        || (0x20d0..=0x20dc).contains(&u)
                        || (0xfe20..=0xfe2f).contains(&u)))
        })
    }

    // Byte offset of code point `i` (clamped to the end) of `s`.
    fn cp_byte(s: &str, i: usize) -> usize {
        if s.is_ascii() {
            return i.min(s.len());
        }
        match s.char_indices().nth(i) {
            Some((b, _)) => b,
            None => s.len(),
        }
    }

    // Code point index of byte offset `b` of `s`.
    fn byte_cp(s: &str, b: usize) -> usize {
        if s.is_ascii() {
            b
        } else {
            s[..b].chars().count()
        }
    }

    /// `s[i]`.
    #[track_caller]
    pub fn str_get(s: &str, i: i64) -> Str {
        if s.is_ascii() {
            let n = s.len() as i64;
            let k = if i < 0 { i + n } else { i };
            if k < 0 || k >= n {
                raise("IndexError", "string index out of range");
            }
            return Str::from(s[k as usize..k as usize + 1].to_string());
        }
        let n = len(s);
        let k = if i < 0 { i + n } else { i };
        if k < 0 || k >= n {
            raise("IndexError", "string index out of range");
        }
        match s.chars().nth(k as usize) {
            Some(c) => Str::from(c.to_string()),
            None => raise("IndexError", "string index out of range"),
        }
    }

    /// `s[start:stop:step]`.
    #[track_caller]
    pub fn str_slice(s: &str, start: Option<i64>, stop: Option<i64>, step: Option<i64>) -> Str {
        if s.is_ascii() {
            let b = s.as_bytes();
            let (lo, _hi, st, n) = slice_indices(b.len() as i64, start, stop, step);
            if st == 1 {
                return Str::from(s[lo as usize..lo as usize + n].to_string());
            }
            let mut out = String::with_capacity(n);
            for k in 0..n as i64 {
                out.push(b[(lo + k * st) as usize] as char);
            }
            return Str::from(out);
        }
        let cs: Vec<char> = s.chars().collect();
        let (lo, _hi, st, n) = slice_indices(cs.len() as i64, start, stop, step);
        let mut out = String::new();
        for k in 0..n as i64 {
            out.push(cs[(lo + k * st) as usize]);
        }
        Str::from(out)
    }

    /// `s * n`: as CPython's unicode_repeat, OverflowError when the result
    /// would have more code points than an isize can count, MemoryError when
    /// it cannot be allocated.
    #[track_caller]
    pub fn str_mul(s: &str, n: i64) -> Str {
        let n = repeat_times(n);
        if n == 0 || s.is_empty() {
            return Str::from(String::new());
        }
        let chars = if s.is_ascii() { s.len() } else { s.chars().count() };
        if chars > isize::MAX as usize / n {
            raise("OverflowError", "repeated string is too long");
        }
        // whole copies of valid UTF-8 are valid UTF-8
        Str::from(String::from_utf8(repeat_slice(s.as_bytes(), n)).unwrap_or_default())
    }

    /// `sub in s`.
    pub fn str_contains(s: &str, sub: &str) -> bool {
        s.contains(sub)
    }

    fn split_ws(s: &str, maxsplit: i64) -> Vec<Str> {
        let mut out = Vec::new();
        let mut rest = s.trim_start_matches(is_space_char);
        let mut left = maxsplit;
        while !rest.is_empty() {
            if left == 0 {
                out.push(Str::from(rest.to_string()));
                break;
            }
            match rest.find(is_space_char) {
                Some(i) => {
                    out.push(Str::from(rest[..i].to_string()));
                    rest = rest[i..].trim_start_matches(is_space_char);
                    left -= 1;
                }
                None => {
                    out.push(Str::from(rest.to_string()));
                    break;
                }
            }
        }
        out
    }

    /// `s.split(sep, maxsplit)`; `sep` None splits on runs of whitespace;
    /// `maxsplit` < 0 means no limit.
    #[track_caller]
    pub fn split(s: &str, sep: Option<&str>, maxsplit: i64) -> Vec<Str> {
        let sep = match sep {
            None => return split_ws(s, maxsplit),
            Some(p) => p,
        };
        if sep.is_empty() {
            raise("ValueError", "empty separator");
        }
        let mut out = Vec::new();
        let mut rest = s;
        let mut left = maxsplit;
        while left != 0 {
            match rest.find(sep) {
                Some(i) => {
                    out.push(Str::from(rest[..i].to_string()));
                    rest = &rest[i + sep.len()..];
                    left -= 1;
                }
                None => break,
            }
        }
        out.push(Str::from(rest.to_string()));
        out
    }

    /// `s.rsplit(sep, maxsplit)`.
    #[track_caller]
    pub fn rsplit(s: &str, sep: Option<&str>, maxsplit: i64) -> Vec<Str> {
        let mut out = Vec::new();
        match sep {
            None => {
                let mut rest = s.trim_end_matches(is_space_char);
                let mut left = maxsplit;
                while !rest.is_empty() {
                    if left == 0 {
                        out.push(Str::from(rest.to_string()));
                        break;
                    }
                    match rest.rfind(is_space_char) {
                        Some(i) => {
                            let w = rest[i..].chars().next().map_or(1, |c| c.len_utf8());
                            out.push(Str::from(rest[i + w..].to_string()));
                            rest = rest[..i].trim_end_matches(is_space_char);
                            left -= 1;
                        }
                        None => {
                            out.push(Str::from(rest.to_string()));
                            break;
                        }
                    }
                }
            }
            Some(sep) => {
                if sep.is_empty() {
                    raise("ValueError", "empty separator");
                }
                let mut rest = s;
                let mut left = maxsplit;
                while left != 0 {
                    match rest.rfind(sep) {
                        Some(i) => {
                            out.push(Str::from(rest[i + sep.len()..].to_string()));
                            rest = &rest[..i];
                            left -= 1;
                        }
                        None => break,
                    }
                }
                out.push(Str::from(rest.to_string()));
            }
        }
        out.reverse();
        out
    }

    /// `s.splitlines(keepends)`.
    pub fn splitlines(s: &str, keepends: bool) -> Vec<Str> {
        let mut out = Vec::new();
        let mut start = 0;
        let mut it = s.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            let brk = matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}');
            if !brk {
                continue;
            }
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(_, '\n')) = it.peek() {
                    it.next();
                    end += 1;
                }
            }
            out.push(Str::from(s[start..if keepends { end } else { i }].to_string()));
            start = end;
        }
        if start < s.len() {
            out.push(Str::from(s[start..].to_string()));
        }
        out
    }

    /// `sep.join(items)`.
    pub fn join<T: AsRef<str>>(sep: &str, items: &[T]) -> Str {
        let total: usize = items.iter().map(|x| x.as_ref().len()).sum::<usize>() + sep.len() * items.len();
        let mut out = String::with_capacity(total);
        for (k, x) in items.iter().enumerate() {
            if k > 0 {
                out.push_str(sep);
            }
            out.push_str(x.as_ref());
        }
        Str::from(out)
    }

    /// `s.strip(chars)`; None strips whitespace.
    pub fn strip(s: &str, chars: Option<&str>) -> Str {
        match chars {
            None => Str::from(s.trim_matches(is_space_char).to_string()),
            Some(cs) => Str::from(s.trim_matches(|c| cs.contains(c)).to_string()),
        }
    }
    pub fn lstrip(s: &str, chars: Option<&str>) -> Str {
        match chars {
            None => Str::from(s.trim_start_matches(is_space_char).to_string()),
            Some(cs) => Str::from(s.trim_start_matches(|c| cs.contains(c)).to_string()),
        }
    }
    pub fn rstrip(s: &str, chars: Option<&str>) -> Str {
        match chars {
            None => Str::from(s.trim_end_matches(is_space_char).to_string()),
            Some(cs) => Str::from(s.trim_end_matches(|c| cs.contains(c)).to_string()),
        }
    }

    /// `s.replace(old, new, count)`; `count` < 0 replaces all.
    pub fn replace(s: &str, old: &str, new: &str, count: i64) -> Str {
        let limit = if count < 0 { usize::MAX } else { count as usize };
        let mut out = String::with_capacity(s.len());
        if old.is_empty() {
            let mut done = 0;
            for c in s.chars() {
                if done < limit {
                    out.push_str(new);
                    done += 1;
                }
                out.push(c);
            }
            if done < limit {
                out.push_str(new);
            }
            return Str::from(out);
        }
        let mut rest = s;
        let mut done = 0;
        while done < limit {
            match rest.find(old) {
                Some(i) => {
                    out.push_str(&rest[..i]);
                    out.push_str(new);
                    rest = &rest[i + old.len()..];
                    done += 1;
                }
                None => break,
            }
        }
        out.push_str(rest);
        Str::from(out)
    }

    // ADJUST_INDICES for start/end in code points, then byte offsets:
    // None when the range is empty past the end (start > len).
    fn find_range(s: &str, start: Option<i64>, end: Option<i64>) -> (i64, i64, i64) {
        let n = len(s);
        let mut e = end.unwrap_or(n);
        let mut b = start.unwrap_or(0);
        if e > n {
            e = n;
        } else if e < 0 {
            e = (e + n).max(0);
        }
        if b < 0 {
            b = (b + n).max(0);
        }
        (b, e, n)
    }

    fn find_impl(s: &str, sub: &str, start: Option<i64>, end: Option<i64>, last: bool) -> i64 {
        let (b, e, _) = find_range(s, start, end);
        if e - b < len(sub) {
            return -1;
        }
        let bb = cp_byte(s, b as usize);
        let eb = cp_byte(s, e as usize);
        let hay = &s[bb..eb];
        let hit = if last { hay.rfind(sub) } else { hay.find(sub) };
        match hit {
            Some(i) => b + byte_cp(hay, i) as i64,
            None => -1,
        }
    }

    /// `s.find(sub, start, end)` in code points; -1 when absent.
    pub fn find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
        find_impl(s, sub, start, end, false)
    }
    /// `s.rfind(sub, start, end)`.
    pub fn rfind(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
        find_impl(s, sub, start, end, true)
    }
    /// `s.index(sub, start, end)`: ValueError when absent.
    #[track_caller]
    pub fn index(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
        let r = find_impl(s, sub, start, end, false);
        if r < 0 {
            raise("ValueError", "substring not found");
        }
        r
    }
    /// `s.rindex(sub, start, end)`.
    #[track_caller]
    pub fn rindex(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
        let r = find_impl(s, sub, start, end, true);
        if r < 0 {
            raise("ValueError", "substring not found");
        }
        r
    }
    /// `s.count(sub, start, end)`: non-overlapping occurrences.
    pub fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
        let (b, e, _) = find_range(s, start, end);
        if e - b < len(sub) {
            return 0;
        }
        if sub.is_empty() {
            return e - b + 1;
        }
        let hay = &s[cp_byte(s, b as usize)..cp_byte(s, e as usize)];
        hay.matches(sub).count() as i64
    }

    fn tail_match(s: &str, sub: &str, start: Option<i64>, end: Option<i64>, at_end: bool) -> bool {
        let (b, e, _) = find_range(s, start, end);
        let m = len(sub);
        if e - m < b {
            return false;
        }
        let hay = &s[cp_byte(s, b as usize)..cp_byte(s, e as usize)];
        if at_end {
            hay.ends_with(sub)
        } else {
            hay.starts_with(sub)
        }
    }

    /// `s.startswith(prefix, start, end)`.
    pub fn startswith(s: &str, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
        tail_match(s, prefix, start, end, false)
    }
    /// `s.endswith(suffix, start, end)`.
    pub fn endswith(s: &str, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
        tail_match(s, suffix, start, end, true)
    }
    /// `s.startswith((p1, p2, ...), start, end)`.
    pub fn startswith_any<T: AsRef<str>>(s: &str, prefixes: &[T], start: Option<i64>, end: Option<i64>) -> bool {
        prefixes.iter().any(|p| tail_match(s, p.as_ref(), start, end, false))
    }
    /// `s.endswith((s1, s2, ...), start, end)`.
    pub fn endswith_any<T: AsRef<str>>(s: &str, suffixes: &[T], start: Option<i64>, end: Option<i64>) -> bool {
        suffixes.iter().any(|p| tail_match(s, p.as_ref(), start, end, true))
    }

    fn pad(s: &str, left: usize, right: usize, fill: char) -> Str {
        let mut out = String::with_capacity(s.len() + left + right);
        push_fill(&mut out, fill, left);
        out.push_str(s);
        push_fill(&mut out, fill, right);
        Str::from(out)
    }

    /// `s.center(width, fill)`: CPython puts the odd extra fill on the left
    /// when the width is odd.
    pub fn center(s: &str, width: i64, fill: char) -> Str {
        let n = len(s);
        if width <= n {
            return Str::from(s.to_string());
        }
        let marg = width - n;
        let left = marg / 2 + (marg & width & 1);
        pad(s, left as usize, (marg - left) as usize, fill)
    }
    pub fn ljust(s: &str, width: i64, fill: char) -> Str {
        let n = len(s);
        pad(s, 0, (width - n).max(0) as usize, fill)
    }
    pub fn rjust(s: &str, width: i64, fill: char) -> Str {
        let n = len(s);
        pad(s, (width - n).max(0) as usize, 0, fill)
    }
    /// `s.zfill(width)`: zeros after a leading sign.
    pub fn zfill(s: &str, width: i64) -> Str {
        let n = len(s);
        if width <= n {
            return Str::from(s.to_string());
        }
        let fill = (width - n) as usize;
        let mut out = String::with_capacity(width as usize);
        let body = match s.chars().next() {
            Some(c) if c == '+' || c == '-' => {
                out.push(c);
                &s[1..]
            }
            _ => s,
        };
        push_fill(&mut out, '0', fill);
        out.push_str(body);
        Str::from(out)
    }

    /// `s.partition(sep)`.
    #[track_caller]
    pub fn partition(s: &str, sep: &str) -> (Str, Str, Str) {
        if sep.is_empty() {
            raise("ValueError", "empty separator");
        }
        match s.find(sep) {
            Some(i) => (Str::from(s[..i].to_string()), Str::from(sep.to_string()), Str::from(s[i + sep.len()..].to_string())),
            None => (Str::from(s.to_string()), s_empty(), s_empty()),
        }
    }
    /// `s.rpartition(sep)`.
    #[track_caller]
    pub fn rpartition(s: &str, sep: &str) -> (Str, Str, Str) {
        if sep.is_empty() {
            raise("ValueError", "empty separator");
        }
        match s.rfind(sep) {
            Some(i) => (Str::from(s[..i].to_string()), Str::from(sep.to_string()), Str::from(s[i + sep.len()..].to_string())),
            None => (s_empty(), s_empty(), Str::from(s.to_string())),
        }
    }

    fn s_empty() -> Str {
        Str::Static("")
    }

    /// `for c in s`: its code points, each a one-character str.
    pub struct StrChars {
        s: Str,
        pos: usize,
    }

    impl Iterator for StrChars {
        type Item = Str;
        fn next(&mut self) -> Option<Str> {
            let c = self.s[self.pos..].chars().next()?;
            self.pos += c.len_utf8();
            Some(Str::from(c.to_string()))
        }
    }

    /// `iter(s)`: reads its own handle on s (a str never changes).
    pub fn str_chars(s: &Str) -> StrChars {
        StrChars { s: s.clone(), pos: 0 }
    }

    /// `ord(s)`.
    #[track_caller]
    pub fn ord(s: &str) -> i64 {
        let mut it = s.chars();
        match (it.next(), it.next()) {
            (Some(c), None) => c as i64,
            _ => raise("TypeError", &format!("ord() expected a character, but string of length {} found", len(s))),
        }
    }

    /// `chr(i)`.
    #[track_caller]
    pub fn chr(i: i64) -> Str {
        if !(0..0x110000).contains(&i) {
            raise("ValueError", "chr() arg not in range(0x110000)");
        }
        match std::char::from_u32(i as u32) {
            Some(c) => Str::from(c.to_string()),
            None => raise("ValueError", "portalisc: surrogate code points are not supported in str"),
        }
    }

    /// `int(s)`.
    #[track_caller]
    pub fn int_parse(s: &str) -> i64 {
        int_parse_base(s, 10)
    }

    /// `int(s, base)`: whitespace around, a sign, `_` between digits, the
    /// 0x/0o/0b prefix for base 0 or its own base; digits of any script in
    /// base 10.  Values beyond i64 raise OverflowError (ints are i64 for now).
    #[track_caller]
    pub fn int_parse_base(s: &str, base: i64) -> i64 {
        if base != 0 && !(2..=36).contains(&base) {
            raise("ValueError", "int() base must be >= 2 and <= 36, or 0");
        }
        let bad = || -> ! {
            raise("ValueError", &format!("invalid literal for int() with base {}: {}", base, repr(s)))
        };
        let t = s.trim_matches(is_space_char);
        let (neg, t) = match t.as_bytes().first() {
            Some(b'-') => (true, &t[1..]),
            Some(b'+') => (false, &t[1..]),
            _ => (false, t),
        };
        let lower2: String = t.chars().take(2).flat_map(|c| c.to_lowercase()).collect();
        let mut b = base as u32;
        let mut digits = t;
        let mut prefixed = false;
        for (p, pb) in [("0x", 16u32), ("0o", 8), ("0b", 2)] {
            if lower2 == p && (base == 0 || base as u32 == pb) {
                b = pb;
                digits = &t[2..];
                prefixed = true;
            }
        }
        if b == 0 {
            b = 10;
        }
        // After a prefix, one '_' may precede the first digit.
        if prefixed && digits.starts_with('_') {
            digits = &digits[1..];
        }
        if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
            bad();
        }
        let mut acc: i128 = 0;
        let mut all_zero = true;
        for c in digits.chars() {
            if c == '_' {
                continue;
            }
            let d = match c.to_digit(36) {
                Some(d) if c.is_ascii() => d,
                _ => match decimal_value(c) {
                    Some(d) => d,
                    None => bad(),
                },
            };
            if d >= b {
                bad();
            }
            if d != 0 {
                all_zero = false;
            }
            acc = acc * b as i128 + d as i128;
            if acc > 1i128 << 64 {
                raise("OverflowError", "integer result does not fit in 64 bits (portalisc ints are i64 for now)");
            }
        }
        // Base 0 reads like a literal: no leading zeros before nonzero digits.
        if base == 0 && !prefixed && digits.starts_with('0') && !all_zero {
            bad();
        }
        let v = if neg { -acc } else { acc };
        if v > i64::MAX as i128 || v < i64::MIN as i128 {
            raise("OverflowError", "integer result does not fit in 64 bits (portalisc ints are i64 for now)");
        }
        v as i64
    }

    /// `float(s)`: whitespace around, a sign, inf/infinity/nan in any case,
    /// `_` between digits, digits of any script.
    #[track_caller]
    pub fn float_parse(s: &str) -> f64 {
        let bad = || -> ! { raise("ValueError", &format!("could not convert string to float: {}", repr(s))) };
        let t = s.trim_matches(is_space_char);
        let mut ascii = String::with_capacity(t.len());
        for c in t.chars() {
            if c.is_ascii() {
                ascii.push(c);
            } else {
                match decimal_value(c) {
                    Some(d) => ascii.push((b'0' + d as u8) as char),
                    None => bad(),
                }
            }
        }
        let (neg, body) = match ascii.as_bytes().first() {
            Some(b'-') => (true, &ascii[1..]),
            Some(b'+') => (false, &ascii[1..]),
            _ => (false, &ascii[..]),
        };
        let lower = body.to_ascii_lowercase();
        let v = if lower == "inf" || lower == "infinity" {
            f64::INFINITY
        } else if lower == "nan" {
            f64::NAN
        } else {
            // digits [. digits] [e [sign] digits], '_' only between digits.
            let b = body.as_bytes();
            let mut clean = String::with_capacity(b.len());
            let mut i = 0;
            let mut mant_digits = 0;
            let digits = |i: &mut usize, clean: &mut String| -> usize {
                let start = *i;
                let mut n = 0;
                while *i < b.len() {
                    if b[*i].is_ascii_digit() {
                        clean.push(b[*i] as char);
                        n += 1;
                        *i += 1;
                    } else if b[*i] == b'_' && *i > start && *i + 1 < b.len() && b[*i - 1].is_ascii_digit() && b[*i + 1].is_ascii_digit() {
                        *i += 1;
                    } else {
                        break;
                    }
                }
                n
            };
            mant_digits += digits(&mut i, &mut clean);
            if i < b.len() && b[i] == b'.' {
                clean.push('.');
                i += 1;
                mant_digits += digits(&mut i, &mut clean);
            }
            if mant_digits == 0 {
                bad();
            }
            if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
                clean.push('e');
                i += 1;
                if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
                    clean.push(b[i] as char);
                    i += 1;
                }
                if digits(&mut i, &mut clean) == 0 {
                    bad();
                }
            }
            if i != b.len() {
                bad();
            }
            match clean.parse::<f64>() {
                Ok(v) => v,
                Err(_) => bad(),
            }
        };
        if neg {
            -v
        } else {
            v
        }
    }

    // str.isalpha: categories Lu Ll Lt Lm Lo (Unicode 14.0, Python 3.11).
    const UNI_ALPHA: &[(u32, u32)] = &[
        (0x41, 0x5a), (0x61, 0x7a), (0xaa, 0xaa), (0xb5, 0xb5), (0xba, 0xba), (0xc0, 0xd6),
        (0xd8, 0xf6), (0xf8, 0x2c1), (0x2c6, 0x2d1), (0x2e0, 0x2e4), (0x2ec, 0x2ec), (0x2ee, 0x2ee),
        (0x370, 0x374), (0x376, 0x377), (0x37a, 0x37d), (0x37f, 0x37f), (0x386, 0x386),
        (0x388, 0x38a), (0x38c, 0x38c), (0x38e, 0x3a1), (0x3a3, 0x3f5), (0x3f7, 0x481),
        (0x48a, 0x52f), (0x531, 0x556), (0x559, 0x559), (0x560, 0x588), (0x5d0, 0x5ea),
        (0x5ef, 0x5f2), (0x620, 0x64a), (0x66e, 0x66f), (0x671, 0x6d3), (0x6d5, 0x6d5),
        (0x6e5, 0x6e6), (0x6ee, 0x6ef), (0x6fa, 0x6fc), (0x6ff, 0x6ff), (0x710, 0x710),
        (0x712, 0x72f), (0x74d, 0x7a5), (0x7b1, 0x7b1), (0x7ca, 0x7ea), (0x7f4, 0x7f5),
        (0x7fa, 0x7fa), (0x800, 0x815), (0x81a, 0x81a), (0x824, 0x824), (0x828, 0x828),
        (0x840, 0x858), (0x860, 0x86a), (0x870, 0x887), (0x889, 0x88e), (0x8a0, 0x8c9),
        (0x904, 0x939), (0x93d, 0x93d), (0x950, 0x950), (0x958, 0x961), (0x971, 0x980),
        (0x985, 0x98c), (0x98f, 0x990), (0x993, 0x9a8), (0x9aa, 0x9b0), (0x9b2, 0x9b2),
        (0x9b6, 0x9b9), (0x9bd, 0x9bd), (0x9ce, 0x9ce), (0x9dc, 0x9dd), (0x9df, 0x9e1),
        (0x9f0, 0x9f1), (0x9fc, 0x9fc), (0xa05, 0xa0a), (0xa0f, 0xa10), (0xa13, 0xa28),
        (0xa2a, 0xa30), (0xa32, 0xa33), (0xa35, 0xa36), (0xa38, 0xa39), (0xa59, 0xa5c),
        (0xa5e, 0xa5e), (0xa72, 0xa74), (0xa85, 0xa8d), (0xa8f, 0xa91), (0xa93, 0xaa8),
        (0xaaa, 0xab0), (0xab2, 0xab3), (0xab5, 0xab9), (0xabd, 0xabd), (0xad0, 0xad0),
        (0xae0, 0xae1), (0xaf9, 0xaf9), (0xb05, 0xb0c), (0xb0f, 0xb10), (0xb13, 0xb28),
        (0xb2a, 0xb30), (0xb32, 0xb33), (0xb35, 0xb39), (0xb3d, 0xb3d), (0xb5c, 0xb5d),
        (0xb5f, 0xb61), (0xb71, 0xb71), (0xb83, 0xb83), (0xb85, 0xb8a), (0xb8e, 0xb90),
        (0xb92, 0xb95), (0xb99, 0xb9a), (0xb9c, 0xb9c), (0xb9e, 0xb9f), (0xba3, 0xba4),
        (0xba8, 0xbaa), (0xbae, 0xbb9), (0xbd0, 0xbd0), (0xc05, 0xc0c), (0xc0e, 0xc10),
        (0xc12, 0xc28), (0xc2a, 0xc39), (0xc3d, 0xc3d), (0xc58, 0xc5a), (0xc5d, 0xc5d),
        (0xc60, 0xc61), (0xc80, 0xc80), (0xc85, 0xc8c), (0xc8e, 0xc90), (0xc92, 0xca8),
        (0xcaa, 0xcb3), (0xcb5, 0xcb9), (0xcbd, 0xcbd), (0xcdd, 0xcde), (0xce0, 0xce1),
        (0xcf1, 0xcf2), (0xd04, 0xd0c), (0xd0e, 0xd10), (0xd12, 0xd3a), (0xd3d, 0xd3d),
        (0xd4e, 0xd4e), (0xd54, 0xd56), (0xd5f, 0xd61), (0xd7a, 0xd7f), (0xd85, 0xd96),
        (0xd9a, 0xdb1), (0xdb3, 0xdbb), (0xdbd, 0xdbd), (0xdc0, 0xdc6), (0xe01, 0xe30),
        (0xe32, 0xe33), (0xe40, 0xe46), (0xe81, 0xe82), (0xe84, 0xe84), (0xe86, 0xe8a),
        (0xe8c, 0xea3), (0xea5, 0xea5), (0xea7, 0xeb0), (0xeb2, 0xeb3), (0xebd, 0xebd),
        (0xec0, 0xec4), (0xec6, 0xec6), (0xedc, 0xedf), (0xf00, 0xf00), (0xf40, 0xf47),
        (0xf49, 0xf6c), (0xf88, 0xf8c), (0x1000, 0x102a), (0x103f, 0x103f), (0x1050, 0x1055),
        (0x105a, 0x105d), (0x1061, 0x1061), (0x1065, 0x1066), (0x106e, 0x1070), (0x1075, 0x1081),
        (0x108e, 0x108e), (0x10a0, 0x10c5), (0x10c7, 0x10c7), (0x10cd, 0x10cd), (0x10d0, 0x10fa),
        (0x10fc, 0x1248), (0x124a, 0x124d), (0x1250, 0x1256), (0x1258, 0x1258), (0x125a, 0x125d),
        (0x1260, 0x1288), (0x128a, 0x128d), (0x1290, 0x12b0), (0x12b2, 0x12b5), (0x12b8, 0x12be),
        (0x12c0, 0x12c0), (0x12c2, 0x12c5), (0x12c8, 0x12d6), (0x12d8, 0x1310), (0x1312, 0x1315),
        (0x1318, 0x135a), (0x1380, 0x138f), (0x13a0, 0x13f5), (0x13f8, 0x13fd), (0x1401, 0x166c),
        (0x166f, 0x167f), (0x1681, 0x169a), (0x16a0, 0x16ea), (0x16f1, 0x16f8), (0x1700, 0x1711),
        (0x171f, 0x1731), (0x1740, 0x1751), (0x1760, 0x176c), (0x176e, 0x1770), (0x1780, 0x17b3),
        (0x17d7, 0x17d7), (0x17dc, 0x17dc), (0x1820, 0x1878), (0x1880, 0x1884), (0x1887, 0x18a8),
        (0x18aa, 0x18aa), (0x18b0, 0x18f5), (0x1900, 0x191e), (0x1950, 0x196d), (0x1970, 0x1974),
        (0x1980, 0x19ab), (0x19b0, 0x19c9), (0x1a00, 0x1a16), (0x1a20, 0x1a54), (0x1aa7, 0x1aa7),
        (0x1b05, 0x1b33), (0x1b45, 0x1b4c), (0x1b83, 0x1ba0), (0x1bae, 0x1baf), (0x1bba, 0x1be5),
        (0x1c00, 0x1c23), (0x1c4d, 0x1c4f), (0x1c5a, 0x1c7d), (0x1c80, 0x1c88), (0x1c90, 0x1cba),
        (0x1cbd, 0x1cbf), (0x1ce9, 0x1cec), (0x1cee, 0x1cf3), (0x1cf5, 0x1cf6), (0x1cfa, 0x1cfa),
        (0x1d00, 0x1dbf), (0x1e00, 0x1f15), (0x1f18, 0x1f1d), (0x1f20, 0x1f45), (0x1f48, 0x1f4d),
        (0x1f50, 0x1f57), (0x1f59, 0x1f59), (0x1f5b, 0x1f5b), (0x1f5d, 0x1f5d), (0x1f5f, 0x1f7d),
        (0x1f80, 0x1fb4), (0x1fb6, 0x1fbc), (0x1fbe, 0x1fbe), (0x1fc2, 0x1fc4), (0x1fc6, 0x1fcc),
        (0x1fd0, 0x1fd3), (0x1fd6, 0x1fdb), (0x1fe0, 0x1fec), (0x1ff2, 0x1ff4), (0x1ff6, 0x1ffc),
        (0x2071, 0x2071), (0x207f, 0x207f), (0x2090, 0x209c), (0x2102, 0x2102), (0x2107, 0x2107),
        (0x210a, 0x2113), (0x2115, 0x2115), (0x2119, 0x211d), (0x2124, 0x2124), (0x2126, 0x2126),
        (0x2128, 0x2128), (0x212a, 0x212d), (0x212f, 0x2139), (0x213c, 0x213f), (0x2145, 0x2149),
        (0x214e, 0x214e), (0x2183, 0x2184), (0x2c00, 0x2ce4), (0x2ceb, 0x2cee), (0x2cf2, 0x2cf3),
        (0x2d00, 0x2d25), (0x2d27, 0x2d27), (0x2d2d, 0x2d2d), (0x2d30, 0x2d67), (0x2d6f, 0x2d6f),
        (0x2d80, 0x2d96), (0x2da0, 0x2da6), (0x2da8, 0x2dae), (0x2db0, 0x2db6), (0x2db8, 0x2dbe),
        (0x2dc0, 0x2dc6), (0x2dc8, 0x2dce), (0x2dd0, 0x2dd6), (0x2dd8, 0x2dde), (0x2e2f, 0x2e2f),
        (0x3005, 0x3006), (0x3031, 0x3035), (0x303b, 0x303c), (0x3041, 0x3096), (0x309d, 0x309f),
        (0x30a1, 0x30fa), (0x30fc, 0x30ff), (0x3105, 0x312f), (0x3131, 0x318e), (0x31a0, 0x31bf),
        (0x31f0, 0x31ff), (0x3400, 0x4dbf), (0x4e00, 0xa48c), (0xa4d0, 0xa4fd), (0xa500, 0xa60c),
        (0xa610, 0xa61f), (0xa62a, 0xa62b), (0xa640, 0xa66e), (0xa67f, 0xa69d), (0xa6a0, 0xa6e5),
        (0xa717, 0xa71f), (0xa722, 0xa788), (0xa78b, 0xa7ca), (0xa7d0, 0xa7d1), (0xa7d3, 0xa7d3),
        (0xa7d5, 0xa7d9), (0xa7f2, 0xa801), (0xa803, 0xa805), (0xa807, 0xa80a), (0xa80c, 0xa822),
        (0xa840, 0xa873), (0xa882, 0xa8b3), (0xa8f2, 0xa8f7), (0xa8fb, 0xa8fb), (0xa8fd, 0xa8fe),
        (0xa90a, 0xa925), (0xa930, 0xa946), (0xa960, 0xa97c), (0xa984, 0xa9b2), (0xa9cf, 0xa9cf),
        (0xa9e0, 0xa9e4), (0xa9e6, 0xa9ef), (0xa9fa, 0xa9fe), (0xaa00, 0xaa28), (0xaa40, 0xaa42),
        (0xaa44, 0xaa4b), (0xaa60, 0xaa76), (0xaa7a, 0xaa7a), (0xaa7e, 0xaaaf), (0xaab1, 0xaab1),
        (0xaab5, 0xaab6), (0xaab9, 0xaabd), (0xaac0, 0xaac0), (0xaac2, 0xaac2), (0xaadb, 0xaadd),
        (0xaae0, 0xaaea), (0xaaf2, 0xaaf4), (0xab01, 0xab06), (0xab09, 0xab0e), (0xab11, 0xab16),
        (0xab20, 0xab26), (0xab28, 0xab2e), (0xab30, 0xab5a), (0xab5c, 0xab69), (0xab70, 0xabe2),
        (0xac00, 0xd7a3), (0xd7b0, 0xd7c6), (0xd7cb, 0xd7fb), (0xf900, 0xfa6d), (0xfa70, 0xfad9),
        (0xfb00, 0xfb06), (0xfb13, 0xfb17), (0xfb1d, 0xfb1d), (0xfb1f, 0xfb28), (0xfb2a, 0xfb36),
        (0xfb38, 0xfb3c), (0xfb3e, 0xfb3e), (0xfb40, 0xfb41), (0xfb43, 0xfb44), (0xfb46, 0xfbb1),
        (0xfbd3, 0xfd3d), (0xfd50, 0xfd8f), (0xfd92, 0xfdc7), (0xfdf0, 0xfdfb), (0xfe70, 0xfe74),
        (0xfe76, 0xfefc), (0xff21, 0xff3a), (0xff41, 0xff5a), (0xff66, 0xffbe), (0xffc2, 0xffc7),
        (0xffca, 0xffcf), (0xffd2, 0xffd7), (0xffda, 0xffdc), (0x10000, 0x1000b),
        (0x1000d, 0x10026), (0x10028, 0x1003a), (0x1003c, 0x1003d), (0x1003f, 0x1004d),
        (0x10050, 0x1005d), (0x10080, 0x100fa), (0x10280, 0x1029c), (0x102a0, 0x102d0),
        (0x10300, 0x1031f), (0x1032d, 0x10340), (0x10342, 0x10349), (0x10350, 0x10375),
        (0x10380, 0x1039d), (0x103a0, 0x103c3), (0x103c8, 0x103cf), (0x10400, 0x1049d),
        (0x104b0, 0x104d3), (0x104d8, 0x104fb), (0x10500, 0x10527), (0x10530, 0x10563),
        (0x10570, 0x1057a), (0x1057c, 0x1058a), (0x1058c, 0x10592), (0x10594, 0x10595),
        (0x10597, 0x105a1), (0x105a3, 0x105b1), (0x105b3, 0x105b9), (0x105bb, 0x105bc),
        (0x10600, 0x10736), (0x10740, 0x10755), (0x10760, 0x10767), (0x10780, 0x10785),
        (0x10787, 0x107b0), (0x107b2, 0x107ba), (0x10800, 0x10805), (0x10808, 0x10808),
        (0x1080a, 0x10835), (0x10837, 0x10838), (0x1083c, 0x1083c), (0x1083f, 0x10855),
        (0x10860, 0x10876), (0x10880, 0x1089e), (0x108e0, 0x108f2), (0x108f4, 0x108f5),
        (0x10900, 0x10915), (0x10920, 0x10939), (0x10980, 0x109b7), (0x109be, 0x109bf),
        (0x10a00, 0x10a00), (0x10a10, 0x10a13), (0x10a15, 0x10a17), (0x10a19, 0x10a35),
        (0x10a60, 0x10a7c), (0x10a80, 0x10a9c), (0x10ac0, 0x10ac7), (0x10ac9, 0x10ae4),
        (0x10b00, 0x10b35), (0x10b40, 0x10b55), (0x10b60, 0x10b72), (0x10b80, 0x10b91),
        (0x10c00, 0x10c48), (0x10c80, 0x10cb2), (0x10cc0, 0x10cf2), (0x10d00, 0x10d23),
        (0x10e80, 0x10ea9), (0x10eb0, 0x10eb1), (0x10f00, 0x10f1c), (0x10f27, 0x10f27),
        (0x10f30, 0x10f45), (0x10f70, 0x10f81), (0x10fb0, 0x10fc4), (0x10fe0, 0x10ff6),
        (0x11003, 0x11037), (0x11071, 0x11072), (0x11075, 0x11075), (0x11083, 0x110af),
        (0x110d0, 0x110e8), (0x11103, 0x11126), (0x11144, 0x11144), (0x11147, 0x11147),
        (0x11150, 0x11172), (0x11176, 0x11176), (0x11183, 0x111b2), (0x111c1, 0x111c4),
        (0x111da, 0x111da), (0x111dc, 0x111dc), (0x11200, 0x11211), (0x11213, 0x1122b),
        (0x11280, 0x11286), (0x11288, 0x11288), (0x1128a, 0x1128d), (0x1128f, 0x1129d),
        (0x1129f, 0x112a8), (0x112b0, 0x112de), (0x11305, 0x1130c), (0x1130f, 0x11310),
        (0x11313, 0x11328), (0x1132a, 0x11330), (0x11332, 0x11333), (0x11335, 0x11339),
        (0x1133d, 0x1133d), (0x11350, 0x11350), (0x1135d, 0x11361), (0x11400, 0x11434),
        (0x11447, 0x1144a), (0x1145f, 0x11461), (0x11480, 0x114af), (0x114c4, 0x114c5),
        (0x114c7, 0x114c7), (0x11580, 0x115ae), (0x115d8, 0x115db), (0x11600, 0x1162f),
        (0x11644, 0x11644), (0x11680, 0x116aa), (0x116b8, 0x116b8), (0x11700, 0x1171a),
        (0x11740, 0x11746), (0x11800, 0x1182b), (0x118a0, 0x118df), (0x118ff, 0x11906),
        (0x11909, 0x11909), (0x1190c, 0x11913), (0x11915, 0x11916), (0x11918, 0x1192f),
        (0x1193f, 0x1193f), (0x11941, 0x11941), (0x119a0, 0x119a7), (0x119aa, 0x119d0),
        (0x119e1, 0x119e1), (0x119e3, 0x119e3), (0x11a00, 0x11a00), (0x11a0b, 0x11a32),
        (0x11a3a, 0x11a3a), (0x11a50, 0x11a50), (0x11a5c, 0x11a89), (0x11a9d, 0x11a9d),
        (0x11ab0, 0x11af8), (0x11c00, 0x11c08), (0x11c0a, 0x11c2e), (0x11c40, 0x11c40),
        (0x11c72, 0x11c8f), (0x11d00, 0x11d06), (0x11d08, 0x11d09), (0x11d0b, 0x11d30),
        (0x11d46, 0x11d46), (0x11d60, 0x11d65), (0x11d67, 0x11d68), (0x11d6a, 0x11d89),
        (0x11d98, 0x11d98), (0x11ee0, 0x11ef2), (0x11fb0, 0x11fb0), (0x12000, 0x12399),
        (0x12480, 0x12543), (0x12f90, 0x12ff0), (0x13000, 0x1342e), (0x14400, 0x14646),
        (0x16800, 0x16a38), (0x16a40, 0x16a5e), (0x16a70, 0x16abe), (0x16ad0, 0x16aed),
        (0x16b00, 0x16b2f), (0x16b40, 0x16b43), (0x16b63, 0x16b77), (0x16b7d, 0x16b8f),
        (0x16e40, 0x16e7f), (0x16f00, 0x16f4a), (0x16f50, 0x16f50), (0x16f93, 0x16f9f),
        (0x16fe0, 0x16fe1), (0x16fe3, 0x16fe3), (0x17000, 0x187f7), (0x18800, 0x18cd5),
        (0x18d00, 0x18d08), (0x1aff0, 0x1aff3), (0x1aff5, 0x1affb), (0x1affd, 0x1affe),
        (0x1b000, 0x1b122), (0x1b150, 0x1b152), (0x1b164, 0x1b167), (0x1b170, 0x1b2fb),
        (0x1bc00, 0x1bc6a), (0x1bc70, 0x1bc7c), (0x1bc80, 0x1bc88), (0x1bc90, 0x1bc99),
        (0x1d400, 0x1d454), (0x1d456, 0x1d49c), (0x1d49e, 0x1d49f), (0x1d4a2, 0x1d4a2),
        (0x1d4a5, 0x1d4a6), (0x1d4a9, 0x1d4ac), (0x1d4ae, 0x1d4b9), (0x1d4bb, 0x1d4bb),
        (0x1d4bd, 0x1d4c3), (0x1d4c5, 0x1d505), (0x1d507, 0x1d50a), (0x1d50d, 0x1d514),
        (0x1d516, 0x1d51c), (0x1d51e, 0x1d539), (0x1d53b, 0x1d53e), (0x1d540, 0x1d544),
        (0x1d546, 0x1d546), (0x1d54a, 0x1d550), (0x1d552, 0x1d6a5), (0x1d6a8, 0x1d6c0),
        (0x1d6c2, 0x1d6da), (0x1d6dc, 0x1d6fa), (0x1d6fc, 0x1d714), (0x1d716, 0x1d734),
        (0x1d736, 0x1d74e), (0x1d750, 0x1d76e), (0x1d770, 0x1d788), (0x1d78a, 0x1d7a8),
        (0x1d7aa, 0x1d7c2), (0x1d7c4, 0x1d7cb), (0x1df00, 0x1df1e), (0x1e100, 0x1e12c),
        (0x1e137, 0x1e13d), (0x1e14e, 0x1e14e), (0x1e290, 0x1e2ad), (0x1e2c0, 0x1e2eb),
        (0x1e7e0, 0x1e7e6), (0x1e7e8, 0x1e7eb), (0x1e7ed, 0x1e7ee), (0x1e7f0, 0x1e7fe),
        (0x1e800, 0x1e8c4), (0x1e900, 0x1e943), (0x1e94b, 0x1e94b), (0x1ee00, 0x1ee03),
        (0x1ee05, 0x1ee1f), (0x1ee21, 0x1ee22), (0x1ee24, 0x1ee24), (0x1ee27, 0x1ee27),
        (0x1ee29, 0x1ee32), (0x1ee34, 0x1ee37), (0x1ee39, 0x1ee39), (0x1ee3b, 0x1ee3b),
        (0x1ee42, 0x1ee42), (0x1ee47, 0x1ee47), (0x1ee49, 0x1ee49), (0x1ee4b, 0x1ee4b),
        (0x1ee4d, 0x1ee4f), (0x1ee51, 0x1ee52), (0x1ee54, 0x1ee54), (0x1ee57, 0x1ee57),
        (0x1ee59, 0x1ee59), (0x1ee5b, 0x1ee5b), (0x1ee5d, 0x1ee5d), (0x1ee5f, 0x1ee5f),
        (0x1ee61, 0x1ee62), (0x1ee64, 0x1ee64), (0x1ee67, 0x1ee6a), (0x1ee6c, 0x1ee72),
        (0x1ee74, 0x1ee77), (0x1ee79, 0x1ee7c), (0x1ee7e, 0x1ee7e), (0x1ee80, 0x1ee89),
        (0x1ee8b, 0x1ee9b), (0x1eea1, 0x1eea3), (0x1eea5, 0x1eea9), (0x1eeab, 0x1eebb),
        (0x20000, 0x2a6df), (0x2a700, 0x2b738), (0x2b740, 0x2b81d), (0x2b820, 0x2cea1),
        (0x2ceb0, 0x2ebe0), (0x2f800, 0x2fa1d), (0x30000, 0x3134a),
    ];
    // str.isdecimal: category Nd; every range starts at a digit zero.
    const UNI_DECIMAL: &[(u32, u32)] = &[
        (0x30, 0x39), (0x660, 0x669), (0x6f0, 0x6f9), (0x7c0, 0x7c9), (0x966, 0x96f),
        (0x9e6, 0x9ef), (0xa66, 0xa6f), (0xae6, 0xaef), (0xb66, 0xb6f), (0xbe6, 0xbef),
        (0xc66, 0xc6f), (0xce6, 0xcef), (0xd66, 0xd6f), (0xde6, 0xdef), (0xe50, 0xe59),
        (0xed0, 0xed9), (0xf20, 0xf29), (0x1040, 0x1049), (0x1090, 0x1099), (0x17e0, 0x17e9),
        (0x1810, 0x1819), (0x1946, 0x194f), (0x19d0, 0x19d9), (0x1a80, 0x1a89), (0x1a90, 0x1a99),
        (0x1b50, 0x1b59), (0x1bb0, 0x1bb9), (0x1c40, 0x1c49), (0x1c50, 0x1c59), (0xa620, 0xa629),
        (0xa8d0, 0xa8d9), (0xa900, 0xa909), (0xa9d0, 0xa9d9), (0xa9f0, 0xa9f9), (0xaa50, 0xaa59),
        (0xabf0, 0xabf9), (0xff10, 0xff19), (0x104a0, 0x104a9), (0x10d30, 0x10d39),
        (0x11066, 0x1106f), (0x110f0, 0x110f9), (0x11136, 0x1113f), (0x111d0, 0x111d9),
        (0x112f0, 0x112f9), (0x11450, 0x11459), (0x114d0, 0x114d9), (0x11650, 0x11659),
        (0x116c0, 0x116c9), (0x11730, 0x11739), (0x118e0, 0x118e9), (0x11950, 0x11959),
        (0x11c50, 0x11c59), (0x11d50, 0x11d59), (0x11da0, 0x11da9), (0x16a60, 0x16a69),
        (0x16ac0, 0x16ac9), (0x16b50, 0x16b59), (0x1d7ce, 0x1d7ff), (0x1e140, 0x1e149),
        (0x1e2f0, 0x1e2f9), (0x1e950, 0x1e959), (0x1fbf0, 0x1fbf9),
    ];
    // str.isdigit beyond Nd: Numeric_Type=Digit.
    const UNI_DIGIT: &[(u32, u32)] = &[
        (0xb2, 0xb3), (0xb9, 0xb9), (0x1369, 0x1371), (0x19da, 0x19da), (0x2070, 0x2070),
        (0x2074, 0x2079), (0x2080, 0x2089), (0x2460, 0x2468), (0x2474, 0x247c), (0x2488, 0x2490),
        (0x24ea, 0x24ea), (0x24f5, 0x24fd), (0x24ff, 0x24ff), (0x2776, 0x277e), (0x2780, 0x2788),
        (0x278a, 0x2792), (0x10a40, 0x10a43), (0x10e60, 0x10e68), (0x11052, 0x1105a),
        (0x1f100, 0x1f10a),
    ];
    // str.isnumeric beyond isdigit: Numeric_Type=Numeric.
    const UNI_NUMERIC: &[(u32, u32)] = &[
        (0xbc, 0xbe), (0x9f4, 0x9f9), (0xb72, 0xb77), (0xbf0, 0xbf2), (0xc78, 0xc7e),
        (0xd58, 0xd5e), (0xd70, 0xd78), (0xf2a, 0xf33), (0x1372, 0x137c), (0x16ee, 0x16f0),
        (0x17f0, 0x17f9), (0x2150, 0x2182), (0x2185, 0x2189), (0x2469, 0x2473), (0x247d, 0x2487),
        (0x2491, 0x249b), (0x24eb, 0x24f4), (0x24fe, 0x24fe), (0x277f, 0x277f), (0x2789, 0x2789),
        (0x2793, 0x2793), (0x2cfd, 0x2cfd), (0x3007, 0x3007), (0x3021, 0x3029), (0x3038, 0x303a),
        (0x3192, 0x3195), (0x3220, 0x3229), (0x3248, 0x324f), (0x3251, 0x325f), (0x3280, 0x3289),
        (0x32b1, 0x32bf), (0x3405, 0x3405), (0x3483, 0x3483), (0x382a, 0x382a), (0x3b4d, 0x3b4d),
        (0x4e00, 0x4e00), (0x4e03, 0x4e03), (0x4e07, 0x4e07), (0x4e09, 0x4e09), (0x4e5d, 0x4e5d),
        (0x4e8c, 0x4e8c), (0x4e94, 0x4e94), (0x4e96, 0x4e96), (0x4ebf, 0x4ec0), (0x4edf, 0x4edf),
        (0x4ee8, 0x4ee8), (0x4f0d, 0x4f0d), (0x4f70, 0x4f70), (0x5104, 0x5104), (0x5146, 0x5146),
        (0x5169, 0x5169), (0x516b, 0x516b), (0x516d, 0x516d), (0x5341, 0x5341), (0x5343, 0x5345),
        (0x534c, 0x534c), (0x53c1, 0x53c4), (0x56db, 0x56db), (0x58f1, 0x58f1), (0x58f9, 0x58f9),
        (0x5e7a, 0x5e7a), (0x5efe, 0x5eff), (0x5f0c, 0x5f0e), (0x5f10, 0x5f10), (0x62fe, 0x62fe),
        (0x634c, 0x634c), (0x67d2, 0x67d2), (0x6f06, 0x6f06), (0x7396, 0x7396), (0x767e, 0x767e),
        (0x8086, 0x8086), (0x842c, 0x842c), (0x8cae, 0x8cae), (0x8cb3, 0x8cb3), (0x8d30, 0x8d30),
        (0x9621, 0x9621), (0x9646, 0x9646), (0x964c, 0x964c), (0x9678, 0x9678), (0x96f6, 0x96f6),
        (0xa6e6, 0xa6ef), (0xa830, 0xa835), (0xf96b, 0xf96b), (0xf973, 0xf973), (0xf978, 0xf978),
        (0xf9b2, 0xf9b2), (0xf9d1, 0xf9d1), (0xf9d3, 0xf9d3), (0xf9fd, 0xf9fd), (0x10107, 0x10133),
        (0x10140, 0x10178), (0x1018a, 0x1018b), (0x102e1, 0x102fb), (0x10320, 0x10323),
        (0x10341, 0x10341), (0x1034a, 0x1034a), (0x103d1, 0x103d5), (0x10858, 0x1085f),
        (0x10879, 0x1087f), (0x108a7, 0x108af), (0x108fb, 0x108ff), (0x10916, 0x1091b),
        (0x109bc, 0x109bd), (0x109c0, 0x109cf), (0x109d2, 0x109ff), (0x10a44, 0x10a48),
        (0x10a7d, 0x10a7e), (0x10a9d, 0x10a9f), (0x10aeb, 0x10aef), (0x10b58, 0x10b5f),
        (0x10b78, 0x10b7f), (0x10ba9, 0x10baf), (0x10cfa, 0x10cff), (0x10e69, 0x10e7e),
        (0x10f1d, 0x10f26), (0x10f51, 0x10f54), (0x10fc5, 0x10fcb), (0x1105b, 0x11065),
        (0x111e1, 0x111f4), (0x1173a, 0x1173b), (0x118ea, 0x118f2), (0x11c5a, 0x11c6c),
        (0x11fc0, 0x11fd4), (0x12400, 0x1246e), (0x16b5b, 0x16b61), (0x16e80, 0x16e96),
        (0x1d2e0, 0x1d2f3), (0x1d360, 0x1d378), (0x1e8c7, 0x1e8cf), (0x1ec71, 0x1ecab),
        (0x1ecad, 0x1ecaf), (0x1ecb1, 0x1ecb4), (0x1ed01, 0x1ed2d), (0x1ed2f, 0x1ed3d),
        (0x1f10b, 0x1f10c), (0x20001, 0x20001), (0x20064, 0x20064), (0x200e2, 0x200e2),
        (0x20121, 0x20121), (0x2092a, 0x2092a), (0x20983, 0x20983), (0x2098c, 0x2098c),
        (0x2099c, 0x2099c), (0x20aea, 0x20aea), (0x20afd, 0x20afd), (0x20b19, 0x20b19),
        (0x22390, 0x22390), (0x22998, 0x22998), (0x23b1b, 0x23b1b), (0x2626d, 0x2626d),
        (0x2f890, 0x2f890),
    ];
    // str.isspace: bidirectional WS, B, S or category Zs.
    const UNI_SPACE: &[(u32, u32)] = &[
        (0x9, 0xd), (0x1c, 0x20), (0x85, 0x85), (0xa0, 0xa0), (0x1680, 0x1680), (0x2000, 0x200a),
        (0x2028, 0x2029), (0x202f, 0x202f), (0x205f, 0x205f), (0x3000, 0x3000),
    ];
    // Titlecase mappings that differ from the uppercase one (Python 3.11).
    const UNI_TITLE: &[(u32, &str)] = &[
        (0xdf, "\u{53}\u{73}"), (0x1c4, "\u{1c5}"), (0x1c5, "\u{1c5}"), (0x1c6, "\u{1c5}"),
        (0x1c7, "\u{1c8}"), (0x1c8, "\u{1c8}"), (0x1c9, "\u{1c8}"), (0x1ca, "\u{1cb}"),
        (0x1cb, "\u{1cb}"), (0x1cc, "\u{1cb}"), (0x1f1, "\u{1f2}"), (0x1f2, "\u{1f2}"),
        (0x1f3, "\u{1f2}"), (0x587, "\u{535}\u{582}"), (0x10d0, "\u{10d0}"), (0x10d1, "\u{10d1}"),
        (0x10d2, "\u{10d2}"), (0x10d3, "\u{10d3}"), (0x10d4, "\u{10d4}"), (0x10d5, "\u{10d5}"),
        (0x10d6, "\u{10d6}"), (0x10d7, "\u{10d7}"), (0x10d8, "\u{10d8}"), (0x10d9, "\u{10d9}"),
        (0x10da, "\u{10da}"), (0x10db, "\u{10db}"), (0x10dc, "\u{10dc}"), (0x10dd, "\u{10dd}"),
        (0x10de, "\u{10de}"), (0x10df, "\u{10df}"), (0x10e0, "\u{10e0}"), (0x10e1, "\u{10e1}"),
        (0x10e2, "\u{10e2}"), (0x10e3, "\u{10e3}"), (0x10e4, "\u{10e4}"), (0x10e5, "\u{10e5}"),
        (0x10e6, "\u{10e6}"), (0x10e7, "\u{10e7}"), (0x10e8, "\u{10e8}"), (0x10e9, "\u{10e9}"),
        (0x10ea, "\u{10ea}"), (0x10eb, "\u{10eb}"), (0x10ec, "\u{10ec}"), (0x10ed, "\u{10ed}"),
        (0x10ee, "\u{10ee}"), (0x10ef, "\u{10ef}"), (0x10f0, "\u{10f0}"), (0x10f1, "\u{10f1}"),
        (0x10f2, "\u{10f2}"), (0x10f3, "\u{10f3}"), (0x10f4, "\u{10f4}"), (0x10f5, "\u{10f5}"),
        (0x10f6, "\u{10f6}"), (0x10f7, "\u{10f7}"), (0x10f8, "\u{10f8}"), (0x10f9, "\u{10f9}"),
        (0x10fa, "\u{10fa}"), (0x10fd, "\u{10fd}"), (0x10fe, "\u{10fe}"), (0x10ff, "\u{10ff}"),
        (0x1f80, "\u{1f88}"), (0x1f81, "\u{1f89}"), (0x1f82, "\u{1f8a}"), (0x1f83, "\u{1f8b}"),
        (0x1f84, "\u{1f8c}"), (0x1f85, "\u{1f8d}"), (0x1f86, "\u{1f8e}"), (0x1f87, "\u{1f8f}"),
        (0x1f88, "\u{1f88}"), (0x1f89, "\u{1f89}"), (0x1f8a, "\u{1f8a}"), (0x1f8b, "\u{1f8b}"),
        (0x1f8c, "\u{1f8c}"), (0x1f8d, "\u{1f8d}"), (0x1f8e, "\u{1f8e}"), (0x1f8f, "\u{1f8f}"),
        (0x1f90, "\u{1f98}"), (0x1f91, "\u{1f99}"), (0x1f92, "\u{1f9a}"), (0x1f93, "\u{1f9b}"),
        (0x1f94, "\u{1f9c}"), (0x1f95, "\u{1f9d}"), (0x1f96, "\u{1f9e}"), (0x1f97, "\u{1f9f}"),
        (0x1f98, "\u{1f98}"), (0x1f99, "\u{1f99}"), (0x1f9a, "\u{1f9a}"), (0x1f9b, "\u{1f9b}"),
        (0x1f9c, "\u{1f9c}"), (0x1f9d, "\u{1f9d}"), (0x1f9e, "\u{1f9e}"), (0x1f9f, "\u{1f9f}"),
        (0x1fa0, "\u{1fa8}"), (0x1fa1, "\u{1fa9}"), (0x1fa2, "\u{1faa}"), (0x1fa3, "\u{1fab}"),
        (0x1fa4, "\u{1fac}"), (0x1fa5, "\u{1fad}"), (0x1fa6, "\u{1fae}"), (0x1fa7, "\u{1faf}"),
        (0x1fa8, "\u{1fa8}"), (0x1fa9, "\u{1fa9}"), (0x1faa, "\u{1faa}"), (0x1fab, "\u{1fab}"),
        (0x1fac, "\u{1fac}"), (0x1fad, "\u{1fad}"), (0x1fae, "\u{1fae}"), (0x1faf, "\u{1faf}"),
        (0x1fb2, "\u{1fba}\u{345}"), (0x1fb3, "\u{1fbc}"), (0x1fb4, "\u{386}\u{345}"),
        (0x1fb7, "\u{391}\u{342}\u{345}"), (0x1fbc, "\u{1fbc}"), (0x1fc2, "\u{1fca}\u{345}"),
        (0x1fc3, "\u{1fcc}"), (0x1fc4, "\u{389}\u{345}"), (0x1fc7, "\u{397}\u{342}\u{345}"),
        (0x1fcc, "\u{1fcc}"), (0x1ff2, "\u{1ffa}\u{345}"), (0x1ff3, "\u{1ffc}"),
        (0x1ff4, "\u{38f}\u{345}"), (0x1ff7, "\u{3a9}\u{342}\u{345}"), (0x1ffc, "\u{1ffc}"),
        (0xfb00, "\u{46}\u{66}"), (0xfb01, "\u{46}\u{69}"), (0xfb02, "\u{46}\u{6c}"),
        (0xfb03, "\u{46}\u{66}\u{69}"), (0xfb04, "\u{46}\u{66}\u{6c}"), (0xfb05, "\u{53}\u{74}"),
        (0xfb06, "\u{53}\u{74}"), (0xfb13, "\u{544}\u{576}"), (0xfb14, "\u{544}\u{565}"),
        (0xfb15, "\u{544}\u{56b}"), (0xfb16, "\u{54e}\u{576}"), (0xfb17, "\u{544}\u{56d}"),
    ];
    // Case foldings that differ from the lowercase mapping (Python 3.11).
    const UNI_FOLD: &[(u32, &str)] = &[
        (0xb5, "\u{3bc}"), (0xdf, "\u{73}\u{73}"), (0x149, "\u{2bc}\u{6e}"), (0x17f, "\u{73}"),
        (0x1f0, "\u{6a}\u{30c}"), (0x345, "\u{3b9}"), (0x390, "\u{3b9}\u{308}\u{301}"),
        (0x3b0, "\u{3c5}\u{308}\u{301}"), (0x3c2, "\u{3c3}"), (0x3d0, "\u{3b2}"),
        (0x3d1, "\u{3b8}"), (0x3d5, "\u{3c6}"), (0x3d6, "\u{3c0}"), (0x3f0, "\u{3ba}"),
        (0x3f1, "\u{3c1}"), (0x3f5, "\u{3b5}"), (0x587, "\u{565}\u{582}"), (0x13a0, "\u{13a0}"),
        (0x13a1, "\u{13a1}"), (0x13a2, "\u{13a2}"), (0x13a3, "\u{13a3}"), (0x13a4, "\u{13a4}"),
        (0x13a5, "\u{13a5}"), (0x13a6, "\u{13a6}"), (0x13a7, "\u{13a7}"), (0x13a8, "\u{13a8}"),
        (0x13a9, "\u{13a9}"), (0x13aa, "\u{13aa}"), (0x13ab, "\u{13ab}"), (0x13ac, "\u{13ac}"),
        (0x13ad, "\u{13ad}"), (0x13ae, "\u{13ae}"), (0x13af, "\u{13af}"), (0x13b0, "\u{13b0}"),
        (0x13b1, "\u{13b1}"), (0x13b2, "\u{13b2}"), (0x13b3, "\u{13b3}"), (0x13b4, "\u{13b4}"),
        (0x13b5, "\u{13b5}"), (0x13b6, "\u{13b6}"), (0x13b7, "\u{13b7}"), (0x13b8, "\u{13b8}"),
        (0x13b9, "\u{13b9}"), (0x13ba, "\u{13ba}"), (0x13bb, "\u{13bb}"), (0x13bc, "\u{13bc}"),
        (0x13bd, "\u{13bd}"), (0x13be, "\u{13be}"), (0x13bf, "\u{13bf}"), (0x13c0, "\u{13c0}"),
        (0x13c1, "\u{13c1}"), (0x13c2, "\u{13c2}"), (0x13c3, "\u{13c3}"), (0x13c4, "\u{13c4}"),
        (0x13c5, "\u{13c5}"), (0x13c6, "\u{13c6}"), (0x13c7, "\u{13c7}"), (0x13c8, "\u{13c8}"),
        (0x13c9, "\u{13c9}"), (0x13ca, "\u{13ca}"), (0x13cb, "\u{13cb}"), (0x13cc, "\u{13cc}"),
        (0x13cd, "\u{13cd}"), (0x13ce, "\u{13ce}"), (0x13cf, "\u{13cf}"), (0x13d0, "\u{13d0}"),
        (0x13d1, "\u{13d1}"), (0x13d2, "\u{13d2}"), (0x13d3, "\u{13d3}"), (0x13d4, "\u{13d4}"),
        (0x13d5, "\u{13d5}"), (0x13d6, "\u{13d6}"), (0x13d7, "\u{13d7}"), (0x13d8, "\u{13d8}"),
        (0x13d9, "\u{13d9}"), (0x13da, "\u{13da}"), (0x13db, "\u{13db}"), (0x13dc, "\u{13dc}"),
        (0x13dd, "\u{13dd}"), (0x13de, "\u{13de}"), (0x13df, "\u{13df}"), (0x13e0, "\u{13e0}"),
        (0x13e1, "\u{13e1}"), (0x13e2, "\u{13e2}"), (0x13e3, "\u{13e3}"), (0x13e4, "\u{13e4}"),
        (0x13e5, "\u{13e5}"), (0x13e6, "\u{13e6}"), (0x13e7, "\u{13e7}"), (0x13e8, "\u{13e8}"),
        (0x13e9, "\u{13e9}"), (0x13ea, "\u{13ea}"), (0x13eb, "\u{13eb}"), (0x13ec, "\u{13ec}"),
        (0x13ed, "\u{13ed}"), (0x13ee, "\u{13ee}"), (0x13ef, "\u{13ef}"), (0x13f0, "\u{13f0}"),
        (0x13f1, "\u{13f1}"), (0x13f2, "\u{13f2}"), (0x13f3, "\u{13f3}"), (0x13f4, "\u{13f4}"),
        (0x13f5, "\u{13f5}"), (0x13f8, "\u{13f0}"), (0x13f9, "\u{13f1}"), (0x13fa, "\u{13f2}"),
        (0x13fb, "\u{13f3}"), (0x13fc, "\u{13f4}"), (0x13fd, "\u{13f5}"), (0x1c80, "\u{432}"),
        (0x1c81, "\u{434}"), (0x1c82, "\u{43e}"), (0x1c83, "\u{441}"), (0x1c84, "\u{442}"),
        (0x1c85, "\u{442}"), (0x1c86, "\u{44a}"), (0x1c87, "\u{463}"), (0x1c88, "\u{a64b}"),
        (0x1e96, "\u{68}\u{331}"), (0x1e97, "\u{74}\u{308}"), (0x1e98, "\u{77}\u{30a}"),
        (0x1e99, "\u{79}\u{30a}"), (0x1e9a, "\u{61}\u{2be}"), (0x1e9b, "\u{1e61}"),
        (0x1e9e, "\u{73}\u{73}"), (0x1f50, "\u{3c5}\u{313}"), (0x1f52, "\u{3c5}\u{313}\u{300}"),
        (0x1f54, "\u{3c5}\u{313}\u{301}"), (0x1f56, "\u{3c5}\u{313}\u{342}"),
        (0x1f80, "\u{1f00}\u{3b9}"), (0x1f81, "\u{1f01}\u{3b9}"), (0x1f82, "\u{1f02}\u{3b9}"),
        (0x1f83, "\u{1f03}\u{3b9}"), (0x1f84, "\u{1f04}\u{3b9}"), (0x1f85, "\u{1f05}\u{3b9}"),
        (0x1f86, "\u{1f06}\u{3b9}"), (0x1f87, "\u{1f07}\u{3b9}"), (0x1f88, "\u{1f00}\u{3b9}"),
        (0x1f89, "\u{1f01}\u{3b9}"), (0x1f8a, "\u{1f02}\u{3b9}"), (0x1f8b, "\u{1f03}\u{3b9}"),
        (0x1f8c, "\u{1f04}\u{3b9}"), (0x1f8d, "\u{1f05}\u{3b9}"), (0x1f8e, "\u{1f06}\u{3b9}"),
        (0x1f8f, "\u{1f07}\u{3b9}"), (0x1f90, "\u{1f20}\u{3b9}"), (0x1f91, "\u{1f21}\u{3b9}"),
        (0x1f92, "\u{1f22}\u{3b9}"), (0x1f93, "\u{1f23}\u{3b9}"), (0x1f94, "\u{1f24}\u{3b9}"),
        (0x1f95, "\u{1f25}\u{3b9}"), (0x1f96, "\u{1f26}\u{3b9}"), (0x1f97, "\u{1f27}\u{3b9}"),
        (0x1f98, "\u{1f20}\u{3b9}"), (0x1f99, "\u{1f21}\u{3b9}"), (0x1f9a, "\u{1f22}\u{3b9}"),
        (0x1f9b, "\u{1f23}\u{3b9}"), (0x1f9c, "\u{1f24}\u{3b9}"), (0x1f9d, "\u{1f25}\u{3b9}"),
        (0x1f9e, "\u{1f26}\u{3b9}"), (0x1f9f, "\u{1f27}\u{3b9}"), (0x1fa0, "\u{1f60}\u{3b9}"),
        (0x1fa1, "\u{1f61}\u{3b9}"), (0x1fa2, "\u{1f62}\u{3b9}"), (0x1fa3, "\u{1f63}\u{3b9}"),
        (0x1fa4, "\u{1f64}\u{3b9}"), (0x1fa5, "\u{1f65}\u{3b9}"), (0x1fa6, "\u{1f66}\u{3b9}"),
        (0x1fa7, "\u{1f67}\u{3b9}"), (0x1fa8, "\u{1f60}\u{3b9}"), (0x1fa9, "\u{1f61}\u{3b9}"),
        (0x1faa, "\u{1f62}\u{3b9}"), (0x1fab, "\u{1f63}\u{3b9}"), (0x1fac, "\u{1f64}\u{3b9}"),
        (0x1fad, "\u{1f65}\u{3b9}"), (0x1fae, "\u{1f66}\u{3b9}"), (0x1faf, "\u{1f67}\u{3b9}"),
        (0x1fb2, "\u{1f70}\u{3b9}"), (0x1fb3, "\u{3b1}\u{3b9}"), (0x1fb4, "\u{3ac}\u{3b9}"),
        (0x1fb6, "\u{3b1}\u{342}"), (0x1fb7, "\u{3b1}\u{342}\u{3b9}"), (0x1fbc, "\u{3b1}\u{3b9}"),
        (0x1fbe, "\u{3b9}"), (0x1fc2, "\u{1f74}\u{3b9}"), (0x1fc3, "\u{3b7}\u{3b9}"),
        (0x1fc4, "\u{3ae}\u{3b9}"), (0x1fc6, "\u{3b7}\u{342}"), (0x1fc7, "\u{3b7}\u{342}\u{3b9}"),
        (0x1fcc, "\u{3b7}\u{3b9}"), (0x1fd2, "\u{3b9}\u{308}\u{300}"),
        (0x1fd3, "\u{3b9}\u{308}\u{301}"), (0x1fd6, "\u{3b9}\u{342}"),
        (0x1fd7, "\u{3b9}\u{308}\u{342}"), (0x1fe2, "\u{3c5}\u{308}\u{300}"),
        (0x1fe3, "\u{3c5}\u{308}\u{301}"), (0x1fe4, "\u{3c1}\u{313}"), (0x1fe6, "\u{3c5}\u{342}"),
        (0x1fe7, "\u{3c5}\u{308}\u{342}"), (0x1ff2, "\u{1f7c}\u{3b9}"), (0x1ff3, "\u{3c9}\u{3b9}"),
        (0x1ff4, "\u{3ce}\u{3b9}"), (0x1ff6, "\u{3c9}\u{342}"), (0x1ff7, "\u{3c9}\u{342}\u{3b9}"),
        (0x1ffc, "\u{3c9}\u{3b9}"), (0xab70, "\u{13a0}"), (0xab71, "\u{13a1}"),
        (0xab72, "\u{13a2}"), (0xab73, "\u{13a3}"), (0xab74, "\u{13a4}"), (0xab75, "\u{13a5}"),
        (0xab76, "\u{13a6}"), (0xab77, "\u{13a7}"), (0xab78, "\u{13a8}"), (0xab79, "\u{13a9}"),
        (0xab7a, "\u{13aa}"), (0xab7b, "\u{13ab}"), (0xab7c, "\u{13ac}"), (0xab7d, "\u{13ad}"),
        (0xab7e, "\u{13ae}"), (0xab7f, "\u{13af}"), (0xab80, "\u{13b0}"), (0xab81, "\u{13b1}"),
        (0xab82, "\u{13b2}"), (0xab83, "\u{13b3}"), (0xab84, "\u{13b4}"), (0xab85, "\u{13b5}"),
        (0xab86, "\u{13b6}"), (0xab87, "\u{13b7}"), (0xab88, "\u{13b8}"), (0xab89, "\u{13b9}"),
        (0xab8a, "\u{13ba}"), (0xab8b, "\u{13bb}"), (0xab8c, "\u{13bc}"), (0xab8d, "\u{13bd}"),
        (0xab8e, "\u{13be}"), (0xab8f, "\u{13bf}"), (0xab90, "\u{13c0}"), (0xab91, "\u{13c1}"),
        (0xab92, "\u{13c2}"), (0xab93, "\u{13c3}"), (0xab94, "\u{13c4}"), (0xab95, "\u{13c5}"),
        (0xab96, "\u{13c6}"), (0xab97, "\u{13c7}"), (0xab98, "\u{13c8}"), (0xab99, "\u{13c9}"),
        (0xab9a, "\u{13ca}"), (0xab9b, "\u{13cb}"), (0xab9c, "\u{13cc}"), (0xab9d, "\u{13cd}"),
        (0xab9e, "\u{13ce}"), (0xab9f, "\u{13cf}"), (0xaba0, "\u{13d0}"), (0xaba1, "\u{13d1}"),
        (0xaba2, "\u{13d2}"), (0xaba3, "\u{13d3}"), (0xaba4, "\u{13d4}"), (0xaba5, "\u{13d5}"),
        (0xaba6, "\u{13d6}"), (0xaba7, "\u{13d7}"), (0xaba8, "\u{13d8}"), (0xaba9, "\u{13d9}"),
        (0xabaa, "\u{13da}"), (0xabab, "\u{13db}"), (0xabac, "\u{13dc}"), (0xabad, "\u{13dd}"),
        (0xabae, "\u{13de}"), (0xabaf, "\u{13df}"), (0xabb0, "\u{13e0}"), (0xabb1, "\u{13e1}"),
        (0xabb2, "\u{13e2}"), (0xabb3, "\u{13e3}"), (0xabb4, "\u{13e4}"), (0xabb5, "\u{13e5}"),
        (0xabb6, "\u{13e6}"), (0xabb7, "\u{13e7}"), (0xabb8, "\u{13e8}"), (0xabb9, "\u{13e9}"),
        (0xabba, "\u{13ea}"), (0xabbb, "\u{13eb}"), (0xabbc, "\u{13ec}"), (0xabbd, "\u{13ed}"),
        (0xabbe, "\u{13ee}"), (0xabbf, "\u{13ef}"), (0xfb00, "\u{66}\u{66}"),
        (0xfb01, "\u{66}\u{69}"), (0xfb02, "\u{66}\u{6c}"), (0xfb03, "\u{66}\u{66}\u{69}"),
        (0xfb04, "\u{66}\u{66}\u{6c}"), (0xfb05, "\u{73}\u{74}"), (0xfb06, "\u{73}\u{74}"),
        (0xfb13, "\u{574}\u{576}"), (0xfb14, "\u{574}\u{565}"), (0xfb15, "\u{574}\u{56b}"),
        (0xfb16, "\u{57e}\u{576}"), (0xfb17, "\u{574}\u{56d}"),
    ];
    // Category Lt: cased, though neither upper- nor lowercase.
    const UNI_LT: &[u32] = &[0x1c5, 0x1c8, 0x1cb, 0x1f2, 0x1f88, 0x1f89, 0x1f8a, 0x1f8b, 0x1f8c, 0x1f8d, 0x1f8e, 0x1f8f, 0x1f98, 0x1f99, 0x1f9a, 0x1f9b, 0x1f9c, 0x1f9d, 0x1f9e, 0x1f9f, 0x1fa8, 0x1fa9, 0x1faa, 0x1fab, 0x1fac, 0x1fad, 0x1fae, 0x1faf, 0x1fbc, 0x1fcc, 0x1ffc];
