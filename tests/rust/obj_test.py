#!/usr/bin/env python3
"""obj_test.py — differential test of the dynamic `object` runtime
(backend_rust/prelude_obj.rs, see backend_rust/OBJECT.md) against CPython.

Builds tests/rust/obj_driver.rs + the runtime (prelude.rs with the typed
runtime files, prelude_obj.rs and prelude_objlib.rs when present; set
OBJ_TEST_NO_OBJLIB=1 to leave the latter out) with every
rustc given (RUSTC from the environment or PATH, and /usr/bin/rustc, Debian's
1.63, when present) with -D warnings.  The cases come from a list of
Python-literal sample values of every variant: every operator (plain and
in-place) and comparison over all pairs, subscripts and slices, `in`,
iteration, unpacking, str/repr/format/hash/len/truth of each, plus a few
fixed programs (live list iteration, self-referencing containers, aliasing).
Each answer must equal CPython's byte for byte.  A case that raises must exit
1 with a traceback whose last line equals CPython's "Type: message"; those
run one per process: every distinct message once, plus a sample, at most
--raising of them per group.
Usage: obj_test.py [--raising N] [--only PREFIX]"""
import operator, os, random, re, struct, sys, tempfile, time
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rustdiff  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRCDIR = os.environ.get("top_srcdir") or os.path.dirname(os.path.dirname(HERE))
# In local.mk's PRELUDE_PARTS order; those not present are left out.
RUNTIME = rustdiff.runtime_parts()
I64_MIN, I64_MAX = -2**63, 2**63 - 1
OVERFLOW = "OverflowError: integer result does not fit in 64 bits (portalisc ints are i64 for now)"

# Every variant of Obj; ranges and slices too.  No str or None inside sets
# (CPython's order for them depends on the run's hash seed).
SAMPLES = [
    "None", "True", "False", "0", "1", "-1", "7", "-3", "2", "100", "2**62", "-2**63", "2**63-1",
    "0.0", "-0.0", "1.5", "-2.5", "3.0", "0.1", "1e300", "float('inf')", "float('nan')",
    "''", "'a'", "'ab'", "'h\u00e9llo'", "\"it's\"", "'\\n'",
    "[]", "[1]", "[1, 'a']", "[1, 2, 3]", "[[1], (2,)]", "[1.0, True]", "[None]",
    "()", "(1,)", "(1, 2)", "('a', None)", "(1, (2, 3))", "(2, 1)", "(1, [2])",
    "{}", "{1: 'a'}", "{'k': [None, True]}", "{1: 2, 3: 4}", "{1: 'a', 1.0: 'b', True: 'c'}",
    "set()", "{1, 2}", "{2, 3, 5}", "{(1, 2)}", "{1.5, -1}", "{1, 1.0, True}",
    "range(0)", "range(5)", "range(1, 9, 2)", "range(10, 0, -3)",
    "slice(1, None, None)",
]
INDICES = [
    "0", "1", "-1", "2", "-4", "5", "True", "'a'", "1.0", "None", "(1,)", "'k'", "range(1)",
    "slice(None)", "slice(1, None)", "slice(None, None, -1)", "slice(-2, None)", "slice(1, 3)",
    "slice(None, None, 2)", "slice(0, 10, 3)", "slice(None, None, 0)", "slice(1.0, 2)", "slice('a', 2, 0)",
    "slice(5, -7, -2)", "slice(-2**63, 2**63-1)", "slice(None, None, -2**63)", "slice(True, None, -1)",
]
ASSIGNED = ["9", "[7, 8]", "'xy'", "()", "5", "range(3)", "[1, 2, 3, 4, 5]", "[]"]
SPECS = ["", "x", ">6", "^7", ".2f", "d", "s", "<3", "+", "08.3f", ",", "e", "c"]
BINOPS = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor"]
CMPS = [("eq", operator.eq), ("ne", operator.ne), ("lt", operator.lt), ("le", operator.le),
        ("gt", operator.gt), ("ge", operator.ge)]

CODE = {}


def ev(lit):
    """A fresh value of a sample (mutations must not leak between cases)."""
    if lit not in CODE:
        CODE[lit] = compile(lit, "<sample>", "eval")
    return eval(CODE[lit])


def enc(v):
    if v is None:
        return "N"
    if v is True:
        return "T"
    if v is False:
        return "F"
    if isinstance(v, int):
        return "i%d" % v
    if isinstance(v, float):
        return "f%x" % struct.unpack("<Q", struct.pack("<d", v))[0]
    if isinstance(v, str):
        return "s" + v.encode("utf-8").hex()
    if isinstance(v, list):
        return " ".join(["L%d" % len(v)] + [enc(x) for x in v])
    if isinstance(v, tuple):
        return " ".join(["U%d" % len(v)] + [enc(x) for x in v])
    if isinstance(v, set):
        return " ".join(["S%d" % len(v)] + [enc(x) for x in v])
    if isinstance(v, dict):
        return " ".join(["D%d" % len(v)] + [enc(x) for kv in v.items() for x in kv])
    if isinstance(v, range):
        return "R%d,%d,%d" % (v.start, v.stop, v.step)
    if isinstance(v, slice):
        return "C %s %s %s" % (enc(v.start), enc(v.stop), enc(v.step))
    raise ValueError(v)


def fits(r):
    """Whether an int result (or a range's bounds) fits in i64."""
    if isinstance(r, range):
        return all(fits(x) for x in (r.start, r.stop, r.step))
    return type(r) is not int or I64_MIN <= r <= I64_MAX


class Skip(Exception):
    """A case out of scope (a complex result)."""


def expect(fn, conv):
    try:
        r = fn()
    except Skip:
        return None
    except Exception as e:
        msg = repr(e.args[0]) if isinstance(e, KeyError) else str(e)
        return ("err", "%s: %s" % (type(e).__name__, msg) if msg else type(e).__name__)
    if not fits(r):
        return ("err", OVERFLOW)
    if isinstance(r, complex):
        return None
    return ("ok", conv(r))


class Cases:
    def __init__(self):
        self.items = []  # (line, ("ok", str) | ("err", "Type: msg"))

    def add(self, line, fn, conv=repr):
        """`conv` turns the value into the driver's text: repr, or str
        where the driver prints text it built (str(), repr(), format())."""
        r = expect(fn, conv)
        if r is not None:  # complex results are out of scope
            self.items.append((line, r))


def ints(v):
    return type(v) in (int, bool)


def skipped(op, a, b):
    """Cases out of scope: CPython would compute huge ints or allocate huge
    sequences (whether that fails depends on the machine's memory, unless
    the count is 2**62 or more: then every 64-bit machine fails, with
    CPython's MemoryError or OverflowError)."""
    if op in ("pow", "lshift") and ints(a) and ints(b) and b > 128 and abs(a) > (1 if op == "pow" else 0):
        return True
    if op == "mul":
        for s, n in ((a, b), (b, a)):
            if isinstance(s, (str, list, tuple)) and len(s) > 0 and ints(n) and 10**6 < n < 2**62:
                return True
    return False


def op_cases(c):
    for name in BINOPS:
        fn = getattr(operator, name + "_" if name in ("and", "or") else name)
        for la in SAMPLES:
            for lb in SAMPLES:
                a, b = ev(la), ev(lb)
                if not skipped(name, a, b):
                    c.add("%s %s %s" % (name, enc(a), enc(b)), lambda: fn(ev(la), ev(lb)))


# printf-style formatting (prelude_percent.rs): every conversion, flag,
# width and precision form, the argument rules and the error cases.
PERCENT_FORMATS = [
    "%s", "%r", "%a", "%d", "%i", "%u", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%05.3d", "%x",
    "%#X", "%#05x", "%o", "%#o", "%c", "%3c", "%f", "%.2f", "%010.3f", "%10.3e", "%-+8.2f|", "%g", "%#g",
    "%G", "%.0f", "%#.0e", "%5s|", "%-5s|", "%.2s", "%(a)s", "%(a)s %(b)05.1f", "%*d", "%-*d|", "%.*f",
    "%%", "%5%", "%", "%z", "%s %s", "x%sy", "plain", "%(a", "%ld", "%s %(a)s",
]
PERCENT_ARGS = SAMPLES + ["(1, 2.5)", "('x', 3)", "{'a': 1, 'b': 2.5}", "(5, 3)", "(2, 3.14159)", "(-4, 7)",
                          "('é',)", "(0x263a,)", "(-1,)", "(1.5, 'x')"]


def huge_int_conversion(fmt, b):
    """%d of a float past the i64 range: CPython prints a big int."""
    args = b if isinstance(b, tuple) else (b,)
    return any(ch in fmt for ch in "diu") and any(isinstance(v, float) and abs(v) >= 2**63 for v in args)


def percent_cases(c):
    for fmt in PERCENT_FORMATS:
        for lb in PERCENT_ARGS:
            b = ev(lb)
            if huge_int_conversion(fmt, b):
                continue
            c.add("mod %s %s" % (enc(fmt), enc(b)), lambda fmt=fmt, lb=lb: operator.mod(fmt, ev(lb)))


def inplace_cases(c):
    for name in BINOPS:
        fn = getattr(operator, "i" + name)
        for la in SAMPLES:
            for lb in SAMPLES:
                a, b = ev(la), ev(lb)
                if skipped(name, a, b):
                    continue
                def run():
                    a = ev(la)
                    r = fn(a, ev(lb))
                    if not fits(r):
                        raise OverflowError(OVERFLOW.split(": ", 1)[1])
                    if isinstance(r, complex):
                        raise Skip()
                    note = (" same" if r is a else " new") if type(a) in (list, dict, set) else ""
                    return "%r | %r%s" % (r, a, note)
                c.add("i%s %s %s" % (name, enc(a), enc(b)), run, str)


def cmp_cases(c):
    for la in SAMPLES:
        for lb in SAMPLES:
            a, b = ev(la), ev(lb)
            for name, fn in CMPS:
                c.add("%s %s %s" % (name, enc(a), enc(b)), lambda: fn(ev(la), ev(lb)))
            # `is` of separately built values is only defined for these.
            if type(a) is not type(b) or type(a) in (type(None), bool, list, dict, set):
                c.add("is %s %s" % (enc(a), enc(b)), lambda: ev(la) is ev(lb))
                c.add("is_not %s %s" % (enc(a), enc(b)), lambda: ev(la) is not ev(lb))
        a = ev(la)
        c.add("is_self %s" % enc(a), lambda: True)
        c.add("contains %s %s" % (enc(a), enc(a)), lambda: ev(la) in ev(la))


def sub_cases(c):
    containers = [l for l in SAMPLES if not l.startswith(("float", "1e", "0.", "-0", "1.", "-2.", "3."))]
    for la in containers:
        for li in INDICES:
            c.add("getitem %s %s" % (enc(ev(la)), enc(ev(li))), lambda: ev(la)[ev(li)])
            c.add("delitem %s %s" % (enc(ev(la)), enc(ev(li))), lambda: delitem(ev(la), ev(li)), str)
            if la.startswith(("[", "{", "(", "'", "range")):
                for lv in ASSIGNED:
                    c.add("setitem %s %s %s" % (enc(ev(la)), enc(ev(li)), enc(ev(lv))),
                          lambda: setitem(ev(la), ev(li), ev(lv)), str)
        for lx in SAMPLES:
            c.add("contains %s %s" % (enc(ev(la)), enc(ev(lx))), lambda: ev(lx) in ev(la))
        # setitem/delitem with a sample as the key
        if la.startswith("{") and ":" in la or la == "{}":
            for lk in SAMPLES:
                c.add("setitem %s %s i1" % (enc(ev(la)), enc(ev(lk))), lambda: setitem(ev(la), ev(lk), 1), str)
                c.add("delitem %s %s" % (enc(ev(la)), enc(ev(lk))), lambda: delitem(ev(la), ev(lk)), str)
                c.add("getitem %s %s" % (enc(ev(la)), enc(ev(lk))), lambda: ev(la)[ev(lk)])


def setitem(a, i, v):
    a[i] = v
    return repr(a)


def delitem(a, i):
    del a[i]
    return repr(a)


def misc_cases(c):
    for la in SAMPLES:
        a = ev(la)
        e = enc(a)
        c.add("str %s" % e, lambda: str(ev(la)), str)
        c.add("repr %s" % e, lambda: repr(ev(la)), str)
        for spec in SPECS:
            c.add("fmt x%s %s" % (spec.encode().hex(), e), lambda: format(ev(la), spec), str)
        # hash(None), hash(str) and hash(nan) differ per run in CPython
        if not any(x in la for x in ("None", "'", "nan", "range(0)")):
            c.add("hash %s" % e, lambda: hash(ev(la)))
        for name, fn in [("len", len), ("truth", bool), ("neg", operator.neg), ("pos", operator.pos),
                         ("invert", operator.inv), ("iter", list)]:
            c.add("%s %s" % (name, e), lambda: fn(ev(la)))
        for n in range(4):
            c.add("unpack %d %s" % (n, e), lambda: list(unpack(ev(la), n)))
        for before, after in [(0, 0), (1, 0), (0, 1), (1, 1), (2, 1)]:
            c.add("unpack_ex %d %d %s" % (before, after, e), lambda: unpack_ex_checked(ev(la), before, after))
    for x in [5e-324, 2.5e-310, -1e-300, 1e-5, -1e22, 2.0**53 + 2, 0.5, -0.75, 123456.789, 1.7976931348623157e308,
              2.0**61, -2.0**62, 2.0**63, 1e19, 3.14159, -7.0]:
        c.add("hash %s" % enc(x), lambda: hash(x))
        c.add("hash U2 %s i1" % enc(x), lambda: hash((x, 1)))
    for l in ["[3, 1.5, True, -2, 2.0, 0.5]", "[1, 'a']", "['b', 'a', 'ab']", "[[2], [1, 5], [1]]",
              "[(1, 2), (1,)]", "[{1, 2}, {1}]", "[1, None]", "[float('nan'), 1.0]", "[2, 1, False, 0]", "[]"]:
        for name, fn in [("sorted", sorted), ("max", max), ("min", min)]:
            c.add("%s %s" % (name, enc(ev(l))), lambda: fn(ev(l)))
    # iterators: consumed by the operation
    for items in [[], [1], [1, 2], [1, 2, 3], ["a", (1,)]]:
        e = " ".join(["I%d" % len(items)] + [enc(x) for x in items])
        c.add("iter %s" % e, lambda: list(iter(items)))
        c.add("contains %s i2" % e, lambda: 2 in iter(items))
        for n in range(4):
            c.add("unpack %d %s" % (n, e), lambda: list(unpack(iter(items), n)))
        c.add("unpack_ex 1 0 %s" % e, lambda: unpack_ex_checked(iter(items), 1, 0))
        c.add("iadd L1 i0 %s" % e, lambda: iadd_list(items), str)


def iadd_list(items):
    a = [0]
    r = a
    r += iter(items)
    return "%r | %r same" % (r, a)


def unpack(x, n):
    """CPython's UNPACK_SEQUENCE, through real assignment statements."""
    if n == 0:
        () = x
        return []
    if n == 1:
        a, = x
        return [a]
    if n == 2:
        a, b = x
        return [a, b]
    a, b, c = x
    return [a, b, c]


def unpack_ex_checked(x, before, after):
    """CPython's UNPACK_EX through real starred assignments."""
    if (before, after) == (0, 0):
        *m, = x
        return [m]
    if (before, after) == (1, 0):
        a, *m = x
        return [a, m]
    if (before, after) == (0, 1):
        *m, z = x
        return [m, z]
    if (before, after) == (1, 1):
        a, *m, z = x
        return [a, m, z]
    a, b, *m, z = x
    return [a, b, m, z]


def scenario_live_list():
    l = [1, 2, 3]
    for x in l:
        if len(l) < 6:
            l += [x * 10]
    return repr(l)


def scenario_selfref():
    l = [1]
    l += [l]
    d = {}
    d[1] = d
    d[2] = l
    return "%s %r %s" % (l, d, l == l)


def scenario_dict_grow():
    d = {1: 2}
    for k in d:
        d[k + 1] = 0
    return repr(d)


def scenario_set_grow():
    s = {1}
    for k in s:
        s |= {k + 1}
    return repr(s)


def scenario_dict_del_add():
    d = {1: 2, 2: 3}
    seen = []
    for k in d:
        seen.append(k)
        del d[2]
        d[5] = 1
    return repr(seen)


def scenario_dict_del_all():
    d = {1: 2, 2: 3}
    for k in d:
        del d[k]
    return repr(d)


def scenario_iter_shared():
    it = iter([1, 2, 3])
    first = next(iter(it))
    return "%r %r %r" % (first, list(it), list(it))


def scenario_alias_iadd():
    a = [1]
    c = a
    c += [2]
    c *= 2
    t = (1,)
    u = t
    u += (2,)
    return "%r %s %r %r" % (a, a is c, t, u)


def scenario_self_ops():
    l = [1, 2]
    l += l
    m = [1, 2, 3]
    m[1:2] = m
    s = {1, 2}
    s |= s
    s1 = repr(s)
    s ^= s
    d = {1: 2}
    d |= d
    d |= [(3, 4), "ab"]
    return "%r %r %s %r %r" % (l, m, s1, s, d)


def scenario_range_bigstep():
    r = range(-2**63, 2**63 - 1, 2**62)
    return "%r %d %s" % (r[3], len(r), 0 in r)


def scenario_range_advanced():
    a = iter(range(5))
    next(a)
    next(a)
    b = iter(range(10, 0, -3))
    for _ in b:
        pass
    c = iter(range(3))
    for _ in c:
        pass
    return "%r %r %r %r" % (list(a), list(b), list(c), range(5, 0))


def scenario_dict_kv():
    d = {1: "a"}
    d[1.0] = "b"
    d[True] = "c"
    d[2.5] = None
    d[(1, 2.0)] = 7
    return "%r %r %s" % (d, d[(True, 2)], 2.5 in d)


def fixed_cases(c):
    for name, fn in sorted(globals().items()):
        if name.startswith("scenario_"):
            c.add(name[len("scenario_"):], fn, str)


GENERATORS = [("ops", op_cases), ("percent", percent_cases), ("inplace", inplace_cases), ("cmp", cmp_cases), ("sub", sub_cases),
              ("misc", misc_cases), ("fixed", fixed_cases)]


def build(rustc, workdir, tag):
    return rustdiff.build(rustc, workdir, tag, "obj_driver.rs", [p for p in RUNTIME if not (p == "prelude_objlib.rs" and os.environ.get("OBJ_TEST_NO_OBJLIB"))])

def pick_raising(bad, max_raising):
    """At most `max_raising` cases: one of each kind of message (type names
    aside), then a fixed sample of the rest."""
    firsts, rest, seen = [], [], set()
    for l, v in bad:
        kind = re.sub(r"'[^']*'|\"[^\"]*\"|\d+", "_", v)
        (rest if kind in seen else firsts).append((l, v))
        seen.add(kind)
    rng = random.Random(len(bad))
    if len(firsts) >= max_raising:
        return rng.sample(firsts, max_raising)
    return firsts + rng.sample(rest, min(len(rest), max_raising - len(firsts)))


def run(exe, cases, max_raising, pool):
    """Returns (failures, raising cases run): pick_raising's sample of them."""
    good = [(l, v) for l, (k, v) in cases if k == "ok"]
    bad = pick_raising([(l, v) for l, (k, v) in cases if k == "err"], max_raising)
    return rustdiff.check(exe, good, bad, pool, timeout=60), len(bad)

def main():
    only, max_raising = "", 60
    args = sys.argv[1:]
    while args:
        if args[0] == "--raising":
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
            futures = pool.map(lambda ir: build(ir[1], tmp, str(ir[0])), enumerate(rustcs))
            groups = []
            for name, gen in GENERATORS:
                if name.startswith(only):
                    c = Cases()
                    gen(c)
                    groups.append((name, c.items))
            builds = list(futures)
        t1 = time.time()
        for rustc, (exe, log) in zip(rustcs, builds):
            if exe is None:
                print("FAIL: %s cannot build the runtime:\n%s" % (rustc, log[-6000:]))
                total_failed += 1
                continue
            with ThreadPoolExecutor(8) as pool:
                for name, items in groups:
                    n, errs = run(exe, items, max_raising, pool)
                    ran = sum(1 for _, (k, _) in items if k == "ok") + errs
                    print("%s: %-8s %6d cases run (%d raising), %d failed" % (rustc, name, ran, errs, n))
                    total_failed += n
    print("build and generation %.1fs, total %.1fs" % (t1 - t0, time.time() - t0))
    return 1 if total_failed else 0


if __name__ == "__main__":
    sys.exit(main())
