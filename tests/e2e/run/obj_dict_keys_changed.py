# A dynamic dict whose keys are replaced while it is iterated, at the same
# size: CPython's RuntimeError, not an endless loop.
d = {1: "a", "two": 2}
for k in d:
    print(k)
    del d[k]
    d[str(k) + "!"] = 0
print("unreachable", d)
