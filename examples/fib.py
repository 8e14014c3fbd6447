# fib.py — the README's first example: annotated Python compiled to Rust.
def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def collatz_steps(n: int) -> int:
    steps: int = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


for i in range(0, 31, 5):
    print("fib(" + str(i) + ") =", fib(i))
print("collatz steps of 27:", collatz_steps(27))
print("golden ratio ~", fib(30) / fib(29))
