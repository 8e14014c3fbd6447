# ERROR: 3:10: unsupported: list display
def f() -> None:
    xs = [1, 2, 3]
    print(xs)
