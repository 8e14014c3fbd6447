# Results thrown away by `is None`: min/max/hex/len of expressions that may raise are still evaluated.
def probe(a: int, b: int) -> None:
    print(min(a + 13, b & -2) is None, max(a * b, 3, b // a) is not None)
    print(hex(a - b) is None, len(str(a // b)) is None, (a ** 2 - b / a) is None)
    print(min(b if a is None else a // a, b * b) is None)
    k = a if a > b else b // a
    print((k + 0.5) is None, (k - 1.5 if b > 0 else 2.5) is not None)


probe(3, 4)
probe(-2, 9)
probe(0, 1)
