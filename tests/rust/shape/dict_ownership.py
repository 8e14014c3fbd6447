# Owned dicts lent to callees: a reader gets &py::Dict, a changer
# &mut py::Dict, and nothing is copied; a dict changed while it is
# iterated stays a shared py::DictRef, whose iterator raises CPython's
# RuntimeError.
def tally(d, words):
    for w in words:
        d[w] = d.get(w, 0) + 1


def total(d):
    s = 0
    for v in d.values():
        s += v
    return s


def grow(d):
    for k in d:
        d[k + k] = 0


def main():
    counts = {}
    tally(counts, ["a", "b", "a"])
    n = total(counts)
    print(counts, n, len(counts), "a" in counts)
    live = {"x": 1}
    grow(live)


main()
# CHECK: fn tally(d: &mut py::Dict<py::Str, i64>, words: &[py::Str]) {
# CHECK: d.py_set(w.clone(), py::add(d.py_get_or(&w, 0_i64), 1));
# CHECK: fn total(d: &py::Dict<py::Str, i64>) -> i64 {
# CHECK: for v in d.py_values() {
# CHECK: fn grow(d: py::DictRef<py::Str, i64>) {
# CHECK: in py::dict_keys(&d) {
# CHECK: let mut counts = py::Dict::<py::Str, i64>::new();
# CHECK: tally(&mut counts, &vec![
# CHECK: py::print(&[&counts, &total(&counts), &counts.py_len(), &counts.py_contains(&py::s("a"))]);
# CHECK: grow(py::dict(vec![
# CHECK-NOT: py::Obj
# CLONES-AT-MOST: 2
