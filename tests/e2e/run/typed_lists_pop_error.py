# pop() from an emptied typed list.
xs = ["a"]
print(xs.pop())
print(xs.pop())
