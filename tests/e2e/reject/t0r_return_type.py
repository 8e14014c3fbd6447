# ERROR: 5:12: f() must return an int, not a float
def f(x: int) -> int:
    if x > 10:
        return x // 2
    return x / 2
print(f(3))
