# A conversion CPython rejects stops the program with its TypeError.
def label(n):
    return "item %d" % n


print(label(3))
print(label("x"))
