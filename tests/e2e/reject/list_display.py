# ERROR: 3:5: unsupported: list display
def f() -> None:
    xs = [1, 2, 3]
    print(xs)
