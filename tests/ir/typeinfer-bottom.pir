; ⊥ (a value never produced) becomes None: @spin never returns, so its `?`
; return is None, and the code after the call that uses its result never
; runs: it becomes `unreachable`.  @unused is never called: its `?`
; parameter is None and its body, which uses it, is unreachable too.
; RUN: portalis-opt --passes=typeinfer,specialize %s
; CHECK: fn @spin() -> None {
; CHECK: fn @unused(None) -> None {
; CHECK-NEXT: block0(v0 "x": None):
; CHECK-NEXT: unreachable
; CHECK: fn @__module__() -> None {
; CHECK-NEXT: block0:
; CHECK-NEXT: v0: None = call @spin()
; CHECK-NEXT: unreachable
fn @spin() -> ? {
block0:
    br block1
block1:
    br block1
}
fn @unused(?) -> ? {
block0(v0 "x": ?):
    v1: ? = py.unop neg v0
    ret v1
}
fn @__module__() -> None {
block0:
    v0: ? = call @spin()
    v1: ? = py.binop add v0, v0
    v2: str = to_str v1
    v3: None = const.none
    ret v3
}
