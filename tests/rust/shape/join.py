# If/else joins and a `for` over a reassigned parameter: no copies between
# the values of one variable, a `let` only where the variable starts.
# CHECK: fn branchy(mut n: i64) -> i64 {
# CHECK:         n = py::floordiv(n, 2);
# CHECK:             n = py::sub(n, 10);
# CHECK:         n = py::add(py::mul(3, n), 1);
# CHECK: fn shrink(mut x: i64) -> i64 {
# CHECK:     for i in 0..x {
# CHECK:         x = py::add(x, i);
# CHECK:     let mut ok = 3_i64 < 5_i64;
# CHECK:     if ok {
# CHECK:         ok = 5_i64 == 5_i64;
# CHECK-NOT: n_1
# CHECK-NOT: x_1
def branchy(n: int) -> int:
    if n % 2 == 0:
        n = n // 2
        if n > 10:
            n = n - 10
    else:
        n = 3 * n + 1
    return n


def shrink(x: int) -> int:
    for i in range(x):
        x = x + i
    return x


ok: bool = 3 < 5 == 5
print(branchy(44), shrink(4), ok)
