# A typed dict that grows while a loop iterates it: CPython's RuntimeError.
seen = {"a": 1, "b": 2}
for k in seen:
    print(k)
    seen[k + k] = 0
