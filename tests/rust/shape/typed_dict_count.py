# Counting words in a typed dict with one owner: a plain py::Dict<py::Str,
# i64> (no Rc, no RefCell), moved out of count(), changed and read through
# its methods, iterated by reference; no dynamic objects.
def count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def main():
    c = count(["the", "cat", "and", "the", "hat"])
    for word, n in c.items():
        print(word, n)
    print(c)


main()
# CHECK: fn count(words: &[py::Str]) -> py::Dict<py::Str, i64> {
# CHECK: let mut counts = py::Dict::<py::Str, i64>::new();
# CHECK: counts.py_set(w.clone(), py::add(counts.py_get_or(&w, 0_i64), 1));
# CHECK: counts
# CHECK: let c = count(&vec![
# CHECK: in c.py_items() {
# CHECK: py::print(&[&c]);
# CHECK-NOT: py::Obj
# CHECK-NOT: py::DictRef
# CHECK-NOT: py::dict_
# CLONES-AT-MOST: 2
