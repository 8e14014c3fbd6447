# Float repr across magnitudes: powers of ten, halves, thirds, near the 1e16 and 1e-4 switch points.
x = 1.0
for i in range(20):
    print(x, -x / 3, x * 1.5, end=" | ")
    x *= 10.0
print()
y = 1.0
for i in range(12):
    y /= 10.0
    print(y, y * 7, sep=",", end=";")
print()
print(9999999999999998.0, 1e16 - 2, 0.0001, 0.00001, 0.00009999, 123456789012345.6, 1234567890123456.7)
print(2.0 ** 52, 2.0 ** 53, 2.0 ** 63, 2.0 ** 64, 2.0 ** -1074, 2.0 ** -1022, 1.0 / 3.0 * 3.0)
print(4.35, 0.3 - 0.1, 100.0 * 1.1, 1.1 * 1.1, 3.3 / 1.1, 7.0 / 100.0, 1e23, 8.5e-7)
