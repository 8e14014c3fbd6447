# IndexError from a list index: CPython's message, a traceback, exit 1.
xs = [1, 2, 3]
print(xs[-3], xs[2])
print(xs[3])
