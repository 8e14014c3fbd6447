# Out-of-SSA coalescing: a reassigned parameter is a `mut` parameter, a
# loop-carried variable keeps its Python name, joins assign it in each arm.
# CHECK: fn collatz_len(mut n: i64) -> i64 {
# CHECK:     let mut steps = 0;
# CHECK:     while n != 1 {
# CHECK:             n = py::floordiv(n, 2);
# CHECK:             n = py::add(py::mul(3, n), 1);
# CHECK:         steps = py::add(steps, 1);
# CHECK-NOT: n_1
# CHECK-NOT: n_2
def collatz_len(n: int) -> int:
    steps: int = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


print(collatz_len(27))
