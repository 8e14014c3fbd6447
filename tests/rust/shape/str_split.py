# Splitting a str gives a Vec of strs, iterated by a Rust `for`; joining
# one is a direct call: no dynamic objects.
def longest(text):
    best = ""
    for w in text.split():
        if len(w) > len(best):
            best = w
    return best

words = "a quick brown fox".split(" ")
print(longest("the quick brown fox"), "/".join(words))
# CHECK: for w in py::split(&text, None, -1) {
# CHECK: let words = py::split("a quick brown fox", Some(" "), -1);
# CHECK: py::join("/", &words)
# CHECK-NOT: py::Obj
# CHECK-NOT: py::List
# CLONES-AT-MOST: 2
