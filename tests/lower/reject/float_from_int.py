x: float = 0
# ERROR: 1:12: type mismatch: 'x' is declared float but assigned int
