# Keys replaced while a typed dict is iterated (same size): CPython's
# RuntimeError once the loop meets more keys than the dict had.
d = {"a": 1, "b": 2}
for k in d:
    print(k)
    del d[k]
    d[k + "x"] = 0
