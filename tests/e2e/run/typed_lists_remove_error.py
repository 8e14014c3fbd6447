# remove() of an item that is there; index() of one that is not.
xs = [1, 2]
xs.remove(1)
print(xs, xs.index(2))
print(xs.index(5))
