# The ownership pass: a list built and returned is moved (no copy), lent
# to a reader as a slice and to a changer as &mut Vec, changed through
# methods, consumed by a `for` when nothing else holds it; `b = a` makes
# two names for one Rust variable.
def squares(n):
    out = []
    for i in range(n):
        out.append(i * i)
    return out

def bump(xs):
    for i in range(len(xs)):
        xs[i] = xs[i] + 1

def total(xs):
    s = 0
    for x in xs:
        s += x
    return s

sq = squares(5)
bump(sq)
print(sq, total(sq))
for q in squares(3):
    print(q)
a = [1.5]
b = a
b.append(2.5)
print(a, b)
# CHECK: fn squares(n: i64) -> Vec<i64> {
# CHECK: let mut out = Vec::<i64>::new();
# CHECK: out.push(py::mul(i, i));
# CHECK: fn bump(xs: &mut Vec<i64>) {
# CHECK: xs.py_set(i, py::add(py::vec_get(xs, i), 1));
# CHECK: fn total(xs: &[i64]) -> i64 {
# CHECK: for x in xs.iter().copied() {
# CHECK: let mut sq = squares(5);
# CHECK: bump(&mut sq);
# CHECK: total(&sq)
# CHECK: for q in squares(3) {
# CHECK: let mut a = vec![1.5];
# CHECK: a.push(2.5);
# CHECK: py::print(&[&a, &a]);
# CHECK-NOT: py::List
# CLONES-AT-MOST: 0
