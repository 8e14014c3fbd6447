# Owned dicts in loops: lent to a reader while a loop iterates them, changed
# in a loop over their sorted keys, iterated twice at once, grown by a
# while loop, given a new dict round a loop, read twice in one list.
def total(d):
    return sum(d.values())


def bump(d, k):
    d[k] = d.get(k, 0) + 1


def first_big(d):
    for k in d:
        if d[k] > 1:
            return d
    return {}


def main():
    d = {"a": 1, "b": 2}
    for k in d:
        print(k, total(d))
    for k in sorted(d):
        d[k] += 1
        bump(d, k + "x")
    print(d)
    for k in d.keys():
        for j in d.values():
            print(k, j, end=" ")
    print()
    r = first_big({"z": 5})
    print(r)
    f = {"x": 0.5}
    f["x"] = f.get("x", 0.0) + 1.5
    f["y"] = f["x"] * 2
    print(f, f"{f!r}", min(f.values()), max(f))
    e = {}
    while len(e) < 3:
        e[len(e)] = str(len(e))
    print(e, e == {0: "0", 1: "1", 2: "2"})
    for k in range(2):
        e = {}
    print(e)
    g = {"p": 1}
    try_moves = [g.get("p", 0), len(g)]
    print(try_moves, g)


main()
