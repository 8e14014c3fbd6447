# Float repr: shortest round-trip digits, CPython's switch to exponents.
v: float = 1.0
for i in range(40):
    print(v, -v, 1.0 / v, v / 7.0)
    v = v * 10.0
w: float = 1.0
for i in range(30):
    w = w / 3.0
    print(w, w * 1e-300, w * 1e300)
print(5e-324, 2.2250738585072014e-308, 1.7976931348623157e+308, 4.35, 0.3, 2.0 ** 0.5)
print(1e16, 9999999999999998.0, 1e15, 123456789.123456789, 0.000123, 0.0001234)
print(float(9007199254740993), 0.1 + 0.7, 100.0, 1e-4, 1e-5, -1e-5)
