; A `?` block parameter that gets an int on one edge and a float on the
; other is object: each edge boxes its argument before the branch, and the
; `+` on it stays generic.  -Wdynamic reports the parameter once, at the
; function (a block parameter has no position of its own).
; RUN: portalis-opt -Wdynamic --passes=typeinfer,specialize %s 2>&1
; CHECK: warning: in @mix: 'x' may hold an int or a float here: it uses the dynamic object type [-Wdynamic]
; CHECK-NOT: warning
; CHECK: v3: object = obj.box v1
; CHECK-NEXT: v4: object = obj.box v2
; CHECK-NEXT: condbr v0, block1(v3), block1(v4)
; CHECK: block1(v5 "x": object):
; CHECK-NEXT: v6: object = py.binop add v5, v5 !5:9
fn @mix(bool) -> None !3:1 {
block0(v0 "c": bool):
    v1: int = const.int 1
    v2: float = const.float 2.0
    condbr v0, block1(v1), block1(v2)
block1(v3 "x": ?):
    v4: ? = py.binop add v3, v3 !5:9
    v5: str = const.str ""
    print v4, sep=v5, end=v5
    v6: None = const.none
    ret v6
}
