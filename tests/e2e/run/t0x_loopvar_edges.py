# Loop variables: reassigned in the body, read after the loop, ranges evaluated once, negative steps.
def body_assign(n: int) -> int:
    i = -1
    for i in range(n):
        i += 10
        if i > 12:
            i = i * 2
    return i


def range_once(n: int) -> int:
    count = 0
    for i in range(n):
        n -= 1
        count += 1
    return count * 100 + n


def last_of(start: int, stop: int, step: int) -> int:
    last = -999
    for k in range(start, stop, step):
        last = k
    return last


print(body_assign(0), body_assign(1), body_assign(3), body_assign(5))
print(range_once(5), range_once(0))
print(last_of(0, 10, 3), last_of(10, 0, -3), last_of(5, 5, 1), last_of(-1, -10, -4), last_of(0, 1, 100))
for i in range(3):
    pass
print(i)
for i in range(10, -10, -7):
    print(i, end=" ")
print(i)
for j in range(-3, 3):
    j = j * j
print(j)
total = 0
for a in range(3):
    for a2 in range(a, -1, -1):
        total += a * 10 + a2
print(total, a, a2)
n = 4
for i in range(n, n * 3, n // 2):
    n += 100
    print(i, n, end=" | ")
print()
for x in range(9223372036854775805, 9223372036854775807):
    print(x)
for x in range(-9223372036854775807, -9223372036854775808, -1):
    print(x)
print(len("x" + str(x)))
