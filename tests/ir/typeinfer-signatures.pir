; A function called with an int at one site and a str at another: its `?`
; parameter joins to object (cloning per call signature is not implemented
; yet), so each call boxes its argument and the body's `+` stays generic,
; decided by the runtime.  -Wdynamic names the parameter and both types.
; RUN: portalis-opt -Wdynamic --passes=typeinfer,specialize %s 2>&1
; CHECK: warning: in @twice: 'x' may hold an int or a str here: it uses the dynamic object type [-Wdynamic]
; CHECK: fn @twice(object) -> object !2:1 {
; CHECK-NEXT: block0(v0 "x": object):
; CHECK-NEXT: v1: object = py.binop add v0, v0
; CHECK: v1: object = obj.box v0
; CHECK-NEXT: v2: object = call @twice(v1)
; CHECK: v4: object = obj.box v3 !9:5
; CHECK-NEXT: v5: object = call @twice(v4) !9:5
fn @twice(?) -> ? !2:1 {
block0(v0 "x": ?):
    v1: ? = py.binop add v0, v0
    ret v1
}
fn @__module__() -> None {
block0:
    v0: int = const.int 2
    v1: ? = call @twice(v0)
    v2: str = const.str "ab"
    v3: ? = call @twice(v2) !9:5
    v4: None = const.none
    ret v4
}
