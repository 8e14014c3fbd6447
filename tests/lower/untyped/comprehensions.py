# Comprehensions are inline loops into a fresh py.list/py.set/py.dict; their
# variables are their own (x and v below stay the module's); a generator
# expression consumed whole is a list; any()/all() stop at the first
# truthy/falsy element.
x = "outer"
v = 7
grid = [[r * 3 + c for c in range(3)] for r in range(2)]
flat = [v for row in grid for v in row if v % 2 == 0]
sq = {v * v for v in flat}
inv = {v: i for i, v in enumerate(flat)}
total = sum(v for v in flat)
word = "".join(str(v) for v in flat)
has = any(v > 3 for v in flat)
every = all(v > 3 for v in flat)
same = [x for x in x]
print(x, v, grid, flat, sq, inv, total, word, has, every, same)
# CHECK: v0 "x": str = const.str "outer"
# CHECK: v1 "v": int = const.int 7
# CHECK: v2 "grid": ? = py.list !
# CHECK: block2(v8 "r": int):
# CHECK-NEXT: v9: ? = py.list !
# CHECK: v15 "flat": ? = py.list !
# CHECK-NEXT: py.iter v2
# CHECK: py.method "append" v9, v20
# CHECK: py.method "append" v2, v9
# CHECK: block8(v23 "row": ?):
# CHECK-NEXT: py.iter v23
# CHECK: "sq": ? = py.set !
# CHECK: condbr v32, block13, block10
# CHECK: py.method "append" v15, v27
# CHECK: py.method "add" v25, v35
# CHECK: "inv": ? = py.dict !
# CHECK: py.unpack v40, 2
# CHECK: py.setitem v37, v43, v42
# CHECK: v44: ? = py.list !
# CHECK: "total": ? = py.builtin "sum" v44
# CHECK: "word": ? = py.method "join" v49, v50
# CHECK: block26(v57 "has": bool):
# CHECK: condbr v62, block26(v63), block30
# CHECK: br block26(v64)
# CHECK: "same": ? = py.list !
# CHECK-NEXT: py.iter v0
# CHECK: condbr v71, block35, block31(v72)
# CHECK: print v0, v1, v2,
