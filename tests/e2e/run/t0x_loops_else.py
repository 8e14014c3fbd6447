# Nested loops with break/continue/else at every level, loop variables read after the loops.
def find_pair(target: int) -> tuple[int, int]:
    for a in range(1, 20):
        for b in range(a, 20):
            if a * b == target:
                break
            if a * b > target:
                continue
        else:
            continue
        return a, b
    return -1, -1


def classify(limit: int) -> str:
    out = ""
    n = 2
    while n < limit:
        for d in range(2, n):
            if n % d == 0:
                out += "c"
                break
        else:
            out += "p"
        n += 1
    else:
        out += "|"
    return out


def first_square_over(x: int) -> int:
    i = 0
    while True:
        i += 1
        if i * i <= x:
            continue
        break
    return i


print(find_pair(12), find_pair(391), find_pair(1000))
print(classify(20))
print(first_square_over(50), first_square_over(0), first_square_over(99))
total = 0
for i in range(5):
    for j in range(5):
        if j > i:
            break
        if (i + j) % 3 == 0:
            continue
        total += i * j
    else:
        total += 1000
print(total, i, j)
k = 10
while k > 0:
    k -= 3
    if k == 4:
        print("skip four")
        continue
    print("k", k)
else:
    print("while done", k)
for word in ("alpha", "beta", "gamma"):
    if word == "delta":
        break
else:
    print("no delta; last", word)
for ch in ("x", "y"):
    for n in range(3):
        if n == 1 and ch == "y":
            break
        print(ch, n, end=" ")
    else:
        print("inner-else", end=" ")
print()
