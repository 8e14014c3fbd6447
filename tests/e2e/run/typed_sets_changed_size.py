# A typed set that grows while a loop iterates it: CPython's RuntimeError.
seen = {1, 2, 3}
for x in seen:
    print(x)
    seen.add(x + 10)
