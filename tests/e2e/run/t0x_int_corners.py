# Integer corner values: i64 bounds through //, %, divmod, shifts, bit ops, comparisons and str().
MAX = 9223372036854775807
MIN = -9223372036854775808


def show(a: int, b: int) -> None:
    print(a // b, a % b, divmod(a, b), a & b, a | b, a ^ b, a < b, a == b)


show(MAX, 1)
show(MAX, -1)
show(MIN, 1)
show(MIN, 2)
show(MIN, -3)
show(MIN, MAX)
show(MAX, MIN)
show(-1, MIN)
show(0, MIN)
print(MIN % -1, MIN % 1, divmod(MIN, MIN), MIN // MIN, MAX // MAX, -MAX, MAX + MIN)
print(MIN >> 1, MIN >> 63, MIN >> 64, MIN >> 1000, MAX >> 62, 1 << 62, -1 << 63, ~MAX, ~MIN)
print(str(MIN), len(str(MIN)), str(MAX)[0:1] if False else len(str(MAX)), hex(MAX), oct(MIN), bin(MIN))
print(abs(MIN + 1), abs(-MAX), MIN + 1 == -MAX, MAX - 1 < MAX, MIN < MIN + 1)
print(float(MAX) == MAX, float(MIN) == MIN, MAX < float(MAX), MIN <= float(MIN), MAX == 9.223372036854775807e18)
print(MAX / 1, MIN / 1, MAX / MIN, MIN / -1, 1 / MAX, MAX / 3, MIN / 7)
print(round(MAX, 0), round(MIN, 5), round(MIN, -18), round(MAX, -18), round(55, -1), round(65, -1))
print(int(9.2e18), int(-9.2e18), int(-9223372036854775808.0), 7 // -1, -7 // 1, 0 // -5, 0 % -5)
