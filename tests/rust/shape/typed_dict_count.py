# Counting words in a typed dict: a py::DictRef<py::Str, i64> and one
# runtime call per operation, no dynamic objects.
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
# CHECK: fn count(words: &[py::Str]) -> py::DictRef<py::Str, i64> {
# CHECK: let counts = py::dict::<py::Str, i64>(vec![]);
# CHECK: py::dict_set(&counts, w.clone(), py::add(py::dict_get_or(&counts, &w, 0_i64), 1));
# CHECK: in py::dict_items(&c) {
# CHECK-NOT: py::Obj
# CLONES-AT-MOST: 3
