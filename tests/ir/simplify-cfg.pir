; Straight-line chains merge into one block (parameters replaced by the
; arguments); the unreachable block goes; the join with two live
; predecessors stays.
; RUN: portalis-opt --passes=simplify-cfg --verify-each %s
; CHECK: block0(v0 "x": int, v1 "c": bool):
; CHECK-NEXT: v2: int = int.add v0, v0
; CHECK-NEXT: condbr v1, block1, block2
; CHECK-NEXT: block1:
; CHECK-NEXT: br block3(v2)
; CHECK-NEXT: block2:
; CHECK-NEXT: v3: int = int.neg v2
; CHECK-NEXT: br block3(v3)
; CHECK-NEXT: block3(v4: int):
; CHECK-NEXT: ret v4
; CHECK-NEXT: }
; CHECK-NOT: block4
fn @f(int, bool) -> int {
block0(v0 "x": int, v1 "c": bool):
    br block1(v0)
block1(v2: int):
    v3: int = int.add v2, v2
    br block2
block2:
    condbr v1, block3, block5
block3:
    br block6(v3)
block4:
    v4: int = const.int 99
    br block6(v4)
block5:
    v5: int = int.neg v3
    br block6(v5)
block6(v6: int):
    ret v6
}
