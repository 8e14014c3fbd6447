def f(a: int, b: str) -> None:
    print(a or b)
# ERROR: 2:11: unsupported: 'or' may give an int or a str here
