# Lists of tuples of scalars (list[tuple[str,int]]): appended, indexed,
# unpacked in a for, sorted as CPython orders tuples, printed with repr.
pairs = []
for name, score in [("bob", 7), ("amy", 9), ("cat", 7), ("amy", 3)]:
    pairs.append((name, score))
print(pairs, len(pairs), pairs[1], pairs[-1][0])
pairs.sort()
print(pairs)
print(sorted(pairs, reverse=True))
for name, score in pairs:
    print(f"{name}: {score}")
print(("cat", 7) in pairs, ("cat", 8) in pairs, pairs.index(("bob", 7)))
print(min(pairs), max(pairs))

# ties on the first item fall to the second; floats compare as Python's
pts = [(1.5, 2.0), (1.5, -1.0), (-0.0, 3.0), (0.0, 1.0)]
pts.sort()
print(pts)
flags = [(True, "x"), (False, "y"), (True, "a")]
print(sorted(flags))
nones = [(1, None), (0, None)]
nones.sort()
print(nones)

# one-item tuples print with their comma
singles = [(3,), (1,)]
singles.sort()
print(singles, singles[0])

# typed dict items as a sorted list of tuples
stock = {"pear": 4, "apple": 10, "fig": 0}
items = sorted(stock.items())
print(items)
listed = list(stock.items())
listed.append(("kiwi", 2))
print(listed, listed == items)
for fruit, n in sorted(stock.items()):
    print(fruit, n)

# a tuple of mixed kinds at one position stays dynamic
mixed = [(1, "a"), ("b", 2)]
mixed.sort(key=str)
print(mixed)
