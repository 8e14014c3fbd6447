# ZeroDivisionError on dynamic values (an element of a list).
xs = [4, 0]
print(xs[0] / 2)
print(xs[0] // xs[1])
