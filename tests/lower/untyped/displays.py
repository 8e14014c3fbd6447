# Displays: [..] py.list, {k: v} py.dict (operands alternate), {..} py.set,
# tuples stay typed; starred items extend a fresh list, ** updates a dict.
def f(a, b):
    xs = [a, b]
    d = {a: 1, "k": b}
    s = {a, b}
    t = (1, a)
    ys = [*xs, a]
    e = {**d, "z": 2}
    u = (*xs, 3)
    return xs, d, s, t, ys, e, u


print(f(1, 2))
# CHECK: fn @f(?, ?) -> ?
# CHECK: "xs": ? = py.list v0, v1
# CHECK: v5 "d": ? = py.dict v0, v3, v4, v1
# CHECK: "s": ? = py.set v0, v1
# CHECK: "t": tuple[int,?] = tuple.new
# CHECK: v9 "ys": ? = py.list !
# CHECK-NEXT: py.method "extend" v9, v2
# CHECK-NEXT: py.method "append" v9, v0
# CHECK: v12 "e": ? = py.dict !
# CHECK-NEXT: py.method "update" v12, v5
# CHECK: py.setitem v12,
# CHECK: v16: ? = py.list !
# CHECK-NEXT: py.method "extend" v16, v2
# CHECK: py.method "append" v16, v18
# CHECK-NEXT: "u": ? = py.builtin "tuple" v16
