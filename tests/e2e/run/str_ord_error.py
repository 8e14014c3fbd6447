# ord() of a str that is not one character: CPython's TypeError.
def code(s):
    return ord(s)


print(code("a"))
print(code("ab"))
