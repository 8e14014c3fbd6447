# ERROR: 4:14: tuple index out of range
def pick() -> int:
    t = (1, 2, 3)
    return t[-4]
print(pick())
