# Chained comparisons mixing int, float and bool, with side effects evaluated once.
calls: int = 0


def f(x: int) -> int:
    global calls
    calls += 1
    return x


def g(x: float) -> float:
    global calls
    calls += 1
    return x


print(1 < 2.5 < 3, 1 < 2.5 > 3, 0 <= 0.0 <= -0.0, -1 < -0.5 < 0 < 0.5 < 1)
print(f(1) < g(2.0) < f(3), calls)
print(f(5) < f(1) < f(9), calls)
print(f(1) == g(1.0) == f(1) != g(2.0), calls)
print(9007199254740993 > 9007199254740992.0, 9007199254740993 == 9007199254740992.0, 2 ** 53 + 1 > 2.0 ** 53)
print(9223372036854775807 < 9223372036854775808.0, -9223372036854775808 == -9223372036854775808.0)
print(1 == 1.0 == True, 0 == False < 1, True < 2 < 3.5, False <= False < True)
nan = 1e308 * 10.0 - 1e308 * 10.0
print(nan < 1, nan > 1, nan == nan, nan != nan, 1 < nan < 2, not nan == nan)
x = 5
print(0 < x < 10, 0 < x > 10, x == 5 == x, 1 <= x <= 5 <= x, 10 > x >= 5 > 4.5)
if 0 < x < 3:
    print("low")
elif 3 <= x < 7.5:
    print("mid")
else:
    print("high")
for v in (-1.5, 0.0, 2.0, 7.5, 100.0):
    if -1 < v <= 2:
        print(v, "in (-1, 2]")
    elif not (2 < v < 50):
        print(v, "outside")
    else:
        print(v, "between")
a = 3
b = 3.0
print(a == b, a is not None, a < b or a > b, not a != b)
print("a" < "b" < "c", "a" < "c" < "b", "x" == "x" != "y")
