# Sets the typed runtime does not cover stay dynamic objects, with CPython's
# answers: floats (0.0 == -0.0, 1 == 1.0), mixed items, tuples, a set in a
# list, a set compared by identity.
def main():
    f = {0.0, -0.0, 1.5}
    print(f, len(f))
    mixed = {1, 1.0, True, "one"}
    print(len(mixed), 1 in mixed)
    pairs = {(1, 2), (2, 1), (1, 2)}
    print(pairs)
    holder = [{1, 2}, {3}]
    holder[0].add(5)
    print(holder)
    s = {1, 2}
    t = s
    print(s is t, s is not {1, 2})
    u = {3, 4}
    u.add("x")
    print(len(u), "x" in u, 3 in u)
    v = {1, 2}
    print(v.union([3, 4]) == {1, 2, 3, 4})


main()
