# A function called with a list and with a str: one clone iterates a list,
# the other a str (t1_rle's runs()).
def runs(xs):
    groups = []
    for x in xs:
        if groups and groups[-1][0] == x:
            groups[-1] = (x, groups[-1][1] + 1)
        else:
            groups.append((x, 1))
    return groups


def pick(xs, i):
    return xs[i]


def count_first(xs):
    n = 0
    for x in xs:
        if x == xs[0]:
            n += 1
    return n


print(runs([1, 1, 2, 2, 2, 3, 1, 1]))
print(runs("mississippi"))
bits = [int(b) for b in "0001111011000001"]
print(max((n for v, n in runs(bits) if v == 1), default=0))
print(pick([10, 20, 30], 1), pick("abc", 2), pick([1.5, 2.5], -1))
print(count_first("abracadabra"), count_first([3, 1, 3, 3]), count_first(["a", "b", "a"]))
print(pick("xyz", 7))
