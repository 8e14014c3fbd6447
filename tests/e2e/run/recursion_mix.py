# Mutual recursion, float-returning recursion, functions defined after use.
def is_even(n: int) -> bool:
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n: int) -> bool:
    if n == 0:
        return False
    return is_even(n - 1)


def power(x: float, n: int) -> float:
    if n == 0:
        return 1.0
    half: float = power(x, n // 2)
    if n % 2 == 0:
        return half * half
    return half * half * x


def binomial(n: int, k: int) -> int:
    if k == 0 or k == n:
        return 1
    return binomial(n - 1, k - 1) + binomial(n - 1, k)


print(is_even(10), is_odd(7), is_even(3))
print(power(2.0, 10), power(1.5, 7), power(10.0, 22), power(0.5, 3))
for n in range(8):
    for k in range(n + 1):
        print(binomial(n, k), end=" " if k < n else "\n")
