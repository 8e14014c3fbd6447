# ERROR: 7:1: the value is a list[str] here, but parameter 2 of @f is annotated list[int]
# A call that contradicts an annotation names the Python function, not its clone.
def f(x, xs: list[int]):
    print(x, xs)

f(1, [1])
f("a", ["s"])
f(2.5, [2])
