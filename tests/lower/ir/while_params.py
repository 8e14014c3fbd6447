# A while loop carries the variables it changes as header parameters; the
# ones it only reads stay plain values (trivial parameters are removed).
def count(n: int) -> int:
    i = 0
    s = 0
    while i < n:
        s = s + i * n
        i += 1
    return s


print(count(10))
# CHECK: fn @count(int) -> int
# CHECK: br block1(
# CHECK-NOT: "n": int
# CHECK: block1(
# CHECK: int.cmp lt
# CHECK-NEXT: condbr
# CHECK: int.mul
# CHECK: br block1(
# CHECK: ret
