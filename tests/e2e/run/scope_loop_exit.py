# Values defined inside a loop (or its if arms) and read after leaving it.
def newton(x: float) -> float:
    g: float = x
    while True:
        nxt = 0.5 * (g + x / g)
        if abs(nxt - g) < 1e-12 * g:
            return nxt
        g = nxt


def first_divisor(n: int) -> int:
    for d in range(2, n):
        if n % d == 0:
            return d
    return n


def first_square_over(limit: int) -> int:
    i: int = 0
    while i < 100:
        sq = i * i
        i += 1
        if sq > limit:
            return sq
    return -1


def label(n: int) -> str:
    for k in range(n):
        word = "big" if k > 5 else "small"
        if k * k >= n:
            return word + "!"
    return "none"


def pair(n: int) -> tuple[int, int]:
    for a in range(1, n):
        t = (a, n - a)
        if a * (n - a) > n:
            return t
    return (0, 0)


def newton_after(x: float) -> float:
    g: float = x
    while True:
        nxt = 0.5 * (g + x / g)
        if abs(nxt - g) < 1e-12 * g:
            break
        g = nxt
    print("converged", g != nxt)
    return nxt


def label_after(n: int) -> str:
    for k in range(n):
        word = "big" if k > 5 else "small"
        if k * k >= n:
            break
    else:
        return "none"
    print("k =", k)
    return word + "!"


def pair_after(n: int) -> tuple[int, int]:
    for a in range(1, n):
        t = (a, n - a)
        if a * (n - a) > n:
            break
    else:
        return (0, 0)
    print(t)
    return t


print(newton(2.0), newton(1e10), newton_after(3.0))
print(label_after(3), label_after(50), label_after(0))
print(pair_after(10), pair_after(3))
print(first_divisor(91), first_divisor(97))
print(first_square_over(50), first_square_over(20000))
print(label(3), label(50), label(0))
print(pair(10), pair(3))
for i in range(5):
    for j in range(5):
        if i * j == 6:
            break
    else:
        continue
    print("found", i, j)
    break
total: int = 0
for i in range(4):
    for j in range(4):
        x = i * 10 + j
        if x % 7 == 6:
            break
    total += x
print(total)
for n in (5, 12, 0):
    for k in range(n):
        word = "w" + str(k)
        pt = (k, k * k)
        if k * k > n:
            break
    else:
        continue
    print(word, pt)
