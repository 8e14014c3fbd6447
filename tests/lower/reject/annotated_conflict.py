def f(n: int) -> None:
    n = "s"
    total: int = 0
    total = 1.5
# ERROR: 2:9: type mismatch: 'n' is declared int but assigned str
# ERROR: 4:13: type mismatch: 'total' is declared int but assigned float
