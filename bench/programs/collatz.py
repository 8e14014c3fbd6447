# Longest Collatz chain below a bound: integer arithmetic and a loop.
def chain(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


best, best_at = 0, 0
for start in range(1, 150000):
    s = chain(start)
    if s > best:
        best, best_at = s, start
print(best_at, best)
