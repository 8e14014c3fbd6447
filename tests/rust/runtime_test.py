#!/usr/bin/env python3
"""runtime_test.py — differential test of the container/str/format runtime
(backend_rust/prelude_{fmt,str,seq,map}.rs, pasted inside prelude.rs's
`mod py`) against CPython.

Builds tests/rust/runtime_driver.rs + the runtime with every rustc given
(RUSTC from the environment or PATH, and /usr/bin/rustc, Debian's 1.63,
when present) with -D warnings, feeds it thousands of generated cases
(random format specs from the grammar, ints/floats near rounding ties,
random Unicode strings for every str method, random slices with None and
negative steps, slice assignment, sorts with keys and reverse over many equal
keys, dict and int-set insert/delete sequences) and compares each answer byte
for byte with CPython's.  A case that raises must exit 1 with a traceback
whose last line equals CPython's "Type: message"; those run one per process,
at most --raising of them per group (a sample), to keep the test fast.
Usage: runtime_test.py [--seed N] [--count N] [--raising N] [--only PREFIX]"""
import math, os, random, struct, sys, tempfile, time
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rustdiff  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRCDIR = os.environ.get("top_srcdir") or os.path.dirname(os.path.dirname(HERE))
RUNTIME = ["prelude_fmt.rs", "prelude_str.rs", "prelude_seq.rs", "prelude_map.rs"]
I64_MIN, I64_MAX = -2**63, 2**63 - 1


def bits(x):
    return "%x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def hx(s):
    return s.encode("utf-8").hex()


def il(xs):
    return "L" + ",".join(str(x) for x in xs)


def sl(xs):
    return "L" + ",".join("x" + hx(x) for x in xs)


def oi(x):
    return "N" if x is None else str(x)


def expect(fn):
    try:
        return ("ok", fn())
    except Exception as e:
        msg = str(e)
        if isinstance(e, KeyError):
            msg = repr(e.args[0])
        return ("err", "%s: %s" % (type(e).__name__, msg) if msg else type(e).__name__)


class Cases:
    def __init__(self):
        self.items = []  # (line, ("ok", str) | ("err", "Type: msg"))

    def add(self, line, fn, conv=str):
        kind, v = expect(fn)
        if kind == "ok" and type(v) is int and not I64_MIN <= v <= I64_MAX:
            kind, v = "err", "OverflowError: integer result does not fit in 64 bits (portalisc ints are i64 for now)"
        elif kind == "ok":
            v = conv(v)
        self.items.append((line, (kind, v)))


# ---- values -------------------------------------------------------------------------

def rand_float(rng):
    k = rng.random()
    if k < 0.15:
        return struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
    if k < 0.35:
        return rng.uniform(-1e6, 1e6)
    if k < 0.6:  # ties: few binary digits
        return rng.randint(-10**5, 10**5) / rng.choice([2, 4, 8, 16, 32, 64, 1024])
    if k < 0.75:
        return round(rng.uniform(-1000, 1000), rng.randint(0, 6))
    if k < 0.85:
        return rng.choice([0.0, -0.0, math.inf, -math.inf, math.nan, 0.125, 2.675, 1e22, 1e16, 0.5, 1.5,
                           2.5, -0.5, 5e-324, 1.7976931348623157e308, 1e-7, 0.0001, 123456789.0, 1e23])
    return math.ldexp(rng.random(), rng.randint(-60, 80)) * rng.choice([1, -1])


def rand_int(rng):
    k = rng.random()
    if k < 0.4:
        return rng.randint(-1000, 1000)
    if k < 0.7:
        return rng.randint(-10**9, 10**9)
    if k < 0.9:
        return rng.randint(I64_MIN, I64_MAX)
    return rng.choice([0, 1, -1, I64_MIN, I64_MAX, 65, 0x10ffff, 0x110000, 955, 10**18])


ALPHABET = "abcxyzABCXYZ019 _-.,'\"\\\t\n\r\x0b\x0c\x1c\x85\xa0\u2028\u3000\u00e9\u00df\u0130\u0131\u03a3\u03c3" \
           "\u01c5\u1e9e\ufb01\u00b2\u0663\u2167\u4e2d\U0001F600\x00\x7f\u00ad\u0345"


def rand_str(rng, n=None, alphabet=ALPHABET):
    if n is None:
        n = rng.choice([0, 1, 2, 3, 5, 8, 13])
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---- fmt ------------------------------------------------------------------------------

def rand_spec(rng, types):
    s = ""
    if rng.random() < 0.35:
        if rng.random() < 0.5:
            s += rng.choice(" *0x\u00e9{")
        s += rng.choice("<>^=")
    if rng.random() < 0.3:
        s += rng.choice("+- ")
    if rng.random() < 0.08:
        s += "z"
    if rng.random() < 0.15:
        s += "#"
    if rng.random() < 0.2:
        s += "0"
    if rng.random() < 0.5:
        s += str(rng.choice([1, 2, 5, 8, 10, 12, 20]))
    if rng.random() < 0.2:
        s += rng.choice([",", "_", ",", "_", ",_"])
    if rng.random() < 0.45:
        s += "." + str(rng.choice([0, 1, 2, 3, 4, 5, 6, 10, 17, 20]))
    if rng.random() < 0.75:
        s += rng.choice(types)
    return s


def fmt_cases(rng, c, count):
    num_types = "bcdoxXneEfFgG%s"
    for _ in range(count * 4):
        v = rand_int(rng)
        spec = rand_spec(rng, num_types)
        c.add("fmt_i %d %s" % (v, hx(spec)), lambda: format(v, spec))
    for _ in range(count * 6):
        x = rand_float(rng)
        spec = rand_spec(rng, "eEfFgGn%d")
        c.add("fmt_f %s %s" % (bits(x), hx(spec)), lambda: format(x, spec))
    for x in [0.125, 0.375, 2.675, 1.005, 0.5, 1.5, 2.5, -0.5, 1e22, 1e23, 5e-324, 1.7976931348623157e308,
              0.1, 1/3, 9.995, 99.95, 999.5, 0.045, 1e16, 12.0, 123456.789, -0.0, 0.0]:
        for spec in [".0f", ".1f", ".2f", ".3f", ".20f", ".0e", ".1e", ".2e", ".16e", ".0g", ".1g", ".2g", ".3g",
                     ".17g", "g", "e", "f", "%", ".1%", "", ".0", ".1", ".2", ".16", ".17", "#.0f", "#.0e", "#g",
                     "#", ",.2f", "_", "020,.3f", "z.1f", "+.3e", " g", ">12.3", "^15.4e", "=+12.1f", "012.3G"]:
            c.add("fmt_f %s %s" % (bits(x), hx(spec)), lambda: format(x, spec))
    for _ in range(count):
        v = rand_str(rng)
        spec = rand_spec(rng, "ssd")
        c.add("fmt_s %s %s" % (hx(v), hx(spec)), lambda: format(v, spec))
        b = rng.random() < 0.5
        spec = rand_spec(rng, "dxsf")
        c.add("fmt_b %d %s" % (b, hx(spec)), lambda: format(b, spec))
    for spec in ["", "5", "s", "<4"]:
        c.add("fmt_n %s" % hx(spec), lambda: format(None, spec))
    for spec in ["<<<", "10000000000000000000000", ".10000000000000000000000f", "3.", ",_", "_,", "x.2", ",x", "_c",
                 "\u00e9", "z", "zd", "+c", "#c", " s", "+s", "=s", "#s", ",s", ",n", "q", ".2d", ".2c", "0000000000000000000005d"]:
        c.add("fmt_i 65 %s" % hx(spec), lambda: format(65, spec))
        c.add("fmt_s 6162 %s" % hx(spec), lambda: format("ab", spec))
    # str.format with mixed arguments
    def enc(a):
        if a is None:
            return "n:"
        if isinstance(a, bool):
            return "b:%d" % a
        if isinstance(a, int):
            return "i:%d" % a
        if isinstance(a, float):
            return "f:%s" % bits(a)
        return "s:%s" % hx(a)
    templates = ["{} and {}", "{0}{1}{0}", "{!r:>10}|{}", "{:{}}", "{{x}} {} }}", "{0:>{1}}", "{!s}", "{", "}",
                 "{0}{}", "{}{0}", "{5}", "{x}", "{!x}", "{!rr}", "{:.{}f}", "a{}b{:^7}c"]
    for tpl in templates:
        for _ in range(3):
            args = [rng.choice([rand_int(rng), rand_float(rng), rand_str(rng, 3), True, None]) for _ in range(2)]
            if "{:{}}" in tpl or "{1}}" in tpl or "{:.{}f}" in tpl:
                args = [rng.choice([rand_int(rng), rand_float(rng), rand_str(rng, 3)]), rng.randint(0, 12)]
                if "{:.{}f}" in tpl:
                    args[0] = rand_float(rng)
            c.add("sfmt %s %s" % (hx(tpl), " ".join(enc(a) for a in args)), lambda: tpl.format(*args))
    # keyword fields: the last two arguments are x= and y=
    for tpl in ["{x}{y}", "{}{x}", "{0}-{y}-{0}", "{x:>{y}}", "{z}", "{x!r}{}", "{y}{1}", "{x:.{y}f}"]:
        for _ in range(3):
            args = [rng.choice([rand_int(rng), rand_str(rng, 3), None]), rand_float(rng), rng.randint(0, 9)]
            if "{x:.{y}f}" in tpl:
                args[1] = rand_float(rng)
            c.add("sfmtk %s %s" % (hx(tpl), " ".join(enc(a) for a in args)),
                  lambda: tpl.format(*args[:-2], x=args[-2], y=args[-1]))


# ---- str ------------------------------------------------------------------------------

def os_(x):
    return "N" if x is None else "X" + hx(x)


def str_cases(rng, c, count):
    def rs(n=None):
        return rand_str(rng, n)
    def sub_of(s):
        if s and rng.random() < 0.6:
            a = rng.randrange(len(s)); return s[a:a + rng.randint(0, 3)]
        return rs(rng.choice([0, 1, 1, 2]))
    def oidx(n):
        return rng.choice([None, None, rng.randint(-n - 3, n + 3), rng.randint(-2, 2), -10**19 // 10**1])
    WS = " \t\n\x0b\x0c\r\x1c\x1d\x85\xa0\u3000\u2028ab,"
    for _ in range(count * 2):
        s = rs()
        n = len(s)
        i = rng.randint(-n - 2, n + 1)
        c.add("s_get %s %d" % (hx(s), i), lambda: repr(s[i]))
        a, b_, st = oidx(n), oidx(n), rng.choice([None, 1, -1, 2, -2, 3, -3, 0, 7])
        c.add("s_slice %s %s %s %s" % (hx(s), oi(a), oi(b_), oi(st)), lambda: repr(s[a:b_:st]))
        k = rng.randint(-1, 3)
        c.add("s_mul %s %d" % (hx(s), k), lambda: repr(s * k))
        sub = sub_of(s)
        c.add("s_in %s %s" % (hx(s), hx(sub)), lambda: sub in s)
        o = rs()
        c.add("s_lt %s %s" % (hx(s), hx(o)), lambda: s < o)
        c.add("len %s" % hx(s), lambda: len(s))
        c.add("repr %s" % hx(s), lambda: repr(s))
        w = rand_str(rng, rng.randint(0, 12), WS)
        sep = rng.choice([None, None, ",", "a", "ab", " ", "", "\u3000"])
        m = rng.choice([-1, -1, 0, 1, 2, 5])
        c.add("split %s %s %d" % (hx(w), os_(sep), m), lambda: repr(w.split(sep, m)))
        c.add("rsplit %s %s %d" % (hx(w), os_(sep), m), lambda: repr(w.rsplit(sep, m)))
        c.add("splitlines %s %d" % (hx(w + s), m & 1), lambda: repr((w + s).splitlines(bool(m & 1))))
        items = [rs(2) for _ in range(rng.randint(0, 4))]
        c.add("join %s %s" % (hx(sub), sl(items)), lambda: repr(sub.join(items)))
        chars = rng.choice([None, "a", "ab ", "\u00e9x", ""])
        for op in ("strip", "lstrip", "rstrip"):
            c.add("%s %s %s" % (op, hx(w + s + w), os_(chars)), lambda: repr(getattr(w + s + w, op)(chars)))
        new = rs(rng.choice([0, 1, 2]))
        cnt = rng.choice([-1, -1, 0, 1, 2])
        c.add("replace %s %s %s %d" % (hx(s), hx(sub), hx(new), cnt), lambda: repr(s.replace(sub, new, cnt)))
        a, b_ = oidx(n), oidx(n)
        for op in ("find", "rfind", "index", "rindex", "count", "startswith", "endswith"):
            c.add("%s %s %s %s %s" % (op, hx(s), hx(sub), oi(a), oi(b_)), lambda: getattr(s, op)(sub, a, b_))
        subs = [sub_of(s) for _ in range(rng.randint(0, 3))]
        c.add("startswith_any %s %s %s %s" % (hx(s), sl(subs), oi(a), oi(b_)), lambda: s.startswith(tuple(subs), a, b_))
        c.add("endswith_any %s %s %s %s" % (hx(s), sl(subs), oi(a), oi(b_)), lambda: s.endswith(tuple(subs), a, b_))
        for op in ("upper", "lower", "title", "capitalize", "swapcase", "casefold"):
            c.add("%s %s" % (op, hx(s)), lambda: repr(getattr(s, op)()))
        for op in ("isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "istitle", "isdecimal",
                   "isnumeric", "isidentifier"):
            v = rng.choice([s, s[:1], w, rand_str(rng, 3, "aB_1\u00e9\u0663\u00b2\u2167\u4e00 "), sub])
            c.add("%s %s" % (op, hx(v)), lambda: getattr(v, op)())
        wd = rng.randint(-1, n + 6)
        fill = rng.choice(" *\u00e9")
        c.add("zfill %s %d" % (hx(rng.choice(["-", "+", ""]) + s), wd), lambda: None)
        c.items.pop()
        zs = rng.choice(["-", "+", ""]) + s
        c.add("zfill %s %d" % (hx(zs), wd), lambda: repr(zs.zfill(wd)))
        for op in ("center", "ljust", "rjust"):
            c.add("%s %s %d %s" % (op, hx(s), wd, hx(fill)), lambda: repr(getattr(s, op)(wd, fill)))
        c.add("partition %s %s" % (hx(s), hx(sub)), lambda: repr(s.partition(sub)))
        c.add("rpartition %s %s" % (hx(s), hx(sub)), lambda: repr(s.rpartition(sub)))
        c.add("ord %s" % hx(s[:rng.choice([1, 1, 1, 0, 2])]), lambda: None)
        c.items.pop()
    for s in ["a", "\u00e9", "\U0001F600", "", "ab", "\x00"]:
        c.add("ord %s" % hx(s), lambda: ord(s))
    for v in [0, 65, 0x10ffff, 0x110000, -1, 0xe9, 0x1F600, 10]:
        c.add("chr %d" % v, lambda: repr(chr(v)))
    # int() and float() of strs
    ints = ["0", "12", "-12", "+7", " 42 ", "\t-3\n", "1_000", "1__0", "_1", "1_", "", " ", "abc", "0x1f", "0b101",
            "0o17", "007", "0_0", "00", "\u0663\u0664", "12a", "9223372036854775807", "-9223372036854775808",
            "9223372036854775808", "99999999999999999999999", "1 2", "+", "-", "0x", "0_7", "\u00b2", "1e3", "3.0",
            "\u2003 5 \u3000", "ff", "FF", "z", "0X_1F", "0x_1f", "-0b_11", "1\x00"]
    for s in ints:
        c.add("int %s" % hx(s), lambda: int(s))
        for base in (0, 2, 8, 16, 36, 1, 37):
            c.add("intb %s %d" % (hx(s), base), lambda: int(s, base))
    for _ in range(count):
        v = rng.randint(-10**15, 10**15)
        base = rng.choice([2, 8, 10, 16, 36, 0])
        txt = {2: bin, 8: oct, 16: hex}.get(base, str)(v) if base in (2, 8, 16) and rng.random() < 0.5 else str(v)
        c.add("intb %s %d" % (hx(txt), base), lambda: int(txt, base))
    floats = ["1", "1.5", "-1.5", " 2.5e3 ", "1e5", "1E-5", ".5", "5.", ".", "e5", "1e", "1e+", "inf", "-inf", "+inf",
              "Infinity", "-iNfInItY", "nan", "-nan", "NaN", "1_000.5", "1__0.5", "1_.5", "1._5", "1e1_0", "_1",
              "0x10", "1.5f", "", "  ", "\u0661.\u0665", "1e400", "-1e400", "1e-400", "4.9e-324", "2.5\n",
              "0.1", "123456789012345678901234567890", "1.7976931348623157e308", "infinit", "nana", "in f"]
    for s in floats:
        c.add("float %s" % hx(s), lambda: repr(float(s)))
    for _ in range(count):
        x = rand_float(rng)
        txt = rng.choice([repr(x), "%.17g" % x, "%.3e" % x, "%f" % x])
        c.add("float %s" % hx(txt), lambda: repr(float(txt)))
    for s, sep in [("a,b", ""), ("abc", "")]:
        c.add("split %s X%s -1" % (hx(s), hx(sep)), lambda: s.split(sep))
        c.add("rsplit %s X%s -1" % (hx(s), hx(sep)), lambda: s.rsplit(sep))
        c.add("partition %s %s" % (hx(s), hx(sep)), lambda: s.partition(sep))
        c.add("rpartition %s %s" % (hx(s), hx(sep)), lambda: s.rpartition(sep))
    c.add("s_slice 616263 N N 0", lambda: "abc"[::0])
    # counts no machine can hold: CPython's OverflowError or MemoryError at once
    for s in ["", "a", "ab", "h\u00e9llo"]:
        for k in (2**62, I64_MAX, I64_MIN):
            c.add("s_mul %s %d" % (hx(s), k), lambda: repr(s * k))


# ---- seq ------------------------------------------------------------------------------

def seq_cases(rng, c, count):
    def rl(n=None, lo=-5, hi=5):
        if n is None:
            n = rng.choice([0, 1, 2, 3, 4, 6, 9])
        return [rng.randint(lo, hi) for _ in range(n)]
    def oidx(n):
        return rng.choice([None, None, rng.randint(-n - 3, n + 3), rng.randint(-n - 3, n + 3), 10**18, -10**18])
    for _ in range(count * 3):
        xs = rl()
        n = len(xs)
        i = rng.randint(-n - 2, n + 1)
        c.add("l_get %s %d" % (il(xs), i), lambda: xs[i])
        c.add("t_get %s %d" % (il(xs), i), lambda: tuple(xs)[i])
        def setit():
            ys = list(xs); ys[i] = 99; return repr(ys)
        c.add("l_set %s %d 99" % (il(xs), i), setit)
        a, b_, st = oidx(n), oidx(n), rng.choice([None, None, 1, -1, 2, -2, 3, -3, 0, 10**18, -10**18])
        c.add("l_slice %s %s %s %s" % (il(xs), oi(a), oi(b_), oi(st)), lambda: repr(xs[a:b_:st]))
        ys = rl(rng.choice([0, 1, 2, 3, len(xs[a:b_:st]) if st != 0 else 0]))
        def setslice():
            zs = list(xs); zs[a:b_:st] = ys; return repr(zs)
        c.add("l_setslice %s %s %s %s %s" % (il(xs), oi(a), oi(b_), oi(st), il(ys)), setslice)
        def delit():
            zs = list(xs); del zs[i]; return repr(zs)
        c.add("l_del %s %d" % (il(xs), i), delit)
        def delslice():
            zs = list(xs); del zs[a:b_:st]; return repr(zs)
        c.add("l_delslice %s %s %s %s" % (il(xs), oi(a), oi(b_), oi(st)), delslice)
        def ins():
            zs = list(xs); zs.insert(i * 2, 7); return repr(zs)
        c.add("l_insert %s %d 7" % (il(xs), i * 2), ins)
        def pop():
            zs = list(xs); v = zs.pop(); return repr((v, zs))
        c.add("l_pop %s" % il(xs), pop)
        def popi():
            zs = list(xs); v = zs.pop(i); return repr((v, zs))
        c.add("l_popi %s %d" % (il(xs), i), popi)
        v = rng.randint(-5, 5)
        def remove():
            zs = list(xs); zs.remove(v); return repr(zs)
        c.add("l_remove %s %d" % (il(xs), v), remove)
        a2, b2 = rng.choice([None, rng.randint(-n - 2, n + 2)]), rng.choice([None, rng.randint(-n - 2, n + 2)])
        def index():
            if a2 is None and b2 is None: return xs.index(v)
            if b2 is None: return xs.index(v, a2)
            return xs.index(v, a2 if a2 is not None else 0, b2)
        c.add("l_index %s %d %s %s" % (il(xs), v, oi(a2) if (a2 is not None or b2 is not None) and a2 is not None else ("0" if b2 is not None else "N"), oi(b2)), index)
        c.add("l_count %s %d" % (il(xs), v), lambda: xs.count(v))
        k = rng.randint(-1, 3)
        c.add("l_mul %s %d" % (il(xs), k), lambda: repr(xs * k))
        ys = rl()
        c.add("l_concat %s %s" % (il(xs), il(ys)), lambda: repr(xs + ys))
        c.add("l_lt %s %s" % (il(xs), il(ys[:2] if rng.random() < 0.5 else xs[:2])), None)
        c.items.pop()
        zs = rng.choice([ys, xs[:rng.randint(0, n)], xs + ys[:1], xs])
        c.add("l_lt %s %s" % (il(xs), il(zs)), lambda: xs < zs)
        c.add("l_le %s %s" % (il(xs), il(zs)), lambda: xs <= zs)
        c.add("l_eq %s %s" % (il(xs), il(zs)), lambda: xs == zs)
        c.add("l_in %s %d" % (il(xs), v), lambda: v in xs)
        c.add("l_max %s" % il(xs), lambda: max(xs))
        c.add("l_min %s" % il(xs), lambda: min(xs))
        m = rng.choice([2, 3, 5])
        pairs = [(x, k) for k, x in enumerate(xs)]
        c.add("l_maxk %s %d" % (il(xs), m), lambda: repr(max(pairs, key=lambda p: p[0] % m)))
        c.add("l_mink %s %d" % (il(xs), m), lambda: repr(min(pairs, key=lambda p: p[0] % m)))
        big = rl(rng.randint(0, 30), -9, 9)
        for m in (0, 2, 3, -4):
            for r in (0, 1):
                bp = [(x, k) for k, x in enumerate(big)]
                c.add("l_sort %s %d %d" % (il(big), m, r),
                      lambda: repr(sorted(big, reverse=bool(r))) if m == 0 else repr(sorted(bp, key=lambda p: p[0] % m, reverse=bool(r))))
        strs = [rand_str(rng, rng.randint(0, 3), "ab\u00e9") for _ in range(rng.randint(0, 8))]
        r = rng.randint(0, 1)
        c.add("ls_sorted %s %d" % (sl(strs), r), lambda: repr(sorted(strs, key=len, reverse=bool(r))))
        c.add("ls_max %s" % sl(strs), lambda: repr(max(strs)))
        c.add("ls_index %s %s" % (sl(strs), hx("ab")), lambda: strs.index("ab"))
        fs = [rand_float(rng) for _ in range(rng.randint(0, 6))]
        fs = [x for x in fs if x == x] or [0.5]  # sum([]) is the int 0
        c.add("fl_sum %s" % ("L" + ",".join(bits(x) for x in fs)), lambda: repr(sum(fs)))
        c.add("fl_sorted %s %d" % ("L" + ",".join(bits(x) for x in fs), r), lambda: repr(sorted(fs, reverse=bool(r))))
        bigs = [rand_int(rng) for _ in range(rng.randint(0, 4))]
        def isum():
            v = sum(bigs)
            if not I64_MIN <= v <= I64_MAX:
                raise OverflowError("integer result does not fit in 64 bits (portalisc ints are i64 for now)")
            return v
        c.add("l_sum %s" % il(bigs), isum)
    for _ in range(count // 4):
        s = rand_str(rng, 3)
        xs = rl()
        x = rand_float(rng)
        v = rng.randint(-9, 9)
        c.add("nested %s %s %s %d" % (hx(s), il(xs), bits(x), v),
              lambda: repr((x, s, None, True, (v,), [[], [[]], [xs]], [s], ((), tuple(xs), v, None))))
    # counts no machine can hold: an empty list at once, else MemoryError at once
    for xs in ([], [1], [1, 2, 3]):
        for k in (2**62, I64_MAX, I64_MIN):
            c.add("l_mul %s %d" % (il(xs), k), lambda: repr(xs * k))


# ---- map ------------------------------------------------------------------------------

def map_cases(rng, c, count):
    for strs in (False, True):
        for _ in range(count * 2):
            keyspace = rng.choice([3, 6, 20])
            ops = []
            for _ in range(rng.randint(0, 25)):
                k = rng.randrange(keyspace)
                ops.append(rng.choice("sssssddpqgiDcaPu") + ("" if False else str(k)) + ":" + str(rng.randint(-9, 9)))
            ops = [o if o[0] != "P" else "P" for o in ops]
            def run(ops=ops, strs=strs):
                d, out = {}, []
                key = (lambda x: "k" + x) if strs else (lambda x: x)
                for o in ops:
                    cc = o[0]
                    kk, _, vv = o[1:].partition(":")
                    k, v = key(kk), int(vv or 0)
                    if cc == "s": d[k] = v
                    elif cc == "a": d[k] += v
                    elif cc == "d": del d[k]
                    elif cc == "p": out.append(str(d.pop(k)))
                    elif cc == "q": out.append(str(d.pop(k, -1)))
                    elif cc == "g": out.append(str(d.get(k, -1)))
                    elif cc == "i": out.append(str(d[k]))
                    elif cc == "D": out.append(str(d.setdefault(k, v)))
                    elif cc == "c": out.append(str(k in d))
                    elif cc == "P": out.append(repr(d.popitem()))
                    elif cc == "u": d.update({k: v, "z": 1})
                rebuilt = dict(reversed(list(d.items())))
                return "%s %r %d %r %r %s" % (" ".join(out), d, len(d), list(d.keys()), list(d.values()), dict(d) == d and rebuilt == d)
            c.add("%s %s" % ("dicts_ops" if strs else "dict_ops", ",".join(ops)), run)
    def rset(n, lo, hi):
        return [rng.randint(lo, hi) for _ in range(n)]
    for _ in range(count * 3):
        kind = rng.random()
        lo, hi = rng.choice([(-10, 10), (0, 100), (-1000, 1000), (-2**63, 2**63 - 1), (0, 2**40), (-5, 40)])
        ops = []
        for _ in range(rng.randint(0, 60)):
            r = rng.random()
            x = rng.randint(lo, hi) if rng.random() < 0.7 or not ops else int(ops[rng.randrange(len(ops))][1:] or 0)
            if r < 0.6: ops.append("a%d" % x)
            elif r < 0.75: ops.append("d%d" % x)
            elif r < 0.8: ops.append("r%d" % x)
            elif r < 0.88: ops.append("p")
            elif r < 0.98: ops.append("c%d" % x)
            else: ops.append("C")
        def run(ops=ops):
            st, out = set(), []
            for o in ops:
                cc, arg = o[0], o[1:]
                if cc == "a": st.add(int(arg))
                elif cc == "r": st.remove(int(arg))
                elif cc == "d":
                    out.append(str(int(arg) in st)); st.discard(int(arg))
                elif cc == "p": out.append(str(st.pop()))
                elif cc == "c": out.append(str(int(arg) in st))
                elif cc == "C": st.clear()
            return "%s %r %d" % (" ".join(out), st, len(st))
        c.add("set_ops %s" % ",".join(ops), run)
        a = rset(rng.randint(0, 30), lo, hi)
        b = rset(rng.randint(0, 30), lo, hi) if rng.random() < 0.5 else a[:rng.randint(0, len(a))] + rset(3, lo, hi)
        for op in ("|", "&", "-", "^", "|=", "^=", "-=", "&=", "copy", "<=", ">=", "==", "disjoint"):
            def run2(op=op, a=a, b=b):
                A, B = set(a), set(b)
                if op == "|=": A |= B; return repr(A)
                if op == "^=": A ^= B; return repr(A)
                if op == "-=": A -= B; return repr(A)
                if op == "&=": A &= B; return repr(A)
                if op == "copy": return repr(A.copy())
                if op == "disjoint": return str(A.isdisjoint(B))
                r = eval("A %s B" % op)
                return repr(r) if isinstance(r, set) else str(r)
            c.add("set_bin %s %s %s" % (il(a), il(b), op), run2)
        # s OP s: CPython's identity cases
        for op in ("|", "&", "|=", "&=", "-=", "^="):
            def run_self(op=op, a=a):
                A = set(a)
                if op in ("|", "&"): return repr(eval("A %s A" % op))
                exec("A %s A" % op)
                return repr(A)
            c.add("set_self %s %s" % (il(a), op), run_self)
        # a display as CPython compiles it (more than two constants: a frozenset constant)
        if a:
            c.add("set_display %s" % il(a), lambda a=a: repr(eval("{%s}" % ", ".join(map(str, a)))))
        xs = rset(2 * rng.randint(0, 20), -3, 3)
        c.add("set_tuples %s" % il(xs), lambda: repr(set((xs[k], xs[k + 1] != 0) for k in range(0, len(xs) - 1, 2))))


# ---- driver ---------------------------------------------------------------------------

GENERATORS = [("fmt", fmt_cases), ("str", str_cases), ("seq", seq_cases), ("map", map_cases)]


def extra_generators():
    return []


def build(rustc, workdir, tag):
    return rustdiff.build(rustc, workdir, tag, "runtime_driver.rs", RUNTIME)

def run(exe, cases, max_raising, pool):
    """Returns (failures, raising cases run): at most max_raising of the
    raising cases, a fixed sample."""
    good = [(l, v) for l, (k, v) in cases if k == "ok"]
    bad = [(l, v) for l, (k, v) in cases if k == "err"]
    if len(bad) > max_raising:
        bad = random.Random(len(bad)).sample(bad, max_raising)
    return rustdiff.check(exe, good, bad, pool), len(bad)

def main():
    seed, count, only, max_raising = 20240611, 100, "", 250
    args = sys.argv[1:]
    while args:
        if args[0] == "--seed":
            seed = int(args[1]); args = args[2:]
        elif args[0] == "--count":
            count = int(args[1]); args = args[2:]
        elif args[0] == "--raising":
            max_raising = int(args[1]); args = args[2:]
        elif args[0] == "--only":
            only = args[1]; args = args[2:]
        else:
            print(__doc__); return 2
    rustcs = rustdiff.rustc_list()
    if not rustcs:
        print("SKIP: no rustc")
        return 77
    t0 = time.time()
    total_failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        with ThreadPoolExecutor(len(rustcs)) as pool:
            builds = list(pool.map(lambda ir: build(ir[1], tmp, str(ir[0])), enumerate(rustcs)))
        t1 = time.time()
        rng = random.Random(seed)
        groups = []
        for name, gen in GENERATORS + extra_generators():
            if name.startswith(only):
                c = Cases()
                gen(rng, c, count)
                groups.append((name, c.items))
        for rustc, (exe, log) in zip(rustcs, builds):
            if exe is None:
                print("FAIL: %s cannot build the runtime:\n%s" % (rustc, log[-6000:]))
                total_failed += 1
                continue
            with ThreadPoolExecutor(4) as pool:
                for name, items in groups:
                    n, errs = run(exe, items, max_raising, pool)
                    ran = sum(1 for _, (k, _) in items if k == "ok") + errs
                    print("%s: %-5s %5d cases run (%d raising), %d failed" % (rustc, name, ran, errs, n))
                    total_failed += n
    print("build %.1fs, total %.1fs" % (t1 - t0, time.time() - t0))
    return 1 if total_failed else 0


if __name__ == "__main__":
    sys.exit(main())
