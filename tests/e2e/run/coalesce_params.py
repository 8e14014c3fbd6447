# Coalescing: reassigned and swapped parameters, joins of conditional
# expressions and chained comparisons, a range over a parameter the loop changes.
def clamp(x: int) -> int:
    if x > 3:
        x = 3
    return x


def both(x: int) -> int:
    y = x
    x = x + 1
    return x * y


def shrink_range(n: int) -> int:
    total: int = 0
    for i in range(n):
        n = n - 1
        total = total + i * n
    return total + n


def nested(n: int) -> int:
    acc: int = 0
    i: int = 0
    while i < n:
        j: int = i
        while j < n:
            acc = acc + j
            if acc > 50:
                break
            j = j + 2
        if acc > 100:
            break
        i = i + 1
    return acc * 1000 + i


def strs(n: int) -> str:
    s: str = "x"
    t: str = s
    while n > 0:
        if n % 3 == 0:
            s = s + t
        else:
            t = t + "y"
        n = n - 1
    return s + "|" + t


def floats(n: int) -> float:
    x: float = 0.0
    for i in range(n):
        x = x * 0.5 + 1.5
    return x


def while_else(n: int) -> int:
    k: int = 0
    while k < n:
        k = k + 3
        if k == 9:
            break
    else:
        k = -k
    return k


def sel(a: int, b: int) -> int:
    m = a if a > b else b
    m = m * 2 if m > 5 else m
    return m


def swap_in_loop(a: int, b: int, n: int) -> int:
    while n > 0:
        a, b = b, a
        n = n - 1
    return a * 10 + b


def cond_chain(x: int) -> bool:
    r = 0 < x < 10 and x != 5
    return r


print(clamp(1), clamp(7), both(4), shrink_range(5), nested(10), nested(3))
print(strs(7), floats(4), while_else(5), while_else(10), while_else(20))
print(sel(1, 2), sel(9, 3), sel(2, 1), swap_in_loop(1, 2, 3), swap_in_loop(1, 2, 4))
print(cond_chain(3), cond_chain(5), cond_chain(11))
x = 1
for x in range(3):
    pass
print(x)
y = 0
while y < 10:
    y = y + 4
print(y)
