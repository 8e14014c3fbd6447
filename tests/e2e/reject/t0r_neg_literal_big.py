# ERROR: 2:6: unsupported: integer literal exceeds 64 bits
x = -9223372036854775809
print(x)
