# Tuples that hold lists (tuple[str,list[int]]): the list read back out is
# the one stored (shared); the items of a dict of lists iterate as such
# tuples; a tuple holding a dict, or stored in a list, stays dynamic.
def stats(xs):
    return (len(xs), xs)

n, lst = stats([3, 1])
lst.append(4)
print(n, lst)
pair = ("k", [1, 2])
pair[1].append(3)
print(pair, pair[1])
other = pair if n > 5 else ("j", [9])
print(other)
holder = [pair]
print(holder)
d = {"a": [1], "b": [2, 3]}
for k, v in d.items():
    v.append(len(k))
print(d)
items = list(d.items())
print(items)
tt = (1, (2, [3]))
print(tt)
def swap(p):
    a, b = p
    return (b, a)
print(swap(("x", [0])))
x = ([1], {"q": 1})
print(x)
