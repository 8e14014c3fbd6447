# max() of an emptied typed list.
xs = [2]
print(max(xs))
xs.pop()
print(max(xs))
