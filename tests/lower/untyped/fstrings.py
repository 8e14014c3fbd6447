# f-strings: str.build of the pieces; each field is py.format of the value
# (after to_repr for !r, to_str for !s) and its spec, "" when absent; a
# nested spec is itself an f-string.
def f(name, n: int, w):
    return f"{name!r:>10} has {n:08d} items ({n/3:.{w}f}) {name} {name!s}"


print(f("x", 5, 2))
print(f"{1}")
# CHECK: v3: str = to_repr v0
# CHECK-NEXT: const.str ">10"
# CHECK-NEXT: v5: str = py.format v3, v4
# CHECK: v8: str = py.format v1, v7
# CHECK: v11: float = int.truediv v1, v10
# CHECK-NEXT: const.str "."
# CHECK-NEXT: v13: str = const.str ""
# CHECK-NEXT: v14: str = py.format v2, v13
# CHECK-NEXT: const.str "f"
# CHECK-NEXT: v16: str = str.build v12, v14, v15
# CHECK-NEXT: v17: str = py.format v11, v16
# CHECK: py.format v0,
# CHECK: to_str v0
# CHECK: str.build v5,
# CHECK: fn @__module__
# CHECK: py.format
# CHECK-NOT: str.build
# CHECK: print
