# An extended slice takes a sequence of its own size, and only that.
xs = [1, 2, 3, 4]
xs[::2] = [9, 9]
print(xs)
xs[::2] = [1, 2, 3]
