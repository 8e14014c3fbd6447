# ERROR: 7:12: unsupported: 'y' might be unbound here
def f(x: int) -> int:
    if x > 0:
        y = 1
    else:
        print("no y")
    return y
