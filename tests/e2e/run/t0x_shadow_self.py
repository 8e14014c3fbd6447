# Shadowing a parameter by assignment, x = x self-assignments, early returns in loops, bool functions in conditions.
def clamp(x: int, lo: int, hi: int) -> int:
    if x < lo:
        x = lo
    elif x > hi:
        x = hi
    x = x
    return x


def normalize(s: str) -> str:
    s = s + "!"
    s = s
    if len(s) > 4:
        s = "long:" + s
    return s


def first_multiple(n: int, k: int) -> int:
    for i in range(1, n + 1):
        if i % k == 0:
            return i
    return 0


def has_digit(n: int, d: int) -> bool:
    n = abs(n)
    while n > 0:
        if n % 10 == d:
            return True
        n //= 10
    return d == 0 and n == 0


def is_small(x: float) -> bool:
    return -1.0 < x < 1.0


def scan(limit: int) -> int:
    i = 0
    while i < limit:
        i = i
        i += 1
        if has_digit(i * i, 7) and not is_small(float(i)):
            return i
    return -1


print(clamp(5, 0, 10), clamp(-5, 0, 10), clamp(50, 0, 10))
print(normalize("ab"), normalize("abcd"), normalize(""))
print(first_multiple(10, 3), first_multiple(2, 5), first_multiple(0, 1))
print(has_digit(1234, 3), has_digit(-987, 7), has_digit(0, 0), has_digit(5, 0))
print(scan(100), scan(3))
y = 10
y = y
y = y * 2
print(y)
if has_digit(y, 2) or has_digit(y, 9):
    print("has 2 or 9")
if not is_small(0.5) or is_small(2.0):
    print("unexpected")
else:
    print("expected")
z = is_small(0.25)
print(z, not z, z and has_digit(7, 7), z or False)
