# Globals mutated from several functions, read before and after, augmented ops on globals.
total: int = 0
calls: int = 0
log: str = ""
ratio: float = 1.0
flag: bool = False
LIMIT = 50


def record(tag: str) -> None:
    global log, calls
    calls += 1
    log = log + tag


def add(n: int) -> int:
    global total
    record("a")
    total += n
    if total > LIMIT:
        reset()
    return total


def reset() -> None:
    global total, flag
    record("r")
    total = 0
    flag = not flag


def scale(f: float) -> float:
    global ratio
    ratio *= f
    ratio **= 1.0
    record("s")
    return ratio


def bits() -> int:
    global total
    total <<= 2
    total |= 1
    total ^= 0b1010
    total &= 0xFF
    total >>= 1
    total %= 97
    total //= 2
    total -= 3
    total **= 2
    return total


for i in range(12):
    add(i * 3)
print(total, calls, log, flag)
print(scale(2.5), scale(-0.5), scale(4.0), ratio)
print(bits(), total, calls)
print(LIMIT - total if total < LIMIT else LIMIT, flag and total > 0, log[0] if False else len(log))
