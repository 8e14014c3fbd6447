# Typed sets of ints and strs: dedupe, membership, CPython's iteration and
# print order (negative ints, tables that resize), reductions.
def dedupe(xs):
    seen = set()
    out = []
    for x in xs:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def unique_count(xs):
    return len(set(xs))


def squares(n):
    return {i * i for i in range(-n, n)}


def main():
    xs = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, -7, -1, 1000, 33, 65]
    print(dedupe(xs))
    print(unique_count(xs), unique_count([]))
    s = set(xs)
    print(s)
    print(len(s), 4 in s, 8 in s, -7 not in s)
    for x in s:
        print(x, end=" ")
    print()
    print(sorted(s), min(s), max(s), sum(s))
    big = set()
    for i in range(100):
        big.add(i * 37 % 101 - 50)
    print(big)
    print(squares(6))
    print({-1, -2, 2, 8, 16, 24})
    print(set(), {5}, set(range(10, 0, -3)))
    words = "the cat and the hat and the bat".split()
    w = set(words)
    print(len(w), sorted(w), "cat" in w, "dog" in w)
    letters = set("mississippi")
    print(sorted(letters), len(letters))
    counts = {7: 1, -3: 2, 12: 3}
    print(set(counts), sorted(set(counts)))
    flags = {True, False, True}
    print(flags, len(flags))
    nothing = {None}
    nothing.add(None)
    print(nothing, len(nothing), None in nothing)
    if s:
        print("non-empty")
    empty = set()
    if not empty:
        print("empty", empty, str(empty), repr(s))
    print(f"{s}|{empty}")
    print(list({2, 1, 9}))


main()
