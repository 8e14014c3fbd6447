# f-strings with format specs and conversions, byte for byte as CPython.
pi = 3.14159265
n = 1234567
name = "Ada"
print(f"{pi:.3f} {pi:10.2f}| {pi:<10.1f}| {pi:e} {pi:.2e} {pi:g}")
print(f"{n:,} {n:_} {n:x} {n:X} {n:o} {n:b} {n:08d} {-n:+d} {n:>12}|")
print(f"[{name:<8}] [{name:^9}] [{name:>8}] [{name:*^9}] {name!r} {name!s}")
print(f"{0.5:%} {0.25:.1%} {1e16} {-0.0} {1.0} {True} {None} {[1, 'a']}")
print(f"{'nested ' + name}: {len(name)} {n // 1000:03d} {pi * 2:.{3}f}")
width = 7
print(f"{name:>{width}}|{pi:{width}.2f}|{{literal}}")
