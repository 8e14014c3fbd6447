# Augmented assignment with every operator, on locals and globals.
g: int = 5
gf: float = 1.5
gs: str = "s"


def mutate() -> None:
    global g, gf, gs
    g += 3
    g -= 1
    g *= 4
    g //= 3
    g %= 7
    g **= 3
    g <<= 2
    g >>= 1
    g &= 0xFF
    g |= 0x100
    g ^= 0x55
    gf += 0.25
    gf *= -2.0
    gf /= 3.0
    gf //= 0.5
    gf %= 0.75
    gf **= 2.0
    gs += "t"
    gs += str(g)


def local_ops(n: int) -> int:
    x = n
    x += 10
    x -= 3
    x *= x
    x //= -4
    x %= 11
    x **= 2
    x <<= 3
    x >>= 2
    x &= -9
    x |= 6
    x ^= -1
    return x


mutate()
print(g, gf, gs)
mutate()
print(g, gf, gs)
for k in range(-3, 4):
    print(k, local_ops(k))
f: float = 7.0
f /= 2
print(f)
f //= 2
print(f)
f -= 10
print(f)
i: int = 17
