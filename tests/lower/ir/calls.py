# Calls by name, to functions defined later, with keyword arguments mapped
# to parameters; recursion; a function without return annotation is None.
def area(w: int, h: int) -> int:
    return scale(w) * h


def scale(v: int) -> int:
    return v * 2


def show(n: int):
    print(n)


show(area(h=3, w=4))
# CHECK: fn @area(int, int) -> int
# CHECK: call @scale(v0)
# CHECK: fn @show(int) -> None
# CHECK: fn @__module__() -> None
# CHECK: const.int 3
# CHECK-NEXT: const.int 4
# CHECK-NEXT: call @area(v1, v0)
