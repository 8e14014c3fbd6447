# sum(), min() and max() of typed dicts and their views, an empty dict's
# sum, and max() of an empty view: CPython's ValueError.
def count(words):
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return d


def main():
    c = count(["x", "y", "x", "z", "x", "y"])
    print(max(c.values()), min(c.values()), sum(c.values()), max(c), min(c.keys()))
    grades = {"ann": 90.5, "bob": 72.0}
    print(max(grades.values()), min(grades.values()), sorted(grades.values()))
    never = {}
    print(sum(never.values()), len(never), never)
    tally: dict[str, int] = {}
    for n in ["b", "a", "b"][1:]:
        tally[n] = tally.get(n, 0) + len(n) * 10
    print(tally, max(tally), sum(tally.values()))
    nothing = {}
    print(max(nothing.values()))


main()
