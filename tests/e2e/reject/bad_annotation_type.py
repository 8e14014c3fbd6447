# ERROR: 3:14: type mismatch: 'n' is declared int but assigned str
def f() -> int:
    n: int = "three"
    return n
