def f(c: bool) -> None:
    if c:
        x = 1
    else:
        x = 2.5
    print(x)
# ERROR: 6:11: unsupported: 'x' may hold an int or a float here
