# ERROR: 2:10: unsupported: iteration over a tuple whose items have different types (int and float)
for v in (1, 2.0, 3):
    print(v)
