# ERROR: 2:1: unsupported: 'x' may hold an int or a float here (the dynamic object type is not in the backend yet; nor is cloning a function per call signature)
def twice(x):
    return x + x


print(twice(2))
print(twice(2.5))
