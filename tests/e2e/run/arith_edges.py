# Integer and float arithmetic at the edges of Python's semantics.
def show(a: int, b: int) -> None:
    print(a // b, a % b, divmod(a, b), a / b)


for a in (9223372036854775807, -9223372036854775807, 1, -1, 0, 37):
    for b in (1, -1, 3, -7, 1000000007):
        show(a, b)
print(2 ** 62, (-2) ** 63, 3 ** 39, 10 ** 18, 0 ** 0)
print(2 ** -2, 10 ** -3, (-2) ** -3)
print(-7.0 // 2.0, -7.0 % 2.0, 7.0 % -2.0, -0.0 % 5.0, 0.0 // -3.0, 5.5 % 0.7)
print(1 / 7, 2 / 3 * 3, 9007199254740993 / 1, 123456789012345678 / 10)
print(0.1 * 3, 1e22, 1e21, 1e-5, 0.0001, 1.5e-10, 12345678901234567.0)
print(float(2 ** 53), -1e-300 * 1e-300, 1e308 * 10, -(1e308 * 10))
print(abs(-5), abs(-2.5), abs(0), -abs(3))
print(~0, ~-1, 5 & -3, 5 | -3, 5 ^ -3, 1 << 62, -1 >> 70, 12345 >> 3)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.7))
print(round(1.25, 1), round(1.35, 1), round(2.675, 2), round(-1.005, 2), round(123.456, -1))
print(int(3.99), int(-3.99), int(True), float(-0.0), float(10), bool(0), bool(-2), bool(0.0))
print(max(3, 9, 2), min(3, 9, 2), max(1.5, -2.5), min(-0.0, 0.0), max(0.0, -0.0))
print(hex(255), hex(-255), bin(10), bin(-10), oct(8), oct(-8), hex(0))
print(pow(2, 10), pow(2.0, 0.5), pow(3, 0))
