# `a or b` gives an operand: a block parameter of the operands' type, fed by
# a short-circuit branch; in a condition it branches without a value.
def first(a: int, b: int) -> int:
    return a or b


def both(a: int, b: int) -> bool:
    if a > 0 and not b:
        return True
    return False


print(first(0, 3), both(1, 0))
# CHECK: fn @first(int, int) -> int
# CHECK: v2: bool = truth v0
# CHECK-NEXT: condbr v2, block1(v0), block2
# CHECK: block1(v3: int):
# CHECK-NEXT: ret v3
# CHECK: br block1(v1)
# CHECK: fn @both(int, int) -> bool
# CHECK: int.cmp gt
# CHECK: truth v1
# CHECK-NOT: bool.not
# CHECK: ret
