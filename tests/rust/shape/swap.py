# A parallel assignment is still a parallel copy: one temporary, no more.
# CHECK: let mut b = 1;
# CHECK: let mut a = 0;
# CHECK:         let old_b = b;
# CHECK:         b = py::add(a, old_b);
# CHECK:         a = old_b;
# CHECK-NOT: a_1
# CHECK-NOT: b_1
def fib(n: int) -> int:
    a: int = 0
    b: int = 1
    for _ in range(n):
        a, b = b, a + b
    return a


print(fib(10))
