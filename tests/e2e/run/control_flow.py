# Loops, else clauses, nested break/continue, early returns.
def first_divisor(n: int) -> int:
    for d in range(2, n):
        if n % d == 0:
            return d
    return n


def count_down(n: int) -> int:
    total: int = 0
    while n > 0:
        n -= 1
        if n % 3 == 0:
            continue
        if n == 17:
            break
        total += n
    else:
        total = -total
    return total


for n in (2, 9, 15, 49, 97):
    print(n, first_divisor(n))
print(count_down(10), count_down(30))
found: bool = False
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = True
            break
    if found:
        print("found", i, j)
        break
else:
    print("not found")
for k in range(10, 0, -3):
    print(k, end=",")
print()
for k in range(0):
    print("never")
for k in range(3, -3, -1):
    print(k, end=" ")
print("after:", k)
x = 10
while x:
    x = x - 3 if x > 3 else 0
print(x)
