# Shapes that out-of-SSA copy coalescing must keep right: loop-carried
# variables, if/else joins, reassigned parameters, parallel assignment,
# values still live after the loop that redefines them, strings.
def fib(n: int) -> int:
    a: int = 0
    b: int = 1
    for _ in range(n):
        a, b = b, a + b
    return a


def rotate3(n: int) -> int:
    x: int = 1
    y: int = 2
    z: int = 3
    for _ in range(n):
        x, y, z = y, z, x
    return x * 100 + y * 10 + z


def shrink(x: int) -> int:
    for i in range(x):
        x = x + i
    return x


def lost_copy(n: int) -> int:
    i: int = 0
    prev: int = -1
    while i < n:
        prev = i
        i = i + 1
    return prev * 1000 + i


def keep_old(n: int) -> int:
    total: int = 0
    while n > 0:
        old = n
        n = n - 3
        if n < 0:
            total = total + old
        else:
            total = total + n
    return total + n


def branchy(n: int) -> int:
    if n % 2 == 0:
        n = n // 2
        if n > 10:
            n = n - 10
    else:
        n = 3 * n + 1
    return n


def build(n: int) -> str:
    s: str = ""
    for i in range(n):
        if i % 2 == 0:
            s = s + "a"
        else:
            s = s + str(i)
    return s


def count_until(limit: int) -> int:
    k: int = 0
    while True:
        k = k + 1
        if k * k > limit:
            break
    return k


print(fib(10), fib(1), fib(0))
print(rotate3(0), rotate3(1), rotate3(2), rotate3(4))
print(shrink(4), shrink(0))
print(lost_copy(5), lost_copy(0))
print(keep_old(10), keep_old(0))
print(branchy(44), branchy(8), branchy(7))
print(build(7))
print(count_until(50))
x: int = 7
y: int = x
x = x + 1
print(x, y)
