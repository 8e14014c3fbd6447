# A typed list read past its end: IndexError on the right line.
xs = [1.5, 2.5]
print(xs[1], xs[-2])
xs[0] = 3.5
print(xs)
print(xs[2])
