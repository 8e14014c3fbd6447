# Nested lists at their edges: += on a row, a row replaced while a name holds
# the old one, repeats and concatenation, rows returned and appended by
# functions, a global grid, a list that holds itself (dynamic), ordering
# of lists of lists, dict values copied shallowly, a loop changing a row.
m = [[1], [2, 3]]
m[0] += [4]
row = m[1]
m[1] = [5]
print(m, row)
print(m * 2, m + [[6]], [[]] * 3, [[]])
e = [[]]
e[0].append(1.5)
print(e)
pairs = [("a", 1)]
pairs[0] = ("b", 2)
x, y = pairs[0]
print(pairs, x, y)
def first(g):
    return g[0]
def add_row(g, n):
    g.append([n] * n)
grid = [[0]]
add_row(grid, 2)
r = first(grid)
r.append(9)
print(grid, r)
GRID = [[1, 2], [3]]
def show():
    for row in GRID:
        print(row)
show()
GRID[1].append(4)
show()
s = []
s.append(s)
print(s)
t = [[1, 2], [1]]
print(t < [[1, 2], [2]], t > [[1]], sorted(t), min([[3], [1, 5]]))
d = {"a": [1], "b": []}
print(sorted(d.values()), list(d.values()), d == {"a": [1], "b": []})
vals = d["a"]
dd = d.copy()
dd["a"].append(2)
print(d, vals)
q = [[1, 2], [3]]
for r2 in q:
    q[1].append(len(r2))
    if len(q[1]) > 4:
        break
print(q)
