# Two values of one Python variable alive at once keep two names; the old
# value, read after the new one is made, is never overwritten early.
# CHECK: fn keep_old(mut n: i64) -> i64 {
# CHECK:         let n_1 = py::sub(n, 3);
# CHECK:             total = py::add(total, n);
# CHECK:         n = n_1;
def keep_old(n: int) -> int:
    total: int = 0
    while n > 0:
        old = n
        n = n - 3
        if n < 0:
            total = total + old
        else:
            total = total + n
    return total + n


print(keep_old(10))
