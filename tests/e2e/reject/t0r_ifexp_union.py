# ERROR: 3:9: unsupported: the conditional expression may give an int or a float here
def half(n: int) -> None:
    h = n // 2 if n % 2 == 0 else n / 2
    print(h)
half(3)
