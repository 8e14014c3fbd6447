# Reference semantics: one list stored in several places is one list.
def add_to(xs, v):
    xs.append(v)
    return xs

def make_pair():
    shared = [0]
    return shared, [shared, shared]

a = [1, 2]
b = a
b.append(3)
print(a, b, a is b, a == b)
c = add_to(a, 4)
c.append(5)
print(a, c, len(a))
grid = [[0] * 3] * 2
grid[0][1] = 7
print(grid)
rows = [[0] * 3 for _ in range(2)]
rows[0][1] = 7
print(rows)
s, holder = make_pair()
holder[0].append(9)
print(s, holder)
d = {"k": a}
d["k"].append(6)
print(a[-1], d)
t = (a, 1)
t[0].append(7)
print(a, t)
x = [1, 2]
y = x
x += [3]
print(x, y, x is y)
x = x + [4]
print(x, y, x is y)
