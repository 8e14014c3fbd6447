def peak(a: int, b: float) -> None:
    if a > 0:
        print(max(a, b, 0))
peak(1, 2.5)
