# A negated literal is a constant: -1 is const.int -1 (so range(10, 0, -3)
# has a constant step), -9223372036854775808 is INT64_MIN, -0.0 keeps its
# sign; a negated expression stays int.neg / float.neg.
def f(n: int, x: float) -> None:
    for i in range(10, 0, -3):
        print(i, -n, -x)


f(-5, -0.0)
print(-9223372036854775808, - -4, -2.5)
# CHECK: fn @f(int, float) -> None
# CHECK: const.int 10
# CHECK-NEXT: const.int 0
# CHECK-NEXT: const.int -3
# CHECK-NEXT: range.new
# CHECK: int.neg v0
# CHECK: float.neg v1
# CHECK: fn @__module__
# CHECK: const.int -5
# CHECK-NEXT: const.float -0.0
# CHECK: const.int -9223372036854775808
# CHECK: const.int -4
# CHECK-NEXT: int.neg
# CHECK: const.float -2.5
