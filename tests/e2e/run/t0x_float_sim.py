# Float simulation: projectile with drag, Euler steps, accumulation error, repr of results.
def step(x: float, v: float, dt: float, k: float) -> tuple[float, float]:
    a = -9.81 - k * v * abs(v)
    return x + v * dt, v + a * dt


def simulate(v0: float, k: float) -> tuple[int, float, float]:
    x = 0.0
    v = v0
    t = 0
    peak = 0.0
    while x >= 0.0 and t < 100000:
        x, v = step(x, v, 0.001, k)
        if x > peak:
            peak = x
        t += 1
    return t, peak, v


for k in (0.0, 0.01, 0.1):
    steps, peak, vend = simulate(20.0, k)
    print(k, steps, round(peak, 4), round(vend, 3), steps * 0.001)
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0, abs(total - 1.0) < 1e-9, 1.0 - total)
h = 1.0
n = 0
while 1.0 + h != 1.0:
    h /= 2.0
    n += 1
print("epsilon", h * 2.0, n)
x = 1e308
print(x * 10.0, -x * 10.0, x * 10.0 - x * 10.0 != x * 10.0 - x * 10.0)
print(0.1 + 0.2, 1 / 3, 2 / 3, 100 / 7, 1e15 + 0.3, 5e-324, 2.5e-5, 1.7976931348623157e308)
print(float(9223372036854775807), float(-9223372036854775807 - 1), float(-2 ** 62), float(9007199254740993), float(True), float(-7))
print(3.0 * 1.1, 7.0 // 0.1, 7.0 % 0.1, -7.5 // 2, -7.5 % 2, divmod(-7.5, 2), divmod(7.5, -2.0))
print(divmod(0.0, -1.0), divmod(-0.0, 1.0), divmod(1e300, 1e-300)[1], divmod(5, 0.5))
