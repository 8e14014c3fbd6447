def half(n: int) -> None:
    h = n // 2 if n % 2 == 0 else n / 2
    print(h)
half(3)
