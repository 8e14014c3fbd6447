def f(n: int) -> int:
    if n:
        return n / 2
    return 0
# ERROR: 3:16: f() must return an int, not a float
