def f(a, b: int = 2, *rest: int) -> int:
    return b


@staticmethod
def g(x: int) -> int:
    return x


def h(x: int):
    return x
# ERROR: 1:19: unsupported: default parameter value
# ERROR: 1:23: unsupported: *args parameter
# ERROR: 5:2: unsupported: decorator
