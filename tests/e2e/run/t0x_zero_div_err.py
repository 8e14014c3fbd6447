# A ZeroDivisionError deep in a recursion: output before it, traceback's last line, exit status 1.
def mean_inverse(n: int, acc: float) -> float:
    if n < 0:
        return acc
    print("step", n, round(acc, 6))
    return mean_inverse(n - 1, acc + 1 / n)


print(mean_inverse(3, 0.0))
