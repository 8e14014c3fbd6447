# Aliasing: every name for a list sees every change, as in CPython.
LOG = []


def note(msg):
    LOG.append(msg)
    return len(LOG)


def grow(xs, x):
    xs.append(x)
    xs[0] = xs[0] + 1


def fresh(xs):
    ys = xs.copy()
    ys.append(-1)
    return ys


a = [1, 2]
b = a
grow(b, 3)
grow(a, 4)
print(a, b, a == b)
c = fresh(a)
print(a, c, a == c, a < c)
note("one")
note("two")
print(note("three"), LOG)
d = a
d += [5]
print(a, d)
d = d + [6]
print(a, d)
e = [0.5]
f = e
e *= 3
print(f, f is e)
g = [1, 2, 3]
h = g
print(g is h, g is not [1, 2, 3])
h.sort(reverse=True)
print(g, sorted(g, reverse=True))
m = [True, True, False]
print(sum(m), m[-1])
