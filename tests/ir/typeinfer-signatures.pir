; A function called with an int at one site and a str at another: its `?`
; parameter joins to object.  Cloning per call signature is not implemented
; yet, so specialize reports the parameter (at the def) and prints nothing.
; RUN: not portalis-opt --passes=typeinfer,specialize %s 2>&1
; CHECK: portalisc: error: in @twice at 2:1: unsupported: 'x' may hold an int or a str here (the dynamic object type is not in the backend yet; nor is cloning a function per call signature)
; CHECK-NOT: error
; CHECK-NOT: fn @twice
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
