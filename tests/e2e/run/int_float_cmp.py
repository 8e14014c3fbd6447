# int <op> float compares exactly (no rounding of big ints); nan and infinities.
big: int = 9007199254740993
f: float = 9007199254740992.0
print(big == f, big != f, big < f, big <= f, big > f, big >= f)
inf: float = 1e308 * 10.0
nan: float = inf - inf
n: int = 9223372036854775807
print(n < inf, n > -inf, n == nan, n != nan, n < nan, n >= nan)
print(n == 9223372036854775808.0, n < 9223372036854775808.0, -n - 1 == -9223372036854775808.0)
print(0 < 1.5 <= 1.5 < 2, 3 == 3.0, 2 != 2.0, 1 < 1.0000001, -1 > -1.5)
k: int = 3
print(k == 3.0, k < 3.5, k >= 2.5, k != 3.0, k <= -0.0, 0 == -0.0)
x: float = 2.5
if 2 < x:
    print("2 < x")
if not (k > x):
    print("not k > x")
else:
    print("k > x")
count: int = 0
while count < x:
    count += 1
print(count)
while not (big <= f):
    big -= 1
print(big)
if nan != k:
    print("nan != k")
if not (k < nan):
    print("not k < nan")
