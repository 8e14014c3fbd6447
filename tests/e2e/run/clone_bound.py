# More signatures than clones allowed: the function stays one, with an
# object parameter, and still computes what CPython does.
def twice(x):
    return x * 2


print(twice(1))
print(twice("a"))
print(twice(1.5))
print(twice(True))
print(twice((1, 2)))
print(twice([1]))
print(twice(("a", 1)))
print(twice(["b"]))
print(twice([2.5]))
print(twice((1.5,)))
print(twice(False))
