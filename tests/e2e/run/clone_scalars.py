# One function called with an int, a str, a float and a bool: a clone per
# signature, each typed on its own.
def show(x):
    print("value:", x, x + x, repr(x))


def scale(a, b):
    return a * b


def describe(label, n):
    return label + ": " + str(n * 2)


show(1)
show("ab")
show(2.5)
show(True)
show(7)
print(scale(3, 4), scale("xy", 3), scale(1.5, 2), scale(2, 2.25))
print(describe("int", 21), describe("float", 0.25), describe("str", "z"))
