# Counting words in a dict: the dynamic object runtime, with few copies.
def count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts

text = "the cat and the hat and the bat"
c = count(text.split())
for word in sorted(c):
    print(word, c[word])
# CHECK: fn count(words: py::Obj) -> py::Obj {
# CHECK: for w in py::iter(&words) {
# CLONES-AT-MOST: 2
