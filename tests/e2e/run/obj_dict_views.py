# dict.keys()/values()/items() are live views that print as CPython prints them.
d = {"a": 1, "b": 2}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it, len(k), "a" in k, 2 in v, ("a", 1) in it, ("a", 2) in it)
d["c"] = 3
print(k, list(v), sorted(it), k == {"a": 0, "b": 0, "c": 0}.keys(), bool({}.keys()))
for key, val in d.items():
    print(key, val)
print(max(d.values()), sum(d.values()), sorted(d.keys(), reverse=True))
