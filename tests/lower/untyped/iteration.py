# for over a `?`: py.iter (iter[?]) and iter.next; unpacking a `?` through
# py.unpack N / py.unpack_ex (before << 16 | after) then tuple.get; a typed
# tuple of the right length unpacks typed.  total is bound to an int and a
# `?`: its joins are `?` (a second lowering attempt).
def f(pairs):
    total = 0
    for k, v in pairs:
        total += v
    for x in pairs:
        print(x)
    a, (b, c) = pairs[0], (1, 2)
    first, *rest = pairs
    *init, last = pairs
    p, q = pairs[0]
    return total, a, b, c, first, rest, p, q, init, last


print(f([("a", 1), ("b", 2)]))
# CHECK: v2: iter[?] = py.iter v0
# CHECK: block1(v3 "total": ?):
# CHECK-NEXT: iter.next v2, block2, block3
# CHECK: block2(v4: ?):
# CHECK-NEXT: v5: tuple[?,?] = py.unpack v4, 2
# CHECK-NEXT: "k": ? = tuple.get v5, 0
# CHECK-NEXT: "v": ? = tuple.get v5, 1
# CHECK-NEXT: "total": ? = py.inplace add v3, v7
# CHECK: "b": int = tuple.get v17, 0
# CHECK: v20: tuple[?,?] = py.unpack_ex v0, 65536
# CHECK-NEXT: "first": ? = tuple.get v20, 0
# CHECK-NEXT: "rest": ? = tuple.get v20, 1
# CHECK: py.unpack_ex v0, 1
# CHECK: py.unpack v
