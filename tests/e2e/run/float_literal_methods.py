# Float literals as method receivers: abs(-2.5) and friends need a typed literal.
print(abs(-2.5), abs(-0.0), abs(2.5), -abs(1.25))
print(abs(-(1.5 * 2.0)), abs(0.5 - 3.0), abs(-1e300 * 10.0))
print(max(-2.5, 1.0), min(-2.5, 1.0), round(-2.5), round(2.675, 2))
y: float = 0.0
y = y + 1.5
print(abs(-y), y)
