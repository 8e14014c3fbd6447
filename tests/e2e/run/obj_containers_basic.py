# Lists, dicts, sets and tuples: indexing with negative indices, in, len,
# iteration, methods, and printing nested containers like CPython.
xs = [3, 1, 4, 1, 5, 9, 2, 6]
print(xs[0], xs[-1], xs[-3], len(xs), 4 in xs, 7 in xs, 7 not in xs)
xs.sort()
print(xs, sorted(xs, reverse=True), xs.index(4), xs.count(1))
xs.insert(0, 10)
xs.remove(1)
print(xs, xs.pop(), xs.pop(0), xs)
d = {"b": 2, "a": 1}
d["c"] = 3
d["a"] = 10
print(d, len(d), "a" in d, "z" in d, d.get("z"), d.get("z", 0), d["c"])
for k in d:
    print(k, d[k], end="; ")
print()
for k, v in d.items():
    print(k, v, end=" | ")
print()
print(list(d.keys()), list(d.values()), sorted(d))
del d["b"]
print(d, d.pop("c"), d)
s = {3, 1, 2}
s.add(5)
s.discard(1)
print(sorted(s), len(s), 2 in s, {1, 2} | {2, 3}, {1, 2} & {2, 3}, {1, 2} - {2})
t = (1, "two", 3.0, None, True)
print(t, t[1], t[-1], len(t), "two" in t)
nested = [[1, [2, 3]], {"k": (4, 5)}, set(), (), (1,), [], {}, "q'uote", 'd"q']
print(nested)
print(repr("it's"), str([1.0, -0.0, 1e16, 1e-5, float("inf")]))
empty = []
print(empty, not empty, bool([0]), len(empty))
