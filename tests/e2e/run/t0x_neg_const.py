# Negated literals: constant folding, INT64_MIN, ranges with negative steps.
a = -1
b = -9223372036854775808
c = -0
d = -2.5
e = -(-3)
f = - -4
print(a, b, c, d, e, f, -0.0, -True, -False)
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i in range(-5, -20, -4):
    print(i, end=",")
print()
print(b + 1, b // -2, b % -7, -(b + 1))
print(2 ** -1, 10 ** -2, (-3) ** 3, -3 ** 2, -2 ** -2)
x: int = -9223372036854775807
x -= 1
print(x, x == -9223372036854775808, -9223372036854775807 - 1)
