# ERROR: 6:41: unsupported: lambda reading 'k', a variable of the enclosing function (closures arrive in a later tier)
# A lambda that reads a local of its function would need a closure: lifting
# it to a module-level function would read a global 'k' instead.
k = 100
def scaled(xs, k):
    return sorted(xs, key=lambda v: v * k)
print(scaled([3, 1, 2], -1))
