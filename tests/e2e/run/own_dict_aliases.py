# Dicts aliased through variables and containers: `e = d` while d is still
# used, one dict under two names after a branch, a dict in a tuple, a list
# or a global: every name sees every change, as in CPython.
def grow(flag):
    d = {"a": 1}
    e = d
    e["b"] = 2
    if flag:
        f = d
    else:
        f = {"c": 3}
    f["z"] = 26
    print(d, e, f, d is e)
    return d


g = {}


def remember(k, v):
    g[k] = v


def boxed():
    d = {1: True}
    t = (d, 5)
    t[0][2] = False
    print(d, t)
    xs = [d]
    xs[0][3] = True
    print(d, xs)


print(grow(True))
print(grow(False))
remember("one", 1)
remember("two", 2)
print(g, len(g))
h = g
h["three"] = 3
print(g, h == g)
boxed()
d1 = {"k": 1}
d2 = d1.copy()
d2["k"] = 2
print(d1, d2, d1 == d2, d1 != d2)
