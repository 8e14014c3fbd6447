# ERROR: 2:12: type mismatch: 's' is declared float but assigned int
s: float = 0
for i in range(3):
    s += 0.5
print(s)
