# in / not in: py.contains with the container first; is / is not with a `?`
# operand: py.cmp is / is_not; not of a `?` truth: == False.
def f(x, c):
    a = x in c
    b = x not in c
    d = x is None
    e = x is not c
    g = not x
    return a, b, d, e, g, x < c, 1 in (1, 2), (1, 2) < (1, 3), x is 3


print(f(1, [1]))
# CHECK: "a": ? = py.contains v1, v0
# CHECK: v3: ? = py.contains v1, v0
# CHECK-NEXT: v4: bool = const.bool false
# CHECK-NEXT: "b": ? = py.cmp eq v3, v4
# CHECK: "d": ? = py.cmp is v0, v6
# CHECK: "e": ? = py.cmp is_not v0, v1
# CHECK: v9: ? = py.truth v0
# CHECK: "g": ? = py.cmp eq v9, v10
# CHECK: py.cmp lt v0, v1
# CHECK: py.contains v
# CHECK: py.cmp lt v
# CHECK: py.cmp is v0,
