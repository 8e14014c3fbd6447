def outer(n: int) -> int:
    def inner(m: int) -> int:
        return m
    return n
# ERROR: 2:5: unsupported: nested function definition
