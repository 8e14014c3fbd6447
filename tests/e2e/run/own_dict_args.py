# Dicts lent to functions: a reader gets a &Dict, a changer a &mut Dict; the
# caller's dict sees every change, as in CPython, and nothing is copied.
def tally(d, words):
    for w in words:
        d[w] = d.get(w, 0) + 1


def total(d):
    s = 0
    for k in d:
        s += d[k]
    return s


def describe(d):
    return f"{len(d)} keys, {d}"


def shrink(d, key):
    if key in d:
        del d[key]
    d.setdefault("zz", 0)
    return d.pop("zz", -1)


def relay(d):
    # lent on to a callee that changes it, then to one that reads it
    tally(d, ["x", "y", "x"])
    return total(d)


def merge(d, e):
    d.update(e)
    e.clear()
    return d == e


def mark(d):
    d["marked"] = 1
    return len(d)


def main():
    counts = {}
    tally(counts, "the cat and the hat".split())
    print(counts, total(counts), describe(counts))
    popped = shrink(counts, "cat")
    print(counts)
    print(popped)
    n = relay(counts)
    print(counts)
    print(n)
    other = {"q": 7}
    same = merge(counts, other)
    print(counts, other, len(other), not other)
    print(same)
    # a call that changes the dict nested in one that reads it: shared
    shown = {"s": 1}
    print(mark(shown), shown)
    nums = {1: 2.5, 2: 0.5}
    print(nums, nums.get(3, 1.5), 2 in nums, sorted(nums), max(nums.values()))


main()
