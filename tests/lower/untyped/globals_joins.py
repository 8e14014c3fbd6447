# Globals whose type the lowering cannot know (a container, values of
# different types) are `?`; joins of different types are `?` block
# parameters: a conditional expression, and a variable bound to an int and
# a str (lowered a second time with its joins `?`).
table = {}
count = 0


def add(k):
    global count
    table[k] = count
    count = "many"


def pick(c: bool, n: int):
    v = n if c else "none"
    w = 1
    if c:
        w = "one"
    return v, w, c or "no"


add("a")
print(table, count, pick(True, 3))
# CHECK: global @table: ?
# CHECK: global @count: ?
# CHECK: fn @add(?) -> None
# CHECK: v1: ? = global.get @count
# CHECK: v2: ? = global.get @table
# CHECK-NEXT: py.setitem v2, v0, v1
# CHECK: global.set @count, v3
# CHECK: fn @pick(bool, int) -> ?
# CHECK: block3(v3 "v": ?):
# CHECK: block5(v6 "w": ?):
# CHECK: fn @__module__
# CHECK: v0: ? = py.dict
# CHECK-NEXT: global.set @table, v0
# CHECK: global.set @count, v1
