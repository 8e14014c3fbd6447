# Typed-list shapes that stay typed: identity, sorting with reverse=,
# in-place repetition and the sum of a list of bools.
def same(a, b):
    return a is b


xs = [3, 1, 2]
ys = xs
zs = [3, 1, 2]
print(xs is ys, xs is zs, xs is not ys, xs is not zs, xs == zs)
print(same(xs, ys), same(xs, zs), same(zs, zs[:]))
xs.sort(reverse=True)
print(xs, ys)
xs.sort(reverse=False)
print(xs)
down = len(xs) > 2
print(sorted(zs, reverse=down), sorted(zs, reverse=not down), zs)
fl = [0.0, -0.0, 1.5, -0.0, 0.0]
fl.sort(reverse=True)
print(fl, sorted([-0.0, 0.0, 2.5], reverse=True))
ws = ["b", "a", "c"]
print(sorted(ws, reverse=True))
xs *= 2
print(xs, ys, xs is ys)
xs *= True
print(xs)
xs *= -1
print(xs, ys, len(ys))
ns = [7]
ns *= 0
print(ns)
bs = [True, False, True, True]
print(sum(bs), sum([False]), sum(bs[:0]))
bs.append(False)
bs *= 3
print(sum(bs), bs.count(True))
