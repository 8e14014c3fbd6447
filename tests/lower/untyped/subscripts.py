# Subscripts: py.getitem (typed tuple.get for a typed tuple and a constant),
# slices as py.slice with None for the missing parts, stores, del, and
# a[i] += v evaluating a and i once.
def f(xs, i):
    a = xs[i]
    b = xs[1:]
    c = xs[::-1]
    xs[i] = a
    xs[i] += 2
    del xs[0]
    t = (1, "a")
    return a, b, c, t[1], t[i]


print(f([1, 2, 3], 1))
# CHECK: v2 "a": ? = py.getitem v0, v1
# CHECK: v3: int = const.int 1
# CHECK-NEXT: v4: None = const.none
# CHECK-NEXT: v5: None = const.none
# CHECK-NEXT: v6: ? = py.slice v3, v4, v5
# CHECK-NEXT: "b": ? = py.getitem v0, v6
# CHECK: py.slice v8, v9, v10
# CHECK: py.setitem v0, v1, v2
# CHECK-NEXT: v13: ? = py.getitem v0, v1
# CHECK-NEXT: const.int 2
# CHECK-NEXT: v15: ? = py.inplace add v13, v14
# CHECK-NEXT: py.setitem v0, v1, v15
# CHECK: py.delitem v0, v16
# CHECK: v20: str = tuple.get v19, 1
# CHECK-NEXT: py.getitem v19, v1
