# a < b < c evaluates b once and stops at the first false link; mixed
# int/float comparisons use int_float.cmp with the int on the left.
def between(a: int, b: float, c: int) -> bool:
    return a < b <= c


def flipped(x: float, n: int) -> bool:
    return x > n


print(between(1, 2.5, 3), flipped(0.5, 1))
# CHECK: fn @between(int, float, int) -> bool
# CHECK: int_float.cmp lt v0, v1
# CHECK-NEXT: condbr
# CHECK: fn @flipped(float, int) -> bool
# CHECK: int_float.cmp lt v1, v0
