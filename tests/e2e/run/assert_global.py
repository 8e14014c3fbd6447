# An assert in a function reads a module global defined after the function.
def check(n):
    assert n > LIMIT, "too small"
    return n


LIMIT = 3
print(check(5))
