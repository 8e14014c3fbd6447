# `is None` on an int expression that may raise: evaluated for its errors, result constant.
def f(a: int, b: int, x: float) -> None:
    print((a ** 2 - abs(x) % (b ** 0)) is None)
    print(a ** 2 is not None, (a - b) is None)


f(3, 4, 1.5)
