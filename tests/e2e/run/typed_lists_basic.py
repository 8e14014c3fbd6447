# Lists of one scalar type are typed Vecs, shared by reference.
def fill(xs, n):
    i = 0
    while i < n:
        xs.append(i * 0.5)
        i += 1
    return xs


def total(xs):
    t = 0
    for x in xs:
        t += x
    return t


a = [3, 1, 2]
b = a
b.append(7)
print(a, b, len(a), a[0], a[-1])
fs = fill([], 4)
same = fill(fs, 1)
same[0] = -1.0
print(fs, same, len(fs))
print(total([1, 2, 3]), total(a))
names = ["ann", "it's", 'say "hi"', ""]
print(names, names[1], len(names))
print(str(names), repr(["x"]), [True, False], [None, None])
flags = [True]
flags.append(False)
flags[0] = flags[1]
print(flags)
empty = []
print(empty, len(empty), bool(empty), not empty)
empty.append("s")
print(empty, bool(empty), not empty)
if a:
    print("a is not empty")
if not []:
    print("[] is empty")
grid = [0] * 5
grid[2] = 9
print(grid, 2 * [1.5], [0.1] * 0, [7] * -1)
print(f"{grid} {names!r} {[2.5]}")
