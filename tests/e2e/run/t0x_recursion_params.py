# Recursion with several parameters: Ackermann, binomials, mutual recursion, accumulators, depth.
def ack(m: int, n: int) -> int:
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def binom(n: int, k: int) -> int:
    if k < 0 or k > n:
        return 0
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)


def is_even(n: int) -> bool:
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n: int) -> bool:
    if n == 0:
        return False
    return is_even(n - 1)


def sum_digits(n: int, base: int, acc: int) -> int:
    if n == 0:
        return acc
    return sum_digits(n // base, base, acc + n % base)


def power(x: float, n: int) -> float:
    if n == 0:
        return 1.0
    if n < 0:
        return 1.0 / power(x, -n)
    half = power(x, n // 2)
    if n % 2 == 0:
        return half * half
    return half * half * x


def hanoi(n: int, src: str, dst: str, via: str, moves: int) -> int:
    if n == 0:
        return moves
    moves = hanoi(n - 1, src, via, dst, moves)
    if n == 3:
        print("move disk 3", src, "->", dst)
    return hanoi(n - 1, via, dst, src, moves + 1)


def count_down(n: int) -> str:
    if n <= 0:
        return "liftoff"
    return str(n) + " " + count_down(n - 1)


print(ack(2, 3), ack(3, 3), binom(10, 5), binom(20, 10), binom(5, 7))
print(is_even(10), is_odd(7), is_even(501), is_odd(0))
print(sum_digits(987654321, 10, 0), sum_digits(255, 2, 0), sum_digits(0, 7, 5))
print(power(2.0, 10), power(2.0, -3), power(1.5, 7), power(-3.0, 5))
print(hanoi(5, "A", "C", "B", 0))
print(count_down(5))
