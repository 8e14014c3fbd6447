# Set algebra on typed sets, in-place forms, comparisons, aliasing (one set
# behind two names), sets passed to and returned from functions.
def evens(n):
    return {i for i in range(0, n, 2)}


def add_all(s, xs):
    for x in xs:
        s.add(x)


def main():
    a = {1, 2, 3, 4, 5, -1}
    b = evens(10)
    print(a | b, a & b, a - b, b - a, a ^ b)
    print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
    print(a == b, a != b, a == {5, 4, 3, 2, 1, -1}, {1, 2} <= a, {1, 9} <= a, a >= {1}, {1} < a, a < a, a > {2})
    print({1, 2}.issubset(a), a.issuperset({7}), a.isdisjoint({100, 200}), a.isdisjoint(b))
    c = a
    c.add(99)
    print(a, 99 in a)
    c |= {7, 8}
    print(a)
    c -= {1, 2}
    print(a)
    c &= {3, 4, 5, 7, 99, 1000}
    print(a)
    c ^= {3, 42}
    print(a)
    d = a.copy()
    d.add(-5)
    print(a, d)
    add_all(d, [10, 20, 30])
    print(d, len(d))
    d.discard(10)
    d.discard(12345)
    d.remove(20)
    print(d)
    d.update({1, 2, 3})
    d.update(d)
    print(d)
    popped = []
    while d:
        popped.append(d.pop())
    print(popped, d)
    e = {5, 6}
    e.clear()
    e.add(7)
    print(e)
    grow = set()
    for i in range(20):
        grow |= {i * 3}
    print(grow)
    same = {1, 2, 3}
    same &= same
    print(same)
    same ^= same
    print(same)
    names = {"x", "y"}
    other = names
    other.add("z")
    print(sorted(names), len(names), names == {"z", "y", "x"})


main()
