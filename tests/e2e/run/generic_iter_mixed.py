for v in (1, 2.0, 3):
    print(v)
