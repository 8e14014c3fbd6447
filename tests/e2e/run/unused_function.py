# Functions that are defined but never called still compile without warnings.
def never(a: int) -> int:
    return a + 1


def never_recursive(n: int) -> int:
    if n == 0:
        return 0
    return never_recursive(n - 1)


def untyped_never(x, y):
    return x * y


def takes_none(x: None) -> int:
    return 3


print(takes_none(None))
