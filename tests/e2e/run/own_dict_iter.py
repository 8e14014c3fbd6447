# Iterating dicts: one only read while it is iterated, or changed only after
# its loops, stays a plain Dict, and so does one changed just before a
# break (CPython raises only when the loop asks for the next key); one
# changed while its loop goes on is shared and raises CPython's
# RuntimeError.
def invert(d):
    out = {}
    for k, v in d.items():
        out[v] = k
    return out


def scale(d):
    for k in d.keys():
        print(k, d[k], k in d)
    total = 0
    for v in d.values():
        total += v
    d["sum"] = total
    print(d)


def add_then_stop(d):
    for k in d:
        d[k + "!"] = 0
        break
    print(d)


print(invert({"a": 1, "b": 2, "c": 1}))
scale({"x": 3, "y": 4})
add_then_stop({"p": 1})
grow = {"a": 1, "b": 2}
for k in grow:
    print(k)
    grow[k * 3] = 3
