# Lambdas are lifted to module-level functions: keys for sorted/min/max,
# lambdas stored in variables, nested lambdas, and globals read when the
# lambda runs (late binding, as in CPython).
pairs = [("pear", 3), ("fig", 1), ("apple", 3), ("kiwi", 2)]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: (-p[1], p[0])))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(max(pairs, key=lambda p: p[1]), min([3, -4, 2], key=lambda v: abs(v)))

scale = 10
times = lambda x: x * scale
print(times(4))
scale = 3
print(times(4), times(1.5))

add = lambda a, b: a + b
print(add(1, 2), add("x", "y"), add([1], [2]))


def rank(words):
    return sorted(words, key=lambda w: (len(w), w))


def by_count(counts):
    return sorted(counts, key=lambda k: counts_weight(k))


def counts_weight(k):
    return -len(k)


print(rank(["pear", "fig", "apple", "kiwi"]))
print(by_count(["a", "abc", "ab"]))
answer = lambda: 42
print(answer())
twice = lambda x: (lambda y: y + 1)(x) * 2
print(twice(5))
print((lambda s: s.upper())("up"))
keys = [lambda v: v, lambda v: -v]
print([sorted([2, 3, 1], key=k) for k in keys])
