# Coalescing: loop-carried variables left by break, continue and return,
# nested loops, strings reassigned in one arm.
def find(n: int) -> int:
    i: int = 0
    while True:
        i = i + 1
        sq = i * i
        if sq > n:
            break
    return sq + i


def last_even(n: int) -> int:
    v: int = -1
    for k in range(n):
        if k % 2 == 0:
            v = k
    return v


def deep(n: int) -> int:
    r: int = 0
    for a in range(n):
        for b in range(a):
            if (a + b) % 3 == 0:
                r = r + a
                continue
            r = r - 1
        if r > 20:
            r = r // 2
    return r


def search(n: int) -> int:
    x: int = n
    while x > 1:
        if x % 7 == 0:
            return x
        x = x - 1
    return -x


def mix(n: int) -> str:
    s: str = ""
    w: str = "a"
    for i in range(n):
        if i > 2:
            w = "b"
        s = s + w
    return s + w


def accumulate(n: int) -> int:
    total: int = 0
    count: int = 0
    while count < n:
        count = count + 1
        if count % 2 == 0:
            continue
        total = total + count
    return total * 100 + count


print(find(30), last_even(7), deep(8), search(20), search(5), mix(5), accumulate(9))
