# ERROR: 2:7: unsupported: tuple comparison
print((1, 2) < (1, 3))
