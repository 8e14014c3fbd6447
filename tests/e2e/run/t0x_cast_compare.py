# An int converted to float on the left of a comparison (Rust needs `(c as f64) < y`).
def check(c: int, y: float) -> None:
    t = c < y
    u = c <= y and c > y - 10
    if t:
        print("less", c, y, u)
    else:
        print("not less", c, y, u)
    print(c * 2 < y, c + 1 >= y / 2, c - 1 != y, -c < y < c, y > c)
    v = float(c) < y
    print(v, float(c) < y < float(c + 10), float(c * 2) <= y, y < float(c), 1.5 + c < y)


check(3, 4.5)
check(5, -1.0)
check(-2, -2.0)
