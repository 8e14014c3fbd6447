# Typed sets met by the rest of the language: globals, returns, str()/repr()/
# f-strings, truth, sets never added to, str and range sources, sets of
# bools, update() with lists, and a set whose sorted() list becomes dynamic (both fall back).
SEEN = set()


def remember(x):
    SEEN.add(x)
    return len(SEEN)


def letters(text):
    return {c for c in text if c.isalpha()}


def evens_upto(n):
    return set(range(0, n, 2))


def keep(xs):
    s = set(xs)
    s.update(xs)
    print(s)
    return xs


def main():
    for x in [5, 3, 5, 8]:
        print(remember(x), end=" ")
    print(SEEN)
    ls = letters("hello, world")
    print(len(ls), sorted(ls), min(ls), max(ls), "o" in ls)
    e = evens_upto(11)
    print(str(e), repr(e), f"{e}", f"[{e!r}]", sum(e), min(e), max(e))
    print(bool(e), not e, bool(set()), not set())
    never = set()
    print(never, len(never), sum(never), 1 in never)
    b = {x > 2 for x in [1, 2, 3]}
    print(b, True in b)
    print(len(set("abracadabra")), sorted(set("abracadabra")))
    words = "pear fig apple fig kiwi".split()
    uniq = set(words)
    print(max(sorted(uniq), key=len), len(uniq))
    t = e
    t.discard(4)
    print(e, e == t, t <= e)
    grown = {1}
    more = [5, 3, 5]
    grown.update(more)
    grown.update([-1, 64, 9])
    shared = [2, 4]
    alias = shared
    alias.append(6)
    grown.update(shared)
    print(grown, shared)
    kept = keep([7, 7, 1])
    kept.append(0)
    print(kept)
    n = {None}
    n.discard(None)
    print(n)


main()
