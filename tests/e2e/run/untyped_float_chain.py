# A float inferred through a chain of unannotated calls and a loop.
def step(x, dx):
    return x + dx * 0.5


def integrate(n, dx):
    x = 0.0
    i = 0
    while i < n:
        x = step(x, dx)
        i += 1
    return x


def label(v):
    if v > 2:
        return "big"
    return "small"


total = integrate(10, 0.25)
print(total, label(total), label(integrate(3, 1.0)))
