# Repeating a typed list a huge number of times: an empty list gives an
# empty list at once, a list with items is CPython's MemoryError.
xs = [1]
xs.pop()
big = 2**62
print(xs * big, big * xs, xs * 9223372036854775807)
xs *= big
print(xs, len(xs))
ys = [0, 1]
print(ys * 3, ys * -big, ys * 0)
ys *= 2
print(ys)
print(len(ys * big))
