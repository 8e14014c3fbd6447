def outer(n: int) -> int:
    def inner(m: int) -> int:
        return m
    return n
# ERROR: 2:5: unsupported: nested function definition
def uses_nested(xs):
    def inc(x):
        return x + 1
    return [inc(x) for x in xs]
class Point:
    pass
origin = Point()
# ERROR: 7:5: unsupported: nested function definition
# ERROR: 10:1: unsupported: class definition
