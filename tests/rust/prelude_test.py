#!/usr/bin/env python3
"""prelude_test.py — differential test of backend_rust/prelude.rs against CPython.

Builds tests/rust/prelude_driver.rs + the prelude with every rustc given
(RUSTC from the environment and /usr/bin/rustc, Debian's 1.63, when present),
feeds it many generated cases (floats near boundaries, random doubles, powers
of ten, subnormals, -0.0, ints at the i64 edges, mixed-sign floor division,
round cases) and compares each answer with CPython's.  Error cases run one per
process and compare the last stderr line and the exit status.
Usage: prelude_test.py [--seed N] [--count N]"""
import math, os, random, shutil, struct, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRCDIR = os.environ.get("top_srcdir") or os.path.dirname(os.path.dirname(HERE))
I64_MIN, I64_MAX = -2**63, 2**63 - 1


def bits(x):
    return "%x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def hexs(s):
    return s.encode("utf-8").hex()


def fits(v):
    return isinstance(v, int) and not isinstance(v, bool) and I64_MIN <= v <= I64_MAX


def float_values(rng, count):
    vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, -2.5, 2.675, 1e16, 1e15, 9999999999999998.0,
            1e-4, 1e-5, 0.0001, 0.00001234, 123456789000.0, 1.5e300, 1e-7, 5e-324, 2.2250738585072014e-308,
            2.225073858507201e-308, 1.7976931348623157e308, math.inf, -math.inf, math.nan, 1/3, 2/3,
            4.35, 0.125, 0.375, -0.5, 9007199254740993.0, 2.0**53, 2.0**63, -2.0**63, 2.0**64, 1e22, 1e23]
    vals += [10.0**k for k in range(-30, 31)] + [-(10.0**k) for k in range(-10, 25, 3)]
    vals += [float(k) + 0.5 for k in range(-6, 7)]
    vals += [math.ldexp(1.0, e) for e in range(-1074, 1024, 37)]
    vals += [math.ldexp(s, e) for e in range(-1074, 1024) for s in (1.0, -1.0) if (e + 3) % 2 == 0]
    for _ in range(count):
        kind = rng.random()
        if kind < 0.4:
            x = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
        elif kind < 0.7:
            x = rng.uniform(-1e6, 1e6)
        elif kind < 0.85:
            x = round(rng.uniform(-1000, 1000), rng.randint(0, 6))
        else:
            x = rng.randint(-10**6, 10**6) / rng.choice([2, 4, 8, 10, 100, 1000])
        vals.append(x)
    return vals


def int_values(rng, count):
    vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, I64_MAX, I64_MIN, I64_MAX - 1, I64_MIN + 1,
            2**53, 2**53 + 1, -(2**53) - 1, 2**62, -(2**62), 2**31, -(2**31), 10**18, -(10**18)]
    for _ in range(count):
        b = rng.choice([4, 8, 16, 32, 53, 54, 62, 63])
        vals.append(rng.randint(-2**b, 2**b - 1))
    return vals


def expect(fn):
    try:
        return ("ok", fn())
    except Exception as e:
        return ("err", "%s: %s" % (type(e).__name__, e))


def cases(rng, count):
    fl = float_values(rng, count)
    it = int_values(rng, count)
    out = []  # (line, ("ok", repr) | ("err", message))
    def add(line, fn, fmt=repr):
        kind, v = expect(fn)
        if v == "OverflowError: complex exponentiation":
            v = "ValueError: unsupported: complex result (negative number raised to a fractional power)"
        if kind == "ok":
            if isinstance(v, complex) or v == "OverflowError: complex exponentiation":
                kind, v = "err", "ValueError: unsupported: complex result (negative number raised to a fractional power)"
            elif isinstance(v, int) and not isinstance(v, bool) and not fits(v):
                return  # beyond i64: the prelude reports OverflowError, tested separately
            elif isinstance(v, tuple) and any(isinstance(e, int) and not fits(e) for e in v):
                return
            else:
                v = fmt(v)
        out.append((line, (kind, v)))
    for x in fl:
        add("repr %s" % bits(x), lambda: x)
        add("round %s" % bits(x), lambda: round(x))
        add("int %s" % bits(x), lambda: int(x))
        for n in (0, 1, 2, 3, -1, -2, 5, 15, 300, -400):
            if rng.random() < 0.35 or n in (0, 2):
                add("round_to %s %d" % (bits(x), n), lambda: round(x, n))
    for _ in range(count * 2):
        a, b = rng.choice(fl), rng.choice(fl)
        if rng.random() < 0.3:
            b = float(rng.randint(-9, 9))
        for op, fn in (("ffloordiv", lambda: a // b), ("fmod", lambda: a % b), ("fdivmod", lambda: divmod(a, b)),
                       ("fpow", lambda: a ** b), ("fdiv", lambda: a / b), ("fmax", lambda: max(a, b)),
                       ("fmin", lambda: min(a, b))):
            if op == "fpow" and abs(a) > 1e30:
                continue
            add("%s %s %s" % (op, bits(a), bits(b)), fn)
    for a in [-7.0, 7.0, -0.0, 0.0, 1.0, -1.0, 3.5, -3.5, 1e300, -1e-300, 5e-324]:
        for b in [2.0, -2.0, 0.5, -0.5, 3.0, -3.0, math.inf, -math.inf, 1e-300, 0.0, -0.0, math.nan]:
            for op, fn in (("ffloordiv", lambda: a // b), ("fmod", lambda: a % b), ("fdivmod", lambda: divmod(a, b)),
                           ("fpow", lambda: a ** b)):
                add("%s %s %s" % (op, bits(a), bits(b)), fn)
    small = [v for v in it if abs(v) < 2**20]
    for _ in range(count * 2):
        a, b = rng.choice(it), rng.choice(it)
        if rng.random() < 0.3:
            b = rng.randint(-9, 9)
        for op, fn in (("floordiv", lambda: a // b), ("mod", lambda: a % b), ("divmod", lambda: divmod(a, b)),
                       ("truediv", lambda: a / b), ("add", lambda: a + b), ("sub", lambda: a - b),
                       ("mul", lambda: a * b)):
            add("%s %d %d" % (op, a, b), fn)
    for a in it[:40] + small[:20]:
        add("neg %d" % a, lambda: -a)
        add("abs %d" % a, lambda: abs(a))
        add("hex %d" % a, lambda: hex(a))
        add("oct %d" % a, lambda: oct(a))
        add("bin %d" % a, lambda: bin(a))
        add("float %d" % a, lambda: float(a))
        for k in (0, 1, 3, 17, 40, 62, 63, 64, 100):
            add("shl %d %d" % (a, k), lambda: a << k)
            add("shr %d %d" % (a, k), lambda: a >> k)
        for n in (0, 2, -1, -2, -5, -18, -19, -25):
            add("round_int %d %d" % (a, n), lambda: round(a, n))
    for a in (-7, -3, -2, -1, 0, 1, 2, 3, 10, 3037000499, 3037000500, 2**31):
        for b in (0, 1, 2, 3, 5, 31, 32, 62, 63, 64):
            add("pow %d %d" % (a, b), lambda: a ** b)
    for s in ["", "a", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "\\", "\x00\x1f\x7f",
              "caf\u00e9", "\u00a0nbsp", "\u2028", "\U0001F600", "\x80\x9f", "\u00ad", "\u4e2d\u6587"]:
        add("strrepr %s" % hexs(s), lambda: s)
        add("str %s" % hexs(s), lambda: s, fmt=str)
    for x in fl[:30]:
        add("tuple %d %s %s" % (len(out), bits(x), hexs("x'y")), lambda: (len(out), x, "x'y", True, None), fmt=str)
        add("tuple1 %s" % bits(x), lambda: (x,), fmt=str)
    for (a, b, c) in [(0, 10, 1), (0, 10, 3), (10, 0, -3), (5, 5, 1), (5, 0, 1), (-5, 5, 2), (I64_MAX - 3, I64_MAX, 2),
                      (I64_MIN + 3, I64_MIN, -2), (0, 1, I64_MAX), (3, -10, -4)]:
        add("range %d %d %d" % (a, b, c), lambda: "%d %s" % (len(range(a, b, c)), ",".join(map(str, range(a, b, c)))), fmt=str)
    # int <pred> float, exactly (no rounding of the int), nan and infinities
    near = [2**53, 2**53 + 1, -(2**53) - 1, 2**62, 2**63 - 1, -2**63, -2**63 + 1, 10**18 + 1]
    for a in it[:40] + near:
        for x in [float(a), float(a) + 0.5, float(a) - 0.5, math.nan, math.inf, -math.inf, 2.0**63, -2.0**63,
                  0.0, -0.0, 0.5, rng.choice(fl), float(a + 1), float(a - 1)]:
            add("ifcmp %d %s" % (a, bits(x)), lambda: " ".join(str(v) for v in (a == x, a != x, a < x, a <= x, a > x, a >= x)), fmt=str)
    # Results beyond i64 must stop with OverflowError, not wrap.
    for line in ("add %d 1" % I64_MAX, "sub %d 1" % I64_MIN, "mul %d 2" % 2**62, "neg %d" % I64_MIN,
                 "abs %d" % I64_MIN, "floordiv %d -1" % I64_MIN, "pow 2 63", "shl 1 63", "shl 3 62",
                 "int %s" % bits(2.0**63), "round %s" % bits(9.3e18), "round_int %d -1" % I64_MAX):
        out.append((line, ("err", "OverflowError: integer result does not fit in 64 bits (portalisc ints are i64 for now)")))
    return out


def build(rustc, workdir):
    src = os.path.join(workdir, "driver.rs")
    with open(src, "w") as f:
        f.write(open(os.path.join(HERE, "prelude_driver.rs")).read())
        f.write(open(os.path.join(SRCDIR, "backend_rust", "prelude.rs")).read())
    exe = os.path.join(workdir, "driver-" + str(abs(hash(rustc))))
    r = subprocess.run([rustc, "--edition", "2021", "-O", "-D", "warnings", "-o", exe, src],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode != 0:
        print("FAIL: %s cannot build the prelude:\n%s" % (rustc, r.stdout))
        return None
    return exe


def run(exe, all_cases):
    failed = 0
    good = [(l, v) for l, (k, v) in all_cases if k == "ok"]
    r = subprocess.run([exe], input="".join(l + "\n" for l, _ in good), stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, text=True)
    got = r.stdout.split("\n")
    if r.returncode != 0:
        print("FAIL: driver exited %d: %s" % (r.returncode, r.stderr.strip()[-300:]))
        return len(good)
    for k, (line, want) in enumerate(good):
        have = bytes.fromhex(got[k]).decode("utf-8", "replace") if k < len(got) else "<missing>"
        if have != want:
            failed += 1
            if failed <= 25:
                print("FAIL: %s\n  CPython: %s\n  prelude: %s" % (line, want, have))
    for line, (k, want) in all_cases:
        if k != "err":
            continue
        r = subprocess.run([exe], input=line + "\n", stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        last = r.stderr.strip().split("\n")[-1] if r.stderr.strip() else ""
        ok = r.returncode == 1 and last == want and r.stderr.startswith("Traceback (most recent call last):\n")
        if not ok:
            failed += 1
            if failed <= 40:
                print("FAIL: %s\n  CPython: %s\n  prelude: exit %d, %s" % (line, want, r.returncode, last))
    return failed


def main():
    seed, count = 20240611, 300
    args = sys.argv[1:]
    while args:
        if args[0] == "--seed":
            seed = int(args[1]); args = args[2:]
        elif args[0] == "--count":
            count = int(args[1]); args = args[2:]
        else:
            print(__doc__); return 2
    rng = random.Random(seed)
    all_cases = cases(rng, count)
    rustcs = []
    for r in (os.environ.get("RUSTC") or shutil.which("rustc"), "/usr/bin/rustc"):
        if r and os.path.exists(r) and os.path.realpath(r) not in [os.path.realpath(x) for x in rustcs]:
            rustcs.append(r)
    if not rustcs:
        print("SKIP: no rustc")
        return 77
    total_failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for rustc in rustcs:
            exe = build(rustc, tmp)
            if exe is None:
                total_failed += 1
                continue
            n = run(exe, all_cases)
            print("%s: %d cases, %d failed" % (rustc, len(all_cases), n))
            total_failed += n
    return 1 if total_failed else 0


if __name__ == "__main__":
    sys.exit(main())
