; A loop-carried value that only feeds itself is dead: its block
; parameter and the argument on every branch to the block both go.
; RUN: portalis-opt --passes=dce --verify-each %s
; CHECK: block0(v0: int):
; CHECK-NEXT: v1: int = const.int 0
; CHECK-NEXT: br block1(v1)
; CHECK-NEXT: block1(v2 "i": int):
; CHECK-NOT: float
; CHECK: condbr v5, block1(v4), block2
; CHECK-NEXT: block2:
; CHECK-NEXT: ret v2
fn @f(int) -> int {
block0(v0: int):
    v1: int = const.int 0
    v2: float = const.float 0.5
    br block1(v1, v2)
block1(v3 "i": int, v4 "acc": float):
    v5: int = const.int 1
    v6: int = int.add v3, v5
    v7: bool = int.cmp lt v6, v0
    v8: float = float.mul v4, v4
    condbr v7, block1(v6, v8), block2(v8)
block2(v9: float):
    ret v3
}
