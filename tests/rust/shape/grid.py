# A grid of ints is a list of shared rows: the outer list has one owner, so
# it is a Vec<py::List<i64>> built and returned by move; a row read out of
# it is the shared row itself (an Rc clone, no copy of the items), and
# grid[i][j] += 1 reads and writes that row in place.
def make_grid(rows, cols):
    return [[0] * cols for _ in range(rows)]

def bump(grid, i, j):
    grid[i][j] += 1

grid = make_grid(2, 3)
bump(grid, 1, 2)
row = grid[0]
row.append(5)
for r in grid:
    print(r, sum(r))
print(grid)
# CHECK: fn make_grid(rows: i64, cols: i64) -> Vec<py::List<i64>> {
# CHECK: t.push(py::list_repeat(&py::list(vec![0_i64]), cols));
# CHECK: fn bump(grid: &[py::List<i64>], i: i64, j: i64) {
# CHECK: let t = py::vec_get(grid, i);
# CHECK: py::list_set(&t, j, py::add(py::list_get(&t, j), 1));
# CHECK: py::list_append(&py::vec_get(&grid, 0), 5);
# CHECK: for r in grid.iter().cloned() {
# CHECK-NOT: py::Obj
# CLONES-AT-MOST: 0
