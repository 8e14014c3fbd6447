; A `?` block parameter that gets an int on one edge and a float on the
; other is object, which the backends cannot represent yet: specialize
; reports it at the function's position (a block parameter has none of
; its own), once: the values computed from it are not reported again, and
; the IR is not printed.
; RUN: not portalis-opt --passes=typeinfer,specialize %s 2>&1
; CHECK: portalisc: error: in @mix at 3:1: unsupported: 'x' may hold an int or a float here (the dynamic object type is not in the backend yet)
; CHECK-NOT: error
; CHECK-NOT: fn @mix
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
