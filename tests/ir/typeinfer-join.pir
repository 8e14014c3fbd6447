; Block parameters join their incoming arguments: a loop counter that starts
; as an int and is incremented by an int stays int, and so does the
; function's `?` return (a join of int and float: typeinfer-object.pir).
; RUN: portalis-opt --passes=typeinfer,specialize %s
; CHECK: fn @count(int) -> int {
; CHECK-NEXT: block0(v0 "n": int):
; CHECK-NEXT: v1: int = const.int 0
; CHECK-NEXT: br block1(v1)
; CHECK-NEXT: block1(v2 "i": int):
; CHECK-NEXT: v3: bool = int.cmp lt v2, v0
; CHECK-NEXT: condbr v3, block2, block3
; CHECK-NEXT: block2:
; CHECK-NEXT: v4: int = const.int 1
; CHECK-NEXT: v5 "i": int = int.add v2, v4
; CHECK-NEXT: br block1(v5)
; CHECK-NEXT: block3:
; CHECK-NEXT: ret v2
fn @count(?) -> ? {
block0(v0 "n": ?):
    v1: int = const.int 0
    br block1(v1)
block1(v2 "i": ?):
    v3: ? = py.cmp lt v2, v0
    v9: ? = py.truth v3
    condbr v9, block2, block3
block2:
    v4: int = const.int 1
    v5 "i": ? = py.binop add v2, v4
    br block1(v5)
block3:
    ret v2
}
fn @__module__() -> None {
block0:
    v0: int = const.int 10
    v1: ? = call @count(v0)
    v2: None = const.none
    ret v2
}
