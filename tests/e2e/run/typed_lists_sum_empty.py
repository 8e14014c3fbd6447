# sum() starts from the int 0: the sum of an emptied list of floats is 0,
# not 0.0, and of ints stays an int.
xs = [1.5]
xs.pop()
print(sum(xs), sum([2.5, 0.5]), sum([1, 2, 3]))
ys = [1]
ys.pop()
print(sum(ys))
