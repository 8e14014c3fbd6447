# Counting words: split() gives a Vec of strs, lent to count() as a slice;
# the counts are a typed dict with one owner, a plain py::Dict moved out of
# count() without a copy.
def count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts

text = "the cat and the hat and the bat"
c = count(text.split())
for word in sorted(c):
    print(word, c[word])
# CHECK: fn count(words: &[py::Str]) -> py::Dict<py::Str, i64> {
# CHECK: for w in words.iter().cloned() {
# CHECK: counts
# CHECK: count(&py::split("the cat and the hat and the bat", None, -1))
# CHECK: for word in c.py_sorted_keys() {
# CHECK-NOT: py::Obj
# CHECK-NOT: py::DictRef
# CLONES-AT-MOST: 1
