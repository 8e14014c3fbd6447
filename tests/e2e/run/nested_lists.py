# Lists of lists (list[list[int]]): the inner lists are shared, so a name
# bound to a row sees every change made through the grid and back.
def make_grid(rows, cols):
    return [[0] * cols for _ in range(rows)]

def bump(grid, i, j):
    grid[i][j] += 1

def total(grid):
    s = 0
    for row in grid:
        for v in row:
            s += v
    return s

g = make_grid(3, 4)
bump(g, 1, 2)
bump(g, 1, 2)
g[0][0] = 7
g[2][3] -= 5
print(g, total(g), len(g), len(g[0]))
row = g[1]
row.append(9)
print(g[1], len(g[1]), row is g[1])
g[1][0] = 4
print(row)

# the same row repeated: one list, three names for it
shared = [[0] * 3] * 2
shared[0][1] = 5
print(shared, shared[0] is shared[1])

# empty inner lists, printing, equality, membership
m = [[], [1], [2, 3]]
m[0].append(10)
print(m, m == [[10], [1], [2, 3]], [1] in m, [4] in m, m != [[10]])
empty = [[] for _ in range(2)]
print(empty, len(empty[1]))
empty[1].extend([1, 2])
print(empty)

# a comprehension over rows, sorting rows, min/max free operations
squares = [[i * j for j in range(1, 4)] for i in range(1, 4)]
print(squares, [sum(r) for r in squares])
rows = [[3, 1], [1, 2, 3], [1, 2], [2]]
rows.sort()
print(rows, sorted(rows, reverse=True))
print(rows.index([2]), rows.count([1, 2]))
rows.remove([1, 2])
popped = rows.pop()
print(rows, popped)
rows.insert(0, [0])
print(rows)

# a copy is shallow: the rows are still shared
copy = rows[:]
copy[1].append(99)
copy.append([5])
print(rows, copy)

# three levels
cube = [[[k] for k in range(2)] for _ in range(2)]
cube[0][1].append(7)
print(cube, cube[0][1][1])

# floats and strings nested
fl = [[0.5, -0.0], [1e16]]
words = [["a", "b"], []]
words[1].append("c'd")
print(fl, words)

# for with a row variable: changing it changes the grid
for r in g:
    r.append(len(r))
print(g)

# a list of mixed rows stays dynamic and still prints as CPython
mixed = [[1, "a"], [2.5]]
mixed[0].append(None)
print(mixed)
