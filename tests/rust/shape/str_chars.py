# Iterating a str is a Rust `for` over its code points as strs; ord() and
# chr() of typed values are direct calls; a returned str is moved.
def rot13(text):
    out = ""
    for c in text:
        if "a" <= c <= "z":
            out += chr((ord(c) - ord("a") + 13) % 26 + ord("a"))
        else:
            out += c
    return out

print(rot13("hello, world"))
# CHECK: fn rot13(text: py::Str) -> py::Str {
# CHECK: for c in py::str_chars(&text) {
# CHECK: out = py::concat(&out, &py::chr(py::add(py::modulo(py::add(py::sub(py::ord(&c), py::ord("a")), 13), 26), py::ord("a"))));
# CHECK: out = py::concat(&out, &c);
# CHECK-NOT: py::Obj
# CLONES-AT-MOST: 0
