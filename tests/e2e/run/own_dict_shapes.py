# Owned dicts in every shape the emitter writes: a lent parameter whose
# name is then given a new dict (and the same for a list), dicts joined at
# an if/else and carried round a loop, compared, printed, formatted,
# tested for truth, returned from inside a loop over them, updated,
# copied, cleared, with None and bool keys, changed just before a break.
def f(d):
    d["a"] = 1
    d = {}
    d["b"] = 2
    print(d)


def f_list(xs):
    xs.append(1)
    xs = []
    xs.append(2)
    print(xs)


def pick(c):
    if c:
        d = {"x": 1}
    else:
        d = {"y": 2}
    d["z"] = 3
    return d


def loop_carried(n):
    d = {}
    for i in range(n):
        if i % 2:
            d = {}
        d[i] = i
    return d


def reads(d, e):
    print(d == e, d != e, len(d), bool(d), not e, f"{d}", str(e), repr(d))
    if d:
        print("nonempty")


def early(d):
    for k in d:
        if k == "b":
            return k
    return "none"


def upd(d, e):
    d.update(e)
    e["q"] = 9
    print(d.setdefault("w", 5), d.pop("w"), d.pop("zz", -1), d.get("a", 0))


def cp(d):
    e = d.copy()
    e["new"] = 1
    print(d, e)
    del e["new"]
    e.clear()
    print(e, d)


def nonekeys():
    d = {None: 1.5}
    d[None] = 2.5
    b = {True: "t", False: "f"}
    print(d, b, b[True], sorted(b), min(b), max(b.values()))


def main():
    x = {"a": 0}
    f(x)
    print(x)
    a = [0]
    f_list(a)
    print(a)
    print(pick(True), pick(False))
    print(loop_carried(5))
    reads({"a": 1}, {"a": 1})
    reads({}, {"b": 2})
    y = {"a": 1, "b": 2}
    print(early(y), early({"c": 3}))
    z = {"a": 1}
    upd(z, {"m": 2})
    print(z)
    cp({"k": 1})
    nonekeys()
    w = {}
    for i in range(3):
        w[str(i)] = i
    for k, v in w.items():
        print(k, v, w[k], k in w)
    total = 0
    for v in w.values():
        total += v
    w["total"] = total
    print(w, sum(w.values()), list(w), list(w.keys()), sorted(w.values()))
    for k in w:
        if k == "1":
            w["late"] = 1
            break
    print(w)


main()
