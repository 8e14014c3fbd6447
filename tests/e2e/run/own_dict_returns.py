# Dicts returned and handed back: a builder's dict moves out to its caller;
# a parameter handed back is the caller's own dict, so both names see one
# dict, as in CPython.
def build(n):
    squares = {}
    for i in range(n):
        squares[i] = i * i
    return squares


def echo(d):
    return d


def add_one(d):
    d["one"] = 1
    return d


def pick(flag):
    a = {"a": 0}
    b = {"b": 1}
    if flag:
        return a
    return b


def main():
    sq = build(5)
    print(sq, sum(sq), sum(sq.values()), min(sq.values()), max(sq), sorted(sq.values()))
    lit = {5: 25}
    same = echo(lit)
    same[9] = 81
    print(lit, same == lit, len(lit))
    base = {}
    got = add_one(base)
    got["two"] = 2
    print(base, got)
    print(pick(True), pick(False))
    for k, v in build(3).items():
        print(k, v)
    print(sorted(build(4)), list(build(2)))


main()
