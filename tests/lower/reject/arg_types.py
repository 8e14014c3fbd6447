def half(x: float) -> float:
    return x / 2


print(half(3))
# ERROR: 5:12: argument 'x' of half() must be float, not int
