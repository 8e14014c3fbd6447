# Tuples returned from functions and unpacked, nested tuples, indexing with negatives, swapping.
def minmax(a: int, b: int, c: int) -> tuple[int, int]:
    lo = min(a, b, c)
    hi = max(a, b, c)
    return lo, hi


def stats(x: float, y: float) -> tuple[float, float, str]:
    mean = (x + y) / 2
    spread = abs(x - y)
    label = "tight" if spread < 1.0 else "wide"
    return (mean, spread, label)


def nested() -> tuple[tuple[int, str], tuple[bool, None], float]:
    return (1, "one"), (True, None), 2.5


def fib_pair(n: int) -> tuple[int, int]:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a, b


lo, hi = minmax(3, -7, 5)
print(lo, hi, minmax(1, 1, 1))
m, s, lab = stats(1.0, 1.5)
print(m, s, lab, stats(-3.0, 10.0))
t = nested()
print(t, t[0], t[0][1], t[1][1], t[-1], t[-3][-2])
(p, q), (r, u), w = nested()
print(p, q, r, u, w)
x, y = 1, 2
x, y = y, x
print(x, y)
x, y = y, x + y
print(x, y)
a, b = fib_pair(10)
print(a, b, fib_pair(0), fib_pair(90))
pair = (a, b)
first, second = pair
print(first + second, pair == pair if False else len(pair))
for name in ("north", "east", "south", "west"):
    print(name, len(name), end="; ")
print()
for num in (3, 1, 4, 1, 5):
    print(num * num, end=" ")
print()
for f in (0.5, -0.0, 1e100):
    print(f, f * 2, sep="->")
single = (42,)
print(single, single[0], len(single), (single, single))
print(((1, 2), (3, (4, (5, None)))), (None,), (None, None), ("a", ("b",)))
