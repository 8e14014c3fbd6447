# Unannotated parameters and returns: lowered through py.* ops and `?`,
# typed by typeinfer,specialize before the pipeline.
def half(x):
    return x / 2


def inc(n):
    return n + 1


print(half(3), inc(4))
# CHECK: fn @half(int) -> float
# CHECK: int.truediv
# CHECK: fn @inc(int) -> int
# CHECK-NOT: py.
# CHECK: int.add
