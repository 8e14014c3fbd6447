# Calls: methods (py.method, keywords named in the imm, receiver first),
# attributes as values (py.getattr), builtins on `?` or runtime-only shapes
# (py.builtin), typed builtins kept, starred arguments as one list ("zip*"),
# builtins and functions as values, calls of values (py.callv).
def rank(w):
    return len(w)


def f(words, n: int, s: str):
    words.sort(key=len, reverse=True)
    g = words.append
    m = max(words, key=rank)
    k = len(s)
    r = range(n)
    z = list(zip(*words))
    h = rank
    return g, m, k, r, z, h(s), int("12"), sorted(words), max(n, 2.5), abs(n), pow(3, n, 7)


print(f(["a", "bb"], 2, "xyz"))
# CHECK: fn @rank(?) -> ?
# CHECK: py.builtin "len" v0
# CHECK: fn @f(?, int, str) -> ?
# CHECK: v3: ? = py.builtin_ref "len"
# CHECK: py.method "sort:key,reverse" v0, v3, v4
# CHECK: "g": ? = py.getattr "append" v0
# CHECK: v7: ? = py.func_ref @rank()
# CHECK: "m": ? = py.builtin "max:key" v0, v7
# CHECK: "k": int = builtin len(v2)
# CHECK: "r": range = range.new v10, v1, v11
# CHECK: v13: ? = py.list !
# CHECK-NEXT: py.method "extend" v13, v0
# CHECK-NEXT: py.builtin "zip*" v13
# CHECK-NEXT: py.builtin "list"
# CHECK: "h": ? = py.func_ref @rank()
# CHECK: py.callv v17, v2
# CHECK: py.builtin "int" v19
# CHECK: py.builtin "sorted" v0
# CHECK: py.builtin "max" v1,
# CHECK: int.abs v1
# CHECK: py.builtin "pow" v
