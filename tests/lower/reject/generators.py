def gen(n: int) -> int:
    yield n
    return 0
# ERROR: 2:5: unsupported: yield expression
