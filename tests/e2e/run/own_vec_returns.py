# A list built in one function and returned is moved to the caller: the
# caller owns it, changes it and lends it on; returning a parameter keeps
# one list shared by both names.
def squares(n):
    out = []
    for i in range(n):
        out.append(float(i) ** 2)
    return out


def evens(xs):
    kept = []
    for x in xs:
        if int(x) % 2 == 0:
            kept.append(x)
    return kept


def tagged(xs):
    xs.append(-1.0)
    return xs


def pick(flag):
    a = [1, 2]
    b = [3]
    if flag:
        c = a
    else:
        c = b
    c.append(0)
    return c


sq = squares(6)
ev = evens(sq)
ev.append(100.0)
print(sq, ev)
t = tagged(ev)
t.append(7.5)
print(ev, t, ev == t, len(ev), len(sq))
print(pick(True), pick(False))
acc = []
for k in range(3):
    row = squares(k)
    acc += row
print(acc)


def halves(xs):
    return xs[:2], xs[2:]


lo, hi = halves([4, 3, 2, 1])
lo.append(9)
hi.sort()
print(lo, hi, lo + hi)
