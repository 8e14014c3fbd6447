# Nested while/for loops left by break, continue, return and else; values read after.
def search(n: int) -> int:
    i: int = 0
    while i < n:
        j: int = 0
        while j < n:
            v = i * n + j
            if v % 7 == 5 and j > 2:
                return v
            if v > 40:
                break
            j += 1
        i += 1
    return -1


def count(n: int) -> int:
    c: int = 0
    for i in range(n):
        if i % 2 == 0:
            continue
        for j in range(i):
            if j == 3:
                break
            c += j
        else:
            c += 100
    return c


def loop_else(n: int) -> str:
    k: int = 0
    while k < n:
        s = str(k)
        if k == 4:
            break
        k += 1
    else:
        return "exhausted"
    return "broke at " + s


print(search(10), search(3), count(10), loop_else(3), loop_else(9))
x: float = 0.0
for i in range(10):
    y = x * 2.0 + 1.0
    if y > 50.0:
        print("big", y)
        break
    x = y
print(x)
m: int = 7
while m != 1:
    if m % 2 == 0:
        m = m // 2
    else:
        m = 3 * m + 1
    if m == 16:
        t = m * 2
        print("sixteen", t)
print(m)
