# CPython stops runaway recursion at 1000 frames: the compiled program must too.
def depth(n: int) -> int:
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def leaf(n: int) -> int:
    return n + 1


def down(n: int) -> int:
    if n == 0:
        return leaf(0)
    return down(n - 1)


print(depth(998))
print(down(997))
print(depth(100))
print(down(998))
