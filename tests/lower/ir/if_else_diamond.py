# An if/else diamond joins x in a block parameter named after it.
def pick(c: bool) -> int:
    if c:
        x = 1
    else:
        x = 2
    return x


print(pick(True))
# CHECK: fn @pick(bool) -> int
# CHECK-NEXT: annot 0 "c": bool !2:13
# CHECK-NEXT: annot 1: int !2:22
# CHECK-NEXT: block0(v0 "c": bool):
# CHECK: condbr v0, block1, block2
# CHECK: block1:
# CHECK-NEXT: v1 "x": int = const.int 1
# CHECK-NEXT: br block3(v1)
# CHECK: block2:
# CHECK-NEXT: v2 "x": int = const.int 2
# CHECK-NEXT: br block3(v2)
# CHECK: block3(v3 "x": int):
# CHECK-NEXT: ret v3
