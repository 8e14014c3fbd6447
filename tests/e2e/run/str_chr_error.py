# chr() out of range: CPython's ValueError.
def char(i):
    return chr(i)


print(char(65))
print(char(0x110000))
