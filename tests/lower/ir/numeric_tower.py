# CPython's numeric tower: bool -> int in arithmetic, int op float converts
# the int, / is always a float, ** with a constant negative exponent is a
# float power, bool & bool stays a bool.
def f(i: int, x: float, b: bool) -> float:
    return i / i + (b + b) * x


print(f(3, 1.5, True), 2 ** -1, 2 ** 10, True & False, -7 // 2, -7 % 2)
# CHECK: fn @f(int, float, bool) -> float
# CHECK: int.truediv v0, v0
# CHECK: bool.to_int v2
# CHECK: bool.to_int v2
# CHECK: int.add
# CHECK: int.to_float
# CHECK: float.mul
# CHECK: float.add
# CHECK: fn @__module__
# CHECK: const.int -1
# CHECK: int.to_float
# CHECK: int.to_float
# CHECK: float.pow
# CHECK: int.pow
# CHECK: int.and
# CHECK-NEXT: truth
# CHECK: int.floordiv
# CHECK: int.mod
